// `npm run bench:load:network`: bench:load (test/bench/load.ts) for classes played as one network. The
// real server, and worker processes (load-network-worker.ts) with real colyseus.js clients: R classes of
// 30 students, each class one network of 5 layers of 6 and a shooter (31 neurons: 30 people, one bot),
// voting on handshakes and turning several dials a round. The same columns as bench:load, the same bare
// Colyseus room beside it at every level (bare-server.ts, bare-worker.ts), and the same goals as lines:
// p95 action -> own patch under 60 ms, under 8% of a core per 1000 students (or within 1.2x of the bare
// room), under 250 MB, no errors. load.ts exports none of its pieces (it runs on import), so the few this
// needs are copied here; the class log's cost (load.ts's second table) is not measured again.
//   npm run bench:load:network -- --rooms 10,50,100 --seconds 40
import { type ChildProcess, fork, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { WorkerCommand, WorkerReply } from "./load-worker";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const STUDENTS = 30;
// One network of 5 layers of 6 and a shooter: 31 neurons for 30 students; phases run on their timers.
const SETTINGS = { shape: "network", lineLength: 6, layerWidth: 6, rules: ["backprop"], autoAdvance: true, voteSeconds: 8, adjustSeconds: 8, maxRounds: 200 };

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const LEVELS = arg("rooms", "10,50,100").split(",").map(Number);
const SECONDS = Number(arg("seconds", "40"));
const WORKERS = Number(arg("workers", "2"));
const OUT = arg("out", "test/bench/results/load-network.json");
const DECODERS = Math.min(STUDENTS, Number(arg("decoders", "6")));
const NO_BARE = process.argv.includes("--no-bare");

/** One level's figures (load.ts's Level, without the class log). */
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
  generatorLagP99Ms: number;
  bytesPerStudentRound: number;
  framesPerStudentRound: number;
  cpuPctPer1000Students: number;
  /** The machine's 1-minute load average at the end of the window (2 cores: above ~2 the figures are contended). */
  loadAvg: number;
  serverLag: LoopLag;
  samples: string[];
  bare?: Bare;
  p95Ratio?: number;
  cpuRatio?: number;
}

/** The bare room's figures at one level. */
interface Bare {
  joined: number;
  actions: number;
  p95: number;
  errors: number;
  disconnects: number;
  serverCpuPct: number;
  serverRssMB: number;
  loadAvg: number;
}

/** A server's event-loop delay in the window: the median and worst of its per-second p99s, and the worst delay (ms). */
interface LoopLag {
  p99Median: number;
  p99Worst: number;
  max: number;
}

// Copied from load.ts: a free port, a process's CPU and memory from /proc, waiting for a worker's reply.
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

function procStats(pid: number): { cpuMs: number; rssMB: number } {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
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

function loopLag(file: string, from: number, to: number): LoopLag {
  const rows = (fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim().split("\n").filter(Boolean) : []).map((l) => JSON.parse(l) as { t: number; p99: number; max: number }).filter((r) => r.t > from && r.t <= to);
  const p99s = rows.map((r) => r.p99).sort((a, b) => a - b);
  return { p99Median: p99s.length ? p99s[Math.floor(p99s.length / 2)] : NaN, p99Worst: p99s.length ? p99s[p99s.length - 1] : NaN, max: rows.length ? Math.max(...rows.map((r) => r.max)) : NaN };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

// Every limit on but the per-address HTTP budgets: every simulated school shares 127.0.0.1 (as in load.ts).
const ONE_ADDRESS_FOR_ALL_SCHOOLS = { LIMIT_CREATES_PER_HOUR: "100000", LIMIT_REQUEST_BURST: "100000", LIMIT_REQUESTS_PER_SECOND: "100000" };

/** One server (the game's or the bare room's) driven by worker processes for a measured window. */
async function drive(rooms: number, serverEntry: string, workerEntry: string, settings: object): Promise<{ got: Extract<WorkerReply, { kind: "report" }>[]; joined: number; failedJoins: string[]; cpuPct: number; rssMB: number; lag: LoopLag; wall: number }> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "blame-netbench-"));
  const lagFile = path.join(dataDir, "loop-lag.jsonl");
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOOP_LAG_FILE: lagFile, ...ONE_ADDRESS_FOR_ALL_SCHOOLS };
  const server = spawn(process.execPath, ["--import", "tsx", "--import", "./test/bench/loop-lag.ts", serverEntry], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  const workers: ChildProcess[] = [];
  try {
    for (let i = 0; i < 300 && !(await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)); i++) await sleep(100);
    const perWorker = Array.from({ length: WORKERS }, (_, w) => Math.floor(rooms / WORKERS) + (w < rooms % WORKERS ? 1 : 0)).filter((n) => n > 0);
    for (let w = 0; w < perWorker.length; w++) workers.push(fork(path.join(ROOT, workerEntry), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] }));
    const readies = workers.map((w) => waitForReply(w, "ready", 300_000));
    workers.forEach((w, i) => w.send({ cmd: "start", port, rooms: perWorker[i], students: STUDENTS, settings: settings as Record<string, unknown>, joinConcurrency: 10, decoders: DECODERS, staggerMs: 0 } satisfies WorkerCommand));
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
    return {
      got,
      joined: ready.reduce((s, r) => s + r.joined, 0),
      failedJoins: ready.flatMap((r) => r.failedJoins),
      cpuPct: ((after.cpuMs - before.cpuMs) / wall) * 100,
      rssMB: rss,
      lag: loopLag(lagFile, t0, t0 + wall),
      wall,
    };
  } finally {
    for (const w of workers) await stop(w);
    await stop(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function runLevel(rooms: number): Promise<Level> {
  const r = await drive(rooms, "server/index.ts", "test/bench/load-network-worker.ts", SETTINGS);
  const latencies = r.got.flatMap((g) => g.latencies).sort((a, b) => a - b);
  const studentRounds = r.got.reduce((s, g) => s + g.studentRounds, 0);
  return {
    rooms,
    students: rooms * STUDENTS,
    joined: r.joined,
    failedJoins: r.failedJoins.length,
    actions: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: r.got.reduce((s, g) => s + g.errors, 0),
    disconnects: r.got.reduce((s, g) => s + g.disconnects, 0),
    serverCpuPct: r.cpuPct,
    serverRssMB: r.rssMB,
    generatorCpuPct: (r.got.reduce((s, g) => s + g.cpuMs, 0) / r.wall) * 100,
    generatorLagP99Ms: Math.max(...r.got.map((g) => g.lagP99Ms)),
    bytesPerStudentRound: studentRounds ? r.got.reduce((s, g) => s + g.studentBytes, 0) / studentRounds : NaN,
    framesPerStudentRound: studentRounds ? r.got.reduce((s, g) => s + g.studentFrames, 0) / studentRounds : NaN,
    cpuPctPer1000Students: (r.cpuPct / Math.max(1, r.joined)) * 1000,
    loadAvg: os.loadavg()[0],
    serverLag: r.lag,
    samples: [...r.failedJoins.filter(Boolean), ...r.got.flatMap((g) => g.errorSamples)].slice(0, 5),
  };
}

async function runBare(rooms: number): Promise<Bare> {
  const r = await drive(rooms, "test/bench/bare-server.ts", "test/bench/bare-worker.ts", {});
  const latencies = r.got.flatMap((g) => g.latencies).sort((a, b) => a - b);
  return {
    joined: r.joined,
    actions: latencies.length,
    p95: percentile(latencies, 95),
    errors: r.got.reduce((s, g) => s + g.errors, 0) + r.failedJoins.length,
    disconnects: r.got.reduce((s, g) => s + g.disconnects, 0),
    serverCpuPct: r.cpuPct,
    serverRssMB: r.rssMB,
    loadAvg: os.loadavg()[0],
  };
}

const f = (n: number | undefined, d = 0) => (n !== undefined && Number.isFinite(n) ? n.toFixed(d) : "-");
// bench:load's columns ("start": every class starts in lockstep here, the harshest case).
const HEADER = "rooms start students  actions    p50    p95    p99 errors discon  srvCPU%  srvMB  %/1000st   genCPU%  B/st/rnd frm/rnd  load srvLag genLag";

function row(l: Level): string {
  return [
    String(l.rooms).padStart(5), "lock".padStart(5), String(l.joined).padStart(8), String(l.actions).padStart(8),
    f(l.p50).padStart(6), f(l.p95).padStart(6), f(l.p99).padStart(6),
    String(l.errors + l.failedJoins).padStart(6), String(l.disconnects).padStart(6),
    f(l.serverCpuPct, 1).padStart(8), f(l.serverRssMB).padStart(7), f(l.cpuPctPer1000Students, 2).padStart(10),
    f(l.generatorCpuPct, 1).padStart(8), f(l.bytesPerStudentRound).padStart(10), f(l.framesPerStudentRound).padStart(7), f(l.loadAvg, 1).padStart(5), f(l.serverLag.p99Median).padStart(6), f(l.generatorLagP99Ms).padStart(6),
  ].join(" ");
}

const BARE_HEADER = "rooms  game p95  bare p95  ratio   game CPU%  bare CPU%  ratio  (goal: ratios <= 1.2)  bare MB  bare load";

function bareRow(l: Level): string {
  const b = l.bare;
  const mark = (r: number | undefined) => (r !== undefined && r <= 1.2 ? " " : "!");
  return [
    String(l.rooms).padStart(5), f(l.p95).padStart(9), f(b?.p95).padStart(9), `${f(l.p95Ratio, 2)}${mark(l.p95Ratio)}`.padStart(7),
    f(l.serverCpuPct, 1).padStart(11), f(b?.serverCpuPct, 1).padStart(10), `${f(l.cpuRatio, 2)}${mark(l.cpuRatio)}`.padStart(7), "".padStart(23), f(b?.serverRssMB).padStart(8), f(b?.loadAvg, 1).padStart(10),
  ].join(" ");
}

/** The goals lines are held to (issue 13), for a network class. */
function goals(l: Level): string {
  const ok = (b: boolean) => (b ? "ok" : "MISSED");
  const cpuOk = l.cpuPctPer1000Students < 8 || (l.cpuRatio !== undefined && l.cpuRatio <= 1.2);
  const bad = l.errors + l.failedJoins + l.disconnects;
  return `p95 ${f(l.p95)} ms < 60: ${ok(l.p95 < 60)}; ${f(l.cpuPctPer1000Students, 2)}% of a core per 1000 students < 8 or within 1.2x of the bare room (${f(l.cpuRatio, 2)}x): ${ok(cpuOk)}; ${f(l.serverRssMB)} MB < 250: ${ok(l.serverRssMB < 250)}; errors+failed joins+disconnects ${bad} = 0: ${ok(bad === 0)}`;
}

async function main(): Promise<void> {
  console.log(`Load, one network per class (${SETTINGS.lineLength - 1} layers of ${SETTINGS.layerWidth} and a shooter): ${STUDENTS} students per class, ${SECONDS} s measured per level, ${WORKERS} generator processes, ${DECODERS} students per class decode patches and are timed; every class starts in lockstep.`);
  console.log(`The machine: ${os.cpus().length} cores, load average at the start ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} (1, 5, 15 min).`);
  console.log("Latency (ms): a student's vote { handshake, direction } or dial turn { weights[] } until the patch that shows it to that student.");
  console.log(HEADER);
  const levels: Level[] = [];
  for (const rooms of LEVELS) {
    const level = await runLevel(rooms);
    if (!NO_BARE) {
      const bare = await runBare(rooms);
      level.bare = bare;
      level.p95Ratio = level.p95 / bare.p95;
      level.cpuRatio = level.serverCpuPct / bare.serverCpuPct;
    }
    levels.push(level);
    console.log(row(level));
    for (const s of level.samples) console.log(`      e.g. ${s}`);
  }
  if (!NO_BARE) {
    console.log("");
    console.log("The network game against a bare Colyseus room at the same level (same transport, 30 clients per room, a message per client every 2-6 s, no engine):");
    console.log(BARE_HEADER);
    for (const l of levels) console.log(bareRow(l));
  }
  console.log("");
  console.log("Goals (as lines, issue 13):");
  for (const l of levels) console.log(`  ${String(l.rooms).padStart(4)} classes: ${goals(l)}`);
  const out = path.resolve(ROOT, OUT);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), cores: os.cpus().length, studentsPerClass: STUDENTS, seconds: SECONDS, workers: WORKERS, decodersPerClass: DECODERS, settings: SETTINGS, levels }, null, 2) + "\n");
  console.log(`Wrote ${path.relative(ROOT, out)}`);
}

await main();
