// What the first load of the student's page (class.html?code=..., until its join screen) and of the solo
// page (/, until it is ready) fetch, file by file, gzip -9, in two or more builds, each served by the
// production server: to see which chunks a change moved between pages.
//   npx vite build --outDir /tmp/before && ... && npx tsx test/bench/first-load-ab.ts /tmp/before /tmp/after
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium, PHONE } from "../e2e/browser";
import { startProductionServer } from "./prod-server";

const dirs = process.argv.slice(2);
if (dirs.length < 1) throw new Error("usage: first-load-ab.ts DIR [DIR...]");

/** The files a page fetched from its own server (paths), once `ready` matches. */
async function filesOf(url: string, ready: string): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: PHONE.viewport, isMobile: true, hasTouch: true, serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "commit", timeout: 120_000 });
    await page.waitForSelector(ready, { timeout: 120_000 });
    const names = await page.evaluate<string[]>(`[performance.getEntriesByType("navigation")[0], ...performance.getEntriesByType("resource")].map((e) => e.name)`);
    const origin = new URL(url).origin;
    return [...new Set(names.filter((n) => n.startsWith(origin)).map((n) => new URL(n).pathname.replace(/\/$/, "/index.html")))].sort();
  } finally {
    await browser.close();
  }
}

/** Prints each file's gzip -9 size and the total. */
function weigh(dir: string, label: string, files: string[]): void {
  const sizes = files.map((f) => {
    const file = path.join(dir, f);
    return { f, gzip: fs.existsSync(file) ? gzipSync(fs.readFileSync(file), { level: 9 }).length : 0 };
  });
  const total = sizes.reduce((s, x) => s + x.gzip, 0);
  console.log(`  ${label}: ${(total / 1024).toFixed(1)} KB gzip in ${files.length} files`);
  for (const { f, gzip } of sizes) console.log(`    ${f.padEnd(44)} ${(gzip / 1024).toFixed(2).padStart(8)} KB`);
}

for (const dir of dirs) {
  const server = await startProductionServer({}, dir);
  try {
    const res = await fetch(new URL("api/classes", server.url), { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    const { code } = (await res.json()) as { code: string };
    console.log(dir);
    weigh(dir, "student (class.html?code=, join screen)", await filesOf(`${server.url}class.html?code=${code}`, "[data-screen=join] [data-action=join]"));
    weigh(dir, "solo (/, ready)", await filesOf(server.url, "body[data-ready='1']"));
  } finally {
    await server.close();
  }
}
