// What both load-generator processes share (load-worker.ts for lines, load-network-worker.ts for one
// network): the measured window's counters, timers that end with the process, the generator's own
// event-loop delay (a patch read late shows in the latency), and the window's report to the parent.
import { monitorEventLoopDelay } from "node:perf_hooks";

/** The measured window's counters, sent to the parent in the report. */
export const stats = { latencies: [] as number[], errors: 0, errorSamples: [] as string[], disconnects: 0, studentBytes: 0, studentFrames: 0, studentRounds: 0 };
/** Whether the window is open (counters count only then). */
export const window = { measuring: false };

const timers = new Set<NodeJS.Timeout>();
const lag = monitorEventLoopDelay({ resolution: 5 });
let cpuStart = process.cpuUsage();
let wallStart = Date.now();

/** Runs `fn` after `ms`; every pending one is cleared when the worker exits. */
export function later(ms: number, fn: () => void): void {
  const t = setTimeout(() => {
    timers.delete(t);
    fn();
  }, ms);
  timers.add(t);
}

/** An interval cleared when the worker exits. */
export function every(ms: number, fn: () => void): void {
  timers.add(setInterval(fn, ms));
}

/** A uniform random number in [lo, hi). */
export function rand(lo: number, hi: number): number {
  return lo + Math.random() * (hi - lo);
}

/** Counts an error seen in the window, keeping the first five for the report. */
export function noteError(what: string): void {
  if (!window.measuring) return;
  stats.errors++;
  if (stats.errorSamples.length < 5) stats.errorSamples.push(what.slice(0, 200));
}

/** Runs `run` over `items`, at most `concurrency` at a time. */
export async function pool<T>(items: T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await run(items[next++]);
    }),
  );
}

/** Opens the measured window: counters, CPU, wall clock and loop delay start from zero. */
export function openWindow(): void {
  window.measuring = true;
  Object.assign(stats, { latencies: [], errors: 0, errorSamples: [], disconnects: 0, studentBytes: 0, studentFrames: 0, studentRounds: 0 });
  cpuStart = process.cpuUsage();
  wallStart = Date.now();
  lag.reset();
  lag.enable();
}

/** Closes the window: the counters with this process's CPU, wall time and loop delay over it. */
export function closeWindow(): typeof stats & { cpuMs: number; wallMs: number; lagP99Ms: number; lagMaxMs: number } {
  window.measuring = false;
  const cpu = process.cpuUsage(cpuStart);
  lag.disable();
  return { ...stats, cpuMs: (cpu.user + cpu.system) / 1000, wallMs: Date.now() - wallStart, lagP99Ms: lag.percentile(99) / 1e6, lagMaxMs: lag.max / 1e6 };
}

/** Stops every timer and ends the process (after the last message to the parent went out). */
export function exit(): void {
  for (const t of timers) clearTimeout(t);
  process.exit(0);
}
