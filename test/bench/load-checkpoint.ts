// What SQLite's automatic WAL checkpoint costs the class log's appends (server/store/sqlite-store.ts: WAL,
// synchronous = NORMAL, one transaction per entry, as a room writes them). The checkpoint runs inside
// the append that crosses wal_autocheckpoint (1000 pages) and fsyncs: that append blocks the server's
// event loop, and every class on it, for the fsync. Under load (100 classes in lockstep: ~2,000 appends
// a second in the adjust phase) that happens several times a second. Prints, with the automatic
// checkpoint on (as now) and off (as if a worker thread checkpointed), the appends' latency and the
// stalls over 5 ms, alternating so that a change in the disk's load touches both.
//   npx tsx test/bench/load-checkpoint.ts [--appends 20000] [--runs 2]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { arg, percentile } from "./load-common";

const APPENDS = Number(arg("appends", "20000"));
const RUNS = Number(arg("runs", "2"));
// A dial turn as the log keeps it: the largest common entry of a network class.
const ACTION = JSON.stringify({ type: "adjust", by: "abcdefghijklmnopqrst", weights: [0.123, 1.234, -2.345, 0.456, 3.21, -1.5] });

/** Appends one entry per transaction over 100 classes into a fresh file: each append's wall time (ms). */
function appends(autocheckpoint: number): number[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "blame-checkpoint-"));
  const db = new Database(path.join(dir, "classes.sqlite"));
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
    db.exec("CREATE TABLE log (code TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL, action_json TEXT NOT NULL, secret_json TEXT, PRIMARY KEY (code, seq)) WITHOUT ROWID");
    const insert = db.prepare("INSERT INTO log (code, seq, at, action_json, secret_json) VALUES (?, ?, ?, ?, ?)");
    const append = db.transaction((code: string, seq: number) => insert.run(code, seq, Date.now(), ACTION, null));
    const ms: number[] = [];
    for (let i = 0; i < APPENDS; i++) {
      const t0 = performance.now();
      append(`B${String(i % 100).padStart(4, "0")}`, Math.floor(i / 100));
      ms.push(performance.now() - t0);
    }
    return ms;
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`${APPENDS} appends per run (one entry per transaction, 100 classes), WAL, synchronous = NORMAL; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores.`);
console.log("checkpoint       p50 ms  p99 ms  max ms  stalls>5ms  stalled ms  stalled ms per 1000 appends");
for (let run = 0; run < RUNS; run++) {
  for (const auto of [1000, 0]) {
    const ms = appends(auto).sort((a, b) => a - b);
    const stalls = ms.filter((x) => x > 5);
    const stalled = stalls.reduce((s, x) => s + x, 0);
    console.log(
      [(auto ? "automatic" : "off").padEnd(14), percentile(ms, 50).toFixed(3).padStart(8), percentile(ms, 99).toFixed(3).padStart(7), ms[ms.length - 1].toFixed(1).padStart(7), String(stalls.length).padStart(11), stalled.toFixed(0).padStart(11), ((stalled / APPENDS) * 1000).toFixed(1).padStart(14)].join(" "),
    );
  }
}
