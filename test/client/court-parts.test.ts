// The court scene's parts that need no Phaser (client/scenes): the phase's timeline, cues said once, the
// camera following a court's box, and which neuron a tap lands on.
import { describe, expect, it } from "vitest";
import type { Cue } from "../../client/audio/cues";
import { CueOnce } from "../../client/scenes/court-cues";
import { CourtTimeline } from "../../client/scenes/court-timeline";
import { type CourtCamera, ViewportFollower } from "../../client/scenes/court-viewport";
import { layout, seatAt } from "../../client/scenes/geometry";
import { DEFAULT_COURT } from "../../shared";

const NORMAL = { speed: 1, reducedMotion: false };

describe("the court's timeline", () => {
  it("runs an animated phase from the frame that first shows it, at the engine's length and the chosen speed", () => {
    const line = new CourtTimeline();
    expect(line.progress({ round: 1, phase: "pass" }, 10_000, NORMAL)).toBe(0);
    // The pass lasts 3 s.
    expect(line.progress({ round: 1, phase: "pass" }, 11_500, NORMAL)).toBeCloseTo(0.5, 9);
    expect(line.progress({ round: 1, phase: "pass" }, 11_500, { speed: 2, reducedMotion: false })).toBe(1);
    expect(line.progress({ round: 1, phase: "pass" }, 99_000, NORMAL)).toBe(1);
    // A new phase (or the same phase in a new round) starts its clock again.
    expect(line.progress({ round: 1, phase: "shot" }, 20_000, NORMAL)).toBe(0);
    expect(line.progress({ round: 2, phase: "shot" }, 21_000, NORMAL)).toBe(0);
  });

  it("is at its end at once for phases without an animation, and with reduced motion", () => {
    const line = new CourtTimeline();
    expect(line.progress({ round: 1, phase: "vote" }, 0, NORMAL)).toBe(1);
    expect(line.progress({ round: 1, phase: "coach" }, 0, { speed: 1, reducedMotion: true })).toBe(1);
  });
});

describe("cues", () => {
  it("passes each moment on once, however many frames announce it", () => {
    const heard: Cue[] = [];
    const cues = new CueOnce((c) => heard.push(c));
    for (let frame = 0; frame < 3; frame++) cues.say("shoot1", { kind: "shoot" });
    cues.say("land1", { kind: "land", hit: true });
    cues.say("land1", { kind: "land", hit: true });
    cues.say("shoot2", { kind: "shoot" });
    expect(heard).toEqual([{ kind: "shoot" }, { kind: "land", hit: true }, { kind: "shoot" }]);
  });
});

describe("a court's viewport", () => {
  function camera(): CourtCamera & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      setViewport: (x, y, w, h) => calls.push(`viewport ${x},${y},${w},${h}`),
      setVisible: (v) => calls.push(`visible ${v}`),
    };
  }

  it("moves the camera onto the box only when the box moved, and gives the size to lay out in", () => {
    const cam = camera();
    const follow = new ViewportFollower();
    const box = { x: 10, y: 20, width: 300, height: 200 };
    expect(follow.place(cam, box)).toEqual(box);
    expect(follow.place(cam, { ...box })).toEqual(box);
    follow.place(cam, { ...box, x: 11 });
    expect(cam.calls).toEqual(["viewport 10,20,300,200", "visible true", "visible true", "viewport 11,20,300,200", "visible true"]);
  });

  it("hides the court whose box is off the page or has no size", () => {
    const cam = camera();
    const follow = new ViewportFollower();
    expect(follow.place(cam, null)).toBeNull();
    expect(follow.place(cam, { x: 0, y: 0, width: 0, height: 100 })).toBeNull();
    expect(cam.calls).toEqual(["visible false", "visible false"]);
  });
});

describe("a tap on the court", () => {
  it("opens the neuron under the finger, with a target never smaller than a fingertip", () => {
    const l = layout(900, 500, 5, DEFAULT_COURT);
    l.neurons.forEach((p, i) => expect(seatAt(l, p.x, p.y)).toBe(i));
    const p = l.neurons[2];
    expect(seatAt(l, p.x + l.radius * 1.2, p.y)).toBe(2);
    expect(seatAt(l, l.width - 1, 1)).toBe(-1);
    const tiny = { ...l, radius: 4 };
    expect(seatAt(tiny, p.x + 20, p.y)).toBe(2);
  });
});
