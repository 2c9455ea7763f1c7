// A network class keeps up to 200 shots in its Schema state: each must cost the server few Schema nodes
// (about 1 KB of change tracking each), and the packed strings it travels in must give back every number
// exactly. Only the latest CLASS_NET_DETAIL shots are kept in full; older ones travel as one summary
// string each (NetworkSchema.past). In-process: the engine, server/state/sync.ts, a real Encoder and Decoders.
import { Encoder } from "@colyseus/schema";
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import { type Action, CLASS_NET_DETAIL, createGame, type GameState, hasDetail, LIMITS, toView } from "../../shared";
import { packCoach, packShotNumbers, packShotSummary, packVote, unpackCoach, unpackShotNumbers, unpackShotSummary, unpackVote } from "../../shared/protocol/packed-shot";
import { clientFor, createClass, engineOf, joinClass, type Student, startServer, viewOf, waitFor } from "./helpers";
import { mustReduce, SchemaMirror } from "./schema-mirror";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(0);
});
afterAll(async () => {
  await server?.close();
});

/** The number of Schema nodes the encoder tracks. */
function nodes(encoder: Encoder): number {
  return Object.keys((encoder as unknown as { root: { changeTrees: object } }).root.changeTrees).length;
}

// The full state of 200 shots is larger than Schema's default buffer (it grows it, with a warning each time).
Encoder.BUFFER_SIZE = 512 * 1024;

describe("a network shot packed for the wire", () => {
  it("gives back every number exactly, -0, extremes and empty lists included", () => {
    const odd = [-0, 0, 1 / 3, -5, 5, Number.MIN_VALUE, -Number.MAX_VALUE, 0.1 + 0.2];
    const numbers = { outputs: odd, biases: [], weights: [[1e-300], [], odd] };
    const back = unpackShotNumbers(packShotNumbers(numbers));
    expect(back).toStrictEqual(numbers);
    expect(Object.is(back.outputs[0], -0)).toBe(true);
    const coach = { signals: odd, weightChanges: [odd, [2]], biasChanges: [-0], shares: [0.5, 0.5], mostToBlame: 3 };
    expect(unpackCoach(packCoach(coach))).toStrictEqual(coach);
    for (const v of [
      { handshake: 0, direction: "firmer" as const },
      { handshake: 5, direction: "looser" as const, handshakeRight: true, directionRight: false },
      { handshake: 2, direction: "firmer" as const, handshakeRight: false, directionRight: true },
    ])
      expect(unpackVote(packVote(v))).toStrictEqual(v);
    for (const summary of [
      { round: 7, distance: 1 / 3, power: -0, landing: Number.MIN_VALUE, miss: -Number.MAX_VALUE, hit: true, extraShots: 1, coach: { shares: odd } },
      { round: 200, distance: 5, power: 0.1 + 0.2, landing: 4.9, miss: -0.1, hit: false, extraShots: 0, coach: { shares: [] } },
      { round: 1, distance: 5, power: 2, landing: 3, miss: -2, hit: false, extraShots: 0, coach: null },
    ]) {
      const back = unpackShotSummary(packShotSummary(summary));
      expect(back).toStrictEqual(summary);
      expect(Object.is(back.power, summary.power)).toBe(true);
    }
  });

  it("adds no Schema node a round for 30 people in 5 layers of 6, past the 200 shots kept too, holds under 0.5 KB of state a shot, and every decoder stays exact", () => {
    // As a class on the server: startGame sets netDetail (maxRounds past the protocol's 200 to go past the history's limit).
    let start: GameState = { ...createGame("host", { shape: "network", lineLength: 6, layerWidth: 6, autoAdvance: false, maxRounds: 1000, seed: 7 }), netDetail: CLASS_NET_DETAIL };
    const ids = Array.from({ length: 30 }, (_, i) => `p${i}`);
    for (const id of ids) start = mustReduce(start, { type: "join", by: id, name: `Kid ${id}` });
    const mirror = new SchemaMirror(start);
    const { state, encoder } = mirror;
    const step = (a: Action) => mirror.step(a);
    const round = () => {
      const r = mirror.game.round;
      while (mirror.game.round === r) {
        step({ type: "next", by: "host" });
        if (mirror.game.phase === "vote") for (const id of ids) step({ type: "vote", by: id, handshake: 0, direction: id.length % 2 ? "firmer" : "looser" });
        if (mirror.game.phase === "adjust")
          for (const id of ids.slice(0, 10)) {
            const n = mirror.game.network!.neurons[mirror.game.players[id].seat];
            step({ type: "adjust", by: id, weights: n.weights.map((w) => Math.max(-5, Math.min(5, w - 0.125))) });
          }
      }
    };
    step({ type: "start", by: "host" });
    round();
    const before = nodes(encoder);
    const bytesBefore = encoder.encodeAll().length;
    encoder.discardChanges();
    const rounds = LIMITS.history + 5;
    let lastBytes = 0;
    for (let i = 0; i < rounds; i++) {
      round();
      // Past the limit the oldest shot leaves: the round's patches must not carry the 200 shots again.
      if (i === rounds - 1) lastBytes = mirror.patchBytes;
      mirror.patchBytes = 0;
    }
    const s = mirror.game;
    expect(s.network!.history).toHaveLength(LIMITS.history);
    expect(lastBytes).toBeLessThan(30_000);
    // As rows of Schema nodes a shot added ~165 (each row, each coach row, each vote); as one node and its votes'
    // map 2; now the latest shots' nodes are dropped as they become summaries (strings, not nodes).
    expect((nodes(encoder) - before) / rounds).toBeLessThanOrEqual(0.1);
    // The whole state as a late joiner gets it: a full shot of 31 neurons took ~5.5 KB of it, a summary under 0.5 KB.
    const bytesPerShot = (encoder.encodeAll().length - bytesBefore) / (LIMITS.history - 1);
    expect(bytesPerShot).toBeLessThan(500);
    const latest = s.network!.history.slice(-CLASS_NET_DETAIL);
    expect(latest.every((h) => hasDetail(h) && Object.keys(h.votes).length > 0 && h.coach !== null)).toBe(true);
    expect(s.network!.history.slice(0, -CLASS_NET_DETAIL).some(hasDetail)).toBe(false);
    expect(state.network!.history.length).toBe(CLASS_NET_DETAIL);
    expect(state.network!.past.length).toBe(LIMITS.history - CLASS_NET_DETAIL);
    expect(mirror.decoded()).toStrictEqual(toView(s));
    expect(mirror.fresh()).toStrictEqual(toView(s));
  });
});

describe("old shots as summaries over the wire", () => {
  it("in-process: a decoder holds exactly the engine's view after every action, the summaries included, through a shape switch and back", () => {
    let start: GameState = { ...createGame("host", { autoAdvance: false, maxRounds: 9, seed: 4 }), netDetail: CLASS_NET_DETAIL };
    for (const id of ["Kim", "Lee", "Max"]) start = mustReduce(start, { type: "join", by: id, name: id });
    const mirror = new SchemaMirror(start);
    const { state } = mirror;
    let steps = 0;
    const step = (a: Action) => {
      const next = mirror.step(a);
      expect(mirror.decoded(), `after ${a.type} in ${next.phase} of round ${next.round}`).toStrictEqual(next);
      steps++;
    };
    const play = () => {
      step({ type: "start", by: "host" });
      while (mirror.game.phase !== "summary") {
        step({ type: "next", by: "host" });
        if (mirror.game.phase === "vote") for (const id of ["Kim", "Lee"]) step({ type: "vote", by: id, handshake: 0, direction: "firmer" });
        // The shot just filed is the network's `current` node too, and the Schema keeps no more full shots than the engine.
        if (mirror.game.phase === "coach") expect(state.network!.history.at(-1)).toBe(state.network!.current);
        if (mirror.game.phase === "adjust") step({ type: "adjust", by: "Max", weights: [0.25 * mirror.game.round - 1] });
        expect(state.network!.history.length).toBeLessThanOrEqual(CLASS_NET_DETAIL);
      }
    };
    step({ type: "configure", by: "host", settings: { shape: "network", lineLength: 4, layerWidth: 3 } });
    play();
    expect(mirror.game.network!.history).toHaveLength(9);
    expect(mirror.game.network!.history.filter(hasDetail)).toHaveLength(CLASS_NET_DETAIL);
    expect(state.network!.past).toHaveLength(9 - CLASS_NET_DETAIL);
    expect(mirror.fresh()).toStrictEqual(toView(mirror.game));
    // To lines and back to a new network in the lobby: its history starts empty, the summaries' strings go.
    step({ type: "configure", by: "host", settings: { shape: "lines" } });
    expect(state.network).toBeUndefined();
    step({ type: "configure", by: "host", settings: { shape: "network" } });
    expect(state.network!.past).toHaveLength(0);
    expect(steps).toBeGreaterThan(9 * 5);
  });

  it("a real server: after 6 rounds the class keeps 3 shots in full and 3 summaries, and the host, the students and a late joiner all hold exactly the engine's view", async () => {
    const client = clientFor(server.port);
    const host = await createClass(client, { shape: "network", lineLength: 3, layerWidth: 3, autoAdvance: false, maxRounds: 6, seed: 9 });
    const students: Student[] = [];
    for (const name of ["Ana", "Ben", "Cy"]) students.push(await joinClass(client, host.code, name));
    const engine = () => engineOf(host.code);
    expect(engine().netDetail).toBe(CLASS_NET_DETAIL);
    const rooms = () => [host.room, ...students.map((x) => x.room)];
    /** Every client holds the engine's view as it is now (students get others' changes at most once a second: server/state/pacer.ts). */
    const settle = async (what: string) => {
      await waitFor(() => rooms().every((room) => isDeepStrictEqual(viewOf(room), toView(engine()))), what, 10_000);
      for (const room of rooms()) expect(viewOf(room)).toStrictEqual(toView(engine()));
    };
    host.room.send("start", {});
    await waitFor(() => engine().phase === "aim", "the start");
    let late: Student | null = null;
    while (engine().phase !== "summary") {
      const { phase, round } = engine();
      host.room.send("next", {});
      await waitFor(() => engine().phase !== phase || engine().round !== round, `the host's next after ${phase} ${round}`);
      if (engine().phase === "vote") {
        for (const st of students) st.room.send("vote", { handshake: 0, direction: "firmer" });
        await waitFor(() => Object.keys(engine().network!.current!.votes).length === students.length, "the votes");
      }
      if (engine().phase === "aim" && engine().round === 5 && late === null) {
        late = await joinClass(client, host.code, "Late Lou");
        students.push(late);
      }
      await settle(`round ${engine().round} ${engine().phase}`);
    }
    const end = engine();
    expect(end.network!.history).toHaveLength(6);
    expect(end.network!.history.map(hasDetail)).toStrictEqual([false, false, false, true, true, true]);
    // The late joiner decoded the full state with summaries in it: the same numbers, the shares included.
    expect(viewOf(late!.room).network!.history).toStrictEqual(end.network!.history);
    expect(end.network!.history[0].coach?.shares.length).toBe(7);
    for (const st of students) expect(st.errors).toEqual([]);
    expect(host.errors).toEqual([]);
    await Promise.all([host.room, ...students.map((x) => x.room)].map((room) => room.leave()));
  }, 120_000);
});
