// `npm run bench:load`: starts the real server and drives it from worker processes with real
// colyseus.js clients: R classrooms of 30 students playing rounds. For each R it prints latency from a
// student's action to the patch showing it to that student (p50/p95/p99), errors and disconnects, the
// server's CPU (% of one core) and memory, the load generator's CPU, and bytes per student per round.
// The class log is on, as in production (SQLite in the server's DATA_DIR): after each level the bench
// reads the file and reports what the measured window wrote (entries per class per round, by action,
// JSON bytes and file bytes per entry, appends per second); at the end a micro-bench appends those very
// entries one per call, as a room does, to price one append, and so the log's share of the server's CPU.
// In the same run, at every level, a bare Colyseus room (test/bench/bare-server.ts: the same transport, 30
// clients per room, one small message per client every 2-6 s, no engine, no log) is driven the same way:
// the game's p95 and CPU are printed as ratios to the bare room's (goal: within 1.2x), so a noisy or
// different machine moves both and the ratio says how far the game is from what Colyseus itself does.
// Bounded: each level runs a fixed window; it goes on past the listed levels (to --max) while healthy.
//   npm run bench:load -- --rooms 10,50,100 --seconds 40 --max 200 --stagger 0,30
//   npm run bench:load -- --rooms 50 --max 50 --out /tmp/l.json --server-args "--cpu-prof --cpu-prof-dir=/tmp/prof"
import { type ChildProcess, fork, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { type EntrySecret, SqliteStore } from "../../server/store";
import type { WorkerCommand, WorkerReply } from "./load-worker";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const STUDENTS = 30;
// 30 seats: three lines of ten; phases run on their timers (votes and dials end them early).
const SETTINGS = { lineLength: 10, teams: 3, rules: ["backprop", "feedback-alignment", "backprop"], autoAdvance: true, voteSeconds: 8, adjustSeconds: 8, maxRounds: 200 };

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const LEVELS = arg("rooms", "10,50,100").split(",").map(Number);
const SECONDS = Number(arg("seconds", "40"));
const MAX_ROOMS = Number(arg("max", "200"));
const WORKERS = Number(arg("workers", "2"));
// Extra node flags for the server process, e.g. --server-args "--cpu-prof --cpu-prof-dir=/tmp/prof".
const SERVER_ARGS = arg("server-args", "").split(" ").filter(Boolean);
const OUT = arg("out", "test/bench/results/load.json");
// Students per class who decode patches (and whose latency is measured); the rest act on the host's state.
const DECODERS = Math.min(STUDENTS, Number(arg("decoders", "6")));
// Spread the classes' starts over this many seconds (0: all in lockstep, the harshest case). Several
// run the game once per value at each level, beside one bare room. By default both: lockstep (every
// class changes phase in the same instant: a burst of 3,100 frames that real schools never send at once)
// and starts spread over 30 s (about a round: real classes start seconds apart, so their phases fall apart).
const STAGGERS = arg("stagger", "0,30").split(",").map(Number);
const STEP = 50;
// --no-bare: skip the bare Colyseus room (halves the run; no ratios).
const NO_BARE = process.argv.includes("--no-bare");
// "Broken": a level past which going on tells nothing more.
const BROKEN_P95_MS = 1000;

/** One level's figures. */
interface Level {
  rooms: number;
  students: number;
  joined: number;
  failedJoins: number;
  actions: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  disconnects: number;
  serverCpuPct: number;
  serverRssMB: number;
  generatorCpuPct: number;
  /** The generators' event-loop delay (worst process): p99 and max, ms. A late loop reads patches late, which the latency then includes. */
  generatorLagP99Ms: number;
  generatorLagMaxMs: number;
  bytesPerStudentRound: number;
  /** WebSocket frames each student received per round: the server's main cost is one write per frame. */
  framesPerStudentRound: number;
  cpuPctPer1000Students: number;
  /** The machine's 1-minute load average at the end (2 cores: above ~2 the figures are contended). */
  loadAvg: number;
  samples: string[];
  /** The class log in the measured window. */
  log: LogCost;
  /** Over how many seconds the classes' starts were spread (0: lockstep). */
  staggerSeconds: number;
  /** The server's event-loop delay in the window (test/bench/loop-lag.ts). */
  serverLag: LoopLag;
  /** The bare Colyseus room at the same level, and the game's figures as ratios to it. */
  bare?: Bare;
  p95Ratio?: number;
  cpuRatio?: number;
}

/** A bare room's figures at one level. */
interface Bare {
  joined: number;
  failedJoins: number;
  actions: number;
  p50: number;
  p95: number;
  errors: number;
  disconnects: number;
  serverCpuPct: number;
  serverRssMB: number;
  framesPerStudentSecond: number;
  /** The generators' event-loop delay p99, ms (worst process). */
  generatorLagP99Ms: number;
  /** The bare server's event-loop delay in the window. */
  serverLag: LoopLag;
}

/** What the class log wrote in a level's measured window. */
interface LogCost {
  entries: number;
  /** Rounds each class played in the window (rounds seen by its students). */
  roundsPerClass: number;
  entriesPerClassRound: number;
  /** The same, by action type. */
  mixPerClassRound: Record<string, number>;
  /** JSON (action + server-only secret) bytes per entry, and the SQLite file's bytes per entry it holds (indexes and pages included). */
  jsonBytesPerEntry: number;
  fileBytesPerEntry: number;
  appendsPerSecond: number;
  /** Filled in after the append micro-bench: the appends' CPU, as % of one core and as a share of the server's CPU. */
  cpuPct: number;
  shareOfServerCpu: number;
}

/** Entries as the store keeps them, for the micro-bench. */
interface SampleEntry {
  action: unknown;
  secret: EntrySecret | null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** The server's CPU time (ms) and resident memory (MB), from /proc. */
function procStats(pid: number): { cpuMs: number; rssMB: number } {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
  const rss = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return { cpuMs: (ticks * 1000) / 100, rssMB: rss ? Number(rss[1]) / 1024 : 0 };
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function waitForReply<K extends WorkerReply["kind"]>(child: ChildProcess, kind: K, ms: number): Promise<Extract<WorkerReply, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not send ${kind} in ${ms} ms`)), ms);
    const onMessage = (m: WorkerReply) => {
      if (m.kind !== kind) return;
      clearTimeout(timer);
      child.off("message", onMessage);
      resolve(m as Extract<WorkerReply, { kind: K }>);
    };
    child.on("message", onMessage);
  });
}

/** A server's event-loop delay in [from, to] from its loop-lag.ts file: the median and the worst of its per-second p99s, and the worst delay, ms. */
export interface LoopLag {
  p99Median: number;
  p99Worst: number;
  max: number;
}

function loopLag(file: string, from: number, to: number): LoopLag {
  const rows = (fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim().split("\n").filter(Boolean) : []).map((l) => JSON.parse(l) as { t: number; p99: number; max: number }).filter((r) => r.t > from && r.t <= to);
  const p99s = rows.map((r) => r.p99).sort((a, b) => a - b);
  return { p99Median: p99s.length ? p99s[Math.floor(p99s.length / 2)] : NaN, p99Worst: p99s.length ? p99s[p99s.length - 1] : NaN, max: rows.length ? Math.max(...rows.map((r) => r.max)) : NaN };
}

/** The node flags that load the loop-lag probe into a server process, writing to `file`. */
function lagArgs(): string[] {
  return ["--import", "tsx", "--import", "./test/bench/loop-lag.ts"];
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

// Every limit stays on (frame size, messages per client, floods, bodies, seat reservations) but the
// per-address HTTP budgets: here every simulated school shares 127.0.0.1, which no real class does.
const ONE_ADDRESS_FOR_ALL_SCHOOLS = {
  LIMIT_CREATES_PER_HOUR: "100000",
  LIMIT_REQUEST_BURST: "100000",
  LIMIT_REQUESTS_PER_SECOND: "100000",
};

/** Entries of the last level's window, replayed by the append micro-bench. */
let sampleEntries: SampleEntry[] = [];

/** What the log (the server's SQLite file, read after the server stopped) wrote between `from` and `to` (epoch ms). */
function logCost(dataDir: string, rooms: number, from: number, to: number, roundsPerClass: number): LogCost {
  const file = path.join(dataDir, "classes.sqlite");
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const window = db.prepare<[number, number], { n: number; bytes: number | null }>("SELECT count(*) AS n, sum(length(action_json) + coalesce(length(secret_json), 0)) AS bytes FROM log WHERE at >= ? AND at < ?").get(from, to);
    const mix = db.prepare<[number, number], { type: string; n: number }>("SELECT json_extract(action_json, '$.type') AS type, count(*) AS n FROM log WHERE at >= ? AND at < ? GROUP BY type ORDER BY n DESC").all(from, to);
    const total = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM log").get()?.n ?? 0;
    sampleEntries = db.prepare<[number, number], { action_json: string; secret_json: string | null }>("SELECT action_json, secret_json FROM log WHERE at >= ? AND at < ? LIMIT 20000").all(from, to)
      .map((r) => ({ action: JSON.parse(r.action_json) as unknown, secret: r.secret_json === null ? null : (JSON.parse(r.secret_json) as EntrySecret) }));
    const entries = window?.n ?? 0;
    const perClassRound = (n: number) => (rooms && roundsPerClass ? n / rooms / roundsPerClass : NaN);
    return {
      entries,
      roundsPerClass,
      entriesPerClassRound: perClassRound(entries),
      mixPerClassRound: Object.fromEntries(mix.map((m) => [m.type, perClassRound(m.n)])),
      jsonBytesPerEntry: entries ? (window?.bytes ?? 0) / entries : NaN,
      fileBytesPerEntry: total ? fs.statSync(file).size / total : NaN,
      appendsPerSecond: (entries / (to - from)) * 1000,
      cpuPct: NaN,
      shareOfServerCpu: NaN,
    };
  } finally {
    db.close();
  }
}

/** Appends `samples` one entry per call (as a room does), spread over 100 classes, to a fresh SQLite store: wall and CPU microseconds per append. */
async function appendCost(samples: SampleEntry[], count = 20_000): Promise<{ wallUs: number; cpuUs: number; count: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "blame-append-"));
  const store = new SqliteStore(path.join(dir, "classes.sqlite"));
  try {
    const codes = Array.from({ length: 100 }, (_, i) => `B${String(i).padStart(4, "0")}`);
    for (const code of codes) await store.createClass({ code, createdAt: Date.now(), hostKeyHash: "bench", settings: null, finishedAt: null });
    const seqs = new Map(codes.map((c) => [c, 0]));
    const run = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const code = codes[i % codes.length];
        const seq = seqs.get(code)!;
        seqs.set(code, seq + 1);
        const { action, secret } = samples[i % samples.length];
        await store.append(code, [{ seq, at: Date.now(), action, ...(secret ? { secret } : {}) }]);
      }
    };
    await run(2000); // warm-up: prepared statements, the file's first pages
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    await run(count);
    const wall = performance.now() - t0;
    const used = process.cpuUsage(cpu);
    return { wallUs: (wall * 1000) / count, cpuUs: (used.user + used.system) / count, count };
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function runLevel(rooms: number, staggerS: number): Promise<Level> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "blame-bench-"));
  try {
    const { level, from, to, roundsPerClass } = await driveLevel(rooms, dataDir, staggerS);
    // The server has stopped (SIGTERM: its store closed, the WAL folded into the file).
    return { ...level, log: logCost(dataDir, rooms, from, to, roundsPerClass) };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function driveLevel(rooms: number, dataDir: string, staggerS: number): Promise<{ level: Omit<Level, "log">; from: number; to: number; roundsPerClass: number }> {
  const port = await freePort();
  const lagFile = path.join(dataDir, "loop-lag.jsonl");
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOOP_LAG_FILE: lagFile, ...ONE_ADDRESS_FOR_ALL_SCHOOLS };
  const server = spawn(process.execPath, [...SERVER_ARGS, ...lagArgs(), "server/index.ts"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  const workers: ChildProcess[] = [];
  try {
    for (let i = 0; i < 200 && !(await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)); i++) await sleep(100);
    const perWorker = Array.from({ length: WORKERS }, (_, w) => Math.floor(rooms / WORKERS) + (w < rooms % WORKERS ? 1 : 0)).filter((n) => n > 0);
    for (let w = 0; w < perWorker.length; w++) {
      workers.push(fork(path.join(ROOT, "test/bench/load-worker.ts"), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] }));
    }
    const readies = workers.map((w) => waitForReply(w, "ready", 240_000));
    workers.forEach((w, i) => w.send({ cmd: "start", port, rooms: perWorker[i], students: STUDENTS, settings: SETTINGS, joinConcurrency: 10, decoders: DECODERS, staggerMs: staggerS * 1000 } satisfies WorkerCommand));
    const ready = await Promise.all(readies);
    // Let the joins' cost settle (and every class start), then measure a fixed window.
    await sleep(3000 + staggerS * 1000);
    const before = procStats(server.pid!);
    for (const w of workers) w.send({ cmd: "measure" } satisfies WorkerCommand);
    const t0 = Date.now();
    const from = t0;
    let rss = before.rssMB;
    while (Date.now() - t0 < SECONDS * 1000) {
      await sleep(1000);
      rss = Math.max(rss, procStats(server.pid!).rssMB);
    }
    const after = procStats(server.pid!);
    const wall = Date.now() - t0;
    const to = Date.now();
    const reports = workers.map((w) => waitForReply(w, "report", 30_000));
    for (const w of workers) w.send({ cmd: "report" } satisfies WorkerCommand);
    const got = await Promise.all(reports);

    const latencies = got.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const studentBytes = got.reduce((s, r) => s + r.studentBytes, 0);
    const studentFrames = got.reduce((s, r) => s + r.studentFrames, 0);
    const studentRounds = got.reduce((s, r) => s + r.studentRounds, 0);
    const joined = ready.reduce((s, r) => s + r.joined, 0);
    const serverCpuPct = ((after.cpuMs - before.cpuMs) / wall) * 100;
    const level: Omit<Level, "log"> = {
      rooms,
      students: rooms * STUDENTS,
      joined,
      failedJoins: ready.reduce((s, r) => s + r.failedJoins.length, 0),
      actions: latencies.length,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      errors: got.reduce((s, r) => s + r.errors, 0),
      disconnects: got.reduce((s, r) => s + r.disconnects, 0),
      serverCpuPct,
      serverRssMB: rss,
      generatorCpuPct: (got.reduce((s, r) => s + r.cpuMs, 0) / wall) * 100,
      generatorLagP99Ms: Math.max(...got.map((r) => r.lagP99Ms)),
      generatorLagMaxMs: Math.max(...got.map((r) => r.lagMaxMs)),
      bytesPerStudentRound: studentRounds ? studentBytes / studentRounds : NaN,
      framesPerStudentRound: studentRounds ? studentFrames / studentRounds : NaN,
      cpuPctPer1000Students: (serverCpuPct / Math.max(1, joined)) * 1000,
      loadAvg: os.loadavg()[0],
      staggerSeconds: staggerS,
      serverLag: loopLag(lagFile, from, to),
      samples: [...ready.flatMap((r) => r.failedJoins.filter(Boolean)), ...got.flatMap((r) => r.errorSamples)].slice(0, 5),
    };
    // Every student counts each round change it sees: per class, that is rounds per student.
    return { level, from, to, roundsPerClass: joined ? studentRounds / joined : NaN };
  } finally {
    for (const w of workers) await stop(w);
    await stop(server);
  }
}

/** The bare room at `rooms` rooms: its own server process and generators, the same window as the game's. */
async function driveBare(rooms: number): Promise<Bare> {
  const port = await freePort();
  const lagDir = fs.mkdtempSync(path.join(os.tmpdir(), "blame-bare-"));
  const lagFile = path.join(lagDir, "loop-lag.jsonl");
  const server = spawn(process.execPath, [...SERVER_ARGS, ...lagArgs(), "test/bench/bare-server.ts"], { cwd: ROOT, env: { ...process.env, PORT: String(port), LOOP_LAG_FILE: lagFile }, stdio: ["ignore", "ignore", "inherit"] });
  const workers: ChildProcess[] = [];
  try {
    for (let i = 0; i < 200 && !(await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)); i++) await sleep(100);
    const perWorker = Array.from({ length: WORKERS }, (_, w) => Math.floor(rooms / WORKERS) + (w < rooms % WORKERS ? 1 : 0)).filter((n) => n > 0);
    for (let w = 0; w < perWorker.length; w++) workers.push(fork(path.join(ROOT, "test/bench/bare-worker.ts"), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] }));
    const readies = workers.map((w) => waitForReply(w, "ready", 240_000));
    workers.forEach((w, i) => w.send({ cmd: "start", port, rooms: perWorker[i], students: STUDENTS, settings: {}, joinConcurrency: 10, decoders: DECODERS, staggerMs: 0 } satisfies WorkerCommand));
    const ready = await Promise.all(readies);
    await sleep(3000);
    const before = procStats(server.pid!);
    for (const w of workers) w.send({ cmd: "measure" } satisfies WorkerCommand);
    const t0 = Date.now();
    let rss = before.rssMB;
    while (Date.now() - t0 < SECONDS * 1000) {
      await sleep(1000);
      rss = Math.max(rss, procStats(server.pid!).rssMB);
    }
    const after = procStats(server.pid!);
    const wall = Date.now() - t0;
    const reports = workers.map((w) => waitForReply(w, "report", 30_000));
    for (const w of workers) w.send({ cmd: "report" } satisfies WorkerCommand);
    const got = await Promise.all(reports);
    const latencies = got.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const joined = ready.reduce((s, r) => s + r.joined, 0);
    return {
      joined,
      failedJoins: ready.reduce((s, r) => s + r.failedJoins.length, 0),
      actions: latencies.length,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      errors: got.reduce((s, r) => s + r.errors, 0),
      disconnects: got.reduce((s, r) => s + r.disconnects, 0),
      serverCpuPct: ((after.cpuMs - before.cpuMs) / wall) * 100,
      serverRssMB: rss,
      framesPerStudentSecond: joined ? got.reduce((s, r) => s + r.studentFrames, 0) / joined / (wall / 1000) : NaN,
      generatorLagP99Ms: Math.max(...got.map((r) => r.lagP99Ms)),
      serverLag: loopLag(lagFile, t0, t0 + wall),
    };
  } finally {
    for (const w of workers) await stop(w);
    await stop(server);
    fs.rmSync(lagDir, { recursive: true, force: true });
  }
}

const BARE_HEADER = "rooms start  game p95  bare p95  ratio   game CPU%  bare CPU%  ratio  (goal: ratios <= 1.2)   bare frm/st/s  bare MB  bare srvLag genLag";

function bareRow(l: Level): string {
  const f = (n: number | undefined, d = 0) => (n !== undefined && Number.isFinite(n) ? n.toFixed(d) : "-");
  const b = l.bare;
  const mark = (r: number | undefined) => (r !== undefined && r <= 1.2 ? " " : "!");
  return [
    String(l.rooms).padStart(5), (l.staggerSeconds ? `${l.staggerSeconds}s` : "lock").padStart(5), f(l.p95).padStart(9), f(b?.p95).padStart(9), `${f(l.p95Ratio, 2)}${mark(l.p95Ratio)}`.padStart(7),
    f(l.serverCpuPct, 1).padStart(11), f(b?.serverCpuPct, 1).padStart(10), `${f(l.cpuRatio, 2)}${mark(l.cpuRatio)}`.padStart(7),
    "".padStart(24), f(b?.framesPerStudentSecond, 2).padStart(14), f(b?.serverRssMB).padStart(8), f(b?.serverLag.p99Median).padStart(12), f(b?.generatorLagP99Ms).padStart(6),
  ].join(" ");
}

/** The absolute goals of issue 13, checked on a level: 100 classes of 30, p95 < 60 ms, < 8% of a core per 1000 students, < 250 MB, no errors. */
function goals(l: Level): string {
  const ok = (b: boolean) => (b ? "ok" : "MISSED");
  return `p95 ${l.p95.toFixed(0)} ms < 60: ${ok(l.p95 < 60)}; ${l.cpuPctPer1000Students.toFixed(2)}% of a core per 1000 students < 8: ${ok(l.cpuPctPer1000Students < 8)}; ${l.serverRssMB.toFixed(0)} MB < 250: ${ok(l.serverRssMB < 250)}; errors+failed joins+disconnects ${l.errors + l.failedJoins + l.disconnects} = 0: ${ok(l.errors + l.failedJoins + l.disconnects === 0)}`;
}

function row(l: Level): string {
  const f = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : "-");
  return [
    String(l.rooms).padStart(5), (l.staggerSeconds ? `${l.staggerSeconds}s` : "lock").padStart(5), String(l.joined).padStart(8), String(l.actions).padStart(8),
    f(l.p50).padStart(6), f(l.p95).padStart(6), f(l.p99).padStart(6),
    String(l.errors + l.failedJoins).padStart(6), String(l.disconnects).padStart(6),
    f(l.serverCpuPct, 1).padStart(8), f(l.serverRssMB).padStart(7), f(l.cpuPctPer1000Students, 2).padStart(10),
    f(l.generatorCpuPct, 1).padStart(8), f(l.bytesPerStudentRound).padStart(10), f(l.framesPerStudentRound).padStart(7), f(l.loadAvg, 1).padStart(5), f(l.serverLag.p99Median).padStart(6), f(l.generatorLagP99Ms).padStart(6),
  ].join(" ");
}

const LOG_HEADER = "rooms  rounds/cls  entries/cls/rnd  JSON B/entry  file B/entry  appends/s  logCPU%  share";

function logRow(l: Level): string {
  const f = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : "-");
  const g = l.log;
  return [
    String(l.rooms).padStart(5), f(g.roundsPerClass, 1).padStart(11), f(g.entriesPerClassRound, 1).padStart(16), f(g.jsonBytesPerEntry).padStart(13),
    f(g.fileBytesPerEntry).padStart(13), f(g.appendsPerSecond, 1).padStart(10), f(g.cpuPct, 2).padStart(8), `${f(g.shareOfServerCpu * 100, 1)}%`.padStart(6),
  ].join(" ");
}

const HEADER = "rooms start students  actions    p50    p95    p99 errors discon  srvCPU%  srvMB  %/1000st   genCPU%  B/st/rnd frm/rnd  load srvLag genLag";

async function main(): Promise<void> {
  console.log(`Load: ${STUDENTS} students per class, ${SECONDS} s measured per level, ${WORKERS} generator processes.`);
  console.log(`${DECODERS} students per class decode patches and are timed; classes start ${STAGGERS.map((st) => (st ? `spread over ${st} s` : "in lockstep")).join(", then ")} (column "start": lockstep, or the seconds the starts are spread over).`);
  console.log("Latency (ms): a student's vote or dial turn until the patch that shows it to that student. srvLag/genLag: the server's and the generators' event-loop delay p99 (ms; the server's: median of its per-second p99s), delays the latency includes.");
  console.log(HEADER);
  const levels: Level[] = [];
  const plan = LEVELS.slice();
  for (let i = 0; i < plan.length; i++) {
    // The bare room runs between the game's runs (lockstep, then staggered), so a drift in the machine's load touches both.
    const these: Level[] = [];
    let bare: Bare | undefined;
    for (const [k, stagger] of STAGGERS.entries()) {
      these.push(await runLevel(plan[i], stagger));
      if (!NO_BARE && k === 0) bare = await driveBare(plan[i]);
    }
    for (const level of these) {
      if (bare) {
        level.bare = bare;
        level.p95Ratio = level.p95 / bare.p95;
        level.cpuRatio = level.serverCpuPct / bare.serverCpuPct;
      }
      levels.push(level);
      console.log(row(level));
      for (const s of level.samples) console.log(`      e.g. ${s}`);
    }
    const healthy = these.every((level) => level.p95 < BROKEN_P95_MS && level.disconnects === 0 && level.failedJoins === 0);
    if (i === plan.length - 1 && healthy && plan[i] + STEP <= MAX_ROOMS) plan.push(plan[i] + STEP);
  }
  const best = levels.filter((l) => l.joined > 0 && l.serverCpuPct > 0);
  const perCore = best.length ? best.map((l) => (l.joined / l.serverCpuPct) * 100).reduce((a, b) => Math.min(a, b)) : NaN;
  console.log(`Server ceiling implied by its CPU cost: about ${Math.round(perCore)} students per core (worst level's ratio).`);
  if (!NO_BARE) {
    console.log("");
    console.log("The game against a bare Colyseus room at the same level (same transport, 30 clients per room, a message per client every 2-6 s, no engine):");
    console.log(BARE_HEADER);
    for (const l of levels) console.log(bareRow(l));
  }
  console.log("");
  console.log("Absolute goals (issue 13):");
  for (const l of levels) console.log(`  ${String(l.rooms).padStart(4)} classes, ${l.staggerSeconds ? `starts spread over ${l.staggerSeconds} s` : "lockstep"}: ${goals(l)}`);

  // The log's write cost: what each level wrote, and one append priced on this machine with those entries.
  const append = sampleEntries.length ? await appendCost(sampleEntries) : null;
  for (const l of levels) {
    l.log.cpuPct = append ? (l.log.appendsPerSecond * append.cpuUs) / 1e4 : NaN;
    l.log.shareOfServerCpu = l.log.cpuPct / l.serverCpuPct;
  }
  console.log("");
  console.log("The class log (SQLite, WAL, synchronous=NORMAL; one entry per append, as the room writes them), in each level's window:");
  console.log(LOG_HEADER);
  for (const l of levels) {
    console.log(logRow(l));
    const mix = Object.entries(l.log.mixPerClassRound).filter(([, n]) => n >= 0.05).map(([t, n]) => `${t} ${n.toFixed(1)}`).join(", ");
    console.log(`      per class per round: ${mix}`);
  }
  if (append) {
    console.log(`One append (micro-bench, ${append.count} of those entries over 100 classes): ${append.wallUs.toFixed(0)} us wall, ${append.cpuUs.toFixed(0)} us CPU.`);
    console.log("logCPU% = appends/s x CPU per append, as % of one core; share = of the server's measured CPU.");
  }
  const out = path.resolve(ROOT, OUT);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), studentsPerClass: STUDENTS, seconds: SECONDS, workers: WORKERS, decodersPerClass: DECODERS, staggerSeconds: STAGGERS, settings: SETTINGS, levels, studentsPerCore: perCore, logAppend: append }, null, 2) + "\n");
  console.log(`Wrote ${path.relative(ROOT, out)}`);
}

await main();
