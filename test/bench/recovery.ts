// `npm run bench:recovery`: how long a restart takes to bring every class back. Starts the real server
// (SQLite store in a fresh DATA_DIR), drives classes of 30 students with real colyseus.js clients in
// worker processes (test/bench/load-worker.ts), plays a few rounds so the logs have a lesson's length,
// kills the server (SIGKILL), starts it again on the same DATA_DIR and measures, from the new process's
// spawn: /health answering, every class listed again (GET /api/classes/:code 200 for all), and every
// host and student back in their seat. The workers get seats back the way the real client does
// (client/source/network-game.ts `rejoin`: the reconnection token, then the seat or host key, with
// the client's back-off); a seat the server calls gone, or not back within the time limit, is counted.
// Two scenarios: the load (every simulated school on 127.0.0.1, so the per-address HTTP budgets are
// lifted as in bench:load), and one school of 30 behind one address with the default limits.
//   npm run bench:recovery -- --classes 100 --rounds 3 --out /tmp/r.json
import { type ChildProcess, fork, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { freePort, waitForReply } from "./load-common";
import type { WorkerCommand, WorkerReply } from "./load-worker";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const CLASSES = Number(arg("classes", "100"));
const STUDENTS = Number(arg("students", "30"));
const ROUNDS = Number(arg("rounds", "3"));
const WORKERS = Number(arg("workers", "2"));
const BACK_WITHIN_S = Number(arg("within", "120"));
const OUT = arg("out", "test/bench/results/recovery.json");
const SCENARIOS = arg("scenarios", "load,school").split(",");
// 30 seats: three lines of ten, phases on their timers (votes and dials end them early), as in bench:load.
const SETTINGS = { lineLength: 10, teams: 3, rules: ["backprop", "feedback-alignment", "backprop"], autoAdvance: true, voteSeconds: 8, adjustSeconds: 8, maxRounds: 200 };
// Every simulated school shares 127.0.0.1, which no real class does: lift the per-address budgets
// (requests, class creations, and failed joins: every returning seat's old token fails once).
const ONE_ADDRESS_FOR_ALL_SCHOOLS = {
  LIMIT_CREATES_PER_HOUR: "100000",
  LIMIT_REQUEST_BURST: "100000",
  LIMIT_REQUESTS_PER_SECOND: "100000",
  LIMIT_FAILURE_BURST: "100000",
  LIMIT_FAILURES_PER_MINUTE: "100000",
};

interface Server {
  child: ChildProcess;
  output: () => string;
  spawnedAt: number;
  /** When the server said it had brought its classes back (server/index.ts prints it once createServer resolves). */
  recoveredAt: number | null;
}

/** One scenario's figures (ms from the restarted process's spawn unless said otherwise). */
interface Result {
  scenario: string;
  classes: number;
  studentsPerClass: number;
  roundsPlayed: number;
  seats: number;
  /** The log at the kill: entries and JSON bytes per class (mean and max), and the SQLite file (+ WAL). */
  entriesPerClass: number;
  maxEntriesPerClass: number;
  kbPerClass: number;
  fileMB: number;
  /** A boot of the same server with an empty store, for comparison. */
  emptyBootMs: number;
  healthMs: number;
  /** The server's own "Brought back N class(es)" line (every class is restored before the port opens). */
  recoveredMs: number | null;
  /** Every code answered 200 by GET /api/classes/:code, polled from /health on (behind the devices' reconnections). */
  allListedMs: number;
  /** Per class, as the server logs it: the store read, the replay and the room's setup. */
  replayMsMean: number;
  replayMsMax: number;
  serverCpuMsToListed: number;
  /** The restarted server's CPU from spawn until every seat was back (or the limit): near the wall time, it was saturated. */
  serverCpuMsToBack: number;
  backP50Ms: number;
  backP95Ms: number;
  allBackMs: number | null;
  /** Seats the server said were gone (the page gives up), and seats not back within the limit. */
  lost: number;
  notBack: number;
  loadAvg: number;
  samples: string[];
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** CPU time (ms) a process has used, from /proc. */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function startServer(port: number, dataDir: string, env: Record<string, string>): Server {
  let out = "";
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], { cwd: ROOT, env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const server: Server = { child, output: () => out, spawnedAt, recoveredAt: null };
  child.stdout?.on("data", (d) => {
    out += d;
    if (server.recoveredAt === null && /Brought back \d+ class/.test(out)) server.recoveredAt = performance.now();
  });
  child.stderr?.on("data", (d) => (out += d));
  return server;
}

async function until(check: () => Promise<boolean>, what: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen in ${ms / 1000} s`);
    await sleep(25);
  }
}

const healthy = (port: number) => () => fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);

async function stop(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

/** The class log as the store holds it now (read-only, beside the running server: WAL allows it). */
function logFigures(dataDir: string) {
  const file = path.join(dataDir, "classes.sqlite");
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare<[], { n: number; bytes: number }>("SELECT count(*) AS n, sum(length(action_json) + coalesce(length(secret_json), 0)) AS bytes FROM log GROUP BY code").all();
    const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
    return {
      entriesPerClass: rows.reduce((s, r) => s + r.n, 0) / Math.max(1, rows.length),
      maxEntriesPerClass: Math.max(0, ...rows.map((r) => r.n)),
      kbPerClass: rows.reduce((s, r) => s + r.bytes, 0) / Math.max(1, rows.length) / 1024,
      fileMB: (size(file) + size(`${file}-wal`)) / 1024 / 1024,
    };
  } finally {
    db.close();
  }
}

async function scenario(name: string, classes: number, students: number, rounds: number, env: Record<string, string>): Promise<Result> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "blame-recovery-"));
  const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), "blame-recovery-empty-"));
  const workers: ChildProcess[] = [];
  let server: Server | null = null;
  try {
    // The same boot with nothing to recover: what a restart costs anyway (node, tsx, the modules).
    const empty = startServer(port, emptyDir, env);
    await until(healthy(port), "an empty server's /health", 60_000);
    const emptyBootMs = performance.now() - empty.spawnedAt;
    await stop(empty.child);

    server = startServer(port, dataDir, env);
    await until(healthy(port), "the server's /health", 60_000);
    const perWorker = Array.from({ length: WORKERS }, (_, w) => Math.floor(classes / WORKERS) + (w < classes % WORKERS ? 1 : 0)).filter((n) => n > 0);
    for (let w = 0; w < perWorker.length; w++) workers.push(fork(path.join(ROOT, "test/bench/load-worker.ts"), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] }));
    const readies = workers.map((w) => waitForReply(w, "ready", 300_000));
    const played = workers.map((w) => waitForReply(w, "played", 300_000 + rounds * 90_000));
    workers.forEach((w, i) => w.send({ cmd: "start", port, rooms: perWorker[i], students, settings: SETTINGS, joinConcurrency: 10, decoders: 2, staggerMs: 0, rounds, rejoin: true } satisfies WorkerCommand));
    const ready = await Promise.all(readies);
    const failedJoins = ready.flatMap((r) => r.failedJoins);
    if (failedJoins.length) throw new Error(`joins failed: ${failedJoins.filter(Boolean).slice(0, 3).join("; ")}`);
    process.stdout.write(`  ${name}: ${classes} classes of ${students} joined; playing ${rounds} rounds...\n`);
    const codes = (await Promise.all(played)).flatMap((p) => p.codes);
    const log = logFigures(dataDir);

    // The crash, and the restart at once on the same data.
    await stop(server.child, "SIGKILL");
    server = startServer(port, dataDir, env);
    const restarted = server;
    const spawnedAt = restarted.spawnedAt;
    const spawnedEpoch = Date.now();
    await until(healthy(port), "the restarted server's /health", 120_000);
    const healthMs = performance.now() - spawnedAt;
    const pending = new Set(codes);
    await until(async () => {
      await Promise.all([...pending].map(async (code) => {
        if ((await fetch(`http://127.0.0.1:${port}/api/classes/${code}`).then((r) => r.status, () => 0)) === 200) pending.delete(code);
      }));
      return pending.size === 0;
    }, "every class listed again", 120_000);
    const allListedMs = performance.now() - spawnedAt;
    const serverCpuMsToListed = cpuMs(restarted.child.pid!);

    // Every seat back (or given up, or out of time).
    let seats: Extract<WorkerReply, { kind: "recovery" }>["seats"] = [];
    let samples: string[] = [];
    const deadline = Date.now() + BACK_WITHIN_S * 1000;
    for (;;) {
      const got = await Promise.all(workers.map((w) => {
        const r = waitForReply(w, "recovery", 30_000);
        w.send({ cmd: "recovery" } satisfies WorkerCommand);
        return r;
      }));
      seats = got.flatMap((g) => g.seats);
      samples = got.flatMap((g) => g.samples);
      if (seats.every((s) => s.gone || (s.backAt !== null && s.backAt >= spawnedEpoch)) || Date.now() > deadline) break;
      await sleep(500);
    }
    const serverCpuMsToBack = cpuMs(restarted.child.pid!);
    const back = seats.filter((s) => !s.gone && s.backAt !== null && s.backAt >= spawnedEpoch).map((s) => s.backAt! - spawnedEpoch).sort((a, b) => a - b);
    const lost = seats.filter((s) => s.gone).length;
    const notBack = seats.length - back.length - lost;
    const replays = [...restarted.output().matchAll(/replayed in (\d+) ms/g)].map((m) => Number(m[1]));
    return {
      scenario: name,
      classes,
      studentsPerClass: students,
      roundsPlayed: rounds,
      seats: seats.length,
      ...log,
      emptyBootMs,
      healthMs,
      recoveredMs: restarted.recoveredAt === null ? null : restarted.recoveredAt - spawnedAt,
      allListedMs,
      replayMsMean: replays.reduce((s, x) => s + x, 0) / Math.max(1, replays.length),
      replayMsMax: Math.max(0, ...replays),
      serverCpuMsToListed,
      serverCpuMsToBack,
      backP50Ms: percentile(back, 50),
      backP95Ms: percentile(back, 95),
      allBackMs: lost + notBack === 0 ? (back.at(-1) ?? null) : null,
      lost,
      notBack,
      loadAvg: os.loadavg()[0],
      samples: [...new Set(samples)].slice(0, 8),
    };
  } finally {
    for (const w of workers) await stop(w);
    if (server) await stop(server.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(emptyDir, { recursive: true, force: true });
  }
}

function row(r: Result): string {
  const s = (ms: number | null) => (ms === null || !Number.isFinite(ms) ? "-" : (ms / 1000).toFixed(2));
  return [
    r.scenario.padEnd(14), String(r.classes).padStart(4), String(r.seats).padStart(6), r.entriesPerClass.toFixed(0).padStart(8), r.kbPerClass.toFixed(0).padStart(7),
    s(r.emptyBootMs).padStart(7), s(r.healthMs).padStart(7), s(r.allListedMs).padStart(7), `${r.replayMsMean.toFixed(0)}/${r.replayMsMax}`.padStart(9),
    s(r.backP50Ms).padStart(7), s(r.backP95Ms).padStart(7), s(r.allBackMs).padStart(7), String(r.lost).padStart(5), String(r.notBack).padStart(6),
    s(r.serverCpuMsToBack).padStart(7), r.loadAvg.toFixed(1).padStart(5),
  ].join(" ");
}

const HEADER = "scenario       cls  seats  log/cls  KB/cls  emptyS  healthS listedS replay ms  backP50 backP95 allBack  lost notBck  srvCPU  load";

async function main(): Promise<void> {
  console.log(`Recovery: kill -9 mid-lesson, restart on the same DATA_DIR (SQLite). Times in seconds from the new process's spawn;`);
  console.log(`"emptyS" is the same boot with an empty store. Seats come back as the real client does (token, then seat key, its back-off).`);
  const results: Result[] = [];
  if (SCENARIOS.includes("load")) results.push(await scenario("load", CLASSES, STUDENTS, ROUNDS, ONE_ADDRESS_FOR_ALL_SCHOOLS));
  if (SCENARIOS.includes("school")) results.push(await scenario("one school", 1, STUDENTS, 1, {}));
  console.log(HEADER);
  for (const r of results) {
    console.log(row(r));
    for (const s of r.samples) console.log(`      e.g. ${s}`);
  }
  console.log(`healthS: every class is restored before the port opens, so /health answering means all are listed; listedS: when the bench's lookups of every code had all`);
  console.log(`answered 200 (they queue behind the devices' reconnections). "replay ms": wall time per class as the server logs it (store read, replay, room setup; 4 at a time).`);
  console.log(`"lost": seats the server called gone (the page gives up); "notBck": not back within ${BACK_WITHIN_S} s. srvCPU: the new server's CPU seconds from spawn to allBack.`);
  const out = path.resolve(ROOT, OUT);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), settings: SETTINGS, backWithinSeconds: BACK_WITHIN_S, results }, null, 2) + "\n");
  console.log(`Wrote ${path.relative(ROOT, out)}`);
}

await main();
