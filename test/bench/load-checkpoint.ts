// What SQLite's WAL checkpoints cost the server's event loop (issue 13), through the real store
// (server/store/sqlite-store.ts: WAL, synchronous = NORMAL, one transaction per entry, as a room writes
// them). Before: the automatic checkpoint runs inside the append that crosses 1000 pages and fsyncs, so
// that append stalls the loop, and every class on it ("on-connection"). After: the store's connection
// never checkpoints and a worker thread does (server/store/checkpoint-worker.ts, "worker"). "none" is the
// floor: no checkpoint at all during the run.
// The two alternate in one run, so a change in the machine's or the disk's load touches both. Appends
// are paced (--rate a second, as 100 lockstep classes in the adjust phase: ~2,000/s) or back to back
// (--rate 0). Per mode: each append's wall time on the main thread, the stalls over 5 ms summed per 1000
// appends, the longest single append, the largest WAL file seen, and the worker's checkpoints.
// On a machine shared with other work most wall-time stalls are the thread waiting for a core, which no
// checkpoint policy changes; so each append is also split (Linux's /proc/thread-self/schedstat) into
// CPU, waiting for a core, and blocked (off the CPU, not runnable: an fsync, a lock's busy wait). The
// blocked time is what a checkpoint costs the loop.
//   npx tsx test/bench/load-checkpoint.ts [--appends 20000] [--rate 2000] [--runs 2] [--out FILE]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CheckpointReport } from "../../server/store/checkpoint-worker";
import { SqliteStore } from "../../server/store/sqlite-store";
import { arg, percentile, ROOT, sleep } from "./load-common";

const APPENDS = Number(arg("appends", "20000"));
const RATE = Number(arg("rate", "2000"));
const RUNS = Number(arg("runs", "2"));
const OUT = arg("out", path.join(ROOT, "test/bench/results/load-checkpoint.json"));
const CLASSES = 100;
const STALL_MS = 5;
// schedstat's CPU time lags by up to a scheduler tick, so a short append reads as tens of us "blocked":
// only appends blocked longer than this count.
const BLOCKED_MS = 2;
// A dial turn as the log keeps it: the largest common entry of a network class.
const ACTION = { type: "adjust", by: "abcdefghijklmnopqrst", weights: [0.123, 1.234, -2.345, 0.456, 3.21, -1.5] };

// "none": the worker never checkpoints within the run (the floor: what the appends cost with no checkpoint at all).
type Mode = "on-connection" | "worker" | "none";
const MODES: Mode[] = ["on-connection", "worker", "none"];

interface Result {
  mode: Mode;
  run: number;
  loadBefore: number;
  loadAfter: number;
  p50us: number;
  p99ms: number;
  /** The longest single append (ms): the worst stall of the event loop. */
  maxMs: number;
  stalls: number;
  /** Sum of the appends over STALL_MS, per 1000 appends (ms). */
  stalledMsPer1000: number;
  /** Sum of all appends per 1000 appends (ms): the main thread's whole cost. */
  appendMsPer1000: number;
  /** Time blocked (not on a core, not waiting for one) in appends blocked over BLOCKED_MS, per 1000 appends (ms). */
  blockedMsPer1000: number;
  /** The longest time one append was blocked (ms). */
  maxBlockedMs: number;
  /** Time waiting for a core in appends, per 1000 appends (ms): the machine's load, not the store. */
  waitMsPer1000: number;
  maxWalMB: number;
  checkpoints: number;
  restarts: number;
  /** The longest checkpoint the worker ran (ms, off the main thread). */
  maxCheckpointMs: number;
  /** The longest RESTART (ms): appends wait for the write lock it holds. */
  maxRestartMs: number;
  closeMs: number;
  seconds: number;
}

/** Appends APPENDS entries over CLASSES classes to a fresh store in `mode`; closes it and checks nothing is lost. */
async function measure(mode: Mode, run: number): Promise<Result> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "blame-checkpoint-"));
  const file = path.join(dir, "classes.sqlite");
  const loadBefore = os.loadavg()[0];
  // Window 0: each append its own commit, as this bench prices one append against the checkpoints.
  const store = new SqliteStore(file, mode === "worker" ? {} : mode === "none" ? { everyMs: 3_600_000 } : "on-connection", 0);
  const reports: CheckpointReport[] = [];
  if (store.checkpointer) store.checkpointer.onReport = (r) => reports.push(r);
  try {
    const codes = Array.from({ length: CLASSES }, (_, i) => `B${String(i).padStart(4, "0")}`);
    for (const code of codes) await store.createClass({ code, createdAt: Date.now(), hostKeyHash: "bench", settings: null, finishedAt: null });
    const ms: number[] = [];
    const blocked: number[] = [];
    let waited = 0;
    let maxWal = 0;
    const t0 = performance.now();
    // Paced in 10 ms slots against the clock (a late slot catches up), yielding to the loop between slots.
    const perSlot = RATE > 0 ? Math.max(1, Math.round(RATE / 100)) : APPENDS;
    for (let i = 0; i < APPENDS;) {
      for (const end = Math.min(APPENDS, i + perSlot); i < end; i++) {
        const s0 = schedstat();
        const a = performance.now();
        await store.append(codes[i % CLASSES], [{ seq: Math.floor(i / CLASSES), at: Date.now(), action: ACTION }]);
        const wall = performance.now() - a;
        const s1 = schedstat();
        ms.push(wall);
        if (s0 && s1) {
          waited += s1.waitMs - s0.waitMs;
          blocked.push(Math.max(0, wall - (s1.cpuMs - s0.cpuMs) - (s1.waitMs - s0.waitMs)));
        }
      }
      maxWal = Math.max(maxWal, walSize(file));
      if (RATE > 0) await sleep(Math.max(0, t0 + (i / RATE) * 1000 - performance.now()));
    }
    const seconds = (performance.now() - t0) / 1000;
    const c0 = performance.now();
    await store.close();
    const closeMs = performance.now() - c0;
    await checkAll(file, codes);
    ms.sort((a, b) => a - b);
    const stalls = ms.filter((x) => x > STALL_MS);
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    const restarts = reports.filter((r) => r.mode === "RESTART");
    return {
      mode, run, loadBefore, loadAfter: os.loadavg()[0],
      p50us: percentile(ms, 50) * 1000, p99ms: percentile(ms, 99), maxMs: ms[ms.length - 1] ?? 0,
      stalls: stalls.length, stalledMsPer1000: (sum(stalls) / APPENDS) * 1000, appendMsPer1000: (sum(ms) / APPENDS) * 1000,
      blockedMsPer1000: (sum(blocked.filter((x) => x > BLOCKED_MS)) / APPENDS) * 1000, maxBlockedMs: Math.max(0, ...blocked), waitMsPer1000: (waited / APPENDS) * 1000,
      maxWalMB: maxWal / 2 ** 20, checkpoints: reports.length, restarts: restarts.length,
      maxCheckpointMs: Math.max(0, ...reports.map((r) => r.ms)), maxRestartMs: Math.max(0, ...restarts.map((r) => r.ms)),
      closeMs, seconds,
    };
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const SCHEDSTAT = (() => {
  try {
    return fs.openSync("/proc/thread-self/schedstat", "r");
  } catch {
    return null; // not Linux: only wall times
  }
})();
const schedBuf = Buffer.alloc(128);

/** This thread's time on a core and waiting for one so far (ms), or null without schedstat. */
function schedstat(): { cpuMs: number; waitMs: number } | null {
  if (SCHEDSTAT === null) return null;
  const n = fs.readSync(SCHEDSTAT, schedBuf, 0, schedBuf.length, 0);
  const [cpu = 0, wait = 0] = schedBuf.toString("latin1", 0, n).trim().split(" ").map(Number);
  return { cpuMs: cpu / 1e6, waitMs: wait / 1e6 };
}

function walSize(file: string): number {
  try {
    return fs.statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

/** Reopens the file and checks every entry is there (a bench that loses data measures nothing). */
async function checkAll(file: string, codes: string[]): Promise<void> {
  const store = new SqliteStore(file, "on-connection");
  try {
    let n = 0;
    for (const code of codes) n += (await store.readLog(code)).length;
    if (n !== APPENDS) throw new Error(`${n} of ${APPENDS} entries after reopening`);
  } finally {
    await store.close();
  }
}

const f = (n: number, d: number, w: number) => n.toFixed(d).padStart(w);

console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}; ${APPENDS} appends per mode and run, ${RATE > 0 ? `${RATE}/s in 10 ms slots` : "back to back"}, ${CLASSES} classes, one entry per transaction; ${os.cpus().length} cores.`);
console.log("wall: p50/p99/max of one append, stalls over 5 ms and their sum per 1000 appends, all appends per 1000; blocked: off the CPU and not waiting for it (fsync, lock), appends blocked over 2 ms summed per 1000; cpuwait: waiting for a core (machine load)");
console.log("mode           run  load     p50us  p99ms  maxms  stalls>5ms  stalled ms/1000  append ms/1000  blocked>2ms/1000  maxBlocked  cpuwait ms/1000  maxWAL MB  ckpts restarts maxCkpt maxRestart close ms");
const results: Result[] = [];
for (let run = 0; run < RUNS; run++) {
  // Each run rotates the order, so that no mode always follows the same one.
  for (const mode of MODES.map((_, k) => MODES[(k + run) % MODES.length])) {
    const r = await measure(mode, run);
    results.push(r);
    console.log([
      mode.padEnd(14), String(run).padStart(3), `${r.loadBefore.toFixed(1)}-${r.loadAfter.toFixed(1)}`.padStart(9),
      f(r.p50us, 0, 6), f(r.p99ms, 2, 6), f(r.maxMs, 1, 6), String(r.stalls).padStart(11), f(r.stalledMsPer1000, 1, 16), f(r.appendMsPer1000, 1, 15),
      f(r.blockedMsPer1000, 1, 16), f(r.maxBlockedMs, 1, 11), f(r.waitMsPer1000, 1, 16),
      f(r.maxWalMB, 1, 10), String(r.checkpoints).padStart(6), String(r.restarts).padStart(8), f(r.maxCheckpointMs, 1, 7), f(r.maxRestartMs, 1, 10), f(r.closeMs, 1, 8),
    ].join(" "));
  }
}
const mean = (mode: Mode, k: keyof Result) => {
  const xs = results.filter((r) => r.mode === mode).map((r) => Number(r[k]));
  return xs.reduce((s, x) => s + x, 0) / xs.length;
};
for (const mode of MODES) {
  const max = (k: keyof Result) => Math.max(...results.filter((r) => r.mode === mode).map((r) => Number(r[k]))).toFixed(1);
  console.log(`${mode}: wall stalls ${mean(mode, "stalledMsPer1000").toFixed(1)} ms per 1000 appends, longest append ${max("maxMs")} ms; blocked ${mean(mode, "blockedMsPer1000").toFixed(1)} ms per 1000 appends, longest blocked ${max("maxBlockedMs")} ms; waiting for a core ${mean(mode, "waitMsPer1000").toFixed(1)} ms per 1000 appends`);
}
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, `${JSON.stringify({ date: new Date().toISOString(), appends: APPENDS, rate: RATE, cores: os.cpus().length, stallMs: STALL_MS, blockedMs: BLOCKED_MS, results }, null, 1)}\n`);
console.log(`written ${path.relative(ROOT, OUT)}`);
