// SQLite's WAL checkpoints, off the server's event loop (issue 13). The store's own connection has the
// automatic checkpoint off, so its appends only write to the WAL; this worker thread, with its own
// connection to the same file, folds the WAL into the database file every second or so. A checkpoint
// syncs the file to disk (7-160 ms on a busy disk), which used to stall every class on the server.
//
// Each tick runs a PASSIVE checkpoint, which never blocks the writer. The WAL goes back to its start
// (and its file is reused, not grown) once a checkpoint has folded in everything with no append during
// it; in a steady stream of appends that never happens, so past `restartBytes` a tick forces it: one
// more PASSIVE to catch up, then a RESTART, which holds the write lock (appends wait for it: a
// stall of about one fsync, once per `restartBytes` of log) and tries for that lock for up to
// `restartWaitMs`, since under load it is free only between appends. A WAL file left large is
// truncated only once the log has been idle for `truncateIdleMs`: truncating holds the write lock too,
// and a large truncate took 15-30 ms on ext4. Nothing else waits: the worker's connection has no busy
// timeout, so a busy lock means "next tick".
//
// The worker is plain JavaScript given as a string (`eval: true`) and loads better-sqlite3 by its
// resolved path: it runs the same under tsx, vitest and the production start (`node --import tsx`),
// without a TypeScript loader in the thread.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** When the worker checkpoints, and how it restarts after a crash. */
export interface CheckpointOptions {
  /** A checkpoint this often (ms). */
  everyMs: number;
  /** WAL content (bytes) past which a tick forces the WAL back to its start (RESTART: appends wait for it). */
  restartBytes: number;
  /** How long that RESTART tries for the write lock (ms) before it leaves the wrap to the next tick. */
  restartWaitMs: number;
  /** WAL file size (bytes) past which it is truncated once idle... */
  truncateBytes: number;
  /** ...for this long (ms: no append and everything folded in). */
  truncateIdleMs: number;
  /** A crashed worker is started again after this long (ms)... */
  restartDelayMs: number;
  /** ...unless it crashed this many times in the last minute: then `onGiveUp` runs instead. */
  maxCrashesPerMinute: number;
}

/** The defaults: a checkpoint a second; the WAL wraps past 128 MiB (an adjust burst of 100 classes stays under), truncated after 10 s idle past 4 MiB. */
export const CHECKPOINT_DEFAULTS: CheckpointOptions = {
  everyMs: 1000,
  restartBytes: 128 * 1024 * 1024,
  restartWaitMs: 500,
  truncateBytes: 4 * 1024 * 1024,
  truncateIdleMs: 10_000,
  restartDelayMs: 1000,
  maxCrashesPerMinute: 3,
};

/** One checkpoint the worker ran: SQLite's answer (frames) and the WAL file's size after it. */
export interface CheckpointReport {
  mode: "PASSIVE" | "RESTART" | "TRUNCATE";
  /** SQLite could not finish it (a lock was taken): the next tick tries again. */
  busy: boolean;
  /** Frames in the WAL (as the checkpoint saw it when it started). */
  log: number;
  /** Frames of those folded into the database file. */
  checkpointed: number;
  walBytes: number;
  /** When it started (ms since the epoch, fractional: comparable with `performance.timeOrigin + performance.now()`). */
  startedAt: number;
  /** How long it took in the worker (ms). */
  ms: number;
}

const WORKER_JS = String.raw`
"use strict";
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const Database = require(workerData.module);
const { file, everyMs, restartBytes, restartWaitMs, truncateBytes, truncateIdleMs } = workerData;
// No busy timeout: a checkpoint that would wait for a lock gives up and the next tick tries again.
const db = new Database(file, { timeout: 0, fileMustExist: true });
db.pragma("wal_autocheckpoint = 0");
const frameBytes = db.pragma("page_size", { simple: true }) + 24;
const wal = () => { try { return fs.statSync(file + "-wal"); } catch { return null; } };
function checkpoint(mode) {
  const t0 = performance.now();
  const r = db.pragma("wal_checkpoint(" + mode + ")")[0];
  const st = wal();
  const report = { mode, busy: r.busy !== 0, log: r.log, checkpointed: r.checkpointed, walBytes: st ? st.size : 0, startedAt: performance.timeOrigin + t0, ms: performance.now() - t0 };
  parentPort.postMessage({ type: "checkpoint", report });
  return report;
}
function tick() {
  const r = checkpoint("PASSIVE");
  if (r.log * frameBytes > restartBytes) {
    // Catch up first, so that the RESTART, which appends wait for, has little left to copy.
    checkpoint("PASSIVE");
    // The write lock is free only between two appends: retry for it (SQLite's busy handler) for a while.
    db.pragma("busy_timeout = " + restartWaitMs);
    try { checkpoint("RESTART"); } finally { db.pragma("busy_timeout = 0"); }
    return;
  }
  const st = wal();
  if (st && st.size > truncateBytes && r.log === r.checkpointed && Date.now() - st.mtimeMs >= truncateIdleMs) checkpoint("TRUNCATE");
}
const timer = setInterval(() => {
  try { tick(); } catch (e) { parentPort.postMessage({ type: "error", message: String((e && e.stack) || e) }); }
}, everyMs);
parentPort.on("message", (m) => {
  if (m === "crash") throw new Error("checkpoint worker: crash asked for by a test");
  if (m !== "stop") return;
  clearInterval(timer);
  // The last connection to close folds the WAL into the file and removes it (the store closes its own first).
  db.close();
  process.exit(0);
});
`;

const BETTER_SQLITE3 = createRequire(import.meta.url).resolve("better-sqlite3");

/** Checkpoints one SQLite file from a worker thread; starts the worker again after a crash. */
export class Checkpointer {
  /** Every checkpoint the worker has run, counted (the latest is `last`). */
  count = 0;
  /** The latest checkpoint's report. */
  last: CheckpointReport | null = null;
  /** Called with each checkpoint's report (benches and tests watch the WAL through it). */
  onReport: ((report: CheckpointReport) => void) | null = null;
  /** How many times the worker crashed. */
  crashes = 0;
  private worker: Worker | null = null;
  private readonly crashTimes: number[] = [];
  private restartTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly options: CheckpointOptions;

  /** Starts the worker on `file` (which must exist, in WAL mode); `onGiveUp` runs when it keeps crashing. */
  constructor(readonly file: string, options: Partial<CheckpointOptions> = {}, private readonly onGiveUp: () => void = () => undefined) {
    this.options = { ...CHECKPOINT_DEFAULTS, ...options };
    this.start();
  }

  /** Whether a worker thread is running (not stopped, not given up, not between a crash and its restart). */
  get running(): boolean {
    return this.worker !== null;
  }

  /** Makes the worker throw, as a crash would (for tests). */
  crashForTest(): void {
    this.worker?.postMessage("crash");
  }

  /** Stops the worker: it closes its connection (after the store's own, it folds the WAL in) and exits. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
    worker.postMessage("stop");
    // A worker stuck in a checkpoint for this long is ended: its connection only ever reads.
    const deadline = setTimeout(() => void worker.terminate(), 30_000);
    await exited;
    clearTimeout(deadline);
  }

  private start(): void {
    const { everyMs, restartBytes, restartWaitMs, truncateBytes, truncateIdleMs } = this.options;
    const worker = new Worker(WORKER_JS, {
      eval: true,
      // Not the parent's flags: the thread is plain JavaScript and needs no TypeScript loader.
      execArgv: [],
      workerData: { module: BETTER_SQLITE3, file: this.file, everyMs, restartBytes, restartWaitMs, truncateBytes, truncateIdleMs },
    });
    // The server's exit does not wait for it: an unclosed store loses nothing (the WAL is the log).
    worker.unref();
    worker.on("message", (m: { type: string; report?: CheckpointReport; message?: string }) => {
      if (m.type === "checkpoint" && m.report) {
        this.count++;
        this.last = m.report;
        this.onReport?.(m.report);
      } else if (m.type === "error") {
        console.error(`checkpoint of ${this.file} failed (the next one tries again):`, m.message);
      }
    });
    worker.on("error", (e) => console.error(`checkpoint worker for ${this.file} crashed:`, e));
    worker.on("exit", (code) => {
      if (this.worker === worker) this.worker = null;
      if (this.stopped) return;
      this.crashed(code);
    });
    this.worker = worker;
  }

  private crashed(code: number): void {
    this.crashes++;
    const now = Date.now();
    this.crashTimes.push(now);
    while (this.crashTimes.length > 0 && (this.crashTimes[0] ?? now) < now - 60_000) this.crashTimes.shift();
    if (this.crashTimes.length >= this.options.maxCrashesPerMinute) {
      console.error(`checkpoint worker for ${this.file} exited (${code}) ${this.crashTimes.length} times in a minute: checkpoints go back to the store's connection`);
      this.onGiveUp();
      return;
    }
    console.error(`checkpoint worker for ${this.file} exited (${code}): starting it again in ${this.options.restartDelayMs} ms`);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      if (!this.stopped) this.start();
    }, this.options.restartDelayMs);
    this.restartTimer.unref();
  }
}
