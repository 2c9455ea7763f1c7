// npm run bench:client: the built client's weight (Phaser apart from our code); against the production
// server (compressed, cached, as `npm start` runs it): Lighthouse on the three pages, the court's first
// frame (median of three fresh loads) and frames per second during the pass and the coach's walk,
// unthrottled and at 4x CPU throttling, thirty students' first loads at once, and solo play offline after
// one visit; then the projector of a class of 4 lines x 8 (test/bench/classroom-client.ts) and the network
// board's walk through 6 layers of 6 (test/bench/network-board.ts), and the brain lab's page while its
// worker runs (test/bench/lab-page.ts). Prints a table
// and writes test/bench/results/client.json (the process fails if a student's page loads Phaser or weighs
// 150 KB gzip or more). `npm run bench:client -- --classroom` runs the projector part only and keeps the
// solo figures already in the file; `--no-lighthouse` skips Lighthouse.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadavg, tmpdir } from "node:os";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { execFileSync } from "node:child_process";
import { launch, ROOT, TABLET } from "../e2e/browser";
import { projectorBench } from "./classroom-client";
import { labPageBench, printLabPage } from "./lab-page";
import { networkBoardBench, printBoardRuns } from "./network-board";
import { firstLoads } from "./first-loads";
import { lighthousePages } from "./lighthouse";
import { offlineCheck } from "./offline";
import { startProductionServer } from "./prod-server";

interface Sizes {
  phaser: { raw: number; gzip: number };
  ours: { raw: number; gzip: number };
  files: { file: string; raw: number; gzip: number }[];
}

/** Weighs every built JS file in `dist`; the chunk named phaser-* is Phaser, the rest is ours (solo and classroom). */
function sizes(dist: string): Sizes {
  const files = readdirSync(join(dist, "assets"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => {
      const buf = readFileSync(join(dist, "assets", f));
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

/** One fresh load of chapter 3 at `throttle`x CPU: the first screen and the court's first frame; with `animate`, the fps too. */
async function run(throttle: number, url: string, animate: boolean) {
  const { context, close } = await launch(TABLET);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    await page.goto(`${url}?chapter=coach`);
    await page.waitForSelector("body[data-ready='1']", { timeout: 30_000 });
    // The DOM screen (chapter card, Play) comes first; the court (Phaser) loads after it.
    const [firstScreen, firstFrame] = await page.evaluate(() => ["first-screen", "first-playable-frame"].map((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN));
    const { pass, coach } = animate ? await animations(page) : { pass: NaN, coach: NaN };
    return { firstScreenMs: Math.round(firstScreen), firstPlayableFrameMs: Math.round(firstFrame), passFps: Math.round(pass * 10) / 10, coachFps: Math.round(coach * 10) / 10 };
  } finally {
    await close();
  }
}

/** Three fresh loads at `throttle`x: medians of the first screen and the court's first frame, every first frame, and the first run's fps. */
async function runs3(throttle: number, url: string) {
  const all = [];
  for (let i = 0; i < 3; i++) all.push(await run(throttle, url, i === 0));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    throttle,
    firstScreenMs: median(all.map((r) => r.firstScreenMs)),
    firstPlayableFrameMs: median(all.map((r) => r.firstPlayableFrameMs)),
    firstFrames: all.map((r) => r.firstPlayableFrameMs),
    passFps: all[0].passFps,
    coachFps: all[0].coachFps,
  };
}

/** A class made through the API, so the students' address is a real QR code's. */
async function newClassCode(base: string): Promise<string> {
  const res = await fetch(new URL("api/classes", base), { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
  if (res.status !== 201) throw new Error(`creating a class failed: ${res.status}`);
  return ((await res.json()) as { code: string }).code;
}

const out = join(ROOT, "test/bench/results");
const file = join(out, "client.json");
const onlyClassroom = process.argv.includes("--classroom");
const before = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { sizes?: Sizes; runs?: unknown[] }) : {};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
let size: Sizes | undefined = before.sizes;
type Saved = { runs?: unknown[]; lighthouse?: unknown; firstLoads?: unknown; offline?: unknown; projector?: unknown; networkBoard?: unknown; labPage?: unknown };
const saved = before as Saved;
let runs: unknown[] | undefined = saved.runs;
let lighthouse = saved.lighthouse;
let loads = saved.firstLoads;
let offline = saved.offline;
const STUDENT_GZIP_GOAL = 150 * 1024;
if (!onlyClassroom) {
  // A private build: tests that rebuild dist/client meanwhile cannot change (or half-delete) the files measured.
  const dist = mkdtempSync(join(tmpdir(), "blame-dist-"));
  execFileSync(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn", "--outDir", dist, "--emptyOutDir"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NODE_ENV: "production", VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" } });
  size = sizes(dist);
  const server = await startProductionServer({}, dist);
  const solo = [];
  try {
    // A first visit warms nothing we keep: every run uses a fresh profile (no HTTP cache, no service worker).
    for (const throttle of [1, 4]) solo.push(await runs3(throttle, server.url));
    const code = await newClassCode(server.url);
    loads = await firstLoads(`${server.url}class.html?code=${code}`, 30, dist);
    offline = await offlineCheck(server.url);
    if (!process.argv.includes("--no-lighthouse")) lighthouse = await lighthousePages(server.url, ["/", "/class.html", "/class.html?host"], 3);
  } finally {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
  runs = solo;
  console.log("Built JavaScript (dist/client/assets):");
  for (const f of size.files) console.log(`  ${f.file.padEnd(32)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`);
  console.log(`  Phaser (the court's slim build): ${kb(size.phaser.raw)} raw, ${kb(size.phaser.gzip)} gzip; our code: ${kb(size.ours.raw)} raw, ${kb(size.ours.gzip)} gzip`);
  console.log("Headless Chromium, tablet 1024x768, chapter 3, production server, median of 3 fresh loads:");
  for (const r of solo) console.log(`  CPU ${r.throttle}x: first screen ${r.firstScreenMs} ms, court's first frame ${r.firstPlayableFrameMs} ms (runs ${r.firstFrames.join(", ")}; goal < 1500 at 4x), pass ${r.passFps} fps, coach ${r.coachFps} fps (goal >= 50 at 4x)`);
  const l = loads as Awaited<ReturnType<typeof firstLoads>>;
  const light = l.gzipBytes < STUDENT_GZIP_GOAL && !l.phaserLoaded;
  console.log(`${l.students} students open class.html?code=... at once over loopback: ${kb(l.totalBytes)} sent in all (${kb(l.totalBytes / l.students)} each), every join screen ready after ${l.allReadyMs} ms (p50 ${l.p50Ms}, slowest ${l.maxMs})`);
  console.log(`  one student's page: ${l.files.join(", ")}; ${kb(l.gzipBytes)} gzip (goal < 150 KB), Phaser ${l.phaserLoaded ? "LOADED" : "not loaded"}: ${light ? "PASS" : "FAIL"}`);
  if (!light) process.exitCode = 1;
  const o = offline as Awaited<ReturnType<typeof offlineCheck>>;
  console.log(`Solo offline after one visit: ${o.ok ? "PASS" : "FAIL"} (${o.cached} files stored by the service worker; ${o.detail}; court's first frame ${o.firstFrameMs} ms)`);
  if (!o.ok) process.exitCode = 1;
  if (lighthouse) {
    console.log("Lighthouse 12.2.3, mobile (simulated slow 4G, 4x CPU), production server, median of 3 runs:");
    console.log("  page                 perf  a11y  transferred      LCP      FCP      TBT  runs");
    for (const p of lighthouse as Awaited<ReturnType<typeof lighthousePages>>) {
      console.log(`  ${p.page.padEnd(20)} ${String(p.performance).padStart(4)}  ${String(p.accessibility).padStart(4)}  ${kb(p.transferredBytes).padStart(11)}  ${`${p.lcpMs} ms`.padStart(7)}  ${`${p.fcpMs} ms`.padStart(7)}  ${`${p.tbtMs} ms`.padStart(7)}  ${p.runs.join("/")}${p.performance >= 90 ? "" : "  (goal >= 90)"}`);
      for (const o of p.opportunities) console.log(`      ${o}`);
      console.log(`      long tasks (ms): ${p.longTasks.join("; ")}`);
      console.log(`      CPU per script (ms): ${p.bootup.join("; ")}`);
    }
  }
  // Kept now, with the earlier projector figures: the classroom parts below build and serve dist/client, which a test may rebuild meanwhile.
  save(saved.projector, saved.networkBoard);
}
const projector = await projectorBench();
console.log(`Projector, ${projector.viewport}, ${projector.lines} lines x ${projector.lineLength} neurons, ${projector.students} colyseus.js students over loopback:`);
for (const r of projector.runs) {
  if (r.taps === 0) {
    console.log(`  CPU ${r.throttle}x: nothing to time: every line had learned (no vote, no walk)`);
    continue;
  }
  console.log(`  CPU ${r.throttle}x: coach walk ${r.coachFps.join(", ")} fps (goal >= 50 at 4x), longest frame ${r.worstFrameMs} ms, main thread busy ${r.mainThreadBusy.map((b) => `${Math.round(b * 100)}%`).join(", ")}, then still on screen ${(r.stillBusy ?? []).map((b) => `${(b * 100).toFixed(1)}%`).join(", ")}; tap to projector over ${r.taps} taps p50 ${r.tapToProjectorMs.p50} ms, p95 ${r.tapToProjectorMs.p95} ms (goal < 150), max ${r.tapToProjectorMs.max} ms`);
}
const networkBoard = await networkBoardBench();
printBoardRuns(networkBoard);
const labPage = await labPageBench();
printLabPage(labPage);
save(projector, networkBoard, labPage);

/** Writes client.json with the figures so far and the machine's load average beside them. */
function save(projector: unknown, networkBoard: unknown, labPage: unknown = saved.labPage): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), loadAverage: loadavg().map((x) => Math.round(x * 100) / 100), sizes: size, runs, lighthouse, firstLoads: loads, offline, projector, networkBoard, labPage }, null, 2) + "\n");
  console.log("Written test/bench/results/client.json");
}
