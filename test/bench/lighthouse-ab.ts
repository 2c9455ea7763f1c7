// Lighthouse A against B in one run: two built clients (copies of dist/client), each served by the
// production server (compressed, cached), one page audited in turn (A B, then B A), so a busy machine
// slows both builds alike. Prints each build's median performance score and blocking time, every run, and
// the 1-minute load average after each round.
//   npx tsx test/bench/lighthouse-ab.ts /tmp/before /tmp/after --rounds 3 [--page /]
import { loadavg } from "node:os";
import { lighthousePages, type LighthousePage } from "./lighthouse";
import { startProductionServer } from "./prod-server";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const dirs = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
const ROUNDS = Number(arg("rounds", "3"));
const PAGE = arg("page", "/");
if (dirs.length < 2) throw new Error("usage: lighthouse-ab.ts DIR DIR [--rounds N] [--page /]");
const servers = await Promise.all(dirs.map(async (dir) => ({ dir, server: await startProductionServer({}, dir) })));
const runs = new Map<string, LighthousePage[]>();
const loads: number[] = [];
try {
  for (let i = 0; i < ROUNDS; i++) {
    for (const s of i % 2 ? [...servers].reverse() : servers) {
      const [r] = await lighthousePages(s.server.url, [PAGE], 1);
      runs.set(s.dir, [...(runs.get(s.dir) ?? []), r]);
      console.log(`  round ${i + 1} ${s.dir}: performance ${r.performance}, TBT ${r.tbtMs} ms, LCP ${r.lcpMs} ms`);
    }
    loads.push(loadavg()[0]);
  }
} finally {
  await Promise.all(servers.map((s) => s.server.close()));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`Lighthouse 12.2.3 on ${PAGE}, mobile (slow 4G, 4x CPU), ${ROUNDS} runs per build, interleaved; 1-min load average ${loads.map((x) => x.toFixed(1)).join(", ")}:`);
for (const s of servers) {
  const r = runs.get(s.dir) ?? [];
  console.log(`  ${s.dir}: performance ${median(r.map((x) => x.performance))} (runs ${r.map((x) => x.performance).join("/")}), TBT ${median(r.map((x) => x.tbtMs))} ms (runs ${r.map((x) => x.tbtMs).join("/")}), LCP ${median(r.map((x) => x.lcpMs))} ms`);
  const last = r[r.length - 1];
  if (last) console.log(`    last run's long tasks: ${last.longTasks.join("; ")}`);
}
