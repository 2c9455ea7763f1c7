// The court's first frame, A against B in one run: two (or more) built clients (copies of dist/client),
// each served by the production server's static handler, loaded in turn in fresh Chromium profiles at
// N x CPU (in A B, B A order), so a busy machine slows every build alike. Prints each build's median first screen and first
// frame, the renderer's main-thread busy time, and the ratio of each build's median to the first's.
//   npx tsx test/bench/first-frame-ab.ts /tmp/before /tmp/after --rounds 7 --cpu 4 [--query ?chapter=coach]
import http from "node:http";
import { loadavg } from "node:os";
import express from "express";
import { builtClient } from "../../server/http/static";
import { launch, TABLET } from "../e2e/browser";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const dirs = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
const ROUNDS = Number(arg("rounds", "5"));
const CPU = Number(arg("cpu", "4"));
const QUERY = arg("query", "?chapter=coach");

/** One fresh load: first screen, first frame, and the renderer's main-thread task time until then (ms). */
async function load(url: string): Promise<{ screen: number; frame: number; busy: number }> {
  const { context, close } = await launch(TABLET);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU });
    await cdp.send("Performance.enable");
    await page.goto(url + QUERY);
    await page.waitForSelector("body[data-ready='1']", { timeout: 30_000 });
    const [screen, frame] = await page.evaluate(() => ["first-screen", "first-playable-frame"].map((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN));
    const { metrics } = await cdp.send("Performance.getMetrics");
    const busy = (metrics.find((m) => m.name === "TaskDuration")?.value ?? NaN) * 1000;
    return { screen: Math.round(screen), frame: Math.round(frame), busy: Math.round(busy) };
  } finally {
    await close();
  }
}

if (dirs.length < 1) throw new Error("usage: first-frame-ab.ts DIR [DIR...] [--rounds N] [--cpu N] [--query ?...]");
const servers = await Promise.all(
  dirs.map(async (dir) => {
    const app = express();
    app.use(builtClient(dir));
    const server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    return { dir, server, url: `http://localhost:${(server.address() as { port: number }).port}/` };
  }),
);
const loads = new Map<string, { screen: number; frame: number; busy: number }[]>();
const loadAvg: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  // A B, then B A: a machine whose load drifts during a round favours neither build.
  for (const s of i % 2 ? [...servers].reverse() : servers) loads.set(s.dir, [...(loads.get(s.dir) ?? []), await load(s.url)]);
  loadAvg.push(loadavg()[0]);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const first = median((loads.get(dirs[0]) ?? []).map((r) => r.frame));
console.log(`Court's first frame at ${CPU}x CPU, ${QUERY}, ${ROUNDS} fresh loads per build, interleaved; 1-min load average ${loadAvg.map((x) => x.toFixed(1)).join(", ")}:`);
for (const s of servers) {
  const r = loads.get(s.dir) ?? [];
  const frame = median(r.map((x) => x.frame));
  console.log(`  ${s.dir}: first screen ${median(r.map((x) => x.screen))} ms, first frame ${frame} ms (runs ${r.map((x) => x.frame).join(", ")}), main thread busy ${median(r.map((x) => x.busy))} ms; ratio to the first build ${(frame / first).toFixed(3)}`);
}
for (const s of servers) s.server.close();
