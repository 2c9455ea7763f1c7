// More time without slowing the class (shared/game/extra-time.ts): a vote as the ball lands, a dial as
// the rule's step reaches you, a late turn before the next pass; the class's clocks never move for it.
import { describe, expect, it } from "vitest";
import { createGame, dialOpen, type GameState, reduce, voteOpen } from "../../../shared";
import { ok, refused, tickOn } from "../helpers";

const SETTINGS = { lineLength: 3, autoAdvance: true, seed: 21, voteSeconds: 25, adjustSeconds: 20, hoop: { fixedRounds: 50, fixedDistance: 6 } } as const;

/** Ana and Bo in one backprop line, ticked on to the shot of round 1 (a miss at this seed). */
function atShot(settings: object = SETTINGS): GameState {
  let s = createGame("host", settings);
  s = ok(s, { type: "join", by: "ana", name: "Ana", line: 0, seat: 0 });
  s = ok(s, { type: "join", by: "bo", name: "Bo", line: 0, seat: 1 });
  s = ok(s, { type: "start", by: "host" }, 0);
  for (const phase of ["pass", "shot"]) {
    s = tickOn(s);
    expect(s.phase).toBe(phase);
  }
  expect(s.lines[0].current!.hit).toBe(false);
  return s;
}

describe("more time for a student, the class's clocks unchanged", () => {
  it("takes a vote as the ball lands; the class's vote still opens with its full clock, and closes when the last person votes", () => {
    let s = atShot();
    expect(voteOpen(s, s.lines[0])).toBe(true);
    const shotDeadline = s.deadline;
    s = ok(s, { type: "vote", by: "ana", blame: 2, direction: "firmer" }, 100);
    // Still the shot, on its own clock: nothing else moved.
    expect(s.phase).toBe("shot");
    expect(s.deadline).toBe(shotDeadline);
    expect(s.lines[0].current!.votes.ana).toEqual({ blame: 2, direction: "firmer" });
    refused(s, { type: "vote", by: "ana", blame: 1, direction: "looser" }, "already-voted", 200);
    refused(s, { type: "vote", by: "bo", blame: 7, direction: "looser" }, "out-of-range", 200);
    s = tickOn(s);
    expect(s.phase).toBe("vote");
    expect(s.deadline).toBe(shotDeadline! + 25_000);
    s = ok(s, { type: "vote", by: "bo", blame: 0, direction: "looser" }, shotDeadline! + 1000);
    // Everyone has voted: the rule's step, which scores both votes (the early one too).
    expect(s.phase).toBe("coach");
    expect(s.lines[0].current!.votes.ana).toMatchObject({ blame: 2, direction: "firmer" });
    expect(s.players.ana.votesCast).toBe(1);
    expect(s.players.bo.votesCast).toBe(1);
  });

  it("when everyone voted early, the class's vote ends at once instead of waiting on its clock", () => {
    let s = atShot();
    s = ok(s, { type: "vote", by: "ana", blame: 2, direction: "firmer" }, 100);
    s = ok(s, { type: "vote", by: "bo", blame: 2, direction: "looser" }, 100);
    s = tickOn(s);
    expect(s.phase).toBe("coach");
  });

  it("refuses a vote after the rule's step started (it is scored there) and one from a seat not asked", () => {
    let s = atShot();
    s = tickOn(s);
    s = ok(s, { type: "next", by: "host" }, 0);
    expect(s.phase).toBe("coach");
    expect(voteOpen(s, s.lines[0])).toBe(false);
    refused(s, { type: "vote", by: "ana", blame: 0, direction: "firmer" }, "wrong-phase");
    refused(s, { type: "vote", by: "nobody", blame: 0, direction: "firmer" }, "not-seated");
  });

  it("takes the dial and 'done' at the rule's step; the turn is kept at the end of adjust; everyone done early ends adjust at once", () => {
    let s = atShot();
    s = tickOn(tickOn(s));
    expect(s.phase).toBe("coach");
    expect(dialOpen(s, s.lines[0])).toBe(true);
    const coachDeadline = s.deadline;
    s = ok(s, { type: "adjust", by: "ana", weight: 1.5, bias: 0.25 }, 10);
    s = ok(s, { type: "ready", by: "ana" }, 10);
    expect(s.phase).toBe("coach");
    expect(s.deadline).toBe(coachDeadline);
    expect(s.lines[0].neurons[0]).toMatchObject({ weight: 1.5, bias: 0.25, adjusted: true, ready: true });
    s = tickOn(s);
    expect(s.phase).toBe("adjust");
    // Bo has not said done: the class's dial runs its full clock.
    expect(s.deadline).toBe(coachDeadline! + 20_000);
    s = tickOn(s);
    expect(s.phase).toBe("aim");
    expect(s.lines[0].neurons[0]).toMatchObject({ weight: 1.5, bias: 0.25 });

    let t = atShot();
    t = tickOn(tickOn(t));
    t = ok(t, { type: "ready", by: "ana" }, 10);
    t = ok(t, { type: "ready", by: "bo" }, 10);
    t = tickOn(t);
    expect(t.phase).toBe("aim");
  });

  it("a late turn before the next pass counts for that shot; after the pass it is refused", () => {
    let s = atShot();
    s = tickOn(tickOn(s));
    s = tickOn(s);
    expect(s.phase).toBe("adjust");
    s = tickOn(s);
    expect(s.phase).toBe("aim");
    expect(s.round).toBe(2);
    const ruleWeight = s.lines[0].neurons[1].weight;
    s = ok(s, { type: "adjust", by: "bo", weight: ruleWeight + 0.5 }, s.deadline! - 1);
    s = ok(s, { type: "ready", by: "bo" }, s.deadline! - 1);
    // Not marked as this round's own turn: this round's rule still moves the dial unless Bo turns it again.
    expect(s.lines[0].neurons[1]).toMatchObject({ weight: ruleWeight + 0.5, adjusted: false, ready: false });
    s = tickOn(s);
    expect(s.phase).toBe("pass");
    expect(s.lines[0].current!.weights[1]).toBe(ruleWeight + 0.5);
    refused(s, { type: "adjust", by: "bo", weight: 1 }, "wrong-phase");
  });

  it("a late turn to -0 is kept as 0, as an adjust in its own phase: the class log's JSON has no -0, and a replay must match", () => {
    let s = atShot();
    for (let i = 0; i < 4; i++) s = tickOn(s);
    expect(s.phase).toBe("aim");
    s = ok(s, { type: "adjust", by: "bo", weight: -0, bias: -0 }, s.deadline! - 1);
    expect(Object.is(s.lines[0].neurons[1].weight, 0)).toBe(true);
    expect(Object.is(s.lines[0].neurons[1].bias, 0)).toBe(true);
  });

  it("takes nothing early while paused, nor a first-round turn before the very first shot", () => {
    let s = atShot();
    s = ok(s, { type: "pause", by: "host" }, 5);
    refused(s, { type: "vote", by: "ana", blame: 0, direction: "firmer" }, "wrong-phase");
    let first = createGame("host", SETTINGS);
    first = ok(first, { type: "join", by: "ana", name: "Ana" });
    first = ok(first, { type: "start", by: "host" }, 0);
    expect(first.phase).toBe("aim");
    expect(dialOpen(first, first.lines[0])).toBe(false);
    refused(first, { type: "adjust", by: "ana", weight: 1 }, "wrong-phase");
  });

  it("an ordinary class without early answers plays exactly as before (same states as the phase clock alone)", () => {
    // A tick that finds nothing due hands back the very same object (callers skip work by identity).
    const s = atShot();
    const r = reduce(s, { type: "tick" }, 1);
    expect(r.ok && r.state).toBe(s);
  });
});
