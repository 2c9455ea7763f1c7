// npm run bench:client: the built client's weight (Phaser apart from our code), time to the first playable
// frame, and frames per second during the pass and the coach's walk, unthrottled and at 4x CPU throttling;
// then the projector of a class of 4 lines x 8 (test/bench/classroom-client.ts). Prints a table and writes
// test/bench/results/client.json. `npm run bench:client -- --classroom` runs the projector part only and
// keeps the solo figures already in the file.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { buildClient, DIST, launch, ROOT, serveDist, TABLET } from "../e2e/browser";
import { projectorBench } from "./classroom-client";

interface Sizes {
  phaser: { raw: number; gzip: number };
  ours: { raw: number; gzip: number };
  files: { file: string; raw: number; gzip: number }[];
}

/** Weighs every built JS file; the chunk named phaser-* is Phaser, the rest is ours (solo and classroom). */
function sizes(): Sizes {
  const files = readdirSync(join(DIST, "assets"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => {
      const buf = readFileSync(join(DIST, "assets", f));
      return { file: f, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    });
  const sum = (list: typeof files) => ({ raw: list.reduce((s, f) => s + f.raw, 0), gzip: list.reduce((s, f) => s + f.gzip, 0) });
  return { phaser: sum(files.filter((f) => f.file.startsWith("phaser-"))), ours: sum(files.filter((f) => !f.file.startsWith("phaser-"))), files };
}

/** Frames counted with requestAnimationFrame over `ms`. */
async function fps(page: Page, ms: number): Promise<number> {
  // A string, not a function: tsx adds __name() helpers to functions, which do not exist in the page.
  return page.evaluate<number>(`new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const step = (t) => {
      frames++;
      if (t - start < ${ms}) requestAnimationFrame(step);
      else resolve((frames * 1000) / (t - start));
    };
    requestAnimationFrame(step);
  })`);
}

/** Starts chapter 3 (four neurons), measures the pass, votes, then measures the coach's walk. */
async function animations(page: Page): Promise<{ pass: number; coach: number }> {
  await page.locator("[data-action=play]").click();
  await page.waitForSelector("body[data-phase=pass]", { timeout: 20_000 });
  const pass = await fps(page, 2000);
  await page.waitForSelector("[data-panel=vote]", { timeout: 20_000 });
  await page.locator("[data-panel=vote] button[data-seat='0']").click();
  await page.locator("[data-panel=vote] button[data-direction=firmer]").click();
  await page.locator("[data-action=vote]").click();
  await page.waitForSelector("body[data-phase=coach]");
  const coach = await fps(page, 3000);
  return { pass, coach };
}

async function run(throttle: number, url: string) {
  const { context, close } = await launch(TABLET);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    await page.goto(`${url}?chapter=coach`);
    await page.waitForSelector("body[data-ready='1']", { timeout: 30_000 });
    // The DOM screen (chapter card, Play) comes first; the court (Phaser) loads after it.
    const [firstScreen, firstFrame] = await page.evaluate(() => ["first-screen", "first-playable-frame"].map((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN));
    const { pass, coach } = await animations(page);
    return { throttle, firstScreenMs: Math.round(firstScreen), firstPlayableFrameMs: Math.round(firstFrame), passFps: Math.round(pass * 10) / 10, coachFps: Math.round(coach * 10) / 10 };
  } finally {
    await close();
  }
}

const out = join(ROOT, "test/bench/results");
const file = join(out, "client.json");
const onlyClassroom = process.argv.includes("--classroom");
const before = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { sizes?: Sizes; runs?: unknown[] }) : {};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
buildClient();
let size: Sizes | undefined = before.sizes;
let runs: unknown[] | undefined = before.runs;
if (!onlyClassroom) {
  size = sizes();
  const server = await serveDist();
  const solo = [];
  try {
    // A first visit warms nothing we keep: every run uses a fresh profile (no HTTP cache, no service worker).
    for (const throttle of [1, 4]) solo.push(await run(throttle, server.url));
  } finally {
    await server.close();
  }
  runs = solo;
  console.log("Built JavaScript (dist/client/assets):");
  for (const f of size.files) console.log(`  ${f.file.padEnd(32)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`);
  console.log(`  Phaser: ${kb(size.phaser.raw)} raw, ${kb(size.phaser.gzip)} gzip; our code: ${kb(size.ours.raw)} raw, ${kb(size.ours.gzip)} gzip (goal < 150 KB gzip)`);
  console.log("Headless Chromium, tablet 1024x768, chapter 3:");
  for (const r of solo) console.log(`  CPU ${r.throttle}x: first screen ${r.firstScreenMs} ms, court's first frame ${r.firstPlayableFrameMs} ms (goal < 1500), pass ${r.passFps} fps, coach ${r.coachFps} fps (goal >= 50 at 4x)`);
}
const projector = await projectorBench();
console.log(`Projector, ${projector.viewport}, ${projector.lines} lines x ${projector.lineLength} neurons, ${projector.students} colyseus.js students over loopback:`);
for (const r of projector.runs) {
  console.log(`  CPU ${r.throttle}x: coach walk ${r.coachFps.join(", ")} fps (goal >= 50 at 4x), longest frame ${r.worstFrameMs} ms, main thread busy ${r.mainThreadBusy.map((b) => `${Math.round(b * 100)}%`).join(", ")}; tap to projector over ${r.taps} taps p50 ${r.tapToProjectorMs.p50} ms, p95 ${r.tapToProjectorMs.p95} ms (goal < 150), max ${r.tapToProjectorMs.max} ms`);
}
mkdirSync(out, { recursive: true });
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), loadAverage: loadavg().map((x) => Math.round(x * 100) / 100), sizes: size, runs, projector }, null, 2) + "\n");
console.log("Written test/bench/results/client.json");
