// The engine view -> Schema sync, encoded and decoded in-process exactly as the room does it (one
// patch after every action, a fresh full state for a late joiner): the decoded state must stay the
// engine's view, and a shot filed in history must travel as a reference to `current`, not a copy.
import { isDeepStrictEqual } from "node:util";
import { Decoder, Encoder } from "@colyseus/schema";
import { describe, expect, it } from "vitest";
import { type Action, createGame, type GameState, type GameView, lineVotes, reduce, toView } from "../../shared";
import { ClassroomState } from "../../server/state/schema";
import { syncState } from "../../server/state/sync";
import { wireToView } from "../../shared/protocol/wire-view";

/** A server-side state with its encoder, and a client that has followed every patch. */
function mirror(view: GameView) {
  const state = new ClassroomState();
  syncState(state, view);
  const encoder = new Encoder(state);
  const client = new Decoder(new ClassroomState());
  client.decode(encoder.encodeAll());
  encoder.discardChanges();
  let shown = view;
  return {
    state,
    client,
    /** Syncs `next`, sends the patch, returns its size in bytes. */
    update(next: GameView): number {
      syncState(state, next, shown);
      shown = next;
      const patch = encoder.encode();
      client.decode(patch);
      encoder.discardChanges();
      return patch.byteLength;
    },
    /** A newcomer's decoded full state. */
    lateJoiner(): GameView {
      const fresh = new Decoder(new ClassroomState());
      fresh.decode(encoder.encodeAll());
      return wireToView(fresh.state.toJSON());
    },
  };
}

function must(s: GameState, a: Action, now: number): GameState {
  const r = reduce(s, a, now);
  if (!r.ok) throw new Error(`${a.type}: ${r.error.message}`);
  return r.state;
}

describe("engine view -> Schema sync", () => {
  it("keeps a client exact through many rounds, and files each shot as the same node as current", () => {
    let s = createGame("host", { lineLength: 4, teams: 2, rules: ["backprop", "trial-and-error"], autoAdvance: false, maxRounds: 12, seed: 5 });
    for (const name of ["Kim", "Lee", "Max"]) s = must(s, { type: "join", by: name, name }, 0);
    const m = mirror(toView(s));
    const check = (what: string) => {
      const got = wireToView(m.client.state.toJSON());
      if (!isDeepStrictEqual(got, toView(s))) expect(got, what).toStrictEqual(toView(s));
    };
    let now = 0;
    const step = (a: Action) => {
      s = must(s, a, (now += 1000));
      m.update(toView(s));
      check(`after ${a.type} in round ${s.round}`);
    };
    step({ type: "start", by: "host" });
    const coachBytes: number[] = [];
    for (let round = 1; round <= 12; round++) {
      for (let i = 0; i < 3; i++) step({ type: "next", by: "host" });
      // Only people in a line that votes this shot are asked (its rule blames, and it missed).
      ["Kim", "Lee", "Max"].forEach((id, i) => {
        const line = s.lines[s.players[id].line];
        if (s.phase === "vote" && lineVotes(line)) step({ type: "vote", by: id, blame: (round + i) % 4, direction: i % 2 ? "firmer" : "looser" });
      });
      // The coach's patch on its own (after a hit there was no vote: it went out with the shot's step).
      if (s.phase === "vote") {
        s = must(s, { type: "next", by: "host" }, (now += 1000));
        coachBytes.push(m.update(toView(s)));
        check(`the coach in round ${round}`);
      }
      // The filed shot is the line's current shot, one node in both places.
      for (const line of m.state.lines) expect(line.history.at(-1)).toBe(line.current);
      step({ type: "next", by: "host" });
      step({ type: "adjust", by: "Kim", weight: 0.25 * round - 1 });
      if (round === 6) expect(m.lateJoiner()).toStrictEqual(toView(s));
      step({ type: "next", by: "host" });
    }
    expect(s.phase).toBe("summary");
    expect(m.lateJoiner()).toStrictEqual(toView(s));
    // The coach's patch does not grow with the history it appends to.
    expect(coachBytes.length).toBeGreaterThan(6);
    expect(Math.max(...coachBytes)).toBeLessThan(Math.min(...coachBytes) * 1.5);
  });

  it("replaces a history slot whose record changed instead of editing a node current may share", () => {
    let s = createGame("host", { lineLength: 3, teams: 1, autoAdvance: false, maxRounds: 5, seed: 2 });
    s = must(s, { type: "start", by: "host" }, 0);
    for (let i = 0; i < 4; i++) s = must(s, { type: "next", by: "host" }, i);
    const filed = toView(s); // coach: current is history[0]
    const m = mirror(filed);
    expect(m.state.lines[0].history[0]).toBe(m.state.lines[0].current);
    // A view whose history drops the oldest record and whose current is a different shot (what the
    // engine's history limit would do): both places must follow without corrupting each other.
    const rec = filed.lines[0].current!;
    const other = { ...rec, round: 99, miss: rec.miss + 1 };
    const line = { ...filed.lines[0], current: other, history: [other] };
    const next = { ...filed, lines: [line] };
    m.update(next);
    expect(wireToView(m.client.state.toJSON())).toStrictEqual(next);
    const back = { ...next, lines: [{ ...line, current: rec, history: [] }] };
    m.update(back);
    expect(wireToView(m.client.state.toJSON())).toStrictEqual(back);
    expect(m.lateJoiner()).toStrictEqual(back);
  });
});
