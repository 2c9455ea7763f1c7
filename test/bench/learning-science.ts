// SCIENCE.md's own measurement, run on the engine: no shot physics, the line must output the power 0.5 d
// for an input d ~ U[0.2, 1]. The engine's forward/backward and rules do the learning; the benchmark only
// supplies a Shot-like object whose lossSlope is dL/dp, and re-evaluates the two perturbation rules'
// second shot against the power target (the engine's trial and error re-shoots through the court).
import {
  ACTIVATIONS,
  type ActivationName,
  type Court,
  DEFAULT_SETTINGS,
  type LineParams,
  RULES,
  Rng,
  type RuleId,
  type Shot,
  forward,
  shoot,
} from "../../shared";
import { WIGGLE } from "../../shared/rules/trial-and-error";
import { type Run, median, pickRate } from "./learning-stats";

/** The task: input d ~ U[LO, HI], target power TARGET_SLOPE * d. */
export const TASK = { lo: 0.2, hi: 1, targetSlope: 0.5, tolerance: 0.05, hold: 500, startW: { min: 0.5, max: 1.5 } };
/** 17 evenly spaced held-out inputs over the task's range. */
export const SCIENCE_HELD_OUT = Array.from({ length: 17 }, (_, k) => TASK.lo + (k * (TASK.hi - TASK.lo)) / 16);
export const SCIENCE_NS = [2, 4, 8, 12];
export const SCIENCE_SEEDS = 50;
export const SCIENCE_TUNE_SEEDS = 10;
/** A line must start its 500-update clean stretch within this many updates to count as learned. */
export const SCIENCE_CAP = 20_000;
export const SCIENCE_TUNE_CAP = 10_000;
/** Learning rates tried (in the power task's units: the loss is in power², so these are ~400x the game's). */
export const SCIENCE_RATE_GRID = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3];

/** How a row of SCIENCE's table learns: an engine rule, or a rule the benchmark builds from engine primitives. */
export type ScienceRowKind = "engine" | "weight-perturbation" | "node-perturbation";

/** One row of SCIENCE's table. */
export interface ScienceRow {
  label: string;
  kind: ScienceRowKind;
  rule?: RuleId;
  feedback?: "random-sign" | "sign-of-w";
  /** Balls thrown per update. */
  shotsPerUpdate: number;
  /** The perturbation rules' noise size (default: the engine's WIGGLE). */
  sigma?: number;
}

export const SCIENCE_ROWS: ScienceRow[] = [
  { label: "backprop", kind: "engine", rule: "backprop", shotsPerUpdate: 1 },
  { label: "feedback alignment, random-sign B", kind: "engine", rule: "feedback-alignment", feedback: "random-sign", shotsPerUpdate: 1 },
  { label: "feedback alignment, B's sign = w's", kind: "engine", rule: "feedback-alignment", feedback: "sign-of-w", shotsPerUpdate: 1 },
  { label: "weight perturbation", kind: "weight-perturbation", shotsPerUpdate: 2 },
  { label: "node perturbation", kind: "node-perturbation", shotsPerUpdate: 2 },
  // SCIENCE.md does not give its noise size; its cosines match a small sigma (see learning-signals), so also at 0.001.
  { label: "weight perturbation, sigma 0.001", kind: "weight-perturbation", shotsPerUpdate: 2, sigma: 0.001 },
  { label: "node perturbation, sigma 0.001", kind: "node-perturbation", shotsPerUpdate: 2, sigma: 0.001 },
  { label: "activity difference", kind: "engine", rule: "activity-difference", shotsPerUpdate: 1 },
  { label: "Hebbian", kind: "engine", rule: "fire-together", shotsPerUpdate: 1 },
];

/** SCIENCE.md's table, as printed there: [median updates or null for "-"/"never", share learned]. */
export const SCIENCE_TABLE: Record<string, ([number | null, number] | null)[]> = {
  backprop: [[90, 1], [329, 1], [467, 1], [926, 1]],
  "feedback alignment, random-sign B": [[999, 0.8], [8600, 0.54], [null, 0.42], [null, 0.12]],
  "feedback alignment, B's sign = w's": [[102, 1], [1200, 1], [563, 1], [1200, 1]],
  "weight perturbation": [[787, 1], [4900, 0.88], [10300, 1], [9800, 0.94]],
  "node perturbation": [[930, 1], [4200, 1], [4700, 1], [10900, 0.98]],
  "weight perturbation, sigma 0.001": [[787, 1], [4900, 0.88], [10300, 1], [9800, 0.94]],
  "node perturbation, sigma 0.001": [[930, 1], [4200, 1], [4700, 1], [10900, 0.98]],
  "activity difference": [null, null, null, null],
  Hebbian: [[null, 0], [null, 0], [null, 0], [null, 0]],
};

/** A Shot-like record for the power task: the engine's rules read pass, lossSlope (= dL/dp = e) and loss. */
export function powerShot(line: LineParams, d: number): Shot {
  const pass = forward(line, d);
  const e = pass.power - TASK.targetSlope * d;
  return { distance: d, pass, landing: pass.power, miss: e, loss: (e * e) / 2, hit: Math.abs(e) < TASK.tolerance, lossSlope: e };
}

/** The power task's loss for a line at input d. */
export function powerLoss(line: LineParams, d: number): number {
  const e = forward(line, d).power - TASK.targetSlope * d;
  return (e * e) / 2;
}

/**
 * Weight perturbation exactly as the engine's trial-and-error rule does it (same noise, same draws from
 * the rng, same sigma = WIGGLE, same update), with the second shot's loss taken from `lossAt` instead of
 * the court. `checkWeightPerturbationMirror` proves it matches the engine's rule on the game's court.
 */
export function weightPerturbation(
  line: LineParams,
  loss: number,
  lossAt: (l: LineParams) => number,
  rate: number,
  rng: Rng,
  sigma = WIGGLE,
): { weightChanges: number[]; biasChanges: number[] } {
  const n = line.weights.length;
  const xiW = Array.from({ length: n }, () => sigma * rng.gaussian());
  const xiB = Array.from({ length: n }, () => sigma * rng.gaussian());
  const wiggled = { ...line, weights: line.weights.map((w, i) => w + xiW[i]), biases: line.biases.map((b, i) => b + xiB[i]) };
  const k = (lossAt(wiggled) - loss) / (sigma * sigma);
  return { weightChanges: xiW.map((x) => -rate * (k * x)), biasChanges: xiB.map((x) => -rate * k * x) };
}

/** Largest difference between the mirror above and the engine's trial-and-error rule on the game's court, over random cases (0 = identical). */
export function checkWeightPerturbationMirror(court: Court = DEFAULT_SETTINGS.court): number {
  let worst = 0;
  const setup = new Rng(4242);
  for (let c = 0; c < 200; c++) {
    const n = 2 + setup.int(11);
    const line: LineParams = {
      weights: Array.from({ length: n }, () => setup.uniform(0.5, 1.5)),
      biases: Array.from({ length: n }, () => setup.uniform(-0.3, 0.3)),
      activation: "tanh",
    };
    const d = setup.uniform(court.minDistance, court.maxDistance);
    const shot = shoot(line, d, court);
    const seed = setup.int(1e9);
    const engine = RULES["trial-and-error"].propose({ line, feedback: line.weights, shot, court, rate: 1e-3, rng: new Rng(seed) });
    const mirror = weightPerturbation(line, shot.loss, (l) => shoot(l, d, court).loss, 1e-3, new Rng(seed));
    for (let i = 0; i < n; i++) {
      worst = Math.max(worst, Math.abs(engine.weightChanges[i] - mirror.weightChanges[i]), Math.abs(engine.biasChanges[i] - mirror.biasChanges[i]));
    }
  }
  return worst;
}

/**
 * Node perturbation as SCIENCE.md writes it, from the engine's activations: noise zeta_i ~ N(0, sigma^2)
 * is added to each drive z_i, the line shoots again; delta-hat_i = dL * zeta_i / sigma^2, and the update is
 * backprop's with delta-hat (w_i -= rate * delta-hat_i * a_{i-1}, b_i -= rate * delta-hat_i). sigma = WIGGLE.
 */
export function nodePerturbation(
  line: LineParams,
  shot: Shot,
  d: number,
  rate: number,
  rng: Rng,
  sigma = WIGGLE,
): { weightChanges: number[]; biasChanges: number[]; deltaHat: number[] } {
  const act = ACTIVATIONS[line.activation];
  const n = line.weights.length;
  const zeta = Array.from({ length: n }, () => sigma * rng.gaussian());
  let a = d;
  for (let i = 0; i < n; i++) a = act.f(line.weights[i] * a + line.biases[i] + zeta[i]);
  const e = a - TASK.targetSlope * d;
  const k = ((e * e) / 2 - shot.loss) / (sigma * sigma);
  const deltaHat = zeta.map((z) => k * z);
  return { weightChanges: deltaHat.map((dh, i) => -rate * dh * shot.pass.inputs[i]), biasChanges: deltaHat.map((dh) => -rate * dh), deltaHat };
}

/**
 * The line's largest held-out miss is under the tolerance. The benchmark's own evaluation: the same
 * arithmetic as the engine's forward (z = w a + b, a = f(z), the engine's f) without its per-call arrays,
 * starting from the input that failed last (a cheap early exit).
 */
function makeChecker(activation: ActivationName): (line: LineParams) => boolean {
  const f = ACTIVATIONS[activation].f;
  let lastFail = 0;
  const m = SCIENCE_HELD_OUT.length;
  return ({ weights, biases }) => {
    const n = weights.length;
    for (let k = 0; k < m; k++) {
      const j = (lastFail + k) % m;
      const d = SCIENCE_HELD_OUT[j];
      let a = d;
      for (let i = 0; i < n; i++) a = f(weights[i] * a + biases[i]);
      if (!(Math.abs(a - TASK.targetSlope * d) < TASK.tolerance)) {
        lastFail = j;
        return false;
      }
    }
    return true;
  };
}

/** The line's largest held-out miss (power units). */
export function scienceWorstMiss(line: LineParams): number {
  let worst = 0;
  for (const d of SCIENCE_HELD_OUT) {
    const e = Math.abs(forward(line, d).power - TASK.targetSlope * d);
    worst = Number.isNaN(e) ? Infinity : Math.max(worst, e);
  }
  return worst;
}

/** A fresh line for the task: w ~ U[0.5, 1.5], biases 0, tanh; and its feedback wires (|B| ~ U[0.5, 1.5]). */
export function scienceLine(row: ScienceRow, n: number, rng: Rng, activation: ActivationName = "tanh"): { line: LineParams; feedback: number[] } {
  const weights = Array.from({ length: n }, () => rng.uniform(TASK.startW.min, TASK.startW.max));
  const feedback = weights.map((w) => (row.feedback === "sign-of-w" ? Math.sign(w) : rng.sign()) * rng.uniform(0.5, 1.5));
  return { line: { weights, biases: new Array(n).fill(0), activation }, feedback };
}

/**
 * One run on SCIENCE's task. Learned at t = the first update count t <= cap after which the largest
 * held-out miss stays under 0.05 for every one of the next 500 updates (checked after every update).
 */
export function scienceTrain(row: ScienceRow, n: number, rate: number, seed: number, cap: number): Run {
  const rng = new Rng(seed * 1_000_003 + n * 101 + 29);
  const start = scienceLine(row, n, rng);
  let line = start.line;
  const feedback = start.feedback;
  const ok = makeChecker(line.activation);
  const court = DEFAULT_SETTINGS.court; // only handed to engine rules that take it; none of the rules used here reads it
  let cleanSince: number | null = null;
  for (let t = 0; t <= cap + TASK.hold; t++) {
    if (ok(line)) {
      if (cleanSince === null) cleanSince = t;
      if (t - cleanSince >= TASK.hold) return { at: cleanSince, worst: scienceWorstMiss(line) };
    } else {
      cleanSince = null;
      if (t > cap) break;
    }
    const d = rng.uniform(TASK.lo, TASK.hi);
    const shot = powerShot(line, d);
    let change: { weightChanges: number[]; biasChanges: number[] };
    if (row.kind === "weight-perturbation") change = weightPerturbation(line, shot.loss, (l) => powerLoss(l, d), rate, rng, row.sigma);
    else if (row.kind === "node-perturbation") change = nodePerturbation(line, shot, d, rate, rng, row.sigma);
    else change = RULES[row.rule!].propose({ line, feedback, shot, court, rate, rng });
    line = { ...line, weights: line.weights.map((w, i) => w + change.weightChanges[i]), biases: line.biases.map((b, i) => b + change.biasChanges[i]) };
    if (!line.weights.every(Number.isFinite) || !line.biases.every(Number.isFinite)) return { at: null, worst: Infinity };
  }
  return { at: null, worst: scienceWorstMiss(line) };
}

/** One cell of SCIENCE's table, as measured on the engine. */
export interface ScienceCell {
  row: string;
  n: number;
  rate: number;
  medianUpdates: number | null;
  shareLearned: number;
  medianFinalWorstMiss: number;
  /** Per rate tried: the share of tuning seeds learned within the tuning cap and their median updates. */
  tuning: { rate: number; shareLearned: number; medianUpdates: number | null }[];
  updates: (number | null)[];
}

/** Tunes the rate on separate seeds, then measures on SCIENCE_SEEDS fresh ones. */
export function scienceCell(rowIndex: number, n: number): ScienceCell {
  const row = SCIENCE_ROWS[rowIndex];
  const { rate, tuning } = pickRate(SCIENCE_RATE_GRID, (r) => Array.from({ length: SCIENCE_TUNE_SEEDS }, (_, k) => scienceTrain(row, n, r, 10_000 + k, SCIENCE_TUNE_CAP)));
  const runs = Array.from({ length: SCIENCE_SEEDS }, (_, k) => scienceTrain(row, n, rate, k + 1, SCIENCE_CAP));
  const med = median(runs.map((r) => r.at ?? Infinity));
  return {
    row: row.label,
    n,
    rate,
    medianUpdates: Number.isFinite(med) ? med : null,
    shareLearned: runs.filter((r) => r.at !== null).length / SCIENCE_SEEDS,
    medianFinalWorstMiss: median(runs.map((r) => r.worst)),
    tuning,
    updates: runs.map((r) => r.at),
  };
}

/** Backprop's rates for the sweep: every rate measured on all SCIENCE_SEEDS seeds (no tuning split), to see the best the engine can do. */
export const BACKPROP_SWEEP = [0.1, 0.15, 0.2, 0.3, 0.45, 0.7, 1];

/** One point of the sweep: backprop on SCIENCE's task at one N and rate, all SCIENCE_SEEDS seeds. */
export interface SweepPoint {
  n: number;
  rate: number;
  medianUpdates: number | null;
  shareLearned: number;
}

/** Backprop at one N and rate on the measurement seeds. */
export function backpropSweep(n: number, rate: number): SweepPoint {
  const runs = Array.from({ length: SCIENCE_SEEDS }, (_, k) => scienceTrain(SCIENCE_ROWS[0], n, rate, k + 1, SCIENCE_CAP));
  const med = median(runs.map((r) => r.at ?? Infinity));
  return { n, rate, medianUpdates: Number.isFinite(med) ? med : null, shareLearned: runs.filter((r) => r.at !== null).length / SCIENCE_SEEDS };
}
