// Seats follow the class over the wire: 24 colyseus.js students join a default class, nobody is refused,
// lines open as they are needed, and every seat answers; a capped class says what to ask for; a new shape
// at the summary seats everyone again on the same connections.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AckMessage, DEFAULT_SETTINGS, JOIN_REFUSAL, lobbyLine } from "../../shared";
import type { RunningServer } from "../../server/app";
import { clientFor, collect, createClass, engineOf, joinClass, type Student, startServer, viewOf, waitFor } from "./helpers";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(0);
});
afterAll(async () => {
  await server?.close();
});

/** Sends a message with a sequence number and resolves with the server's ack (rejects on its error). */
function acked(s: Student, type: string, payload: object, seq: number): Promise<void> {
  const acks = collect<AckMessage>(s.room, "ack");
  s.room.send(type, { ...payload, seq });
  return waitFor(() => acks.some((a) => a.seq === seq) || s.errors.some((e) => e.seq === seq), `the answer to ${type} ${seq}`, 20_000).then(() => {
    const refused = s.errors.find((e) => e.seq === seq);
    if (refused) throw new Error(`${type} refused: ${refused.message}`);
  });
}

describe("seats follow the class", () => {
  it("24 students join a default class: nobody is refused, lines open as needed, every seat answers", async () => {
    const client = clientFor(server.port);
    const host = await createClass(client);
    const students: Student[] = [];
    for (let i = 0; i < 24; i++) students.push(await joinClass(client, host.code, `Kid ${i + 1}`));
    const len = DEFAULT_SETTINGS.lineLength;
    await waitFor(() => Object.keys(viewOf(host.room).players).length === 24, "the projector to see all 24");
    const view = viewOf(host.room);
    expect(view.lines).toHaveLength(Math.ceil(24 / len));
    expect(view.settings.teams).toBe(view.lines.length);
    expect(lobbyLine(view)).toBe(`24 joined · ${view.lines.length} lines · ${view.lines.length * len - 24} free seat`);
    // Each student holds a seat of their own, which the engine and their own copy agree on.
    const seats = new Set<string>();
    for (const s of students) {
      await waitFor(() => viewOf(s.room).players[s.id] !== undefined, `${s.id} to see their seat`);
      const me = viewOf(s.room).players[s.id];
      expect(viewOf(s.room).lines[me.line].neurons[me.seat].playerId).toBe(s.id);
      seats.add(`${me.line}:${me.seat}`);
    }
    expect(seats.size).toBe(24);

    // Every seat is reachable: each student's dial turn is accepted and lands in their own neuron.
    host.room.send("configure", { settings: { pace: "teacher", voteSeconds: 5 } });
    host.room.send("start", {});
    await waitFor(() => engineOf(host.code).phase === "shot", "the first shot", 20_000);
    host.room.send("next", {});
    await waitFor(() => engineOf(host.code).phase !== "shot", "the host's next after the shot");
    if (engineOf(host.code).phase === "vote") await waitFor(() => engineOf(host.code).phase === "coach", "the vote's 5 s", 20_000);
    host.room.send("next", {});
    await waitFor(() => engineOf(host.code).phase === "adjust", "the adjust phase");
    await Promise.all(students.map((s, i) => acked(s, "adjust", { weight: 1 + i / 100 }, 100 + i)));
    const game = engineOf(host.code);
    for (const [i, s] of students.entries()) {
      const { line, seat } = game.players[s.id];
      expect(game.lines[line].neurons[seat]).toMatchObject({ playerId: s.id, weight: 1 + i / 100, adjusted: true });
    }
    for (const s of students) expect(s.errors).toEqual([]);
    expect(host.errors).toEqual([]);
    await Promise.all([host.room, ...students.map((s) => s.room)].map((r) => r.leave()));
  });

  it("a capped class refuses with 'full' and says what to ask the teacher for; raising the cap lets the next one in", async () => {
    const client = clientFor(server.port);
    const host = await createClass(client, { lineLength: 2, maxTeams: 1 });
    await joinClass(client, host.code, "One");
    await joinClass(client, host.code, "Two");
    const refused = await client.joinById(host.code, { name: "Three" }).then(
      () => null,
      (e: { code?: number; message?: string }) => e,
    );
    expect(refused?.code).toBe(JOIN_REFUSAL.full);
    expect(refused?.message).toMatch(/ask your teacher to allow more lines or longer lines/);
    host.room.send("configure", { settings: { maxTeams: 2 } });
    await waitFor(() => engineOf(host.code).settings.maxTeams === 2, "the new cap");
    const three = await joinClass(client, host.code, "Three");
    expect(engineOf(host.code).players[three.id].line).toBe(1);
  });

  it("at the summary, longer lines seat everyone again on the same connections, and the next game starts with them", async () => {
    const client = clientFor(server.port);
    const host = await createClass(client, { lineLength: 3, maxRounds: 1, autoAdvance: false });
    const students: Student[] = [];
    for (let i = 0; i < 7; i++) students.push(await joinClass(client, host.code, `Pupil ${i + 1}`));
    expect(engineOf(host.code).lines).toHaveLength(3);
    host.room.send("start", {});
    host.room.send("end", {});
    await waitFor(() => engineOf(host.code).phase === "summary", "the summary");
    host.room.send("configure", { settings: { lineLength: 4, teams: 2 } });
    await waitFor(() => engineOf(host.code).settings.lineLength === 4, "the new shape");
    const game = engineOf(host.code);
    expect(game.lines.map((l) => l.neurons.length)).toEqual([4, 4]);
    for (const s of students) {
      await waitFor(() => viewOf(s.room).settings.lineLength === 4, `${s.id} to see the new shape`);
      const me = viewOf(s.room).players[s.id];
      expect(me).toMatchObject(game.players[s.id]);
      expect(viewOf(s.room).lines[me.line].neurons[me.seat].playerId).toBe(s.id);
      expect(s.room.connection.isOpen).toBe(true);
    }
    host.room.send("start", {});
    await waitFor(() => engineOf(host.code).phase === "aim", "the next game");
    expect(Object.keys(engineOf(host.code).players)).toHaveLength(7);
    for (const s of students) expect(s.errors).toEqual([]);
    expect(host.errors).toEqual([]);
  });
});
