// The race presets' claim, re-checked with the engine on fewer seeds than the bench (deterministic):
// in the median game the coach's line is the first to hit 3 in a row, inside the lesson.
import { describe, expect, it } from "vitest";
import { createGame, parseMessage, RACE_PRESETS, raceLearnedAt, RULES } from "../../../shared";

const SEEDS = Array.from({ length: 15 }, (_, k) => k + 1);
const CAP = 40;

/** The median of shots where "never within the cap" counts as more than any number. */
function median(xs: (number | null)[]): number {
  const s = xs.map((x) => x ?? Infinity).sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

describe("race presets", () => {
  for (const preset of RACE_PRESETS) {
    it(`${preset.name}: the coach's line learns first in the median game, within the lesson`, () => {
      const rules = preset.settings.rules ?? [];
      expect(rules[0]).toBe("backprop");
      const games = SEEDS.map((seed) => raceLearnedAt(preset.settings, seed, CAP));
      const medians = rules.map((_, line) => median(games.map((g) => g[line])));
      const coach = medians[0];
      expect(coach).toBeLessThanOrEqual(preset.settings.maxRounds ?? CAP);
      for (const other of medians.slice(1)) expect(coach).toBeLessThan(other);
      // What the preset says it measured keeps the same order.
      const measured = preset.measured.map((m) => m.medianShots ?? Infinity);
      expect(preset.measured.map((m) => m.rule)).toEqual(rules);
      for (const other of measured.slice(1)) expect(measured[0]).toBeLessThan(other);
    });

    it(`${preset.name}: its settings are ones a host may send, and it says why in one sentence`, () => {
      expect(parseMessage("configure", { settings: preset.settings }, "host").ok).toBe(true);
      expect(preset.why).toMatch(/^[A-Z][^.]*\.$/);
      for (const r of preset.settings.rules ?? []) expect(Object.keys(RULES)).toContain(r);
      const game = createGame("host", preset.settings);
      expect(game.lines).toHaveLength(preset.settings.rules?.length ?? 0);
    });
  }
});
