// A whole game over the wire: host + 3 students + bots, every phase, several rounds. After every step
// each client's state must equal, exactly, the shared engine's view for the same seed and actions.
import type { Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Action, CLASS_NET_DETAIL, createGame, type GameState, parseMessage, reduce, type Settings, toView } from "../../shared";
import type { RunningServer } from "../../server/app";
import { CSV_COLUMNS } from "../../server/report";
import { clientFor, createClass, engineOf, type Host, joinClass, type Student, startServer, viewOf, waitFor, waitForView } from "./helpers";

const SETTINGS: Partial<Settings> = { lineLength: 4, teams: 2, rules: ["backprop", "feedback-alignment"], autoAdvance: false, maxRounds: 3, seed: 7 };

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(0);
});
afterAll(async () => {
  await server?.close();
});

describe("a whole classroom game", () => {
  // About 20 s on a quiet machine: a student sees the others' changes at most once a second (server/state/pacer.ts),
  // and this class settles some 20 of them; the room for a busy CI machine is not a speed target.
  it("every client sees exactly the engine's state through every phase, for a late joiner and after a reconnect", async () => {
    const client = clientFor(server.port);
    const host: Host = await createClass(client, SETTINGS);
    const configure = parseMessage("configure", { settings: SETTINGS }, "host");
    if (!configure.ok) throw new Error(configure.error.message);
    // As the server starts a class (startGame): it keeps only the network's latest shots in full.
    let expected: GameState = mustReduce({ ...createGame("host"), netDetail: CLASS_NET_DETAIL }, configure.action);

    const students: Student[] = [];
    let offline: Room | null = null;
    const everyone = (): Room[] => [host.room, ...students.map((s) => s.room)].filter((r) => r !== offline);
    const settle = async (what: string) => {
      for (const room of everyone()) await waitForView(room, toView(expected), what);
      expect(engineOf(host.code)).toStrictEqual(expected);
    };
    const apply = (action: Action) => (expected = mustReduce(expected, action));
    const hostSends = async (type: "start" | "next", what: string) => {
      host.room.send(type, {});
      apply({ type, by: "host" });
      await settle(what);
    };

    for (const name of ["Ada Lovelace", "Grace", ""]) {
      const s = await joinClass(client, host.code, name);
      students.push(s);
      apply({ type: "join", by: s.id, name });
      await settle(`${name || "a generated name"} joining`);
    }
    // Three people over two lines of four: the other five seats are bots.
    expect(Object.keys(expected.players)).toHaveLength(3);
    expect(expected.lines.flatMap((l) => l.neurons).filter((n) => n.playerId === null)).toHaveLength(5);

    await hostSends("start", "the first aim");
    for (let round = 1; round <= 3; round++) {
      expect(viewOf(host.room).phase).toBe("aim");
      await hostSends("next", "the pass");
      await hostSends("next", "the shot");
      await hostSends("next", "the vote");
      for (const [i, s] of students.entries()) {
        const vote = { blame: (round + i) % 4, direction: i % 2 ? "firmer" : "looser" } as const;
        s.room.send("vote", vote);
        apply({ type: "vote", by: s.id, ...vote });
        await settle(`${s.id}'s vote`);
      }
      await hostSends("next", "the coach");
      expect(viewOf(host.room).lines.every((l) => l.current?.coach)).toBe(true);
      await hostSends("next", "the adjust phase");
      for (const [i, s] of students.entries()) {
        // The second student leaves the dial alone: the rule turns it.
        if (i !== 1) {
          const me = expected.players[s.id];
          const weight = expected.lines[me.line].neurons[me.seat].weight + (i === 0 ? 0.125 : -0.3);
          s.room.send("adjust", { weight });
          apply({ type: "adjust", by: s.id, weight });
        }
        s.room.send("ready", {});
        apply({ type: "ready", by: s.id });
        await settle(`${s.id}'s adjustment`);
      }

      if (round === 2) {
        // A late joiner takes a bot's seat and its current handshake, and receives the full state.
        const seatsBefore = expected.lines.map((l) => l.neurons.map((n) => n.weight));
        const late = await joinClass(client, host.code, "Late Larry");
        students.push(late);
        apply({ type: "join", by: late.id, name: "Late Larry" });
        await settle("the late joiner");
        const seat = expected.players[late.id];
        expect(expected.lines[seat.line].neurons[seat.seat].weight).toBe(seatsBefore[seat.line][seat.seat]);

        // A device drops and comes back: it decodes the full state again and keeps its seat.
        const dropping = students[0];
        const token = dropping.room.reconnectionToken;
        offline = dropping.room;
        dropping.room.connection.close();
        apply({ type: "connection", player: dropping.id, connected: false });
        await waitFor(() => engineOf(host.code).players[dropping.id]?.connected === false, "the drop to reach the server");
        await settle("the drop");
        const back = await client.reconnect(token);
        expect(back.sessionId).toBe(dropping.id);
        students[0] = { ...dropping, room: back };
        offline = null;
        apply({ type: "connection", player: dropping.id, connected: true });
        await settle("the reconnection");
      }
      await hostSends("next", round < 3 ? "the next aim" : "the summary");
    }
    expect(viewOf(host.room).phase).toBe("summary");
    expect(expected.lines.every((l) => l.history.length === 3)).toBe(true);

    // The class report matches the engine's history, as JSON and as CSV.
    const base = `http://127.0.0.1:${server.port}/api/classes/${host.code}`;
    const key = { headers: { "x-host-key": host.key } };
    const json = await (await fetch(`${base}/report.json`, key)).json();
    // Every shot's handshakes, at full precision, as the engine had them (the report replays the class's log).
    expect(json.lines.map((l: { shots: { neurons: { weight: number }[] }[] }) => l.shots.map((s) => s.neurons.map((n) => n.weight)))).toStrictEqual(expected.lines.map((l) => l.history.map((h) => h.weights)));
    expect(json.lines[0].shots[2].votes.length).toBeGreaterThan(0);
    const csv = await (await fetch(`${base}/report.csv`, key)).text();
    const rows = csv.trim().split("\r\n");
    expect(rows[0]).toBe(CSV_COLUMNS.join(","));
    expect(rows).toHaveLength(1 + 3 * 2 * 4);
    expect((await fetch(`${base}/report.csv`)).status).toBe(403);
    expect((await fetch(`${base}/report.json`, { headers: { "x-host-key": "x".repeat(24) } })).status).toBe(403);
    // The key never travels in an address (history, proxy logs), even when it is right.
    expect((await fetch(`${base}/report.json?key=${host.key}`)).status).toBe(400);

    for (const s of students) expect(s.errors).toEqual([]);
    expect(host.errors).toEqual([]);
    for (const room of everyone()) await room.leave();
  }, 90_000);
});

function mustReduce(state: GameState, action: Action): GameState {
  const r = reduce(state, action, Date.now());
  if (!r.ok) throw new Error(`engine refused ${action.type}: ${r.error.message}`);
  return r.state;
}
