// The court's cues (client/scenes/court-cues.ts): the court draws every frame, and in the coach and adjust
// phases it announces the landing and each coach's stop on every one of them; each must sound once.
import { describe, expect, it } from "vitest";
import type { Cue } from "../../client/audio/cues";
import { CueOnce } from "../../client/scenes/court-cues";

function listener(): { heard: Cue[]; cues: CueOnce } {
  const heard: Cue[] = [];
  return { heard, cues: new CueOnce((c) => heard.push(c)) };
}

const LAND: Cue = { kind: "land", hit: false };
const coachAt = (seat: number): Cue => ({ kind: "coach", seat, share: 0.5 });

/** One frame of the coach's walk (or of the adjust phase) as shot-draw announces it: the landing, then every seat reached. */
function coachFrame(cues: CueOnce, round: number, seats: number): void {
  cues.say(`land${round}`, LAND);
  for (let seat = 0; seat < seats; seat++) cues.say(`coach${round}:${seat}`, coachAt(seat));
}

describe("cues said once", () => {
  it("plays the landing and each coach's stop once while frames keep announcing them together", () => {
    const { heard, cues } = listener();
    for (let frame = 0; frame < 5; frame++) coachFrame(cues, 3, 1);
    expect(heard).toEqual([LAND, coachAt(0)]);
  });

  it("plays each stop once as the coach reaches more seats, and nothing again in the adjust phase", () => {
    const { heard, cues } = listener();
    cues.frame({ round: 3, phase: "shot" });
    cues.say("land3", LAND);
    for (const seats of [0, 1, 1, 2, 2, 3, 3]) {
      cues.frame({ round: 3, phase: "coach" });
      coachFrame(cues, 3, seats);
    }
    for (let frame = 0; frame < 3; frame++) {
      cues.frame({ round: 3, phase: "adjust" });
      coachFrame(cues, 3, 3);
    }
    expect(heard).toEqual([LAND, coachAt(0), coachAt(1), coachAt(2)]);
  });

  it("hears a round's cues again in a new round", () => {
    const { heard, cues } = listener();
    cues.frame({ round: 1, phase: "adjust" });
    coachFrame(cues, 1, 1);
    cues.frame({ round: 2, phase: "shot" });
    cues.say("shoot2", { kind: "shoot" });
    cues.frame({ round: 2, phase: "adjust" });
    coachFrame(cues, 2, 1);
    expect(heard).toEqual([LAND, coachAt(0), { kind: "shoot" }, LAND, coachAt(0)]);
  });

  it("hears them again in a new game that starts over at the same round", () => {
    const { heard, cues } = listener();
    cues.frame({ round: 1, phase: "adjust" });
    coachFrame(cues, 1, 1);
    cues.frame({ round: 1, phase: "aim" });
    cues.frame({ round: 1, phase: "adjust" });
    coachFrame(cues, 1, 1);
    expect(heard).toEqual([LAND, coachAt(0), LAND, coachAt(0)]);
  });
});
