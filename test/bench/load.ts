// `npm run bench:load`: starts the real server and drives it from worker processes with real
// colyseus.js clients: R classrooms of 30 students playing rounds. For each R it prints latency from a
// student's action to the patch showing it to that student (p50/p95/p99), errors and disconnects, the
// server's CPU (% of one core) and memory, the load generator's CPU, and bytes per student per round.
// The class log is on, as in production (SQLite in the server's DATA_DIR): after each level the bench
// reads the file and reports what the measured window wrote (entries per class per round, by action,
// JSON bytes and file bytes per entry, appends per second); at the end a micro-bench appends those very
// entries one per call, as a room does, alone and ten classes to a turn (which share a commit), to price
// one append, and so the log's share of the server's CPU.
// In the same run, at every level, a bare Colyseus room (test/bench/bare-server.ts: the same transport, 30
// clients per room, one small message per client every 2-6 s, no engine, no log) is driven the same way:
// the game's p95 and CPU are printed as ratios to the bare room's (goal: within 1.2x), so a noisy or
// different machine moves both and the ratio says how far the game is from what Colyseus itself does.
// Bounded: each level runs a fixed window; it goes on past the listed levels (to --max) while healthy.
// What it shares with bench:load:network (driving a server, a level's figures, the tables) is in load-common.ts.
//   npm run bench:load -- --rooms 10,50,100 --seconds 40 --max 200 --stagger 0,30
//   npm run bench:load -- --rooms 50 --max 50 --out /tmp/l.json --server-args "--cpu-prof --cpu-prof-dir=/tmp/prof"
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { type EntrySecret, SqliteStore } from "../../server/store";
import { arg, busyMachine, type Bare, BARE_HEADER, bareRow, compareToBare, drive, driveBare, HEADER, type Level as BaseLevel, levelOf, ROOT, row, STUDENTS } from "./load-common";

// 30 seats: three lines of ten; phases run on their timers (votes and dials end them early).
const SETTINGS = { lineLength: 10, teams: 3, rules: ["backprop", "feedback-alignment", "backprop"], autoAdvance: true, voteSeconds: 8, adjustSeconds: 8, maxRounds: 200 };

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

/** One level's figures, with what the class log wrote in its window. */
interface Level extends BaseLevel {
  log: LogCost;
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

/**
 * Appends `samples` one entry per call (as a room does), spread over 100 classes, to a fresh SQLite store:
 * wall and CPU microseconds per entry. `together` classes append within the same few ms, as in
 * a burst of votes: the store writes them in one commit (1: each entry alone, its own commit).
 */
async function appendCost(samples: SampleEntry[], together: number, count = 20_000): Promise<{ wallUs: number; cpuUs: number; count: number; together: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "blame-append-"));
  // Window 0: a batch is what was appended in one turn (`together`), so 20,000 appends take no 4 ms each.
  const store = new SqliteStore(path.join(dir, "classes.sqlite"), {}, 0);
  try {
    const codes = Array.from({ length: 100 }, (_, i) => `B${String(i).padStart(4, "0")}`);
    for (const code of codes) await store.createClass({ code, createdAt: Date.now(), hostKeyHash: "bench", settings: null, finishedAt: null });
    const seqs = new Map(codes.map((c) => [c, 0]));
    const one = (i: number) => {
      const code = codes[i % codes.length];
      const seq = seqs.get(code)!;
      seqs.set(code, seq + 1);
      const { action, secret } = samples[i % samples.length];
      return store.append(code, [{ seq, at: Date.now(), action, ...(secret ? { secret } : {}) }]);
    };
    const run = async (n: number) => {
      for (let i = 0; i < n; i += together) await Promise.all(Array.from({ length: together }, (_, k) => one(i + k)));
    };
    await run(2000); // warm-up: prepared statements, the file's first pages
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    await run(count);
    const wall = performance.now() - t0;
    const used = process.cpuUsage(cpu);
    return { wallUs: (wall * 1000) / count, cpuUs: (used.user + used.system) / count, count, together };
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function runLevel(rooms: number, staggerS: number): Promise<Level> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "blame-bench-"));
  try {
    const r = await drive({ rooms, serverEntry: "server/index.ts", workerEntry: "test/bench/load-worker.ts", settings: SETTINGS, seconds: SECONDS, workers: WORKERS, decoders: DECODERS, staggerS, serverArgs: SERVER_ARGS, dataDir });
    // Every student counts each round change it sees: per class, that is rounds per student.
    const roundsPerClass = r.joined ? r.got.reduce((s, g) => s + g.studentRounds, 0) / r.joined : NaN;
    // The server has stopped (SIGTERM: its store closed, the WAL folded into the file).
    return { ...levelOf(rooms, staggerS, r), log: logCost(dataDir, rooms, r.from, r.to, roundsPerClass) };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The absolute goals of issue 13, checked on a level: 100 classes of 30, p95 < 60 ms, < 8% of a core per 1000 students, < 250 MB, no errors. */
function goals(l: Level): string {
  const ok = (b: boolean) => (b ? "ok" : "MISSED");
  return `p95 ${l.p95.toFixed(0)} ms < 60: ${ok(l.p95 < 60)}; ${l.cpuPctPer1000Students.toFixed(2)}% of a core per 1000 students < 8: ${ok(l.cpuPctPer1000Students < 8)}; ${l.serverRssMB.toFixed(0)} MB < 250: ${ok(l.serverRssMB < 250)}; errors+failed joins+disconnects ${l.errors + l.failedJoins + l.disconnects} = 0: ${ok(l.errors + l.failedJoins + l.disconnects === 0)}`;
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
      if (!NO_BARE && k === 0) bare = await driveBare(plan[i], { seconds: SECONDS, workers: WORKERS, decoders: DECODERS, serverArgs: SERVER_ARGS });
    }
    for (const level of these) {
      if (bare) compareToBare(level, bare);
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
  // Priced alone (its own commit, an upper bound) and ten classes to a turn (a burst shares one commit).
  const append = sampleEntries.length ? await appendCost(sampleEntries, 1) : null;
  const appendInBurst = sampleEntries.length ? await appendCost(sampleEntries, 10) : null;
  for (const l of levels) {
    l.log.cpuPct = append ? (l.log.appendsPerSecond * append.cpuUs) / 1e4 : NaN;
    l.log.shareOfServerCpu = l.log.cpuPct / l.serverCpuPct;
  }
  console.log("");
  console.log("The class log (SQLite, WAL, synchronous=NORMAL; the entries of the same few ms share a commit), in each level's window:");
  console.log(LOG_HEADER);
  for (const l of levels) {
    console.log(logRow(l));
    const mix = Object.entries(l.log.mixPerClassRound).filter(([, n]) => n >= 0.05).map(([t, n]) => `${t} ${n.toFixed(1)}`).join(", ");
    console.log(`      per class per round: ${mix}`);
  }
  if (append) {
    console.log(`One append (micro-bench, ${append.count} of those entries over 100 classes): ${append.wallUs.toFixed(0)} us wall, ${append.cpuUs.toFixed(0)} us CPU alone; ${appendInBurst!.cpuUs.toFixed(0)} us CPU per entry when 10 classes append in one turn (one commit).`);
    console.log("logCPU% = appends/s x CPU per append alone (an upper bound), as % of one core; share = of the server's measured CPU.");
  }
  const busy = busyMachine(levels);
  if (busy) console.log(`\n${busy}`);
  const out = path.resolve(ROOT, OUT);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), studentsPerClass: STUDENTS, seconds: SECONDS, workers: WORKERS, decodersPerClass: DECODERS, staggerSeconds: STAGGERS, settings: SETTINGS, levels, studentsPerCore: perCore, logAppend: append, logAppendInBurst: appendInBurst }, null, 2) + "\n");
  console.log(`Wrote ${path.relative(ROOT, out)}`);
}

await main();
