// Race presets measured with the engine: for candidate classroom races (rules x hoop fixed or moving x
// line length x strictness), a bots-only game through the real reducer per seed, and for each rule its
// median and p90 shot of the first 3-in-a-row. The presets in shared/game/presets.ts are chosen from
// this table. Runs alone: `npx tsx test/bench/learning-presets.ts` (prints the table, writes
// test/bench/results/learning-presets.json); the learning benchmark can call `presetTable()`.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RACE_PRESETS, raceLearnedAt } from "../../shared/game/presets";
import { RULES, type RuleId, type Settings } from "../../shared";
import { percentile } from "./learning-stats";

/** A race to measure: a name and the settings it overrides. */
export interface Candidate {
  name: string;
  settings: Partial<Settings>;
}

/** One rule in one candidate race, over every seed. */
export interface PresetRow {
  candidate: string;
  rule: RuleId;
  medianShots: number | null;
  p90Shots: number | null;
  /** Share of seeds where the line hit 3 in a row within the lesson's shots. */
  withinLesson: number;
  /** Share of seeds where this line was the first (alone) to hit 3 in a row within the lesson. */
  wonAlone: number;
}

/** Shots in a lesson's race, and how long a game may run to find the later lines' medians. */
export const LESSON_SHOTS = 15;
export const CAP_SHOTS = 40;
export const PRESET_SEEDS = 50;

const FOUR: RuleId[] = ["backprop", "feedback-alignment", "activity-difference", "trial-and-error"];
const TWO: RuleId[] = ["backprop", "trial-and-error"];
const HOOPS = { "fixed 5 m": { fixedRounds: 200, fixedDistance: 5 }, "fixed 8.5 m": { fixedRounds: 200, fixedDistance: 8.5 }, moving: { fixedRounds: 0, fixedDistance: 5 } };

/** The candidates: the presets, then two and four rules x three hoops x two line lengths (24 seats, and 5) x two strictnesses. */
export const CANDIDATES: Candidate[] = [
  ...RACE_PRESETS.map((p) => ({ name: `PRESET ${p.name}`, settings: p.settings })),
  ...[TWO, FOUR].flatMap((rules) =>
    Object.entries(HOOPS).flatMap(([hoopName, hoop]) =>
      [24 / rules.length, 5].flatMap((lineLength) =>
        [0.003, 0.006].map((strictness) => ({
          name: `${rules.length} rules, ${hoopName}, ${lineLength} long, strict ${strictness}`,
          settings: { rules, teams: rules.length, hoop, lineLength, strictness },
        })),
      ),
    ),
  ),
];

/** Measures one candidate over `seeds` seeds. */
export function measure(candidate: Candidate, seeds = PRESET_SEEDS, lesson = LESSON_SHOTS, cap = CAP_SHOTS): PresetRow[] {
  const games = Array.from({ length: seeds }, (_, k) => raceLearnedAt(candidate.settings, k + 1, cap));
  const rules = candidate.settings.rules ?? ["backprop"];
  return rules.map((rule, li) => {
    const at = games.map((g) => g[li] ?? null);
    const wonAlone = games.filter((g) => {
      const mine = g[li];
      return mine !== null && mine !== undefined && mine <= lesson && g.every((x, j) => j === li || x === null || x > mine);
    }).length;
    return {
      candidate: candidate.name,
      rule,
      medianShots: percentile(at, 0.5),
      p90Shots: percentile(at, 0.9),
      withinLesson: at.filter((x) => x !== null && x <= lesson).length / seeds,
      wonAlone: wonAlone / seeds,
    };
  });
}

/** Prints the presets table (every candidate, every rule) and returns its rows. */
export function presetTable(candidates: Candidate[] = CANDIDATES, seeds = PRESET_SEEDS): PresetRow[] {
  const rows = candidates.flatMap((c) => measure(c, seeds));
  const show = (x: number | null) => (x === null ? `>${CAP_SHOTS}` : String(x));
  console.log(`\nRace presets: shots to the first 3-in-a-row per rule, bots only, ${seeds} seeds, lesson ${LESSON_SHOTS} shots, cap ${CAP_SHOTS}`);
  console.log(["race".padEnd(52), "rule".padEnd(26), "median", "p90", "in lesson", "won alone"].join(" | "));
  for (const r of rows) {
    console.log([r.candidate.padEnd(52), RULES[r.rule].title.padEnd(26), show(r.medianShots).padStart(6), show(r.p90Shots).padStart(3), `${Math.round(100 * r.withinLesson)}%`.padStart(9), `${Math.round(100 * r.wonAlone)}%`.padStart(9)].join(" | "));
  }
  return rows;
}

/** Measures every candidate, prints the table and writes results/learning-presets.json (what `npm run bench:learning` runs). */
export function learningPresets(): PresetRow[] {
  const started = Date.now();
  const rows = presetTable();
  const seconds = (Date.now() - started) / 1000;
  console.log(`\n${seconds.toFixed(1)} s`);
  writeFileSync(new URL("./results/learning-presets.json", import.meta.url), JSON.stringify({ generated: new Date().toISOString(), seeds: PRESET_SEEDS, lessonShots: LESSON_SHOTS, capShots: CAP_SHOTS, runtimeSeconds: seconds, rows }, null, 2) + "\n");
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) learningPresets();
