// The learning benchmark (`npm run bench:learning`): the "paper's table" (updates until a line of N neurons
// has learned, per learning rule) and the classroom budget (shots until the game's default line hits 3 in a
// row, played through the real reducer). Prints both tables and writes test/bench/results/learning.json.
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
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

/** One row of the paper's table: a rule, and how its feedback wires are drawn (feedback alignment only). */
interface Row {
  label: string;
  rule: RuleId;
  feedback: "random-sign" | "sign-of-w" | "none";
}

const ROWS: Row[] = [
  { label: "backprop", rule: "backprop", feedback: "none" },
  { label: "feedback alignment, random-sign B", rule: "feedback-alignment", feedback: "random-sign" },
  { label: "feedback alignment, B's sign = w's", rule: "feedback-alignment", feedback: "sign-of-w" },
  { label: "activity difference", rule: "activity-difference", feedback: "none" },
  { label: "trial and error", rule: "trial-and-error", feedback: "none" },
  { label: "fire together", rule: "fire-together", feedback: "none" },
];
const NS = [2, 4, 8, 12];
const SEEDS = 50;
const TUNE_SEEDS = 10;
const CAP = 20_000;
const TUNE_CAP = 10_000;
/** Learning rates tried for every rule (the coach's strictness, in the game's units: metres of miss). */
const RATE_GRID = [3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2];
/** The game's court (its default hoop radius); held-out set: 17 evenly spaced hoop distances across it. */
const court: Court = DEFAULT_SETTINGS.court;
const HELD_OUT = Array.from({ length: 17 }, (_, k) => court.minDistance + (k * (court.maxDistance - court.minDistance)) / 16);
/** How often (updates) the held-out set is checked. */
const CHECK_EVERY = 10;
const CRITERION = `learned = every one of ${HELD_OUT.length} held-out distances (evenly spaced ${court.minDistance}-${court.maxDistance} m) lands within the hoop radius (${court.hoopRadius} m), checked every ${CHECK_EVERY} updates`;

/** The line's largest miss over the held-out distances, m (NaN-safe: a broken line misses by Infinity). */
function worstMiss(line: LineParams): number {
  let worst = 0;
  for (const d of HELD_OUT) {
    const m = Math.abs(shoot(line, d, court).miss);
    worst = m > worst || Number.isNaN(m) ? (Number.isNaN(m) ? Infinity : m) : worst;
  }
  return worst;
}

/** One training run: updates until learned (null if not within the cap) and the largest held-out miss at the end. */
interface Run {
  at: number | null;
  worst: number;
}

/** Trains one line with one rule from one seed until every held-out shot is within the hoop, or the cap. */
function train(row: Row, n: number, rate: number, seed: number, cap: number): Run {
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

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * How good a rate is, lower is better: fewer seeds left unlearned, then fewer updates at the median
 * (unlearned count as infinite), then (when none learn) a smaller median final miss.
 */
function score(runs: Run[]): number[] {
  return [runs.filter((r) => r.at === null).length, median(runs.map((r) => r.at ?? Infinity)), median(runs.map((r) => r.worst))];
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

/** One cell of the paper's table: tune the rate on separate seeds, then measure on SEEDS fresh ones. */
interface Cell {
  row: string;
  rule: RuleId;
  n: number;
  rate: number;
  medianUpdates: number | null;
  medianShots: number | null;
  shareLearned: number;
  /** The median over seeds of the largest held-out miss when training stopped, m. */
  medianFinalWorstMiss: number;
  updates: (number | null)[];
}

function cell(row: Row, n: number): Cell {
  let best = { rate: RATE_GRID[0], s: [Infinity] };
  for (const rate of RATE_GRID) {
    const s = score(Array.from({ length: TUNE_SEEDS }, (_, k) => train(row, n, rate, 10_000 + k, TUNE_CAP)));
    if (better(s, best.s)) best = { rate, s };
  }
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

/** A percentile of results where null (never, within the cap) counts as infinitely many. */
function percentile(xs: (number | null)[], q: number): number | null {
  const s = xs.map((x) => x ?? Infinity).sort((a, b) => a - b);
  const v = s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return Number.isFinite(v) ? v : null;
}

/** The classroom table for one rule with the default settings. */
function classroom(rules: RuleId[], cap: number): Record<string, unknown> {
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

type Job = { kind: "cell"; row: number; n: number } | { kind: "classroom"; rules: RuleId[]; cap: number };

function runJob(job: Job): unknown {
  return job.kind === "cell" ? cell(ROWS[job.row], job.n) : classroom(job.rules, job.cap);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const CLASS_CAP = 200;
  const jobs: Job[] = [
    { kind: "classroom", rules: ["backprop"], cap: CLASS_CAP },
    { kind: "classroom", rules: ["trial-and-error"], cap: CLASS_CAP },
    ...ROWS.flatMap((_, row) => NS.map((n): Job => ({ kind: "cell", row, n }))).reverse(), // slow cells first
  ];
  const results = new Array<unknown>(jobs.length);
  const workers = Math.max(1, Math.min(availableParallelism(), 4));
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      // A worker does not inherit tsx's loader: register it first, then load this file as the worker.
      const boot = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
      const w = new Worker(boot, { eval: true, workerData: true });
      try {
        while (next < jobs.length) {
          const k = next++;
          results[k] = await new Promise((resolve, reject) => {
            const done = (v: unknown): void => {
              w.off("error", fail);
              resolve(v);
            };
            const fail = (e: Error): void => {
              w.off("message", done);
              reject(e);
            };
            w.once("message", done);
            w.once("error", fail);
            w.postMessage(jobs[k]);
          });
        }
      } finally {
        await w.terminate();
      }
    }),
  );
  const cells = results.filter((_, k) => jobs[k].kind === "cell") as Cell[];
  const [bp, te] = results.slice(0, 2) as Record<string, number | null>[];
  const seconds = (performance.now() - t0) / 1000;

  const fmt = (c: Cell): string => {
    const m = c.medianUpdates === null ? "-" : c.medianUpdates >= 1000 ? `${(c.medianUpdates / 1000).toFixed(1)}k` : String(c.medianUpdates);
    return `${m} (${Math.round(c.shareLearned * 100)}%)`;
  };
  console.log(`Paper's table: median updates until learned (share of ${SEEDS} seeds within ${CAP} updates); tanh line, start w ~ U[${DEFAULT_SETTINGS.startWeights.min}, ${DEFAULT_SETTINGS.startWeights.max}], b = 0`);
  console.log(`task: hoop distance ~ U[${court.minDistance}, ${court.maxDistance}] m on the game's court; ${CRITERION}`);
  console.log(`rate tuned per rule and N on ${TUNE_SEEDS} separate seeds over [${RATE_GRID.join(", ")}]; trial and error throws 2 balls per update`);
  console.log(["rule".padEnd(38), ...NS.map((n) => `N=${n}`.padEnd(14))].join(""));
  for (const row of ROWS) {
    const line = NS.map((n) => fmt(cells.find((c) => c.row === row.label && c.n === n)!).padEnd(14));
    console.log([row.label.padEnd(38), ...line].join(""));
  }
  console.log("rate chosen");
  for (const row of ROWS) console.log(["  " + row.label.padEnd(36), ...NS.map((n) => String(cells.find((c) => c.row === row.label && c.n === n)!.rate).padEnd(14))].join(""));

  const settings = DEFAULT_SETTINGS;
  console.log(
    `\nClassroom budget: the real reducer, all seats bots, default settings (N=${settings.lineLength}, ${settings.activation}, strictness ${settings.strictness}, ` +
      `start w ~ U[${settings.startWeights.min}, ${settings.startWeights.max}], hoop radius ${settings.court.hoopRadius} m, fixed hoop at ${settings.hoop.fixedDistance} m for ${settings.hoop.fixedRounds} shots then moving), ${SEEDS} seeds`,
  );
  console.log(`shots until the line first hits 3 in a row (games run to ${CLASS_CAP} shots to measure past the lesson's ${settings.maxRounds}; "-" = not within ${CLASS_CAP})`);
  const show = (v: number | null): string => (v === null ? "-" : String(v));
  console.log("rule".padEnd(18) + "median".padEnd(8) + "p90".padEnd(8) + `within ${settings.maxRounds}`.padEnd(12) + "moving hoop only: median / p90");
  for (const r of [bp, te]) {
    console.log(String(r.rule).padEnd(18) + show(r.medianShots).padEnd(8) + show(r.p90Shots).padEnd(8) + `${Math.round(Number(r.shareWithinLesson) * 100)}%`.padEnd(12) + `${show(r.movingHoopMedian)} / ${show(r.movingHoopP90)}`);
  }
  console.log("(trial and error throws a second ball every shot to compare; its shots above count rounds)");
  console.log(`\nruntime ${seconds.toFixed(1)} s on ${workers} worker threads`);

  const out = {
    generated: new Date().toISOString(),
    runtimeSeconds: Math.round(seconds * 10) / 10,
    papersTable: { criterion: CRITERION, seeds: SEEDS, cap: CAP, tuneSeeds: TUNE_SEEDS, rateGrid: RATE_GRID, activation: "tanh", startWeights: DEFAULT_SETTINGS.startWeights, cells },
    classroom: { settings: { ...DEFAULT_SETTINGS, seed: "1..50" }, seeds: SEEDS, capShots: CLASS_CAP, lessonShots: DEFAULT_SETTINGS.maxRounds, backprop: bp, trialAndError: te },
  };
  writeFileSync(new URL("./results/learning.json", import.meta.url), JSON.stringify(out, null, 1) + "\n");
  console.log("wrote test/bench/results/learning.json");
}

if (isMainThread) {
  await main();
} else if (workerData) {
  parentPort!.on("message", (job: Job) => parentPort!.postMessage(runJob(job)));
}
