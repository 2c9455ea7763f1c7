// The brain lab page (lab.html) while its Web Worker runs the default grid (5 rules x depths 2,3,4 x widths
// 1,3 x 20 seeds = 600 runs): the page's frames per second during the run against its own idle rate just
// before (one page, one run: a ratio the machine's load moves less), the longest frame, and the worker's
// throughput in runs per second against the same grid run in Node on this process's one thread. At 1x and
// 4x CPU throttling (CDP Emulation.setCPUThrottlingRate). Goal: 50 fps or more at 1x while it runs.
// Run alone with `npx tsx test/bench/lab-page.ts`, or as part of `npm run bench:client`.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DEFAULT_LAB_GRID, labSpecs } from "../../client/lab/grid";
import { ROOT, TABLET, buildClient, launch, serveDist } from "../e2e/browser";
import { LAB_RUN_FRAMES, type LabFrames, framesPerSecond } from "../e2e/lab-frames";
import { labGridTime } from "./learning-network";

/** One run's figures. */
export interface LabPageRun {
  throttle: number;
  runs: number;
  /** The worker's time for the whole grid, s, and its runs per second. */
  seconds: number;
  runsPerSecond: number;
  /** The page's frames per second over the second before the click (nothing running). */
  idleFps: number;
  /** Frames per second from the click until the table is filled. */
  runningFps: number;
  worstFrameMs: number;
}

/** What the bench prints and keeps. */
export interface LabPageBench {
  grid: typeof DEFAULT_LAB_GRID;
  node: { runsPerSecond: number; seconds: number };
  pages: LabPageRun[];
}

/** Frames per second, to one decimal. */
const fps = (frames: readonly number[]): number => Math.round(framesPerSecond(frames) * 10) / 10;

/** One fresh page at `throttle`x CPU: guess, then run the grid, measured. */
async function run(url: string, throttle: number): Promise<LabPageRun> {
  const { context, close } = await launch(TABLET);
  try {
    const page = await context.newPage();
    await page.goto(`${url}lab.html`);
    await page.waitForSelector("body[data-ready='1']");
    await page.check("input[name='guess'][value='feedback-alignment']");
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    await page.waitForTimeout(300);
    const { idle, running } = await page.evaluate<LabFrames>(LAB_RUN_FRAMES);
    const seconds = Number(await page.getAttribute("body", "data-seconds"));
    const gaps = running.slice(1).map((t, k) => t - (running[k] ?? t));
    const runs = labSpecs(DEFAULT_LAB_GRID).length;
    return { throttle, runs, seconds, runsPerSecond: Math.round((runs / seconds) * 10) / 10, idleFps: fps(idle), runningFps: fps(running), worstFrameMs: Math.round(Math.max(...gaps) * 10) / 10 };
  } finally {
    await close();
  }
}

/** The lab page at 1x and 4x CPU and the same grid in Node, against dist/client (built by the caller). */
export async function labPageBench(): Promise<LabPageBench> {
  const server = await serveDist();
  try {
    const pages: LabPageRun[] = [];
    for (const throttle of [1, 4]) pages.push(await run(server.url, throttle));
    const node = labGridTime(DEFAULT_LAB_GRID);
    return { grid: DEFAULT_LAB_GRID, node: { runsPerSecond: Math.round(node.runsPerSecond * 10) / 10, seconds: Math.round(node.seconds * 10) / 10 }, pages };
  } finally {
    await server.close();
  }
}

/** The table's lines. */
export function printLabPage(b: LabPageBench): void {
  const g = b.grid;
  console.log(`Brain lab (lab.html, 1024x768 tablet), the default grid in the page's Web Worker (${g.rules.length} rules x depths ${g.depths.join(",")} x widths ${g.widths.join(",")} x ${g.seeds} seeds, cap ${g.cap}):`);
  for (const r of b.pages)
    console.log(`  CPU ${r.throttle}x: ${r.runs} runs in ${r.seconds} s = ${r.runsPerSecond} runs/s (Node, one thread: ${b.node.runsPerSecond} runs/s, ratio ${(r.runsPerSecond / b.node.runsPerSecond).toFixed(2)}); page ${r.runningFps} fps while it runs, ${r.idleFps} fps idle just before (goal >= 50 at 1x), longest frame ${r.worstFrameMs} ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  buildClient();
  const bench = await labPageBench();
  printLabPage(bench);
  // Kept beside bench:client's other figures (the rest of the file as it was).
  const file = join(ROOT, "test/bench/results/client.json");
  const saved = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : {};
  writeFileSync(file, JSON.stringify({ ...saved, labPage: { date: new Date().toISOString(), loadAverage: loadavg().map((x) => Math.round(x * 100) / 100), ...bench } }, null, 2) + "\n");
  console.log("Written test/bench/results/client.json (labPage)");
}
