// Teacher-paced (pace "teacher"): the animations and the vote and adjust timers still run; the game
// waits for the host only after the shot and after the rule's step, where the class talks.
import { describe, expect, it } from "vitest";
import { ANIMATION_SECONDS, type GameState, createGame, parseMessage, timerSeconds, waitingForTeacher } from "../../../shared";
import { ok, refused, tickOn } from "../helpers";

function paced(): GameState {
  let s = createGame("host", { lineLength: 3, maxRounds: 2, seed: 5, pace: "teacher", hoop: { fixedRounds: 1, fixedDistance: 4 } });
  s = ok(s, { type: "join", by: "p1", name: "Ann" });
  s = ok(s, { type: "join", by: "p2", name: "Bob" });
  return ok(s, { type: "start", by: "host" }, 0);
}

/** Ticks on while the phase has a deadline; returns the state that waits (or the summary). */
function runToWait(s: GameState, seen: string[]): GameState {
  for (let i = 0; i < 20 && s.deadline !== null; i++) {
    s = tickOn(s);
    seen.push(s.phase);
  }
  return s;
}

describe("teacher-paced", () => {
  it("animations play by themselves; it waits after the shot and after the coach; everyone voted and everyone done move on", () => {
    let s = paced();
    const seen: string[] = [s.phase];
    s = runToWait(s, seen);
    expect(seen).toEqual(["aim", "pass", "shot"]);
    expect(s.lines[0].current!.hit).toBe(false);
    expect(waitingForTeacher(s)).toBe(true);
    // Time alone does not move it on.
    expect(ok(s, { type: "tick" }, 10 ** 9)).toBe(s);
    s = ok(s, { type: "next", by: "host" }, 100_000);
    expect(s.phase).toBe("vote");
    expect(s.deadline).toBe(100_000 + s.settings.voteSeconds * 1000);
    expect(waitingForTeacher(s)).toBe(false);
    s = ok(s, { type: "vote", by: "p1", blame: 0, direction: "firmer" }, 100_001);
    expect(s.phase).toBe("vote");
    s = ok(s, { type: "vote", by: "p2", blame: 1, direction: "looser" }, 100_002);
    expect(s.phase).toBe("coach");
    // The coach's walk plays, then waits.
    expect(s.deadline).toBeNull();
    expect(waitingForTeacher(s)).toBe(true);
    s = ok(s, { type: "next", by: "host" }, 200_000);
    expect(s.phase).toBe("adjust");
    expect(s.deadline).toBe(200_000 + s.settings.adjustSeconds * 1000);
    s = ok(s, { type: "ready", by: "p1" }, 200_001);
    s = ok(s, { type: "ready", by: "p2" }, 200_002);
    expect(s.phase).toBe("aim");
    expect(s.round).toBe(2);
  });

  it("a vote that runs out of time moves on by itself, as with timers", () => {
    let s = runToWait(paced(), []);
    s = ok(s, { type: "next", by: "host" }, 1000);
    s = tickOn(s);
    expect(s.phase).toBe("coach");
  });

  it("the host switches pace with a configure message; anything else is refused, in the engine and on the wire", () => {
    const s = paced();
    expect(ok(s, { type: "configure", by: "host", settings: { pace: "timers" } }, 1).settings.pace).toBe("timers");
    refused(s, { type: "configure", by: "host", settings: { pace: "slow" as "timers" } }, "bad-action");
    expect(parseMessage("configure", { settings: { pace: "teacher" } }, "host").ok).toBe(true);
    expect(parseMessage("configure", { settings: { pace: "slow" } }, "host").ok).toBe(false);
    // The timer a projector shows for a shot that already runs is its full animation.
    expect(timerSeconds("shot", s.settings)).toBe(ANIMATION_SECONDS.shot);
  });

  it("switching pace mid-phase: a shot that now waits stops its clock; one that now runs gets its full animation time", () => {
    let auto = ok(ok(createGame("host", { seed: 5, lineLength: 3, hoop: { fixedRounds: 1, fixedDistance: 4 } }), { type: "join", by: "p1", name: "Ann" }), { type: "start", by: "host" }, 0);
    auto = tickOn(tickOn(auto));
    expect(auto.phase).toBe("shot");
    expect(auto.deadline).not.toBeNull();
    const held = ok(auto, { type: "configure", by: "host", settings: { pace: "teacher" } }, auto.deadline! - 100);
    expect(held.deadline).toBeNull();
    expect(waitingForTeacher(held)).toBe(true);
    const freed = ok(held, { type: "configure", by: "host", settings: { pace: "timers" } }, 50_000);
    expect(freed.deadline).toBe(50_000 + ANIMATION_SECONDS.shot * 1000);
    // A setting that has nothing to do with pace leaves the clock alone.
    expect(ok(held, { type: "configure", by: "host", settings: { strictness: 0.004 } }, 60_000).deadline).toBeNull();
    expect(ok(auto, { type: "configure", by: "host", settings: { strictness: 0.004 } }, 60_000).deadline).toBe(auto.deadline);
  });

  it("a paused game is not 'waiting for the teacher' in this sense; with timers nothing ever waits", () => {
    const s = runToWait(paced(), []);
    expect(waitingForTeacher(ok(s, { type: "pause", by: "host" }, 1))).toBe(false);
    let auto = ok(ok(createGame("host", { seed: 5, maxRounds: 2 }), { type: "join", by: "p1", name: "Ann" }), { type: "start", by: "host" }, 0);
    for (let i = 0; i < 40 && auto.phase !== "summary"; i++) {
      expect(waitingForTeacher(auto)).toBe(false);
      auto = tickOn(auto);
    }
    expect(auto.phase).toBe("summary");
  });
});
