// `npm run bench:load:network`: bench:load (test/bench/load.ts) for classes played as one network. The
// real server, and worker processes (load-network-worker.ts) with real colyseus.js clients: R classes of
// 30 students, each class one network of 5 layers of 6 and a shooter (31 neurons: 30 people, one bot),
// voting on handshakes and turning several dials a round. The same columns as bench:load, the same bare
// Colyseus room beside it at every level (bare-server.ts, bare-worker.ts), and the same goals as lines:
// p95 action -> own patch under 60 ms, under 8% of a core per 1000 students (or within 1.2x of the bare
// room), under 250 MB, no errors; votes and dial turns are also timed apart (a line per generator). The
// pieces both benches share are in load-common.ts; the class log's cost (load.ts's second table) is not
// measured again.
//   npm run bench:load:network -- --rooms 10,50,100 --seconds 40 --stagger 0,30
//   npm run bench:load:network -- --rooms 100 --no-bare --server-args "--cpu-prof --cpu-prof-dir=/tmp/prof"
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { arg, busyMachine, BARE_HEADER, bareRow, compareToBare, drive, driveBare, fmt as f, HEADER, type Level as BaseLevel, levelOf, NETWORK_SETTINGS, ROOT, row, STUDENTS } from "./load-common";

const SETTINGS = NETWORK_SETTINGS;

const LEVELS = arg("rooms", "10,50,100").split(",").map(Number);
const SECONDS = Number(arg("seconds", "40"));
const WORKERS = Number(arg("workers", "2"));
// Extra node flags for the server process, e.g. --server-args "--cpu-prof --cpu-prof-dir=/tmp/prof".
const SERVER_ARGS = arg("server-args", "").split(" ").filter(Boolean);
const OUT = arg("out", "test/bench/results/load-network.json");
const DECODERS = Math.min(STUDENTS, Number(arg("decoders", "6")));
const NO_BARE = process.argv.includes("--no-bare");
// Spread the classes' starts over these seconds, one run per value at each level (as bench:load's --stagger):
// 0 is lockstep, every class changing phase in the same instant; 30 is about a round.
const STAGGERS = arg("stagger", "0").split(",").map(Number);

/** One level's figures (as bench:load's, without the class log), with votes and dial turns timed apart. */
interface Level extends BaseLevel {
  /** Per generator: "vote n= p50= p95=; adjust n= p50= p95=". */
  perKind: string[];
}

async function runLevel(rooms: number, staggerS: number): Promise<Level> {
  const r = await drive({ rooms, serverEntry: "server/index.ts", workerEntry: "test/bench/load-network-worker.ts", settings: SETTINGS, seconds: SECONDS, workers: WORKERS, decoders: DECODERS, staggerS, serverArgs: SERVER_ARGS });
  return { ...levelOf(rooms, staggerS, r), perKind: r.got.map((g) => g.perKind ?? "") };
}

/** The goals lines are held to (issue 13), for a network class. */
function goals(l: Level): string {
  const ok = (b: boolean) => (b ? "ok" : "MISSED");
  const cpuOk = l.cpuPctPer1000Students < 8 || (l.cpuRatio !== undefined && l.cpuRatio <= 1.2);
  const bad = l.errors + l.failedJoins + l.disconnects;
  return `p95 ${f(l.p95)} ms < 60: ${ok(l.p95 < 60)}; ${f(l.cpuPctPer1000Students, 2)}% of a core per 1000 students < 8 or within 1.2x of the bare room (${f(l.cpuRatio, 2)}x): ${ok(cpuOk)}; ${f(l.serverRssMB)} MB < 250: ${ok(l.serverRssMB < 250)}; errors+failed joins+disconnects ${bad} = 0: ${ok(bad === 0)}`;
}

async function main(): Promise<void> {
  console.log(`Load, one network per class (${SETTINGS.lineLength - 1} layers of ${SETTINGS.layerWidth} and a shooter): ${STUDENTS} students per class, ${SECONDS} s measured per level, ${WORKERS} generator processes, ${DECODERS} students per class decode patches and are timed; classes start ${STAGGERS.map((st) => (st ? `spread over ${st} s` : "in lockstep")).join(", then ")}.`);
  console.log(`The machine: ${os.cpus().length} cores, load average at the start ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} (1, 5, 15 min).`);
  console.log("Latency (ms): a student's vote { handshake, direction } or dial turn { weights[] } until the patch that shows it to that student.");
  console.log(HEADER);
  const levels: Level[] = [];
  for (const rooms of LEVELS) {
    const bare = NO_BARE ? undefined : await driveBare(rooms, { seconds: SECONDS, workers: WORKERS, decoders: DECODERS, serverArgs: SERVER_ARGS });
    for (const stagger of STAGGERS) {
      const level = await runLevel(rooms, stagger);
      if (bare) compareToBare(level, bare);
      levels.push(level);
      console.log(row(level));
      for (const k of level.perKind) console.log(`      ${k}`);
      // Lockstep classes change phase together: the bursts show per second, not in the window's average.
      console.log(`      server by second: CPU % ${level.serverCpuPctBySecond.join(" ")}; loop's worst delay ms ${level.serverLag.maxBySecond.map((x) => f(x)).join(" ")}; preempted ${f(level.serverPreemptedPerSecond)} times/s; ${f(level.serverCpuMsPerClassRound)} ms of CPU per class per round`);
      for (const s of level.samples) console.log(`      e.g. ${s}`);
    }
  }
  if (!NO_BARE) {
    console.log("");
    console.log("The network game against a bare Colyseus room at the same level (same transport, 30 clients per room, a message per client every 2-6 s, no engine):");
    console.log(BARE_HEADER);
    for (const l of levels) console.log(bareRow(l));
  }
  console.log("");
  console.log("Goals (as lines, issue 13):");
  for (const l of levels) console.log(`  ${String(l.rooms).padStart(4)} classes, ${l.staggerSeconds ? `starts spread over ${l.staggerSeconds} s` : "lockstep"}: ${goals(l)}`);
  const busy = busyMachine(levels);
  if (busy) console.log(`\n${busy}`);
  const out = path.resolve(ROOT, OUT);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), cores: os.cpus().length, studentsPerClass: STUDENTS, seconds: SECONDS, workers: WORKERS, decodersPerClass: DECODERS, staggerSeconds: STAGGERS, settings: SETTINGS, levels }, null, 2) + "\n");
  console.log(`Wrote ${path.relative(ROOT, out)}`);
}

await main();
