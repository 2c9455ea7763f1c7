// The vote is asked only where it means something: a line whose rule hands out blame, after a miss.
// In a class of teams with different rules, people in a line that does not vote are not asked (their
// vote is refused) and the vote ends as soon as everyone who was asked has voted.
import { describe, expect, it } from "vitest";
import { createGame, type GameState, stillToVote } from "../../../shared";
import { ok, refused } from "../helpers";

/** A class of two teams (backprop, fire together), one person in each line, at the end of the shot. */
function atShot(): GameState {
  let s = createGame("host", { teams: 2, lineLength: 3, rules: ["backprop", "fire-together"], autoAdvance: true, seed: 21 });
  s = ok(s, { type: "join", by: "ana", name: "Ana", line: 0, seat: 0 });
  s = ok(s, { type: "join", by: "bea", name: "Bea", line: 1, seat: 0 });
  s = ok(s, { type: "start", by: "host" }, 0);
  for (const phase of ["pass", "shot"]) {
    s = ok(s, { type: "next", by: "host" }, 0);
    expect(s.phase).toBe(phase);
  }
  return s;
}

describe("who is asked to vote", () => {
  it("a line that votes is asked; a fire-together line is not, and its person's vote is refused", () => {
    let s = ok(atShot(), { type: "next", by: "host" }, 0);
    // Line 1 (backprop) missed at this seed, so the game holds a vote.
    expect(s.lines[0].current!.hit).toBe(false);
    expect(s.phase).toBe("vote");
    expect(stillToVote(s, 0)).toBe(1);
    expect(stillToVote(s, 1)).toBe(0);
    refused(s, { type: "vote", by: "bea", blame: 0, direction: "firmer" }, "wrong-phase");
    // Ana is the only one asked: her vote ends the vote at once (autoAdvance), without waiting for Bea.
    s = ok(s, { type: "vote", by: "ana", blame: 1, direction: "firmer" }, 1000);
    expect(s.phase).toBe("coach");
    // Only the voting line has scored votes (bots' included); the other line has none.
    expect(Object.keys(s.lines[0].current!.votes).length).toBeGreaterThan(0);
    expect(s.lines[1].current!.votes).toEqual({});
  });

  it("with no line that blames anyone, the shot goes straight to the rule's own step", () => {
    let s = createGame("host", { lineLength: 3, rules: ["trial-and-error"], autoAdvance: false, seed: 4 });
    s = ok(s, { type: "join", by: "cy", name: "Cy" });
    s = ok(s, { type: "start", by: "host" }, 0);
    for (let i = 0; i < 3; i++) s = ok(s, { type: "next", by: "host" }, 0);
    expect(s.phase).toBe("coach");
    expect(s.lines[0].current!.votes).toEqual({});
  });
});
