// Where a network server's memory peak comes from, and what server flags do to it: bench:load:network's
// level (R classes of 30 as one network each, lockstep by default) run several times, alternating between
// variants of the server's node flags (A/B interleaved: the machine is shared and noisy, memory less so).
// Each run's server carries the memory probe (mem-probe.ts); per run it prints the window's RSS peak and,
// at that instant, V8's heap (young generation, old generation's size and use, code, large objects), memory
// outside it (external, of which ArrayBuffers) and the rest (RSS minus both: node, native code, malloc),
// the highest old-generation use, the collections in the window (scavenges, mark-compacts, their pauses),
// and the bench's p95 and server CPU per class per round. Variants are "name=flags" separated by ";"; a
// flag "env:NAME=value" sets the server's environment instead.
//   npx tsx test/bench/load-network-mem-ab.ts --rooms 100 --seconds 40 --reps 2 --variants "default=;semi4=--max-semi-space-size=4"
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { arg, drive, fmt as f, levelOf, NETWORK_SETTINGS, ROOT } from "./load-common";

const ROOMS = Number(arg("rooms", "100"));
const SECONDS = Number(arg("seconds", "40"));
const REPS = Number(arg("reps", "2"));
const STAGGER = Number(arg("stagger", "0"));
const VARIANTS = arg("variants", "default=")
  .split(";")
  .filter(Boolean)
  .map((v) => {
    const i = v.indexOf("=");
    const words = v.slice(i + 1).split(" ").filter(Boolean);
    // "env:NAME=value" sets the server's environment; anything else is a node flag.
    const env = Object.fromEntries(words.filter((w) => w.startsWith("env:")).map((w) => w.slice(4).split("=") as [string, string]));
    return { name: v.slice(0, i), flags: words.filter((w) => !w.startsWith("env:")), env };
  });
const OUT = arg("out", "");
/** Where the probe's files are kept (one per run, for a closer look). */
const MEM_DIR = arg("mem-dir", os.tmpdir());

/** One line of mem-probe.ts. */
interface Sample {
  t: number;
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  queued: number;
  spaces: Record<string, [number, number]>;
  gc: { minor: number; major: number; minorMs: number; majorMs: number };
}

/** A run's memory in its window: the peak's breakdown and the collections. */
function memoryOf(file: string, from: number, to: number) {
  const all = fs.readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Sample);
  const s = all.filter((x) => x.t >= from && x.t <= to);
  const peak = s.reduce((a, b) => (b.rss > a.rss ? b : a));
  const sum = (k: keyof Sample["gc"]) => s.reduce((a, x) => a + x.gc[k], 0);
  const sp = (x: Sample, name: string) => x.spaces[name] ?? [0, 0];
  return {
    rssPeak: peak.rss,
    atPeak: {
      heapTotal: peak.heapTotal,
      young: sp(peak, "new")[0],
      oldSize: sp(peak, "old")[0],
      oldUsed: sp(peak, "old")[1],
      code: sp(peak, "code")[0],
      largeObjects: sp(peak, "large_object")[0] + sp(peak, "new_large_object")[0],
      external: peak.external,
      arrayBuffers: peak.arrayBuffers,
      rest: peak.rss - peak.heapTotal - peak.external,
      queued: peak.queued,
    },
    queuedMax: Math.max(...s.map((x) => x.queued ?? 0)),
    arrayBuffersMax: Math.max(...s.map((x) => x.arrayBuffers)),
    oldUsedMax: Math.max(...s.map((x) => sp(x, "old")[1])),
    oldSizeMax: Math.max(...s.map((x) => sp(x, "old")[0])),
    rssAtStart: s[0].rss,
    scavenges: sum("minor"),
    scavengeMs: sum("minorMs"),
    markCompacts: sum("major"),
    markCompactMs: sum("majorMs"),
  };
}

async function main(): Promise<void> {
  console.log(`${ROOMS} network classes of 30, ${STAGGER ? `starts spread over ${STAGGER} s` : "lockstep"}, ${SECONDS} s windows, ${REPS} runs per variant interleaved; ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}.`);
  console.log("variant        RSS peak = heap (young + old size [used] + code + LO) + external (of it ArrayBuffers, max) + rest | old used max | socket queues at peak, max | scavenges (ms) mark-compacts (ms) | p95 ms  CPU ms/class/round  load");
  const runs: unknown[] = [];
  for (let rep = 0; rep < REPS; rep++) {
    for (const v of VARIANTS) {
      const memFile = path.join(MEM_DIR, `mem-ab-${process.pid}-${STAGGER}s-${v.name}-${rep}.jsonl`);
      fs.rmSync(memFile, { force: true });
      const r = await drive({ rooms: ROOMS, serverEntry: "server/index.ts", workerEntry: "test/bench/load-network-worker.ts", settings: NETWORK_SETTINGS, seconds: SECONDS, workers: 2, decoders: 6, staggerS: STAGGER, serverArgs: v.flags, env: v.env, memFile });
      const level = levelOf(ROOMS, STAGGER, r);
      const m = memoryOf(memFile, r.from, r.to);
      const p = m.atPeak;
      console.log(
        `${v.name.padEnd(14)} ${f(m.rssPeak).padStart(4)} = ${f(p.heapTotal)} (${f(p.young)} + ${f(p.oldSize)} [${f(p.oldUsed)}] + ${f(p.code, 1)} + ${f(p.largeObjects, 1)}) + ${f(p.external)} (${f(p.arrayBuffers)}, ${f(m.arrayBuffersMax)}) + ${f(p.rest)} | ${f(m.oldUsedMax)} | ${f(p.queued, 1)}, ${f(m.queuedMax, 1)} | ${m.scavenges} (${m.scavengeMs}) ${m.markCompacts} (${m.markCompactMs}) | ${f(level.p95)}  ${f(level.serverCpuMsPerClassRound, 1)}  ${f(level.loadAvg, 1)}` +
          (level.errors + level.failedJoins + level.disconnects ? `  errors+failed+disconnects ${level.errors + level.failedJoins + level.disconnects}` : ""),
      );
      runs.push({ variant: v.name, flags: v.flags, env: v.env, rep, memory: m, p95: level.p95, serverCpuPct: level.serverCpuPct, serverCpuMsPerClassRound: level.serverCpuMsPerClassRound, serverRssMB: level.serverRssMB, loadAvg: level.loadAvg, errors: level.errors + level.failedJoins + level.disconnects });
    }
  }
  if (OUT) {
    const out = path.resolve(ROOT, OUT);
    fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), rooms: ROOMS, seconds: SECONDS, stagger: STAGGER, settings: NETWORK_SETTINGS, runs }, null, 2) + "\n");
    console.log(`Wrote ${path.relative(ROOT, out)}`);
  }
}

await main();
