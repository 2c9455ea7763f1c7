import { describe, expect, it } from "vitest";
import { tonesFor } from "../../client/audio/synth";
import { CHAPTERS, chapterById, nextChapter } from "../../client/chapters/chapters";
import { doneChapters, markDone, resetProgress } from "../../client/chapters/progress";
import { serviceWorkerSource } from "../../client/pwa/sw-plugin";
import { curvePoints } from "../../client/ui/curve";
import { dialFraction, dialRange, dialStep } from "../../client/ui/dial";
import { directionLabel, formatMiss, formatValue, percent, secondsLeft } from "../../client/ui/format";
import { loadPrefs, savePrefs } from "../../client/ui/prefs";
import { clampSeat, DEFAULT_FREE_PLAY, freePlaySettings } from "../../client/ui/settings-form";
import { createGame, LIMITS, parseMessage, reduce, type ShotRecord } from "../../shared";

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    key: (i) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
  };
}

describe("format", () => {
  it("says misses in metres, short or long", () => {
    expect(formatMiss(-1.234, false)).toBe("1.2 m short");
    expect(formatMiss(0.456, false)).toBe("0.46 m long");
    expect(formatMiss(12.3, false)).toBe("12 m long");
    expect(formatMiss(0.1, true)).toMatch(/^In!/);
    expect(percent(0.345)).toBe("35%");
    expect(directionLabel("firmer")).toContain("▲");
    expect(directionLabel("looser")).toContain("▼");
    expect(formatValue(0.00001)).toBe("1.0e-5");
    expect(formatValue(-1.234)).toBe("-1.23");
    expect(secondsLeft(null, 0)).toBeNull();
    expect(secondsLeft(2500, 1000)).toBe(2);
    expect(secondsLeft(0, 1000)).toBe(0);
  });
});

describe("the learning curve", () => {
  it("plots the size of each miss, the largest at the top", () => {
    const shots = [-3, 1.5, -0.5].map((miss, i) => ({ round: i + 1, miss }) as ShotRecord);
    const { points, top } = curvePoints(shots, 100, 50, 0);
    expect(top).toBe(3);
    const ys = points.map((p) => p.y);
    [0, 25, 50 - 50 / 6].forEach((y, i) => expect(ys[i]).toBeCloseTo(y, 9));
    expect(points.map((p) => p.x)).toEqual([0, 50, 100]);
  });
});

describe("the dial", () => {
  it("spans a unit around the handshake and the coach's mark, within the engine's limits", () => {
    expect(dialRange(1, 1.2)).toEqual({ min: 0, max: 2.2 });
    expect(dialRange(4.8, 4.9).max).toBe(LIMITS.weight);
    expect(dialFraction(1, { min: 0, max: 2 })).toBe(0.5);
    expect(dialFraction(9, { min: 0, max: 2 })).toBe(1);
    expect(dialStep(0.05)).toBeCloseTo(0.005, 12);
    expect(dialStep(0)).toBe(0.001);
  });
});

describe("chapters", () => {
  it("each have a goal, settings the engine accepts and a seat inside the line", () => {
    expect(CHAPTERS.map((c) => c.id)).toEqual(["pass", "miss", "coach", "strict", "deep", "wiring", "guess", "network", "wires", "dendrites"]);
    for (const c of CHAPTERS) {
      const { seed: _s, ...rest } = c.settings;
      const parsed = parseMessage("configure", { settings: rest }, "host");
      expect(parsed.ok, c.id).toBe(true);
      // A network's seats are its neurons, layer by layer (the shooter alone in the last).
      const seats = c.settings.shape === "network" ? (c.settings.lineLength! - 1) * c.settings.layerWidth! + 1 : c.settings.lineLength!;
      expect(c.seat).toBeLessThan(seats);
      const g = reduce(createGame("host", c.settings), { type: "join", by: "host", name: "You", line: 0, seat: c.seat }, 0);
      expect(g.ok).toBe(true);
      expect(c.goal.reached(reduce(g.state, { type: "start", by: "host" }, 0).state, "host"), c.id).toBe(false);
    }
    expect(nextChapter("pass")?.id).toBe("miss");
    expect(nextChapter("guess")?.id).toBe("network");
    expect(nextChapter("network")?.id).toBe("wires");
    expect(nextChapter("dendrites")).toBeUndefined();
    expect(chapterById("nope")).toBeUndefined();
  });

  it("remember which are done", () => {
    const st = memoryStorage();
    expect(doneChapters(st).size).toBe(0);
    markDone("pass", st);
    markDone("miss", st);
    markDone("pass", st);
    expect([...doneChapters(st)]).toEqual(["pass", "miss"]);
    resetProgress(st);
    expect(doneChapters(st).size).toBe(0);
    st.setItem("blame-game:chapters-done", "{not json");
    expect(doneChapters(st).size).toBe(0);
  });
});

describe("preferences and free play", () => {
  it("round-trip preferences and ignore junk", () => {
    const st = memoryStorage();
    const off = { readAloud: false, tones: false, moreTime: false };
    expect(loadPrefs(st)).toEqual({ muted: false, speed: 1, showValues: false, ...off });
    savePrefs({ muted: true, speed: 4, showValues: true, readAloud: true, tones: false, moreTime: true }, st);
    expect(loadPrefs(st)).toEqual({ muted: true, speed: 4, showValues: true, readAloud: true, tones: false, moreTime: true });
    st.setItem("blame-game:prefs", JSON.stringify({ muted: "yes", speed: 3, readAloud: 1 }));
    expect(loadPrefs(st)).toEqual({ muted: false, speed: 1, showValues: false, ...off });
  });

  it("builds settings the engine accepts and keeps the seat inside the line", () => {
    expect(clampSeat({ ...DEFAULT_FREE_PLAY, lineLength: 2, seat: 5 }).seat).toBe(1);
    const s = freePlaySettings({ ...DEFAULT_FREE_PLAY, rule: "feedback-alignment", lineLength: 12 }, 9);
    const { seed: _seed, ...rest } = s;
    expect(parseMessage("configure", { settings: rest }, "host").ok).toBe(true);
    expect(createGame("host", s).lines[0].rule).toBe("feedback-alignment");
  });
});

describe("sounds and the service worker", () => {
  it("make a higher blip for a stronger ball and a chord for a hit", () => {
    expect(tonesFor({ kind: "pass", seat: 0, strength: 0.9 })[0].freq).toBeGreaterThan(tonesFor({ kind: "pass", seat: 0, strength: 0.1 })[0].freq);
    expect(tonesFor({ kind: "land", hit: true })).toHaveLength(3);
    expect(tonesFor({ kind: "land", hit: false })).toHaveLength(1);
  });

  it("stores the given files under a versioned cache", () => {
    const src = serviceWorkerSource("abc", ["./", "./assets/x.js"]);
    expect(src).toContain('const CACHE = "blame-game-abc"');
    expect(src).toContain('["./","./assets/x.js"]');
    expect(() => new Function(src)).not.toThrow();
  });
});
