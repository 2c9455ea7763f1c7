// A class of 30 played as one network over the wire: a real server, real colyseus.js clients. After every
// step each client's state is exactly the shared engine's view for the same seed and actions, a late
// joiner and a reconnecting student included; a network's wrong messages are refused and the class goes on.
import type { Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Action, CLASS_NET_DETAIL, createGame, type GameState, LIMITS, parseMessage, type Settings, toView } from "../../shared";
import type { RunningServer } from "../../server/app";
import { clientFor, createClass, engineOf, type Host, joinClass, type Student, startServer, viewOf, waitFor, waitForView } from "./helpers";
import { mustReduce, SchemaMirror } from "./schema-mirror";

// 6 layers of 6 and a shooter: the largest network, 37 seats for 30 students (and a late joiner).
const SETTINGS: Partial<Settings> = { shape: "network", lineLength: 7, layerWidth: 6, autoAdvance: false, maxRounds: 3, seed: 11, hoop: { fixedRounds: 3, fixedDistance: 8 } };
const STUDENTS = 30;

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(0);
});
afterAll(async () => {
  await server?.close();
});

describe("the network's Schema mirror, in-process", () => {
  it("keeps a decoder exact through a whole game (switching from lines and back), and files each shot as the same node as current", () => {
    let start = createGame("host", { autoAdvance: false, maxRounds: 6, seed: 4 });
    for (const id of ["Kim", "Lee", "Max"]) start = mustReduce(start, { type: "join", by: id, name: id });
    const mirror = new SchemaMirror(start);
    const { state } = mirror;
    const step = (a: Action) => {
      const next = mirror.step(a);
      expect(mirror.decoded(), `after ${a.type} in ${next.phase}`).toStrictEqual(next);
    };
    step({ type: "configure", by: "host", settings: { shape: "network", lineLength: 4, layerWidth: 3 } });
    expect(state.network?.neurons.length).toBe(10);
    step({ type: "start", by: "host" });
    while (mirror.game.phase !== "summary") {
      step({ type: "next", by: "host" });
      if (mirror.game.phase === "vote") for (const id of ["Kim", "Lee"]) step({ type: "vote", by: id, handshake: 0, direction: "firmer" });
      if (mirror.game.phase === "coach") expect(state.network!.history.at(-1)).toBe(state.network!.current);
      if (mirror.game.phase === "adjust") step({ type: "adjust", by: "Max", weights: [0.25 * mirror.game.round - 1] });
    }
    expect(mirror.game.network!.history).toHaveLength(6);
    expect(mirror.fresh()).toStrictEqual(toView(mirror.game));
    step({ type: "configure", by: "host", settings: { shape: "lines" } });
    expect(state.network).toBeUndefined();
    expect(mirror.decoded().network).toBeNull();
  });
});

describe("a class as one network over the wire", () => {
  it("30 students, 3 rounds of votes on handshakes and adjusts of several dials: every client exact, a late joiner and a reconnect too", async () => {
    const client = clientFor(server.port);
    const host: Host = await createClass(client, SETTINGS);
    const configure = parseMessage("configure", { settings: SETTINGS }, "host");
    if (!configure.ok) throw new Error(configure.error.message);
    // As the server starts a class (startGame): it keeps only the network's latest shots in full.
    let expected: GameState = mustReduce({ ...createGame("host"), netDetail: CLASS_NET_DETAIL }, configure.action);
    expect(expected.network!.neurons).toHaveLength(LIMITS.networkSeats);

    const students: Student[] = [];
    let offline: Room | null = null;
    const everyone = (): Room[] => [host.room, ...students.map((s) => s.room)].filter((r) => r !== offline);
    const apply = (action: Action) => (expected = mustReduce(expected, action));
    /**
     * Every client holds exactly the engine's view, and the server's engine is ours. Students are sent
     * others' changes at most once a second (server/state/pacer.ts), so all 31 are checked after each
     * group of intents (the joins, a round's votes, its adjustments) and at every phase; the sender and
     * the projector after each single intent.
     */
    const settle = async (what: string) => {
      await Promise.all(everyone().map((room) => waitForView(room, toView(expected), what, 8000)));
      expect(engineOf(host.code)).toStrictEqual(expected);
    };
    /** One student's intent: the sender (sent its patch at once) and the projector (every window) hold it before the next. */
    const studentSends = async (s: Student, type: "vote" | "adjust" | "ready", payload: object, action: Action) => {
      s.room.send(type, payload);
      apply(action);
      await Promise.all([s.room, host.room].map((room) => waitForView(room, toView(expected), `${type} by ${s.id}: the sender and the projector`)));
    };
    const hostSends = async (type: "start" | "next", what: string) => {
      host.room.send(type, {});
      apply({ type, by: "host" });
      await settle(what);
    };
    /** A student's own neuron in the expected state. */
    const neuronOf = (s: Student) => expected.network!.neurons[expected.players[s.id].seat];

    // Joins in groups of ten, each group one step.
    for (let group = 0; group < STUDENTS / 10; group++) {
      const names = Array.from({ length: 10 }, (_, i) => `Student ${group * 10 + i + 1}`);
      const joined = await Promise.all(names.map(async (name) => ({ name, s: await joinClass(client, host.code, name) })));
      // The server seats them in the order their joins arrived: replay that order.
      joined.sort((x, y) => engineOrder(host.code, x.s.id) - engineOrder(host.code, y.s.id));
      for (const { name, s } of joined) {
        students.push(s);
        apply({ type: "join", by: s.id, name });
      }
      await settle(`joins ${group * 10 + 1}-${group * 10 + 10}`);
    }
    expect(Object.keys(expected.players)).toHaveLength(STUDENTS);
    expect(expected.network!.neurons.filter((n) => n.playerId === null)).toHaveLength(LIMITS.networkSeats - STUDENTS);
    // Seated layer by layer: the first five layers are people, the sixth and the shooter bots.
    expect(expected.network!.neurons.map((n) => n.playerId !== null)).toEqual(Array.from({ length: 37 }, (_, i) => i < 30));

    await hostSends("start", "the first aim");
    let votes = 0;
    for (let round = 1; round <= 3; round++) {
      await hostSends("next", "the pass");
      await hostSends("next", "the shot");
      await hostSends("next", "the vote");
      if (expected.phase === "vote") {
        for (const [i, s] of students.entries()) {
          if (i % 7 === 6) continue; // a few never vote: bots are not asked for them, nothing breaks
          const fanIn = neuronOf(s).weights.length;
          const vote = { handshake: (round + i) % fanIn, direction: i % 2 ? "firmer" : "looser" } as const;
          await studentSends(s, "vote", vote, { type: "vote", by: s.id, ...vote });
          votes++;
        }
        await settle(`the votes of round ${round}`);
        await hostSends("next", "the rule's report");
      }
      expect(viewOf(host.room).network!.current!.coach).not.toBeNull();
      await hostSends("next", "the adjust phase");
      for (const [i, s] of students.entries()) {
        // Every third student leaves the dials alone: the rule turns them.
        if (i % 3 !== 1) {
          const weights = neuronOf(s).weights.map((w, k) => Math.max(-5, Math.min(5, w + (k % 2 ? 0.125 : -0.0625) * (i % 2 ? 1 : -1))));
          await studentSends(s, "adjust", { weights }, { type: "adjust", by: s.id, weights });
        }
        await studentSends(s, "ready", {}, { type: "ready", by: s.id });
      }
      await settle(`the adjustments of round ${round}`);

      if (round === 2) {
        // A late joiner takes a bot's neuron (seat 30, layer 5) and its handshakes, and receives the full state.
        const before = expected.network!.neurons[30].weights;
        const late = await joinClass(client, host.code, "Late Larry");
        students.push(late);
        apply({ type: "join", by: late.id, name: "Late Larry" });
        await settle("the late joiner");
        expect(expected.players[late.id].seat).toBe(30);
        expect(neuronOf(late).weights).toStrictEqual(before);

        // A device drops and comes back: it decodes the full state again and keeps its neuron.
        const dropping = students[12];
        const token = dropping.room.reconnectionToken;
        offline = dropping.room;
        dropping.room.connection.close();
        apply({ type: "connection", player: dropping.id, connected: false });
        await waitFor(() => engineOf(host.code).players[dropping.id]?.connected === false, "the drop to reach the server");
        await settle("the drop");
        const back = await client.reconnect(token);
        expect(back.sessionId).toBe(dropping.id);
        students[12] = { ...dropping, room: back };
        offline = null;
        apply({ type: "connection", player: dropping.id, connected: true });
        await settle("the reconnection");
      }
      await hostSends("next", round < 3 ? "the next aim" : "the summary");
    }
    expect(viewOf(host.room).phase).toBe("summary");
    expect(expected.network!.history).toHaveLength(3);
    expect(votes).toBeGreaterThan(0);
    expect(Object.values(expected.players).some((p) => p.votesCast > 0)).toBe(true);
    for (const s of students) expect(s.errors).toEqual([]);
    expect(host.errors).toEqual([]);
    await Promise.all(everyone().map((room) => room.leave()));
  }, 120_000);

  it("refuses a wrong-length adjust, a handshake past the voter's own, and a line's vote, each with a clear sentence; the class goes on", async () => {
    const client = clientFor(server.port);
    const settings: Partial<Settings> = { shape: "network", lineLength: 3, layerWidth: 3, autoAdvance: false, maxRounds: 3, seed: 2, hoop: { fixedRounds: 3, fixedDistance: 9 } };
    const host = await createClass(client, settings);
    const first: Student[] = [];
    for (let i = 0; i < 4; i++) first.push(await joinClass(client, host.code, `P${i}`));
    await waitFor(() => Object.keys(engineOf(host.code).players).length === 4, "the joins");
    // The fourth sits in layer 1 (fan-in 3); the first in layer 0 (fan-in 1).
    const [a, , , d] = first.sort((x, y) => engineOrder(host.code, x.id) - engineOrder(host.code, y.id));
    expect(engineOf(host.code).players[d.id].seat).toBe(3);
    for (let i = 0; i < 4; i++) host.room.send(i === 0 ? "start" : "next", {});
    await waitFor(() => engineOf(host.code).phase === "vote", "the vote");

    const refusal = async (s: Student, type: string, payload: object, code: string, words: RegExp) => {
      const n = s.errors.length;
      s.room.send(type, payload);
      await waitFor(() => s.errors.length > n, `the refusal of ${type} ${JSON.stringify(payload)}`);
      const e = s.errors[n];
      expect(e.code, e.message).toBe(code);
      expect(e.message).toMatch(words);
    };
    await refusal(d, "vote", { handshake: 3, direction: "firmer" }, "out-of-range", /handshake you blame.*0 and 2/i);
    await refusal(a, "vote", { handshake: 1, direction: "firmer" }, "out-of-range", /0 and 0/);
    await refusal(d, "vote", { blame: 1, direction: "firmer" }, "bad-action", /one network.*handshakes/i);
    await refusal(d, "vote", { handshake: 9, direction: "firmer" }, "out-of-range", /handshake/);
    await refusal(d, "vote", { handshake: 1, blame: 1, direction: "firmer" }, "bad-action", /vote/i);
    // The class goes on: the same student's right vote counts.
    d.room.send("vote", { handshake: 1, direction: "firmer" });
    await waitFor(() => !!engineOf(host.code).network!.current!.votes[d.id], "the good vote");
    expect(engineOf(host.code).network!.current!.votes[d.id]).toEqual({ handshake: 1, direction: "firmer" });

    host.room.send("next", {});
    host.room.send("next", {});
    await waitFor(() => engineOf(host.code).phase === "adjust", "the adjust phase");
    await refusal(d, "adjust", { weights: [1, 1] }, "out-of-range", /3 handshakes.*send 3 values, not 2/);
    await refusal(d, "adjust", { weights: [1, 1, 1, 1, 1, 1, 1] }, "out-of-range", /weights/);
    await refusal(d, "adjust", { weights: [1, "1", 1] }, "bad-action", /weights/);
    await refusal(d, "adjust", { weights: [1, 9, 1] }, "out-of-range", /weights/);
    await refusal(d, "adjust", { weight: 1 }, "bad-action", /list of 3 handshakes/);
    await refusal(a, "adjust", { weights: [0.5, 0.5] }, "out-of-range", /1 handshake\b/);
    d.room.send("adjust", { weights: [0.5, -0.5, 1.5] });
    await waitFor(() => engineOf(host.code).network!.neurons[3].adjusted, "the good adjust");
    expect(engineOf(host.code).network!.neurons[3].weights).toEqual([0.5, -0.5, 1.5]);
    await waitForView(d.room, toView(engineOf(host.code)));
    await waitForView(host.room, toView(engineOf(host.code)));
    expect(host.errors).toEqual([]);
    await Promise.all([host.room, ...first.map((s) => s.room)].map((r) => r.leave()));
  }, 60_000);
});

/** Where the server seated a player (its seat: the server seats in arrival order, layer by layer). */
function engineOrder(code: string, id: string): number {
  return engineOf(code).players[id]?.seat ?? Infinity;
}
