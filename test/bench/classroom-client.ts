// The projector's half of `npm run bench:client`: a real server process, the host page at 1920x1080 in
// Chromium with 4 lines of 8 neurons, and 25 real colyseus.js students (the client's own NetworkGame).
// Measures frames per second during the coach's walk down all four lines, and the time from a
// student's tap (a vote sent) to the projector showing it (the "still voting" count going down, at
// the next animation frame), at 4x CPU throttling and unthrottled.
import type { CDPSession, Page } from "playwright-core";
import { NetworkGame } from "../../client/source/network-game";
import { lineVotes } from "../../shared";
import { buildClient, type Device, launch } from "../e2e/browser";
import { freePorts, startServerProcess } from "../server/processes";

const PROJECTOR: Device = { name: "projector", viewport: { width: 1920, height: 1080 }, isMobile: false, hasTouch: false };
/** Students in the class: a full room of 4 x 8 seats would be 32; 25 leaves a few bots, as in a real class. */
const STUDENTS = 25;
/** Rounds per throttle setting: 2 x 25 votes = 50 taps. */
const ROUNDS = 2;
/** The coach walks for 5 s (ANIMATION_SECONDS.coach); frames are counted over most of it. */
const COACH_MS = 4500;
/** After the walk has ended, the projector waits on one screen: its cost is measured over this long. */
const STILL_MS = 3000;

/** One throttle setting's figures. */
export interface ProjectorRun {
  throttle: number;
  /** Frames per second during each round's coach walk. */
  coachFps: number[];
  /** The longest frame seen during the walks, ms. */
  worstFrameMs: number;
  /** Share of each walk the page's main thread was busy (TaskDuration over wall time; ~1 = CPU-bound). */
  mainThreadBusy: number[];
  /** The same share over STILL_MS after each walk, while the projector waits for the teacher and nothing moves. */
  stillBusy: number[];
  taps: number;
  tapToProjectorMs: { p50: number; p95: number; max: number };
}

/** The projector benchmark's result. */
export interface ProjectorBench {
  lines: number;
  lineLength: number;
  students: number;
  viewport: string;
  runs: ProjectorRun[];
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Watches the projector: every time the sum of the boards' "still voting" counts goes down, the wall
 * clock of the next animation frame (when the change is painted) is logged once per vote it went down
 * by. A string, not a function: tsx adds __name() helpers to functions, which the page does not have.
 */
const WATCH_TAPS = `(() => {
  window.__shown = [];
  let last = null;
  const read = () => {
    const els = document.querySelectorAll(".still-voting");
    if (els.length === 0) return null;
    let sum = 0;
    for (const e of els) sum += Number(e.dataset.stillVoting);
    return sum;
  };
  new MutationObserver(() => {
    const now = read();
    if (now !== null && last !== null && now < last) {
      const n = last - now;
      requestAnimationFrame(() => { const t = Date.now(); for (let k = 0; k < n; k++) window.__shown.push(t); });
    }
    last = now;
  }).observe(document.body, { subtree: true, childList: true, attributes: true });
})()`;

/** Clicks Next into the coach's walk and counts frames (and the longest one) over COACH_MS. */
const COACH_FRAMES = `new Promise((resolve) => {
  document.querySelector("[data-action=next]").click();
  let frames = 0, worst = 0, prev = 0, start = 0;
  const step = (t) => {
    if (document.body.dataset.phase !== "coach") return requestAnimationFrame(step);
    if (start === 0) { start = t; prev = t; return requestAnimationFrame(step); }
    frames++;
    worst = Math.max(worst, t - prev);
    prev = t;
    if (t - start < ${COACH_MS}) requestAnimationFrame(step);
    else resolve({ fps: (frames * 1000) / (t - start), worst });
  };
  requestAnimationFrame(step);
})`;

async function next(page: Page, phase: string): Promise<void> {
  await page.click("[data-action=next]");
  await page.waitForSelector(`body[data-phase=${phase}]`, { timeout: 20_000 });
}

/** A walk's figures: frames per second, the longest frame, and the share of the walk the page's main thread was busy. */
interface Walk {
  fps: number;
  worst: number;
  busy: number;
  /** The busy share while the finished walk stays on screen. */
  still: number;
}

/** The renderer's main-thread busy time so far, s (CDP Performance.getMetrics' TaskDuration). */
async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "TaskDuration")?.value ?? NaN;
}

/** Plays one round: every student taps a vote (one at a time, 200-300 ms apart), then the coach walks. */
async function round(page: Page, cdp: CDPSession, students: NetworkGame[], latencies: number[]): Promise<Walk | null> {
  for (const phase of ["pass", "shot"]) await next(page, phase);
  // Every line scored (or none hands out blame): the game goes straight to the rule's step, with no vote to time.
  await page.click("[data-action=next]");
  await page.waitForSelector("body[data-phase=vote], body[data-phase=coach]", { timeout: 20_000 });
  if ((await page.evaluate(() => document.body.dataset.phase)) === "coach") {
    await next(page, "adjust");
    await next(page, "aim");
    return null;
  }
  await page.waitForSelector(".still-voting", { timeout: 20_000 });
  await page.evaluate("window.__shown = []");
  const sent: number[] = [];
  // A line that scored, or whose rule hands out no blame, has no vote this round: only the others tap.
  const voters = students.filter((s) => lineVotes(s.view().lines[s.view().players[s.me!].line]));
  for (const [i, s] of voters.entries()) {
    const seats = s.view().lines[s.view().players[s.me!].line].neurons.length;
    sent.push(Date.now());
    void s.send({ type: "vote", blame: i % seats, direction: i % 2 ? "firmer" : "looser" });
    await new Promise((r) => setTimeout(r, 200 + Math.random() * 100));
  }
  await page.waitForFunction(`window.__shown.length >= ${voters.length}`, undefined, { timeout: 20_000 });
  const shown = await page.evaluate<number[]>("window.__shown");
  // Taps are far enough apart to arrive in order: the k-th decrease is the k-th tap.
  sent.forEach((t, k) => latencies.push(shown[k] - t));
  // Busy share: how much of the walk the main thread worked; near 1 means frames wait for it, whatever else runs on the machine.
  const t0 = Date.now();
  const busy0 = await taskSeconds(cdp);
  const walk = await page.evaluate<{ fps: number; worst: number }>(COACH_FRAMES);
  const busy = (await taskSeconds(cdp)) - busy0;
  const walked = (Date.now() - t0) / 1000;
  // The walk is over (5 s) and the game waits for Next: a screen nobody touches.
  await page.waitForTimeout(1000);
  const still0 = await taskSeconds(cdp);
  const s0 = Date.now();
  await page.waitForTimeout(STILL_MS);
  const still = ((await taskSeconds(cdp)) - still0) / ((Date.now() - s0) / 1000);
  await next(page, "adjust");
  await next(page, "aim");
  return { ...walk, busy: busy / walked, still };
}

/** Runs the projector benchmark and returns its figures. */
export async function projectorBench(): Promise<ProjectorBench> {
  buildClient();
  const [port] = await freePorts(1);
  const base = `http://127.0.0.1:${port}`;
  const server = await startServerProcess(port);
  const students: NetworkGame[] = [];
  const browser = await launch(PROJECTOR);
  try {
    const page = await browser.context.newPage();
    page.on("dialog", (d) => void d.accept());
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(`${base}/class.html?host`);
    await page.waitForSelector("[data-screen=create]");
    await page.fill("input[name=teams]", "4");
    await page.fill("input[name=lineLength]", "8");
    await page.fill("input[name=maxRounds]", String(4 * ROUNDS + 2));
    await page.locator("input[name=autoAdvance]").uncheck();
    await page.click("[data-action=apply-settings]");
    await page.waitForSelector(".join-code");
    const code = (await page.getAttribute(".join-code", "data-code"))!;
    for (let i = 0; i < STUDENTS; i++) students.push(await NetworkGame.join({ endpoint: `ws://127.0.0.1:${port}`, code, name: `S${i + 1}`, store: null, ackMs: 100 }));
    await page.waitForFunction(`document.querySelectorAll(".roster li").length === ${STUDENTS}`, undefined, { timeout: 20_000 });
    await page.evaluate(WATCH_TAPS);
    await page.click("[data-action=start]");
    await page.waitForSelector("body[data-phase=aim]");
    const runs: ProjectorRun[] = [];
    for (const throttle of [4, 1]) {
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
      const latencies: number[] = [];
      const walks: Walk[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const walk = await round(page, cdp, students, latencies);
        if (walk) walks.push(walk);
      }
      const sorted = [...latencies].sort((a, b) => a - b);
      runs.push({
        throttle,
        coachFps: walks.map((w) => Math.round(w.fps * 10) / 10),
        worstFrameMs: Math.round(Math.max(...walks.map((w) => w.worst))),
        mainThreadBusy: walks.map((w) => Math.round(w.busy * 100) / 100),
        stillBusy: walks.map((w) => Math.round(w.still * 1000) / 1000),
        taps: latencies.length,
        tapToProjectorMs: { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1)! },
      });
    }
    return { lines: 4, lineLength: 8, students: STUDENTS, viewport: "1920x1080", runs };
  } finally {
    for (const s of students) s.dispose();
    await browser.close();
    await server.stop();
  }
}
