// Loaded into a benchmarked server with `--import` (test/bench/load.ts): once a second it appends how
// late that server's event loop ran in that second (p50, p99, max, ms) to the file LOOP_LAG_FILE names.
// A student's patch waits behind whatever the loop is doing, so this says how much of a latency is the
// server's own queue (the generators measure theirs: genLag).
import { appendFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";

const file = process.env.LOOP_LAG_FILE;
if (file) {
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  setInterval(() => {
    appendFileSync(file, `${JSON.stringify({ t: Date.now(), p50: ms(lag.percentile(50)), p99: ms(lag.percentile(99)), max: ms(lag.max) })}\n`);
    lag.reset();
  }, 1000).unref();
}
