// The race's winner and its one sentence: from real bots-only races through the engine, and from the
// edge cases (a tie, nobody learned, no shot yet).
import { describe, expect, it } from "vitest";
import { RACE_PRESETS, raceGame, raceWinner, RULES } from "../../../shared";

const brainLab = RACE_PRESETS.find((p) => p.id === "brain-lab-four")!;

describe("raceWinner", () => {
  it("names the line that first hit 3 in a row, its shot, and why its rule got there", () => {
    let checked = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const game = raceGame(brainLab.settings, seed, 15);
      const at = game.lines.map((l) => l.learnedAt ?? Infinity);
      const first = Math.min(...at);
      const result = raceWinner(game);
      if (!Number.isFinite(first)) continue;
      checked++;
      expect(result.learned).toBe(true);
      expect(result.shot).toBe(first);
      expect(result.winners).toEqual(at.flatMap((x, i) => (x === first ? [i] : [])));
      for (const i of result.winners) expect(result.sentence).toContain(`ine ${i + 1} (${RULES[game.lines[i].rule].title})`);
      expect(result.sentence).toContain(`shot ${first}`);
      expect(result.sentence.endsWith(".")).toBe(true);
      expect(result.sentence.split(". ")).toHaveLength(1);
      if (result.winners.length === 1) expect(result.sentence).toMatch(/learned it first/);
      else expect(result.sentence).toMatch(/tied/);
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("says the coach's line wins and why, when it does", () => {
    const game = raceGame(RACE_PRESETS[0].settings, 1, 15);
    expect(game.lines[0].learnedAt).not.toBeNull();
    expect(game.lines[0].learnedAt!).toBeLessThan(game.lines[1].learnedAt ?? Infinity);
    const result = raceWinner(game);
    expect(result.winners).toEqual([0]);
    expect(result.sentence).toMatch(/^Line 1 \(Backprop coach\) learned it first, 3 in a row at shot \d+: the coach told every neuron/);
  });

  it("with no line learned, names the one whose last shots landed closest", () => {
    const game = raceGame({ ...brainLab.settings }, 3, 2);
    expect(game.lines.every((l) => l.learnedAt === null)).toBe(true);
    const result = raceWinner(game);
    const misses = game.lines.map((l) => l.history.slice(-3).reduce((a, h) => a + Math.abs(h.miss), 0) / Math.min(3, l.history.length));
    const best = Math.min(...misses);
    expect(result).toMatchObject({ learned: false, shot: null, winners: misses.flatMap((m, i) => (m === best ? [i] : [])) });
    expect(result.sentence).toContain(`${best.toFixed(1)} m`);
    expect(result.sentence).toMatch(/^No line hit 3 in a row; line \d/);
  });

  it("before any shot says the race has not started", () => {
    const game = raceGame(brainLab.settings, 1, 1);
    const fresh = { lines: game.lines.map((l) => ({ ...l, history: [], learnedAt: null })) };
    expect(raceWinner(fresh)).toEqual({ winners: [], learned: false, shot: null, sentence: "No shot yet: the race has not started." });
  });
});
