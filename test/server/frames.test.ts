// What a class of 30 costs the server per round, counted in frames (one socket write each, the
// server's main cost), and that pacing them (server/state/pacer.ts) keeps every client exact.
// Intents go one at a time, each after the answer to the one before: a server that patches every
// change to everyone (colyseus' way) then sends every student one frame per intent of the class,
// ~90 a round here, whatever the machine's load. Paced, a student gets its own patches and acks, the
// phase changes, and others' changes at most about once a second.
import type { Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lineVotes, toView } from "../../shared";
import type { RunningServer } from "../../server/app";
import { clientFor, createClass, engineOf, joinClass, startServer, viewOf, waitFor, waitForView } from "./helpers";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(0);
});
afterAll(async () => {
  await server?.close();
});

/** colyseus' Protocol.ROOM_STATE_PATCH: the first byte of a patch frame. */
const PATCH = 15;

interface Tally {
  frames: number;
  patches: number;
}

/** Counts the frames a client's socket receives. */
function tally(room: Room): Tally {
  const t = { frames: 0, patches: 0 };
  const ws = (room.connection as unknown as { transport: { ws: { addEventListener(k: string, f: (e: { data: ArrayBuffer }) => void): void } } }).transport.ws;
  ws.addEventListener("message", (e) => {
    t.frames++;
    if (new Uint8Array(e.data)[0] === PATCH) t.patches++;
  });
  return t;
}

let seq = 0;
/** Sends an intent with a seq and resolves when the server answers it (ack: null; refusal: its code). */
function act(room: Room, type: string, payload: Record<string, unknown> = {}): Promise<string | null> {
  const mine = ++seq;
  return new Promise((resolve) => {
    const offs = [
      room.onMessage("ack", (m: { seq: number }) => m.seq === mine && (offs.forEach((f) => f()), resolve(null))),
      room.onMessage("error", (m: { seq?: number; code: string }) => m.seq === mine && (offs.forEach((f) => f()), resolve(m.code))),
    ];
    room.send(type, { ...payload, seq: mine });
  });
}

describe("frames per round", () => {
  it("a class of 30 playing whole rounds: each student gets under 40 frames a round, the projector every change, everyone exact", { timeout: 240_000 }, async () => {
    const client = clientFor(server.port);
    const host = await createClass(client, { lineLength: 10, teams: 3, rules: ["backprop"], autoAdvance: false, maxRounds: 20, seed: 4, hoop: { fixedRounds: 20, fixedDistance: 7 } });
    const students: Room[] = [];
    for (let i = 0; i < 30; i++) students.push((await joinClass(client, host.code, `S${i + 1}`)).room);
    const everyone = () => [host.room, ...students];
    const allExact = async (what: string) => {
      const expected = toView(engineOf(host.code));
      for (const r of everyone()) await waitForView(r, expected, `${what}: ${r.sessionId} to match the engine`);
    };
    const next = async () => expect(await act(host.room, "next")).toBeNull();
    expect(await act(host.room, "start")).toBeNull();
    await allExact("the start");

    const tallies = everyone().map(tally);
    const hostTally = tallies[0];
    const ROUNDS = 2;
    let intents = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < 3; i++) await next(); // pass, shot, vote
      await allExact(`round ${round + 1}'s shot`);
      const phase = viewOf(host.room).phase;
      if (phase === "vote") {
        for (const [i, s] of students.entries()) {
          const v = viewOf(s);
          const line = v.lines[v.players[s.sessionId].line];
          if (!lineVotes(line)) continue;
          expect(await act(s, "vote", { blame: i % 10, direction: i % 2 ? "firmer" : "looser" })).toBeNull();
          intents++;
          // The sender's own state shows its vote when the ack arrives: its patch went first.
          expect(viewOf(s).lines[v.players[s.sessionId].line].current?.votes[s.sessionId]).toBeDefined();
        }
        await allExact(`round ${round + 1}'s votes`);
        await next(); // coach
      }
      await next(); // adjust
      for (const s of students) {
        const v = viewOf(s);
        const p = v.players[s.sessionId];
        const weight = Math.round((v.lines[p.line].neurons[p.seat].weight + 0.05) * 1000) / 1000;
        expect(await act(s, "adjust", { weight })).toBeNull();
        expect(viewOf(s).lines[p.line].neurons[p.seat].weight).toBe(weight);
        expect(await act(s, "ready")).toBeNull();
        intents += 2;
      }
      await allExact(`round ${round + 1}'s dials`);
      await next(); // aim of the next round
      await allExact(`round ${round + 2}'s aim`);
    }
    // Enough intents that patching each to everyone would blow the bound many times over.
    expect(intents / ROUNDS).toBeGreaterThanOrEqual(60);
    // The projector is not batched: it gets at least as many patches as any student (its timing: test/server/sync.test.ts, the frames bench).
    expect(hostTally.patches).toBeGreaterThanOrEqual(Math.max(...tallies.slice(1).map((t) => t.patches)));
    const perRound = tallies.slice(1).map((t) => t.frames / ROUNDS);
    // Colyseus' way: >= 60 (one patch per intent), ~95 measured. Paced: ~15 (own patches and acks, phases, a batch a second).
    expect(Math.max(...perRound)).toBeLessThan(40);
    console.log(`frames per student per round: max ${Math.max(...perRound)}, mean ${perRound.reduce((a, b) => a + b, 0) / perRound.length}; host patches per round ${hostTally.patches / ROUNDS}; intents per round ${intents / ROUNDS}`);

    // A late joiner and a returning student, while others still hold patches not yet sent: exact too.
    await next(); // pass
    const late = (await joinClass(client, host.code, "Late")).room;
    students.push(late);
    const dropping = students[3];
    const token = dropping.reconnectionToken;
    dropping.connection.close();
    await waitFor(() => engineOf(host.code).players[dropping.sessionId]?.connected === false, "the drop to reach the server");
    students[3] = await client.reconnect(token);
    await next(); // shot
    await allExact("a late joiner and a returning student");
    for (const r of everyone()) await r.leave();
  });
});
