// Small statistics shared by the learning benchmark's tables: medians, percentiles and rate tuning.

/** One training run: updates until learned (null if not within the cap) and the largest held-out miss at the end. */
export interface Run {
  at: number | null;
  worst: number;
}

/** The median of a list (Infinity allowed). */
export function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** A percentile of results where null (never, within the cap) counts as infinitely many. */
export function percentile(xs: (number | null)[], q: number): number | null {
  const s = xs.map((x) => x ?? Infinity).sort((a, b) => a - b);
  const v = s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return Number.isFinite(v) ? v : null;
}

/**
 * How good a rate is, lower is better: fewer seeds left unlearned, then fewer updates at the median
 * (unlearned count as infinite), then (when none learn) a smaller median final miss.
 */
export function score(runs: Run[]): number[] {
  return [runs.filter((r) => r.at === null).length, median(runs.map((r) => r.at ?? Infinity)), median(runs.map((r) => r.worst))];
}

/** Lexicographic comparison of two scores. */
export function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

/** Tries every rate on the grid (runs = the tuning seeds' results) and keeps the best by `score`; also returns each rate's outcome. */
export function pickRate(
  grid: readonly number[],
  runsAt: (rate: number) => Run[],
): { rate: number; tuning: { rate: number; shareLearned: number; medianUpdates: number | null }[] } {
  let best = { rate: grid[0], s: [Infinity] };
  const tuning: { rate: number; shareLearned: number; medianUpdates: number | null }[] = [];
  for (const rate of grid) {
    const runs = runsAt(rate);
    const s = score(runs);
    const med = median(runs.map((r) => r.at ?? Infinity));
    tuning.push({ rate, shareLearned: runs.filter((r) => r.at !== null).length / runs.length, medianUpdates: Number.isFinite(med) ? med : null });
    if (better(s, best.s)) best = { rate, s };
  }
  return { rate: best.rate, tuning };
}
