// How each learning rule learns as the line becomes a network: depth x width x rule on the game's court,
// every run the shared engine's own trainNetwork (shared/network/train.ts), 50 seeds per cell after a rate
// is tuned on 10 separate seeds. Answers SCIENCE.md's "Wider layers": do random feedback wires learn in a
// wide network where the single line fails? Run alone: `npx tsx test/bench/learning-network.ts` (writes
// test/bench/results/learning-network.json); or import `learningNetwork` and call it. It also times the
// brain lab's default grid (client/lab/grid.ts) in Node on one thread, as the page's one Web Worker runs
// it (`-- --lab-only` for that alone).
import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { RUN_COURT, type RuleId, type StartWeights, heldOutHoops, shotsPerUpdate, trainNetwork } from "../../shared";
import { DEFAULT_LAB_GRID, type LabGrid, labSpecs, runLab } from "../../client/lab/grid";
import { type Run, median, pickRate } from "./learning-stats";

/** One row of the table: a rule, and how the starting handshakes' signs are drawn. */
export interface NetworkRow {
  label: string;
  rule: RuleId;
  mixedSigns: boolean;
}

/** The rows: every rule from the game's start (all handshakes positive), and the two error-carrying ones from mixed signs too. */
export const NETWORK_ROWS: NetworkRow[] = [
  { label: "backprop", rule: "backprop", mixedSigns: false },
  { label: "feedback alignment (random wires)", rule: "feedback-alignment", mixedSigns: false },
  { label: "activity difference", rule: "activity-difference", mixedSigns: false },
  { label: "trial and error", rule: "trial-and-error", mixedSigns: false },
  { label: "fire together", rule: "fire-together", mixedSigns: false },
  { label: "backprop, mixed-sign start", rule: "backprop", mixedSigns: true },
  { label: "feedback alignment, mixed-sign start", rule: "feedback-alignment", mixedSigns: true },
];
/** Layers, the shooter's included (a line of N neurons is depth N). */
export const NETWORK_DEPTHS = [2, 4, 6];
/** Neurons per layer before the shooter. */
export const NETWORK_WIDTHS = [1, 3, 6];
export const NETWORK_SEEDS = 50;
export const NETWORK_TUNE_SEEDS = 6;
/** The budget: a run that has not learned within this many updates counts as not learned. */
export const NETWORK_CAP = 5_000;
export const NETWORK_TUNE_CAP = 2_000;
/** Learning rates tried for every cell (the line's table picks within this range on the same court). */
export const NETWORK_RATE_GRID = [3e-4, 1e-3, 3e-3, 1e-2];
/** Fire together never hears the miss, so no rate can help it: it runs at the line table's rate, untuned. */
export const FIRE_TOGETHER_RATE = 1e-4;

/** One cell: a row at one depth and width. */
export interface NetworkCell {
  row: string;
  rule: RuleId;
  mixedSigns: boolean;
  depth: number;
  width: number;
  rate: number;
  medianUpdates: number | null;
  medianShots: number | null;
  shareLearned: number;
  /** Wall time of this cell (tuning and measuring), ms, on one thread. */
  ms: number;
  updates: (number | null)[];
}

/** The whole measurement. */
export interface NetworkTable {
  criterion: string;
  cap: number;
  seeds: number;
  cells: NetworkCell[];
  /** Wall time of the whole grid, s, and the threads it ran on. */
  wallSeconds: number;
  workers: number;
  loadAverage: number;
  /** The brain lab's default grid, timed in Node. */
  labGrid?: LabGridTime;
}

/** The brain lab's grid run in Node, one run after another on one thread (as the page's one Web Worker). */
export interface LabGridTime {
  grid: LabGrid;
  runs: number;
  seconds: number;
  runsPerSecond: number;
  /** Per rule: its runs' time, s, and how many learned within the cap. */
  byRule: { rule: RuleId; runs: number; seconds: number; learned: number }[];
  loadAverage: number;
}

/** Times the lab's grid in Node with its own runs (client/lab/grid.ts runLab: the engine's trainNetwork) and prints runs per second. */
export function labGridTime(grid: LabGrid = DEFAULT_LAB_GRID): LabGridTime {
  const load = loadavg()[0];
  const byRule = new Map<RuleId, { rule: RuleId; runs: number; seconds: number; learned: number }>();
  const t0 = performance.now();
  const specs = labSpecs(grid);
  for (const spec of specs) {
    const t = performance.now();
    const run = runLab(spec);
    const r = byRule.get(spec.rule) ?? { rule: spec.rule, runs: 0, seconds: 0, learned: 0 };
    r.runs++;
    r.seconds += (performance.now() - t) / 1000;
    if (run.shots !== null) r.learned++;
    byRule.set(spec.rule, r);
  }
  const seconds = (performance.now() - t0) / 1000;
  const result: LabGridTime = { grid, runs: specs.length, seconds, runsPerSecond: specs.length / seconds, byRule: [...byRule.values()], loadAverage: load };
  console.log(`
The brain lab's grid in Node (${grid.rules.length} rules x depths ${grid.depths.join(",")} x widths ${grid.widths.join(",")} x ${grid.seeds} seeds, cap ${grid.cap} updates), one thread:`);
  console.log(`  ${result.runs} runs in ${seconds.toFixed(1)} s: ${result.runsPerSecond.toFixed(1)} runs per second (load average ${load.toFixed(2)} at the start)`);
  for (const r of result.byRule) console.log(`  ${r.rule.padEnd(22)} ${String(r.runs).padStart(4)} runs ${r.seconds.toFixed(1).padStart(6)} s  ${(r.runs / r.seconds).toFixed(1).padStart(7)} runs/s  learned ${r.learned}/${r.runs}`);
  return result;
}

interface Job {
  row: number;
  depth: number;
  width: number;
}

/** Tunes the rate on the tuning seeds, then measures on NETWORK_SEEDS fresh ones. */
export function networkCell(row: NetworkRow, depth: number, width: number): NetworkCell {
  const t0 = performance.now();
  const start: StartWeights = { min: 0.8, max: 1.2, mixedSigns: row.mixedSigns };
  const run = (rate: number, seed: number, cap: number): Run => {
    const r = trainNetwork({ rule: row.rule, depth, width, rate, seed, cap, start });
    return { at: r.updates, worst: r.worst };
  };
  const grid = row.rule === "fire-together" ? [FIRE_TOGETHER_RATE] : NETWORK_RATE_GRID;
  const best = grid.length === 1 ? { rate: FIRE_TOGETHER_RATE } : pickRate(grid, (rate) => Array.from({ length: NETWORK_TUNE_SEEDS }, (_, k) => run(rate, 10_000 + k, NETWORK_TUNE_CAP)));
  const updates = Array.from({ length: NETWORK_SEEDS }, (_, k) => run(best.rate, k + 1, NETWORK_CAP).at);
  const med = median(updates.map((u) => u ?? Infinity));
  return {
    row: row.label,
    rule: row.rule,
    mixedSigns: row.mixedSigns,
    depth,
    width,
    rate: best.rate,
    medianUpdates: Number.isFinite(med) ? med : null,
    medianShots: Number.isFinite(med) ? med * shotsPerUpdate(row.rule) : null,
    shareLearned: updates.filter((u) => u !== null).length / NETWORK_SEEDS,
    ms: performance.now() - t0,
    updates,
  };
}

/** Runs the jobs on worker threads (each cell whole on one thread), results in job order. */
async function runAll(jobs: Job[], workers: number): Promise<NetworkCell[]> {
  const results = new Array<NetworkCell>(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(workers, jobs.length) }, async () => {
      // A worker does not inherit tsx's loader: register it first, then load this file as the worker.
      const boot = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
      const w = new Worker(boot, { eval: true, workerData: { learningNetworkWorker: true } });
      try {
        while (next < jobs.length) {
          const k = next++;
          results[k] = await new Promise<NetworkCell>((resolve, reject) => {
            w.once("message", resolve);
            w.once("error", reject);
            w.postMessage(jobs[k]);
          });
          w.removeAllListeners("error");
          const c = results[k];
          console.error(`  ${c.row}, depth ${c.depth}, width ${c.width}: ${fmt(c.medianUpdates, c.shareLearned)} at rate ${c.rate} (${(c.ms / 1000).toFixed(1)} s)`);
        }
      } finally {
        await w.terminate();
      }
    }),
  );
  return results;
}

/** "926 (100%)", "8.6k (54%)", "- (42%)". */
function fmt(med: number | null, share: number): string {
  const m = med === null ? "-" : med >= 1000 ? `${(med / 1000).toFixed(1)}k` : String(med);
  return `${m} (${Math.round(share * 100)}%)`;
}

/** Prints the table: one block per depth, a row per rule, a column per width. */
export function printNetworkTable(table: NetworkTable): void {
  console.log(`\nNetworks on the court: median updates to learn (share of ${table.seeds} seeds learned within ${table.cap} updates)`);
  console.log(table.criterion);
  for (const depth of NETWORK_DEPTHS) {
    console.log(`\ndepth ${depth} (${depth - 1} layer${depth > 2 ? "s" : ""} before the shooter)`);
    console.log(`${"rule".padEnd(40)}${NETWORK_WIDTHS.map((w) => `width ${w}`.padEnd(20)).join("")}`);
    for (const row of NETWORK_ROWS) {
      const cells = NETWORK_WIDTHS.map((w) => table.cells.find((c) => c.row === row.label && c.depth === depth && c.width === w));
      console.log(`${row.label.padEnd(40)}${cells.map((c) => (c ? `${fmt(c.medianUpdates, c.shareLearned)} @${c.rate}` : "").padEnd(20)).join("")}`);
    }
  }
  const cpu = table.cells.reduce((s, c) => s + c.ms, 0) / 1000;
  console.log(`\ngrid: ${table.cells.length} cells, ${table.wallSeconds.toFixed(1)} s wall on ${table.workers} threads (${cpu.toFixed(1)} s of cell time), load average ${table.loadAverage.toFixed(2)}`);
}

/** Measures the whole grid on worker threads, prints it, writes results/learning-network.json and returns it. */
export async function learningNetwork(workers = Math.max(1, Math.min(availableParallelism(), 4))): Promise<NetworkTable> {
  const t0 = performance.now();
  const load = loadavg()[0];
  // Big cells first so the threads finish together.
  const jobs = NETWORK_ROWS.flatMap((_, row) => NETWORK_DEPTHS.flatMap((depth) => NETWORK_WIDTHS.map((width): Job => ({ row, depth, width }))));
  jobs.sort((a, b) => b.depth * b.width * b.width - a.depth * a.width * a.width);
  const cells = await runAll(jobs, workers);
  const table: NetworkTable = {
    criterion: `learned = every one of ${heldOutHoops(RUN_COURT).length} held-out hoops (evenly spaced ${RUN_COURT.minDistance}-${RUN_COURT.maxDistance} m) within the hoop radius (${RUN_COURT.hoopRadius} m); rate tuned per cell over ${NETWORK_RATE_GRID.join(", ")} (fire together: ${FIRE_TOGETHER_RATE}) on ${NETWORK_TUNE_SEEDS} other seeds (budget ${NETWORK_TUNE_CAP})`,
    cap: NETWORK_CAP,
    seeds: NETWORK_SEEDS,
    cells,
    wallSeconds: (performance.now() - t0) / 1000,
    workers,
    loadAverage: load,
  };
  printNetworkTable(table);
  table.labGrid = labGridTime();
  writeFileSync(new URL("./results/learning-network.json", import.meta.url), JSON.stringify({ generated: new Date().toISOString(), ...table }, null, 1));
  return table;
}

if (!isMainThread && (workerData as { learningNetworkWorker?: boolean } | null)?.learningNetworkWorker) {
  parentPort?.on("message", (job: Job) => parentPort?.postMessage(networkCell(NETWORK_ROWS[job.row], job.depth, job.width)));
} else if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes("--lab-only")) {
    // Only the lab's time: kept beside the last grid's table in its results file.
    const file = new URL("./results/learning-network.json", import.meta.url);
    const saved = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...saved, labGrid: labGridTime() }, null, 1));
  } else await learningNetwork();
}
