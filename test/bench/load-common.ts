// What the load benches share (test/bench/load.ts: classes of lines; load-network.ts: classes played as
// one network): the command line, a server driven by worker processes for a measured window, a level's
// figures and the tables they print in. Importing it runs nothing.
import { type ChildProcess, fork, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { WorkerCommand, WorkerReply } from "./load-worker";

/** The repository's root (servers and workers start there). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Students per class in both benches. */
export const STUDENTS = 30;

/** bench:load:network's class: one network of 5 layers of 6 and a shooter (31 neurons for 30 students); phases run on their timers. */
export const NETWORK_SETTINGS = { shape: "network", lineLength: 6, layerWidth: 6, rules: ["backprop"], autoAdvance: true, voteSeconds: 8, adjustSeconds: 8, maxRounds: 200 };

/** The value after `--name` on the command line, or `fallback`. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** A TCP port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** A process's CPU time (ms), resident memory (MB) and the times the kernel took the CPU from it while it could run (preemptions), from /proc. */
export function procStats(pid: number): { cpuMs: number; rssMB: number; preempted: number } {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const rss = /VmRSS:\s+(\d+)/.exec(status);
  const preempted = /nonvoluntary_ctxt_switches:\s+(\d+)/.exec(status);
  return { cpuMs: (ticks * 1000) / 100, rssMB: rss ? Number(rss[1]) / 1024 : 0, preempted: preempted ? Number(preempted[1]) : 0 };
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** The p-th percentile of an ascending list (NaN when empty). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** The next reply of `kind` from a worker, or an error after `ms`. */
export function waitForReply<K extends WorkerReply["kind"]>(child: ChildProcess, kind: K, ms: number): Promise<Extract<WorkerReply, { kind: K }>> {
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
  /** Each second's worst delay in time order (bursts, e.g. every class changing phase at once, show here and not in the median). */
  maxBySecond: number[];
}

/** Reads a loop-lag.ts file's seconds in (from, to]. */
export function loopLag(file: string, from: number, to: number): LoopLag {
  const rows = (fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim().split("\n").filter(Boolean) : []).map((l) => JSON.parse(l) as { t: number; p99: number; max: number }).filter((r) => r.t > from && r.t <= to);
  const p99s = rows.map((r) => r.p99).sort((a, b) => a - b);
  return { p99Median: p99s.length ? p99s[Math.floor(p99s.length / 2)] : NaN, p99Worst: p99s.length ? p99s[p99s.length - 1] : NaN, max: rows.length ? Math.max(...rows.map((r) => r.max)) : NaN, maxBySecond: rows.map((r) => r.max) };
}

/** Stops a child process: SIGTERM, then SIGKILL after 5 s. */
export async function stop(child: ChildProcess): Promise<void> {
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

/** One measured run: which server and which generators, how many classes and how long. */
export interface DriveOptions {
  rooms: number;
  /** The server's entry file and the generators', from the root. */
  serverEntry: string;
  workerEntry: string;
  settings: Record<string, unknown>;
  seconds: number;
  workers: number;
  decoders: number;
  /** Spread the classes' starts over this many seconds (0: lockstep). */
  staggerS: number;
  /** Extra node flags for the server (e.g. --cpu-prof). */
  serverArgs: string[];
  /** The server's DATA_DIR, kept for the caller to read after the server stopped; without it a temporary one is made and removed. */
  dataDir?: string;
  /** Where the server's memory probe (mem-probe.ts) writes its lines; without it, MEM_PROBE_FILE from the environment if set. */
  memFile?: string;
  /** More environment for the server (an A/B variant's switch). */
  env?: Record<string, string>;
}

/** What a measured run gave: the generators' reports and the server's figures in the window. */
export interface Driven {
  got: Extract<WorkerReply, { kind: "report" }>[];
  joined: number;
  failedJoins: string[];
  cpuPct: number;
  /** The server's CPU in each second of the window (% of one core): the average hides bursts (every class changing phase at once). */
  cpuPctBySecond: number[];
  /** How often per second the kernel took the CPU from the server while it could run (other processes: the generators, other work). */
  preemptedPerSecond: number;
  rssMB: number;
  lag: LoopLag;
  /** The window: its length (ms) and its ends (epoch ms). */
  wall: number;
  from: number;
  to: number;
}

/** Starts a server (with the loop-lag probe) and generators, joins every class, measures a window, stops all. */
export async function drive(o: DriveOptions): Promise<Driven> {
  const port = await freePort();
  const dataDir = o.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "blame-bench-"));
  const lagFile = path.join(dataDir, "loop-lag.jsonl");
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOOP_LAG_FILE: lagFile, ...ONE_ADDRESS_FOR_ALL_SCHOOLS, ...(o.memFile ? { MEM_PROBE_FILE: o.memFile } : {}), ...o.env };
  const server = spawn(process.execPath, [...o.serverArgs, "--import", "tsx", "--import", "./test/bench/loop-lag.ts", "--import", "./test/bench/mem-probe.ts", o.serverEntry], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  const workers: ChildProcess[] = [];
  try {
    for (let i = 0; i < 300 && !(await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)); i++) await sleep(100);
    const perWorker = Array.from({ length: o.workers }, (_, w) => Math.floor(o.rooms / o.workers) + (w < o.rooms % o.workers ? 1 : 0)).filter((n) => n > 0);
    for (let w = 0; w < perWorker.length; w++) workers.push(fork(path.join(ROOT, o.workerEntry), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] }));
    const readies = workers.map((w) => waitForReply(w, "ready", 300_000));
    workers.forEach((w, i) => w.send({ cmd: "start", port, rooms: perWorker[i], students: STUDENTS, settings: o.settings, joinConcurrency: 10, decoders: o.decoders, staggerMs: o.staggerS * 1000 } satisfies WorkerCommand));
    const ready = await Promise.all(readies);
    // Let the joins' cost settle (and every class start), then measure a fixed window.
    await sleep(3000 + o.staggerS * 1000);
    const before = procStats(server.pid!);
    for (const w of workers) w.send({ cmd: "measure" } satisfies WorkerCommand);
    const from = Date.now();
    let rss = before.rssMB;
    const cpuPctBySecond: number[] = [];
    let last = { ...before, at: from };
    while (Date.now() - from < o.seconds * 1000) {
      await sleep(1000);
      const now = { ...procStats(server.pid!), at: Date.now() };
      rss = Math.max(rss, now.rssMB);
      cpuPctBySecond.push(Math.round(((now.cpuMs - last.cpuMs) / (now.at - last.at)) * 100));
      last = now;
    }
    const after = procStats(server.pid!);
    const to = Date.now();
    const wall = to - from;
    const reports = workers.map((w) => waitForReply(w, "report", 30_000));
    for (const w of workers) w.send({ cmd: "report" } satisfies WorkerCommand);
    const got = await Promise.all(reports);
    return {
      got,
      joined: ready.reduce((s, r) => s + r.joined, 0),
      failedJoins: ready.flatMap((r) => r.failedJoins),
      cpuPct: ((after.cpuMs - before.cpuMs) / wall) * 100,
      cpuPctBySecond,
      preemptedPerSecond: ((after.preempted - before.preempted) / wall) * 1000,
      rssMB: rss,
      lag: loopLag(lagFile, from, to),
      wall,
      from,
      to,
    };
  } finally {
    for (const w of workers) await stop(w);
    await stop(server);
    if (!o.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** One level's figures (the game's server at `rooms` classes). */
export interface Level {
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
  /** The server's CPU in each second of the window (% of one core), and how often a second it was preempted. */
  serverCpuPctBySecond: number[];
  serverPreemptedPerSecond: number;
  /** The server's CPU per class per round played (ms): what a round costs, whatever the machine's load does to latency. */
  serverCpuMsPerClassRound: number;
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
  /** Over how many seconds the classes' starts were spread (0: lockstep). */
  staggerSeconds: number;
  /** The server's event-loop delay in the window (test/bench/loop-lag.ts). */
  serverLag: LoopLag;
  samples: string[];
  /** The bare Colyseus room at the same level, and the game's figures as ratios to it. */
  bare?: Bare;
  p95Ratio?: number;
  cpuRatio?: number;
}

/** A level's figures from a measured run of the game's server. */
export function levelOf(rooms: number, staggerS: number, r: Driven): Level {
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
    serverCpuPctBySecond: r.cpuPctBySecond,
    serverPreemptedPerSecond: r.preemptedPerSecond,
    // Each student counts every round change it sees: per class, rounds per student.
    serverCpuMsPerClassRound: studentRounds ? ((r.cpuPct / 100) * r.wall) / (rooms * (studentRounds / r.joined)) : NaN,
    serverRssMB: r.rssMB,
    generatorCpuPct: (r.got.reduce((s, g) => s + g.cpuMs, 0) / r.wall) * 100,
    generatorLagP99Ms: Math.max(...r.got.map((g) => g.lagP99Ms)),
    generatorLagMaxMs: Math.max(...r.got.map((g) => g.lagMaxMs)),
    bytesPerStudentRound: studentRounds ? r.got.reduce((s, g) => s + g.studentBytes, 0) / studentRounds : NaN,
    framesPerStudentRound: studentRounds ? r.got.reduce((s, g) => s + g.studentFrames, 0) / studentRounds : NaN,
    cpuPctPer1000Students: (r.cpuPct / Math.max(1, r.joined)) * 1000,
    loadAvg: os.loadavg()[0],
    staggerSeconds: staggerS,
    serverLag: r.lag,
    samples: [...r.failedJoins.filter(Boolean), ...r.got.flatMap((g) => g.errorSamples)].slice(0, 5),
  };
}

/** A bare room's figures at one level. */
export interface Bare {
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
  /** The machine's 1-minute load average at the end of the bare room's window. */
  loadAvg: number;
}

/** Runs the bare Colyseus room (test/bench/bare-server.ts, bare-worker.ts) at `rooms` rooms, with the same window and generators as the game. */
export async function driveBare(rooms: number, o: Pick<DriveOptions, "seconds" | "workers" | "decoders" | "serverArgs">): Promise<Bare> {
  const r = await drive({ ...o, rooms, serverEntry: "test/bench/bare-server.ts", workerEntry: "test/bench/bare-worker.ts", settings: {}, staggerS: 0 });
  const latencies = r.got.flatMap((g) => g.latencies).sort((a, b) => a - b);
  return {
    joined: r.joined,
    failedJoins: r.failedJoins.length,
    actions: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    errors: r.got.reduce((s, g) => s + g.errors, 0),
    disconnects: r.got.reduce((s, g) => s + g.disconnects, 0),
    serverCpuPct: r.cpuPct,
    serverRssMB: r.rssMB,
    framesPerStudentSecond: r.joined ? r.got.reduce((s, g) => s + g.studentFrames, 0) / r.joined / (r.wall / 1000) : NaN,
    generatorLagP99Ms: Math.max(...r.got.map((g) => g.lagP99Ms)),
    serverLag: r.lag,
    loadAvg: os.loadavg()[0],
  };
}

/** Sets a level's bare room and its ratios to it. */
export function compareToBare(level: Level, bare: Bare): void {
  level.bare = bare;
  level.p95Ratio = level.p95 / bare.p95;
  level.cpuRatio = level.serverCpuPct / bare.serverCpuPct;
}

/** A number with `d` decimals, or "-" when it is not one. */
export const fmt = (n: number | undefined, d = 0): string => (n !== undefined && Number.isFinite(n) ? n.toFixed(d) : "-");

/** The levels table's header ("start": lockstep, or the seconds the starts were spread over). */
export const HEADER = "rooms start students  actions    p50    p95    p99 errors discon  srvCPU%  srvMB  %/1000st   genCPU%  B/st/rnd frm/rnd  load srvLag genLag";

/** A level's row under HEADER. */
export function row(l: Level): string {
  return [
    String(l.rooms).padStart(5), (l.staggerSeconds ? `${l.staggerSeconds}s` : "lock").padStart(5), String(l.joined).padStart(8), String(l.actions).padStart(8),
    fmt(l.p50).padStart(6), fmt(l.p95).padStart(6), fmt(l.p99).padStart(6),
    String(l.errors + l.failedJoins).padStart(6), String(l.disconnects).padStart(6),
    fmt(l.serverCpuPct, 1).padStart(8), fmt(l.serverRssMB).padStart(7), fmt(l.cpuPctPer1000Students, 2).padStart(10),
    fmt(l.generatorCpuPct, 1).padStart(8), fmt(l.bytesPerStudentRound).padStart(10), fmt(l.framesPerStudentRound).padStart(7), fmt(l.loadAvg, 1).padStart(5), fmt(l.serverLag.p99Median).padStart(6), fmt(l.generatorLagP99Ms).padStart(6),
  ].join(" ");
}

/** The game-against-bare table's header. */
export const BARE_HEADER = "rooms start  game p95  bare p95  ratio   game CPU%  bare CPU%  ratio  (goal: ratios <= 1.2)   bare frm/st/s  bare MB  bare srvLag genLag  load";

/** A level's row under BARE_HEADER. */
export function bareRow(l: Level): string {
  const b = l.bare;
  const mark = (r: number | undefined) => (r !== undefined && r <= 1.2 ? " " : "!");
  return [
    String(l.rooms).padStart(5), (l.staggerSeconds ? `${l.staggerSeconds}s` : "lock").padStart(5), fmt(l.p95).padStart(9), fmt(b?.p95).padStart(9), `${fmt(l.p95Ratio, 2)}${mark(l.p95Ratio)}`.padStart(7),
    fmt(l.serverCpuPct, 1).padStart(11), fmt(b?.serverCpuPct, 1).padStart(10), `${fmt(l.cpuRatio, 2)}${mark(l.cpuRatio)}`.padStart(7),
    "".padStart(24), fmt(b?.framesPerStudentSecond, 2).padStart(14), fmt(b?.serverRssMB).padStart(8), fmt(b?.serverLag.p99Median).padStart(12), fmt(b?.generatorLagP99Ms).padStart(6), fmt(b?.loadAvg, 1).padStart(5),
  ].join(" ");
}

/** A warning when the machine ran other work meanwhile (1-minute load above its cores): the server then waits for a core, and its latencies measure the machine. */
export function busyMachine(levels: Pick<Level, "rooms" | "loadAvg">[]): string | null {
  const cores = os.cpus().length;
  const busy = levels.filter((l) => l.loadAvg > cores);
  if (!busy.length) return null;
  return `The machine was busy: load average above its ${cores} cores at ${busy.map((l) => `${l.rooms} classes (${l.loadAvg.toFixed(1)})`).join(", ")}. The server then waits for a core (see "preempted" and its CPU by second), so those latencies say more about the machine than the server: compare CPU per class per round, or run again on a quiet machine.`;
}
