// More time in a class played as one network (shared/game/extra-time.ts): a vote on my own handshakes as
// the ball lands, my dials as the rule's step reaches me, a late turn before the next pass; the class's
// clocks never move for it. The same windows as a line's (extra-time.test.ts), checked the same way.
import { describe, expect, it } from "vitest";
import { createGame, dialOpen, type GameState, netVoteOpen, reduce } from "../../../shared";
import { ok, refused, tickOn } from "../helpers";

const SETTINGS = { shape: "network", lineLength: 3, layerWidth: 2, autoAdvance: true, seed: 21, voteSeconds: 25, adjustSeconds: 20, hoop: { fixedRounds: 50, fixedDistance: 6 } } as const;

/** Ana and Bo in a backprop network (2, 2, 1), ticked on to the shot of round 1 (a miss at this seed). */
function atShot(settings: object = SETTINGS): GameState {
  let s = createGame("host", settings);
  s = ok(s, { type: "join", by: "ana", name: "Ana" });
  s = ok(s, { type: "join", by: "bo", name: "Bo" });
  s = ok(s, { type: "start", by: "host" }, 0);
  for (const phase of ["pass", "shot"]) {
    s = tickOn(s);
    expect(s.phase).toBe(phase);
  }
  expect(s.network!.current!.hit).toBe(false);
  return s;
}

/** How many handshakes the player's neuron has (the layer before's width). */
function fanIn(s: GameState, id: string): number {
  return s.network!.neurons[s.players[id].seat].weights.length;
}

describe("more time in one network, the class's clocks unchanged", () => {
  it("sits Ana and Bo in neurons with handshakes to vote on", () => {
    const s = atShot();
    expect(s.lines).toEqual([]);
    expect(fanIn(s, "ana")).toBeGreaterThanOrEqual(1);
    expect(fanIn(s, "bo")).toBeGreaterThanOrEqual(1);
  });

  it("takes a vote as the ball lands; the class's vote still opens with its full clock, and closes when the last person votes", () => {
    let s = atShot();
    expect(netVoteOpen(s, s.network)).toBe(true);
    const shotDeadline = s.deadline;
    s = ok(s, { type: "vote", by: "ana", handshake: 0, direction: "firmer" }, 100);
    // Still the shot, on its own clock: nothing else moved.
    expect(s.phase).toBe("shot");
    expect(s.deadline).toBe(shotDeadline);
    expect(s.network!.current!.votes.ana).toEqual({ handshake: 0, direction: "firmer" });
    refused(s, { type: "vote", by: "ana", handshake: 0, direction: "looser" }, "already-voted", 200);
    refused(s, { type: "vote", by: "bo", handshake: 9, direction: "looser" }, "out-of-range", 200);
    refused(s, { type: "vote", by: "bo", blame: 0, direction: "looser" }, "bad-action", 200);
    refused(s, { type: "vote", by: "bo", handshake: 0, direction: "sideways" as "firmer" }, "bad-action", 200);
    s = tickOn(s);
    expect(s.phase).toBe("vote");
    expect(s.deadline).toBe(shotDeadline! + 25_000);
    s = ok(s, { type: "vote", by: "bo", handshake: 0, direction: "looser" }, shotDeadline! + 1000);
    // Everyone has voted: the rule's step, which scores both votes (the early one too).
    expect(s.phase).toBe("coach");
    expect(s.network!.current!.votes.ana).toMatchObject({ handshake: 0, direction: "firmer" });
    expect(s.network!.current!.votes.ana).toHaveProperty("handshakeRight");
    expect(s.players.ana.votesCast).toBe(1);
    expect(s.players.bo.votesCast).toBe(1);
  });

  it("when everyone voted early, the class's vote ends at once instead of waiting on its clock", () => {
    let s = atShot();
    s = ok(s, { type: "vote", by: "ana", handshake: 0, direction: "firmer" }, 100);
    s = ok(s, { type: "vote", by: "bo", handshake: 0, direction: "looser" }, 100);
    expect(s.phase).toBe("shot");
    s = tickOn(s);
    expect(s.phase).toBe("coach");
    expect(s.players.ana.votesCast + s.players.bo.votesCast).toBe(2);
  });

  it("refuses a vote after the rule's step started (it is scored there), one from a seat not asked, and one after a hit", () => {
    let s = atShot();
    s = tickOn(s);
    s = ok(s, { type: "next", by: "host" }, 0);
    expect(s.phase).toBe("coach");
    expect(netVoteOpen(s, s.network)).toBe(false);
    refused(s, { type: "vote", by: "ana", handshake: 0, direction: "firmer" }, "wrong-phase");
    refused(s, { type: "vote", by: "nobody", handshake: 0, direction: "firmer" }, "not-seated");
    // A shot that went in has no vote: the early window stays shut.
    const hit = atShot();
    const landed = { ...hit, network: { ...hit.network!, current: { ...hit.network!.current!, hit: true } } };
    expect(netVoteOpen(landed, landed.network)).toBe(false);
    refused(landed, { type: "vote", by: "ana", handshake: 0, direction: "firmer" }, "wrong-phase");
  });

  it("takes the dials and 'done' at the rule's step; the turn is kept at the end of adjust; everyone done early ends adjust at once", () => {
    let s = atShot();
    s = tickOn(tickOn(s));
    expect(s.phase).toBe("coach");
    expect(dialOpen(s, s.network!)).toBe(true);
    const coachDeadline = s.deadline;
    const mine = Array.from({ length: fanIn(s, "ana") }, (_, i) => 1.5 - i * 0.25);
    s = ok(s, { type: "adjust", by: "ana", weights: mine, bias: 0.25 }, 10);
    s = ok(s, { type: "ready", by: "ana" }, 10);
    expect(s.phase).toBe("coach");
    expect(s.deadline).toBe(coachDeadline);
    const seat = s.players.ana.seat;
    expect(s.network!.neurons[seat]).toMatchObject({ weights: mine, bias: 0.25, adjusted: true, ready: true });
    refused(s, { type: "adjust", by: "bo", weights: [1, 2, 3, 4, 5, 6, 7, 8, 9] }, "out-of-range", 10);
    refused(s, { type: "adjust", by: "bo", weight: 1 }, "bad-action", 10);
    s = tickOn(s);
    expect(s.phase).toBe("adjust");
    // Bo has not said done: the class's dials run their full clock.
    expect(s.deadline).toBe(coachDeadline! + 20_000);
    s = tickOn(s);
    expect(s.phase).toBe("aim");
    expect(s.network!.neurons[seat]).toMatchObject({ weights: mine, bias: 0.25 });

    let t = atShot();
    t = tickOn(tickOn(t));
    t = ok(t, { type: "ready", by: "ana" }, 10);
    t = ok(t, { type: "ready", by: "bo" }, 10);
    t = tickOn(t);
    expect(t.phase).toBe("aim");
  });

  it("a late turn before the next pass counts for that shot, without marking this round's dials; after the pass it is refused", () => {
    let s = atShot();
    s = tickOn(tickOn(s));
    s = tickOn(s);
    expect(s.phase).toBe("adjust");
    s = tickOn(s);
    expect(s.phase).toBe("aim");
    expect(s.round).toBe(2);
    const seat = s.players.bo.seat;
    const ruleWeights = s.network!.neurons[seat].weights;
    const late = ruleWeights.map((w) => w + 0.5);
    s = ok(s, { type: "adjust", by: "bo", weights: late }, s.deadline! - 1);
    s = ok(s, { type: "ready", by: "bo" }, s.deadline! - 1);
    // Not this round's own turn: this round's rule still moves the dials unless Bo turns them again.
    expect(s.network!.neurons[seat]).toMatchObject({ weights: late, adjusted: false, ready: false });
    s = tickOn(s);
    expect(s.phase).toBe("pass");
    expect(s.network!.current!.weights[seat]).toEqual(late);
    refused(s, { type: "adjust", by: "bo", weights: late }, "wrong-phase");
  });

  it("takes nothing early while paused, nor a first-round turn before the very first shot", () => {
    let s = atShot();
    s = ok(s, { type: "pause", by: "host" }, 5);
    expect(netVoteOpen(s, s.network)).toBe(false);
    refused(s, { type: "vote", by: "ana", handshake: 0, direction: "firmer" }, "wrong-phase");
    let first = createGame("host", SETTINGS);
    first = ok(first, { type: "join", by: "ana", name: "Ana" });
    first = ok(first, { type: "start", by: "host" }, 0);
    expect(first.phase).toBe("aim");
    expect(dialOpen(first, first.network!)).toBe(false);
    refused(first, { type: "adjust", by: "ana", weights: [1] }, "wrong-phase");
  });

  it("a network class without early answers plays exactly as before (a tick with nothing due is the same state)", () => {
    const s = atShot();
    const r = reduce(s, { type: "tick" }, 1);
    expect(r.ok && r.state).toBe(s);
  });
});
