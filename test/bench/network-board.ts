// The projector's network board during the rule's walk: 6 layers of 6 and a shooter (37 neurons, 222
// handshakes) on network.html at 1280x720, frames per second and the longest frame while the walk plays (median of three fresh pages)
// (from the click on "the rule's turn" to its last step), unthrottled and at 4x CPU throttling (CDP
// Emulation.setCPUThrottlingRate). Goal: 50 fps or more at 4x. Run alone with
// `npx tsx test/bench/network-board.ts`, or as part of `npm run bench:client`.
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { buildClient, type Device, launch, serveDist } from "../e2e/browser";

const PROJECTOR: Device = { name: "projector", viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false };

/** One run's figures. */
export interface BoardRun {
  throttle: number;
  neurons: number;
  steps: number;
  /** How long the walk plays, ms (steps x the step's time). */
  walkMs: number;
  fps: number;
  /** Frames per second once the board is drawn (from 500 ms after the click): the animation alone. */
  steadyFps: number;
  worstFrameMs: number;
  /** From the click to the first frame with the walk drawn, ms. */
  clickToFrameMs: number;
  /** Every run's fps, when this is the median of several. */
  runsFps?: number[];
}

/** Counts frames from the click on "the rule's turn" until the walk's last step has played. */
async function walkFrames(page: Page): Promise<{ frames: number[]; clickToFrame: number; steps: number; walkMs: number }> {
  // A string, not a function: tsx adds __name() helpers to functions, which do not exist in the page.
  return page.evaluate<{ frames: number[]; clickToFrame: number; steps: number; walkMs: number }>(`new Promise((resolve) => {
    const frames = [];
    const button = document.querySelector("[data-action=speak]");
    let start = 0;
    let clickToFrame = 0;
    let end = Infinity;
    let steps = 0;
    const step = (t) => {
      frames.push(t);
      if (!clickToFrame) {
        clickToFrame = t - start;
        const els = document.querySelectorAll(".nb-step");
        steps = els.length;
        const last = els[els.length - 1];
        const style = getComputedStyle(last);
        end = start + parseFloat(style.animationDelay) * 1000 + parseFloat(style.animationDuration) * 1000;
      }
      if (t < end) requestAnimationFrame(step);
      else resolve({ frames, clickToFrame, steps, walkMs: end - start });
    };
    requestAnimationFrame((t0) => {
      start = performance.now();
      button.click();
      requestAnimationFrame(step);
    });
  })`);
}

/** One fresh page at `throttle`x CPU: shoot, vote, then the walk, measured. */
async function run(url: string, throttle: number): Promise<BoardRun> {
  const { context, close } = await launch(PROJECTOR);
  try {
    const page = await context.newPage();
    await page.goto(`${url}network.html?depth=7&width=6&seed=3`);
    await page.waitForSelector("body[data-ready='1']");
    await page.click("[data-action=shoot]");
    await page.click("[data-action=vote]");
    await page.waitForSelector(".network-board[data-phase=vote]");
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    await page.waitForTimeout(300);
    const { frames, clickToFrame, steps, walkMs } = await walkFrames(page);
    const gaps = frames.slice(1).map((t, k) => t - (frames[k] ?? t));
    const span = (frames.at(-1) ?? 0) - (frames[0] ?? 0);
    const neurons = await page.locator(".nb-neuron").count();
    const steady = frames.filter((t) => t - (frames[0] ?? 0) > 500);
    const steadySpan = (steady.at(-1) ?? 0) - (steady[0] ?? 0);
    return { throttle, neurons, steps, walkMs: Math.round(walkMs), fps: Math.round(((frames.length - 1) * 1000 * 10) / span) / 10, steadyFps: Math.round(((steady.length - 1) * 1000 * 10) / steadySpan) / 10, worstFrameMs: Math.round(Math.max(...gaps) * 10) / 10, clickToFrameMs: Math.round(clickToFrame) };
  } finally {
    await close();
  }
}

/** The board's walk at 1x and 4x CPU, against dist/client (built by the caller). */
export async function networkBoardBench(): Promise<BoardRun[]> {
  const server = await serveDist();
  try {
    const runs: BoardRun[] = [];
    // Three fresh pages per setting, the median by fps kept (a shared machine's load moves single runs).
    for (const throttle of [1, 4]) {
      const three: BoardRun[] = [];
      for (let k = 0; k < 3; k++) three.push(await run(server.url, throttle));
      three.sort((a, b) => a.fps - b.fps);
      runs.push({ ...(three[1]), runsFps: three.map((r) => r.fps) });
    }
    return runs;
  } finally {
    await server.close();
  }
}

/** The table's lines. */
export function printBoardRuns(runs: readonly BoardRun[]): void {
  console.log("Projector network board (network.html, 1280x720), the rule's walk through 6 layers of 6 and a shooter:");
  for (const r of runs) console.log(`  CPU ${r.throttle}x: ${r.neurons} neurons, ${r.steps} steps over ${r.walkMs} ms: ${r.fps} fps (goal >= 50 at 4x; ${r.steadyFps} fps after the first 500 ms), longest frame ${r.worstFrameMs} ms, click to the walk's first frame ${r.clickToFrameMs} ms${r.runsFps ? ` (median of runs at ${r.runsFps.join(", ")} fps)` : ""}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  buildClient();
  printBoardRuns(await networkBoardBench());
}
