import { describe, expect, it } from "vitest";
import { announcement, clockText, countdownFace } from "../../client/ui/countdown";
import { createGame, type GameState, reduce, toView } from "../../shared";

function must(r: ReturnType<typeof reduce>): GameState {
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}

/** A real game from the engine, in its vote phase, entered at time `at`. */
function voting(at: number): GameState {
  let s = createGame("host", { lineLength: 3, seed: 2, voteSeconds: 20, adjustSeconds: 15 });
  s = must(reduce(s, { type: "join", by: "host", name: "You", line: 0, seat: 0 }, 0));
  s = must(reduce(s, { type: "start", by: "host" }, 0));
  while (s.phase !== "vote") s = must(reduce(s, { type: "next", by: "host" }, at));
  return s;
}

describe("countdown", () => {
  it("counts whole seconds up to the engine's deadline, the ring emptying with them", () => {
    const s = voting(1000);
    const v = toView(s);
    expect(v.deadline).toBe(21_000);
    expect(countdownFace(v, 1000)).toEqual({ seconds: 20, fraction: 1, paused: false, text: "20" });
    const half = countdownFace(v, 11_000);
    expect(half.seconds).toBe(10);
    expect(half.fraction).toBeCloseTo(0.5, 9);
    expect(countdownFace(v, 20_100).seconds).toBe(1);
    expect(countdownFace(v, 99_000)).toMatchObject({ seconds: 0, fraction: 0, text: "0" });
  });

  it("shows 'paused' with the time the phase had left frozen", () => {
    const s = must(reduce(voting(0), { type: "pause", by: "host" }, 8000));
    const face = countdownFace(toView(s), 50_000);
    expect(face).toMatchObject({ paused: true, text: "paused", seconds: 12 });
    expect(face.fraction).toBeCloseTo(0.6, 9);
  });

  it("has nothing to show in a phase without a timer", () => {
    const s = createGame("host", {});
    expect(countdownFace(toView(s), 0)).toEqual({ seconds: null, fraction: 0, paused: false, text: "" });
  });

  it("writes minutes from a minute up", () => {
    expect(clockText(9)).toBe("9");
    expect(clockText(59)).toBe("59");
    expect(clockText(60)).toBe("1:00");
    expect(clockText(299)).toBe("4:59");
  });

  it("speaks only when crossing 10 and 5 seconds, never on the first reading", () => {
    const said: string[] = [];
    let before: number | null = null;
    for (let sec = 20; sec >= 0; sec--) {
      const a = announcement(before, sec);
      if (a) said.push(a);
      before = sec;
    }
    expect(said).toEqual(["10 seconds left", "5 seconds left"]);
    expect(announcement(null, 8)).toBeNull();
    // A jump past both marks at once says the nearer one.
    expect(announcement(12, 4)).toBe("5 seconds left");
    expect(announcement(7, 7)).toBeNull();
  });
});
