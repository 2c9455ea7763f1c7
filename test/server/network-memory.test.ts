// A network class keeps up to 200 shots in its Schema state: each must cost the server few Schema nodes
// (about 1 KB of change tracking each), and the packed strings it travels in must give back every number
// exactly. In-process: the engine, server/state/sync.ts, a real Encoder and Decoders.
import { Decoder, Encoder } from "@colyseus/schema";
import { describe, expect, it } from "vitest";
import { ClassroomState } from "../../server/state/schema";
import { syncState } from "../../server/state/sync";
import { type Action, createGame, type GameState, LIMITS, reduce, toView } from "../../shared";
import { packCoach, packShotNumbers, packVote, unpackCoach, unpackShotNumbers, unpackVote } from "../../shared/protocol/packed-shot";
import { wireToView } from "../../shared/protocol/wire-view";

function mustReduce(s: GameState, a: Action): GameState {
  const r = reduce(s, a, 0);
  if (!r.ok) throw new Error(`${a.type}: ${r.error.message}`);
  return r.state;
}

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
  });

  it("adds at most 4 Schema nodes a round for 30 people in 5 layers of 6, past the 200 shots kept too, and every decoder stays exact", () => {
    let s = createGame("host", { shape: "network", lineLength: 6, layerWidth: 6, autoAdvance: false, maxRounds: 1000, seed: 7 });
    const ids = Array.from({ length: 30 }, (_, i) => `p${i}`);
    for (const id of ids) s = mustReduce(s, { type: "join", by: id, name: `Kid ${id}` });
    const state = new ClassroomState();
    let shown = toView(s);
    syncState(state, shown);
    const encoder = new Encoder(state);
    const decoder = new Decoder(new ClassroomState());
    decoder.decode(encoder.encodeAll());
    encoder.discardChanges();
    const step = (a: Action) => {
      s = mustReduce(s, a);
      const next = toView(s);
      syncState(state, next, shown);
      shown = next;
      const patch = encoder.encode();
      patchBytes += patch.length;
      decoder.decode(patch);
      encoder.discardChanges();
    };
    let patchBytes = 0;
    const round = () => {
      const r = s.round;
      while (s.round === r) {
        step({ type: "next", by: "host" });
        if (s.phase === "vote") for (const id of ids) step({ type: "vote", by: id, handshake: 0, direction: id.length % 2 ? "firmer" : "looser" });
        if (s.phase === "adjust")
          for (const id of ids.slice(0, 10)) {
            const n = s.network!.neurons[s.players[id].seat];
            step({ type: "adjust", by: id, weights: n.weights.map((w) => Math.max(-5, Math.min(5, w - 0.125))) });
          }
      }
    };
    step({ type: "start", by: "host" });
    round();
    const before = nodes(encoder);
    const rounds = LIMITS.history + 5;
    let lastBytes = 0;
    for (let i = 0; i < rounds; i++) {
      round();
      // Past the limit the oldest shot leaves: the round's patches must not carry the 200 shots again.
      if (i === rounds - 1) lastBytes = patchBytes;
      patchBytes = 0;
    }
    expect(s.network!.history).toHaveLength(LIMITS.history);
    expect(lastBytes).toBeLessThan(30_000);
    // As rows of Schema nodes a shot added ~165 (each row, each coach row, each vote): now the shot and its votes' map.
    expect((nodes(encoder) - before) / rounds).toBeLessThanOrEqual(4);
    expect(s.network!.history.some((h) => Object.keys(h.votes).length > 0 && h.coach !== null)).toBe(true);
    expect(wireToView(decoder.state.toJSON())).toStrictEqual(toView(s));
    const late = new Decoder(new ClassroomState());
    late.decode(encoder.encodeAll());
    expect(wireToView(late.state.toJSON())).toStrictEqual(toView(s));
  });
});
