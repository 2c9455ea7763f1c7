// The game's own "paper's table" (the real court, the game's hoop) and the classroom budget, for the
// learning benchmark; plus a wider/longer look at backprop with 12 neurons on the court.
import {
  type Court,
  DEFAULT_SETTINGS,
  type LineParams,
  RULES,
  Rng,
  type RuleId,
  type Settings,
  createGame,
  reduce,
  shoot,
} from "../../shared";
import { type Run, median, percentile, pickRate } from "./learning-stats";

/** One row of the paper's table: a rule, and how its feedback wires are drawn (feedback alignment only). */
export interface Row {
  label: string;
  rule: RuleId;
  feedback: "random-sign" | "sign-of-w" | "none";
}

export const ROWS: Row[] = [
  { label: "backprop", rule: "backprop", feedback: "none" },
  { label: "feedback alignment, random-sign B", rule: "feedback-alignment", feedback: "random-sign" },
  { label: "feedback alignment, B's sign = w's", rule: "feedback-alignment", feedback: "sign-of-w" },
  { label: "activity difference", rule: "activity-difference", feedback: "none" },
  { label: "trial and error", rule: "trial-and-error", feedback: "none" },
  { label: "fire together", rule: "fire-together", feedback: "none" },
];
export const NS = [2, 4, 8, 12];
export const SEEDS = 50;
export const TUNE_SEEDS = 10;
export const CAP = 20_000;
export const TUNE_CAP = 10_000;
/** Learning rates tried for every rule (the coach's strictness, in the game's units: metres of miss). */
export const RATE_GRID = [3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2];
/** The game's court (its default hoop radius); held-out set: 17 evenly spaced hoop distances across it. */
export const court: Court = DEFAULT_SETTINGS.court;
export const HELD_OUT = Array.from({ length: 17 }, (_, k) => court.minDistance + (k * (court.maxDistance - court.minDistance)) / 16);
/** How often (updates) the held-out set is checked. */
export const CHECK_EVERY = 10;
export const CRITERION = `learned = every one of ${HELD_OUT.length} held-out distances (evenly spaced ${court.minDistance}-${court.maxDistance} m) lands within the hoop radius (${court.hoopRadius} m), checked every ${CHECK_EVERY} updates`;

/** The line's largest miss over the held-out distances, m (NaN-safe: a broken line misses by Infinity). */
function worstMiss(line: LineParams): number {
  let worst = 0;
  for (const d of HELD_OUT) {
    const m = Math.abs(shoot(line, d, court).miss);
    worst = m > worst || Number.isNaN(m) ? (Number.isNaN(m) ? Infinity : m) : worst;
  }
  return worst;
}

/** Trains one line with one rule from one seed until every held-out shot is within the hoop, or the cap. */
export function train(row: Row, n: number, rate: number, seed: number, cap: number): Run {
  const rng = new Rng(seed * 1_000_003 + n * 101 + 17);
  const weights = Array.from({ length: n }, () => rng.uniform(DEFAULT_SETTINGS.startWeights.min, DEFAULT_SETTINGS.startWeights.max));
  let line: LineParams = { weights, biases: new Array(n).fill(0), activation: "tanh" };
  const feedback = weights.map((w) => (row.feedback === "sign-of-w" ? Math.sign(w) : rng.sign()) * rng.uniform(0.5, 1.5));
  const rule = RULES[row.rule];
  for (let t = 0; t <= cap; t++) {
    if (t % CHECK_EVERY === 0 && worstMiss(line) < court.hoopRadius) return { at: t, worst: worstMiss(line) };
    if (t === cap) break;
    const shot = shoot(line, rng.uniform(court.minDistance, court.maxDistance), court);
    const p = rule.propose({ line, feedback, shot, court, rate, rng });
    line = { ...line, weights: line.weights.map((w, i) => w + p.weightChanges[i]), biases: line.biases.map((b, i) => b + p.biasChanges[i]) };
    if (!line.weights.every(Number.isFinite) || !line.biases.every(Number.isFinite)) return { at: null, worst: Infinity };
  }
  return { at: null, worst: worstMiss(line) };
}

/** One cell of the paper's table: tune the rate on separate seeds, then measure on SEEDS fresh ones. */
export interface Cell {
  row: string;
  rule: RuleId;
  n: number;
  rate: number;
  medianUpdates: number | null;
  medianShots: number | null;
  shareLearned: number;
  /** The median over seeds of the largest held-out miss when training stopped, m. */
  medianFinalWorstMiss: number;
  /** Per rate tried: the share of tuning seeds learned within the tuning cap and their median updates. */
  tuning: { rate: number; shareLearned: number; medianUpdates: number | null }[];
  updates: (number | null)[];
}

/** Tunes the rate on TUNE_SEEDS separate seeds, then measures on SEEDS fresh ones. */
export function cell(row: Row, n: number): Cell {
  const best = pickRate(RATE_GRID, (rate) => Array.from({ length: TUNE_SEEDS }, (_, k) => train(row, n, rate, 10_000 + k, TUNE_CAP)));
  const runs = Array.from({ length: SEEDS }, (_, k) => train(row, n, best.rate, k + 1, CAP));
  const updates = runs.map((r) => r.at);
  const share = updates.filter((u) => u !== null).length / SEEDS;
  const med = median(updates.map((u) => u ?? Infinity));
  const shotsPerUpdate = 1 + (row.rule === "trial-and-error" ? 1 : 0);
  return {
    row: row.label,
    rule: row.rule,
    n,
    rate: best.rate,
    medianUpdates: Number.isFinite(med) ? med : null,
    medianShots: Number.isFinite(med) ? med * shotsPerUpdate : null,
    shareLearned: share,
    medianFinalWorstMiss: median(runs.map((r) => r.worst)),
    tuning: best.tuning,
    updates,
  };
}

/** The classroom budget: one game through the real reducer, every seat a bot; the shot on which the line first hits 3 in a row. */
function classroomGame(settings: Partial<Settings>, seed: number, cap: number): { learnedAt: number | null; movingLearnedAt: number | null } {
  let s = createGame("host", { ...settings, seed, maxRounds: cap });
  let now = 0;
  const start = reduce(s, { type: "start", by: "host" }, now);
  if (!start.ok) throw new Error(start.error.message);
  s = start.state;
  for (let i = 0; i < cap * 10 && s.phase !== "summary"; i++) {
    now = s.deadline ?? now;
    const r = reduce(s, { type: "tick" }, now);
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
  }
  // Also: once the hoop moves, how many more shots until 3 in a row at moving hoops.
  const fixed = s.settings.hoop.fixedRounds;
  let streak = 0;
  let moving: number | null = null;
  for (const h of s.lines[0].history) {
    if (h.round <= fixed) continue;
    streak = h.hit ? streak + 1 : 0;
    if (streak >= 3) {
      moving = h.round - fixed;
      break;
    }
  }
  return { learnedAt: s.lines[0].learnedAt, movingLearnedAt: moving };
}

/** The classroom table for one rule with the default settings. */
export function classroom(rules: RuleId[], cap: number): Record<string, unknown> {
  const games = Array.from({ length: SEEDS }, (_, k) => classroomGame({ rules }, k + 1, cap));
  const at = games.map((g) => g.learnedAt);
  const moving = games.map((g) => g.movingLearnedAt);
  const shotsPerRound = 1 + (rules[0] === "trial-and-error" ? 1 : 0);
  return {
    rule: rules[0],
    medianShots: percentile(at, 0.5),
    p90Shots: percentile(at, 0.9),
    shareWithinLesson: at.filter((x) => x !== null && x <= DEFAULT_SETTINGS.maxRounds).length / SEEDS,
    shareWithinCap: at.filter((x) => x !== null).length / SEEDS,
    ballsThrownPerShot: shotsPerRound,
    movingHoopMedian: percentile(moving, 0.5),
    movingHoopP90: percentile(moving, 0.9),
    learnedAt: at,
  };
}


/** Backprop with 12 neurons on the court, looked at harder: a finer and wider rate grid and a longer cap. */
export const DEEP = { n: 12, cap: 50_000, grid: [1e-5, 1.8e-5, 3.2e-5, 5.6e-5, 1e-4, 1.8e-4, 3.2e-4, 5.6e-4, 1e-3, 1.8e-3, 3.2e-3, 5.6e-3, 1e-2, 1.8e-2] };

/** One rate on the deep check's grid: the tuning seeds (the same ones the table tunes on) run to DEEP.cap. */
export interface DeepRate {
  rate: number;
  updates: (number | null)[];
  worst: number[];
}

/** Backprop, N = 12, on the court at one rate: the TUNE_SEEDS tuning seeds, each to DEEP.cap. */
export function deepRate(rate: number): DeepRate {
  const row = ROWS[0];
  const runs = Array.from({ length: TUNE_SEEDS }, (_, k) => train(row, DEEP.n, rate, 10_000 + k, DEEP.cap));
  return { rate, updates: runs.map((r) => r.at), worst: runs.map((r) => r.worst) };
}

/** Backprop, N = 12, on the court: measurement seeds from..to-1 at the chosen rate, to DEEP.cap. */
export function deepMeasure(rate: number, from: number, to: number): Run[] {
  return Array.from({ length: to - from }, (_, k) => train(ROWS[0], DEEP.n, rate, from + k, DEEP.cap));
}
