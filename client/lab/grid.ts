// The brain lab's experiment, pure: which runs make up a grid, the one run (the shared engine's
// trainNetwork), and what the page and its exports make of the results. The worker, the page and the
// e2e test all use these, so the browser's table and the engine's are the same by construction.
import { RULE_IDS, type RuleId, type RunSpec, shotsPerUpdate, trainNetwork } from "../../shared";

/** What the learner runs: rules x depths x widths x seeds, each run stopped after `cap` updates. */
export interface LabGrid {
  rules: RuleId[];
  /** Layers, the shooter's included. */
  depths: number[];
  /** Neurons in each layer before the shooter. */
  widths: number[];
  seeds: number;
  cap: number;
}

/**
 * One learning rate per rule, from the learning benchmark's tuned rates on the court
 * (test/bench/results/learning-network.json: the rate most cells chose).
 */
export const LAB_RATES: Record<RuleId, number> = {
  backprop: 1e-2,
  "feedback-alignment": 3e-3,
  "activity-difference": 1e-2,
  "trial-and-error": 1e-3,
  "fire-together": 1e-4,
};

/** The grid the page runs unless its address says otherwise. */
export const DEFAULT_LAB_GRID: LabGrid = { rules: RULE_IDS.slice(), depths: [2, 3, 4], widths: [1, 3], seeds: 20, cap: 3000 };

/** One finished run, as the table and the CSV hold it. */
export interface LabRun {
  rule: RuleId;
  depth: number;
  width: number;
  seed: number;
  rate: number;
  /** Balls thrown until every test hoop was scored (null: not within the budget). */
  shots: number | null;
}

/** Every run of a grid, seed by seed, so the chart fills everywhere at once. */
export function labSpecs(grid: LabGrid): RunSpec[] {
  const specs: RunSpec[] = [];
  for (let seed = 1; seed <= grid.seeds; seed++)
    for (const depth of grid.depths)
      for (const width of grid.widths) for (const rule of grid.rules) specs.push({ rule, depth, width, seed, rate: LAB_RATES[rule], cap: grid.cap });
  return specs;
}

/** Runs one network of bots with the engine until it scores every test hoop or runs out of budget. */
export function runLab(spec: RunSpec): LabRun {
  const r = trainNetwork(spec);
  return { rule: spec.rule, depth: spec.depth, width: spec.width, seed: spec.seed, rate: spec.rate, shots: r.shots };
}

/** A rule's balls-thrown budget: the update budget times the balls each update throws. */
export function shotBudget(rule: RuleId, cap: number): number {
  return cap * shotsPerUpdate(rule);
}

/** The median of a cell's runs, a run that never learned counting as never (null when half or more never learned). */
export function medianShots(runs: readonly LabRun[]): number | null {
  const s = runs.map((r) => r.shots ?? Infinity).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return Number.isFinite(m) ? m : null;
}

/** One cell of the table: a rule at a depth and width. */
export interface LabCell {
  rule: RuleId;
  depth: number;
  width: number;
  runs: number;
  learned: number;
  medianShots: number | null;
}

/** The table so far: one cell per rule, depth and width, in the grid's order. */
export function labTable(grid: LabGrid, runs: readonly LabRun[]): LabCell[] {
  return grid.rules.flatMap((rule) =>
    grid.depths.flatMap((depth) =>
      grid.widths.map((width) => {
        const mine = runs.filter((r) => r.rule === rule && r.depth === depth && r.width === width);
        return { rule, depth, width, runs: mine.length, learned: mine.filter((r) => r.shots !== null).length, medianShots: medianShots(mine) };
      }),
    ),
  );
}

/** How much deeper hurt a rule at one width: median balls (a run that never learned counts as the whole budget) at the deepest depth over the shallowest. */
export interface Slowdown {
  rule: RuleId;
  /** The width where deepening hurt this rule most. */
  width: number;
  shallow: number;
  deep: number;
  /** deep / shallow. */
  factor: number;
  /** The rule never learned in any run: it cannot slow down, it never gets there. */
  neverLearned: boolean;
}

/** The middle of a list of numbers. */
function middle(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Each rule's slowdown from the shallowest to the deepest network, at the width where it was largest. */
export function slowdowns(grid: LabGrid, runs: readonly LabRun[]): Slowdown[] {
  const shallowest = Math.min(...grid.depths);
  const deepest = Math.max(...grid.depths);
  return grid.rules.map((rule) => {
    const budget = shotBudget(rule, grid.cap);
    const at = (depth: number, width: number): number => middle(runs.filter((r) => r.rule === rule && r.depth === depth && r.width === width).map((r) => r.shots ?? budget));
    const neverLearned = runs.every((r) => r.rule !== rule || r.shots === null);
    let best: Slowdown | null = null;
    for (const width of grid.widths) {
      const shallow = at(shallowest, width);
      const deep = at(deepest, width);
      const s = { rule, width, shallow, deep, factor: deep / shallow, neverLearned };
      if (best === null || s.factor > best.factor) best = s;
    }
    return best as Slowdown;
  });
}

/** The rule that slowed down most (among those that learned at all), or null if no rule needed more balls deeper. */
export function slowestRule(grid: LabGrid, runs: readonly LabRun[]): Slowdown | null {
  let best: Slowdown | null = null;
  for (const s of slowdowns(grid, runs)) if (!s.neverLearned && s.factor > 1 && (best === null || s.factor > best.factor)) best = s;
  return best;
}

/** The runs as CSV: one line per run, "never" where a run did not learn within the budget. */
export function labCsv(runs: readonly LabRun[]): string {
  const lines = runs.map((r) => [r.rule, r.depth, r.width, r.seed, r.rate, r.shots ?? "never"].join(","));
  return ["rule,depth,width,seed,rate,shots to learn", ...lines].join("\n") + "\n";
}

/** A list of whole numbers within [lo, hi] from "2,3,4", or null if any is not one. */
function intList(text: string | null, lo: number, hi: number): number[] | null {
  if (text === null) return null;
  const xs = text.split(",").map((s) => Number(s));
  return xs.length > 0 && xs.every((x) => Number.isInteger(x) && x >= lo && x <= hi) ? xs : null;
}

/** The grid an address asks for (?rules=&depths=&widths=&seeds=&cap=), each part the default unless it is valid. */
export function gridFromSearch(search: string): LabGrid {
  const q = new URLSearchParams(search);
  const rules = q.get("rules")?.split(",").filter((r): r is RuleId => (RULE_IDS as string[]).includes(r));
  const seeds = intList(q.get("seeds"), 1, 50)?.[0];
  const cap = intList(q.get("cap"), 10, 20_000)?.[0];
  return {
    rules: rules && rules.length > 0 ? rules : DEFAULT_LAB_GRID.rules,
    depths: intList(q.get("depths"), 1, 8) ?? DEFAULT_LAB_GRID.depths,
    widths: intList(q.get("widths"), 1, 6) ?? DEFAULT_LAB_GRID.widths,
    seeds: seeds ?? DEFAULT_LAB_GRID.seeds,
    cap: cap ?? DEFAULT_LAB_GRID.cap,
  };
}
