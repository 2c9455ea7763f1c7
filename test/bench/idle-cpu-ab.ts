// What a page costs while nobody touches it, A against B in one run: each build served by the production
// server's static handler, the page loaded at N x CPU, left alone until it settles, then the renderer's
// main-thread task time over the next seconds (CDP TaskDuration) and the long tasks (over 50 ms) seen.
//   npx tsx test/bench/idle-cpu-ab.ts /tmp/before /tmp/after [--rounds 3] [--cpu 4] [--query ""] [--seconds 5]
import http from "node:http";
import { loadavg } from "node:os";
import express from "express";
import { builtClient } from "../../server/http/static";
import { launch, TABLET } from "../e2e/browser";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const dirs = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
const ROUNDS = Number(arg("rounds", "3"));
const CPU = Number(arg("cpu", "4"));
const QUERY = arg("query", "");
const SECONDS = Number(arg("seconds", "5"));

/** One fresh load left idle: main-thread busy ms over SECONDS, and the long tasks in that time. */
async function idle(url: string): Promise<{ busy: number; longTasks: number }> {
  const { context, close } = await launch(TABLET);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU });
    await cdp.send("Performance.enable");
    await page.goto(url + QUERY);
    await page.waitForSelector("body[data-ready='1']", { timeout: 60_000 });
    await page.waitForSelector("canvas", { timeout: 60_000 });
    await page.waitForTimeout(3000);
    await page.evaluate(`window.__long = 0; new PerformanceObserver((l) => { window.__long += l.getEntries().length; }).observe({ type: "longtask" });`);
    const task = async () => ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration")?.value ?? NaN) * 1000;
    const before = await task();
    await page.waitForTimeout(SECONDS * 1000);
    const busy = (await task()) - before;
    const longTasks = await page.evaluate<number>("window.__long");
    return { busy: Math.round(busy), longTasks };
  } finally {
    await close();
  }
}

if (dirs.length < 1) throw new Error("usage: idle-cpu-ab.ts DIR [DIR...] [--rounds N] [--cpu N] [--query ?...] [--seconds N]");
const servers = await Promise.all(
  dirs.map(async (dir) => {
    const app = express();
    app.use(builtClient(dir));
    const server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    return { dir, server, url: `http://localhost:${(server.address() as { port: number }).port}/` };
  }),
);
const runs = new Map<string, { busy: number; longTasks: number }[]>();
const loads: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  for (const s of i % 2 ? [...servers].reverse() : servers) runs.set(s.dir, [...(runs.get(s.dir) ?? []), await idle(s.url)]);
  loads.push(loadavg()[0]);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`Idle page "/${QUERY}" at ${CPU}x CPU, main-thread time over ${SECONDS} s after it settled, ${ROUNDS} fresh loads per build, interleaved; 1-min load average ${loads.map((x) => x.toFixed(1)).join(", ")}:`);
for (const s of servers) {
  const r = runs.get(s.dir) ?? [];
  console.log(`  ${s.dir}: busy ${median(r.map((x) => x.busy))} ms (runs ${r.map((x) => x.busy).join(", ")}), long tasks ${median(r.map((x) => x.longTasks))} (runs ${r.map((x) => x.longTasks).join(", ")})`);
}
for (const s of servers) s.server.close();
