// The SQLite store's WAL checkpoints run in a worker thread, not in the appends (issue 13): the store's
// connection never checkpoints, the worker keeps the WAL bounded under a steady stream of appends and
// truncates it when idle, close() stops the worker and loses nothing, and a crashing worker is started
// again, then replaced by SQLite's own checkpoint. Real files, a real worker thread, a real child process.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { CheckpointOptions, CheckpointReport } from "../../server/store/checkpoint-worker";
import { SqliteStore } from "../../server/store/sqlite-store";
import { sleep, waitFor } from "./helpers";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const TMP = mkdtempSync(path.join(os.tmpdir(), "blame-checkpoint-"));
const MiB = 1024 * 1024;
const CODE = "CKPTS";
let made = 0;
const opened: SqliteStore[] = [];

function freshFile(): string {
  return path.join(TMP, `db-${++made}`, "classes.sqlite");
}

async function open(file: string, options: Partial<CheckpointOptions> = {}): Promise<SqliteStore> {
  // Appends one after another, each its own commit as in a quiet class, without waiting for others to share it.
  const store = new SqliteStore(file, options, 0);
  opened.push(store);
  if (!(await store.getClass(CODE))) await store.createClass({ code: CODE, createdAt: 1, hostKeyHash: "h".repeat(64), settings: null, finishedAt: null });
  return store;
}

/** Appends entries `from`..`to`-1, one per append as a room writes them. */
async function appendRange(store: SqliteStore, from: number, to: number): Promise<void> {
  for (let seq = from; seq < to; seq++) {
    await store.append(CODE, [{ seq, at: seq, action: { type: "adjust", by: "abcdefghijklmnopqrst", weights: [0.123, 1.234, -2.345, seq] } }]);
  }
}

const walBytes = (file: string): number => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);

/** Reopens `file` and returns how many entries class `code` has, in order from 0. */
async function countAfterReopen(file: string, code = CODE): Promise<number> {
  const store = new SqliteStore(file, "on-connection");
  try {
    const log = await store.readLog(code);
    log.forEach((e, i) => expect(e.seq).toBe(i));
    return log.length;
  } finally {
    await store.close();
  }
}

/** Waits until the worker has run `n` more checkpoints than now (so one started after this call). */
async function checkpointsAfter(store: SqliteStore, n = 2): Promise<void> {
  const until = (store.checkpointer?.count ?? 0) + n;
  await waitFor(() => (store.checkpointer?.count ?? 0) >= until, `${n} more checkpoints`, 30_000);
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe("SQLite checkpoints in a worker thread", () => {
  it("the store's connection never checkpoints: with the worker idle, the WAL grows past SQLite's 1000-page mark", async () => {
    const file = freshFile();
    const store = await open(file, { everyMs: 3_600_000 });
    await appendRange(store, 0, 3000);
    // SQLite's automatic checkpoint would have wrapped the WAL at ~4 MB (1000 pages of 4 KiB).
    expect(walBytes(file)).toBeGreaterThan(8 * MiB);
    await store.close();
    expect(existsSync(`${file}-wal`), "the last connection to close folds the WAL in and removes it").toBe(false);
    expect(await countAfterReopen(file)).toBe(3000);
  });

  it("keeps the WAL bounded under a steady stream of appends: it goes back to its start instead of growing", async () => {
    const file = freshFile();
    const restartBytes = MiB;
    const store = await open(file, { everyMs: 20, restartBytes });
    const reports: CheckpointReport[] = [];
    store.checkpointer!.onReport = (r) => reports.push(r);
    // Frames written in all (each wrap starts the count again) and how often the WAL went back to its start.
    const written = () => {
      let total = 0;
      let wraps = 0;
      reports.forEach((r, i) => {
        const before = reports[i - 1]?.log ?? 0;
        if (r.log < before) {
          total += before;
          wraps++;
        }
      });
      return { frames: total + (reports.at(-1)?.log ?? 0), wraps };
    };
    let seq = 0;
    let largest = 0;
    const until = Date.now() + 60_000;
    // Appends keep coming while the worker checkpoints (20 at a time, a millisecond apart), as in an adjust phase.
    while (seq < 6000 || written().wraps < 3) {
      if (Date.now() > until) throw new Error(`the WAL did not wrap 3 times in 60 s (${seq} appends, ${(walBytes(file) / MiB).toFixed(1)} MiB)`);
      await appendRange(store, seq, seq + 20);
      seq += 20;
      largest = Math.max(largest, walBytes(file));
      await sleep(1);
    }
    const { frames, wraps } = written();
    const restarts = reports.filter((r) => r.mode === "RESTART" && !r.busy).length;
    console.log(`${seq} appends: ${((frames * 4120) / MiB).toFixed(1)} MiB through the WAL, largest WAL file ${(largest / MiB).toFixed(1)} MiB; ${wraps} wraps, ${restarts} forced (RESTART)`);
    // A WAL that grew would be as large as everything written through it (a run without the forced wrap: 36 MiB).
    expect(largest).toBeLessThan((frames * 4120) / 2);
    expect(largest).toBeLessThan(16 * restartBytes);
    await store.close();
    expect(await countAfterReopen(file)).toBe(seq);
  }, 90_000);

  it("truncates a large WAL once the log has been idle", async () => {
    const file = freshFile();
    const store = await open(file, { everyMs: 50, truncateBytes: 64 * 1024, truncateIdleMs: 300 });
    await appendRange(store, 0, 1000);
    expect(walBytes(file)).toBeGreaterThan(64 * 1024);
    const reports: CheckpointReport[] = [];
    store.checkpointer!.onReport = (r) => reports.push(r);
    // The worker reports its TRUNCATE after the file is cut: wait for both.
    await waitFor(() => walBytes(file) === 0 && reports.some((r) => r.mode === "TRUNCATE" && !r.busy), "the idle WAL to be truncated", 30_000);
    expect(reports.filter((r) => r.mode === "RESTART")).toEqual([]);
    // Appends go on after a truncate, and nothing folded in is lost.
    await appendRange(store, 1000, 1100);
    await store.close();
    expect(await countAfterReopen(file)).toBe(1100);
  });

  it("close() stops the worker and loses nothing; reopening the file goes on where it was", async () => {
    const file = freshFile();
    const store = await open(file, { everyMs: 50 });
    await appendRange(store, 0, 500);
    await checkpointsAfter(store, 1);
    expect(store.checkpointer!.running).toBe(true);
    await store.close();
    expect(store.checkpointer!.running, "the worker thread has exited").toBe(false);
    expect(existsSync(`${file}-wal`)).toBe(false);
    const again = await open(file, { everyMs: 50 });
    expect((await again.readLog(CODE)).length).toBe(500);
    await appendRange(again, 500, 600);
    await again.close();
    expect(await countAfterReopen(file)).toBe(600);
  });

  it("a process that closes its store exits by itself, under node --import tsx as in production", async () => {
    const file = freshFile();
    const child = spawn(process.execPath, ["--import", "tsx", "test/server/checkpoint-child.ts", file, "2000"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code, err).toBe(0);
    const seen = JSON.parse(out.trim()) as { checkpointed: number; running: boolean; walLeft: boolean };
    expect(seen).toEqual({ checkpointed: expect.any(Number) as number, running: false, walLeft: false });
    expect(seen.checkpointed).toBeGreaterThan(0);
    expect(await countAfterReopen(file, "CHILD")).toBe(2000);
  }, 60_000);

  it("a crashed worker is started again; after too many crashes SQLite's own checkpoint takes over, and appends never stop", async () => {
    const file = freshFile();
    const store = await open(file, { everyMs: 50, restartDelayMs: 50, maxCrashesPerMinute: 2 });
    const ckpt = store.checkpointer!;
    await checkpointsAfter(store, 1);
    ckpt.crashForTest();
    await waitFor(() => ckpt.crashes === 1, "the first crash", 30_000);
    await appendRange(store, 0, 200); // the store works while its worker is down
    await waitFor(() => ckpt.running, "the worker to be started again", 30_000);
    await checkpointsAfter(store, 1);
    expect(ckpt.last?.checkpointed).toBeGreaterThan(0);

    ckpt.crashForTest();
    await waitFor(() => ckpt.crashes === 2, "the second crash", 30_000);
    await sleep(300); // a restart would be due after 50 ms: none comes
    expect(ckpt.running).toBe(false);
    // The connection checkpoints again: 3000 appends keep the WAL near SQLite's 1000 pages.
    await appendRange(store, 200, 3200);
    expect(walBytes(file)).toBeLessThan(6 * MiB);
    await store.close();
    expect(await countAfterReopen(file)).toBe(3200);
  }, 60_000);
});
