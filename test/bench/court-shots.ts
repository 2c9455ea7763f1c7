// The court, pixel for pixel, in two builds: each build served as the production server serves it, the
// page's clock faked (Playwright's page.clock drives Date, timers and requestAnimationFrame), so both
// builds draw the same scenes: the home screen, the chapter card, the vote and the end of the coach's walk
// (still frames: must match pixel for pixel), and mid-pass, mid-shot and mid-walk (the animation frames
// land a frame apart from run to run even for one build: compare those by eye). Writes each canvas as PNG.
//   npx tsx test/bench/court-shots.ts /tmp/before /tmp/after [--out /tmp/court-shots]
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import express from "express";
import type { Page } from "playwright-core";
import { builtClient } from "../../server/http/static";
import { launch, TABLET } from "../e2e/browser";

const dirs = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
const outIndex = process.argv.indexOf("--out");
const OUT = outIndex >= 0 ? process.argv[outIndex + 1] : "/tmp/court-shots";

/** Advances the faked clock in frame-sized steps until `test` holds in the page (or fails after `ms`). */
async function runUntil(page: Page, test: string, ms = 60_000): Promise<void> {
  for (let t = 0; t < ms; t += 100) {
    if (await page.evaluate<boolean>(test)) return;
    await page.clock.runFor(100);
  }
  throw new Error(`never: ${test}`);
}

/** The court's canvas as PNG bytes. */
async function canvas(page: Page, file: string): Promise<Buffer> {
  const png = await page.locator("canvas").first().screenshot({ path: file });
  return png;
}

/** Every picture of one build, by name. */
async function shots(url: string, tag: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const { context, close } = await launch(TABLET);
  try {
    const page = await context.newPage();
    await page.clock.install({ time: new Date("2026-01-01T09:00:00Z") });
    const take = async (name: string) => out.set(name, await canvas(page, path.join(OUT, `${tag}-${name}.png`)));
    // The home screen's demo line behind the home card.
    await page.goto(url);
    await runUntil(page, `document.body.dataset.ready === "1" && !!document.querySelector("canvas")`);
    await page.clock.runFor(2000);
    await take("home");
    // Chapter 3: the pass, the shot, the vote, the coach's walk.
    await page.goto(`${url}?chapter=coach`);
    await runUntil(page, `document.body.dataset.ready === "1" && !!document.querySelector("canvas")`);
    await page.clock.runFor(500);
    await take("card");
    await page.locator("[data-action=play]").click();
    await runUntil(page, `document.body.dataset.phase === "pass"`);
    await page.clock.runFor(700);
    await take("mid-pass");
    await runUntil(page, `document.body.dataset.phase === "shot"`);
    await page.clock.runFor(500);
    await take("mid-shot");
    await runUntil(page, `!!document.querySelector("[data-panel=vote]")`);
    await page.clock.runFor(1000);
    await take("vote");
    await page.locator("[data-panel=vote] button[data-seat='0']").click();
    await page.locator("[data-panel=vote] button[data-direction=firmer]").click();
    await page.locator("[data-action=vote]").click();
    await runUntil(page, `document.body.dataset.phase === "coach"`);
    await page.clock.runFor(1500);
    await take("mid-coach");
    await runUntil(page, `!!document.querySelector("[data-panel=adjust] .cards")`);
    await page.clock.runFor(1000);
    await take("after-coach");
  } finally {
    await close();
  }
  return out;
}

if (dirs.length !== 2) throw new Error("usage: court-shots.ts BEFORE AFTER [--out DIR]");
fs.mkdirSync(OUT, { recursive: true });
const results: Map<string, Buffer>[] = [];
for (const [i, dir] of dirs.entries()) {
  const app = express();
  app.use(builtClient(dir));
  const server = http.createServer(app);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  try {
    results.push(await shots(`http://localhost:${(server.address() as { port: number }).port}/`, i === 0 ? "a" : "b"));
  } finally {
    server.close();
  }
}
let same = true;
for (const [name, a] of results[0]) {
  const b = results[1].get(name);
  const equal = !!b && a.equals(b);
  const moving = name.startsWith("mid-");
  if (!moving) same &&= equal;
  console.log(`  ${name.padEnd(12)} ${equal ? "identical" : moving ? "differs (animation: compare by eye)" : "DIFFERENT"} (${OUT}/a-${name}.png, ${OUT}/b-${name}.png)`);
}
console.log(same ? "Every still picture identical." : "Some still pictures differ.");
if (!same) process.exitCode = 1;
