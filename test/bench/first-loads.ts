// Thirty students open the QR code's address at the same moment over loopback (one Chromium, a fresh
// context each, like thirty phones): how many bytes the server sent, how long until every join screen
// was ready, and what one student's page weighs gzip-compressed (goal: under 150 KB, and no Phaser).
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, DIST, findChromium, PHONE } from "../e2e/browser";

/** What thirty first loads of the student's page cost. */
export interface FirstLoads {
  students: number;
  /** Bytes on the wire for all of them (compressed bodies as sent; headers not counted). */
  totalBytes: number;
  /** From the moment all pages were told to load until the last join screen was ready. */
  allReadyMs: number;
  /** Each page's time to its join screen: median and slowest. */
  p50Ms: number;
  maxMs: number;
  /** The files one student's page loads, and their total gzip -9 size. */
  files: string[];
  gzipBytes: number;
  phaserLoaded: boolean;
}

interface Resource {
  name: string;
  transferSize: number;
}

/** Opens `url` (a student's join address) in `students` fresh contexts at once and waits for every join screen; `dist`: the build it serves, to weigh the files. */
export async function firstLoads(url: string, students = 30, dist = DIST): Promise<FirstLoads> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const contexts = await Promise.all(Array.from({ length: students }, () => browser.newContext({ viewport: PHONE.viewport, isMobile: true, hasTouch: true, serviceWorkers: "block" })));
    const pages = await Promise.all(contexts.map((c) => c.newPage()));
    const t0 = performance.now();
    const times = await Promise.all(
      pages.map(async (page) => {
        // Thirty loads at once on a small machine take a while: the limit is the join screen's, below.
        await page.goto(url, { waitUntil: "commit", timeout: 120_000 });
        await page.waitForSelector("[data-screen=join] [data-action=join]", { timeout: 120_000 });
        return performance.now() - t0;
      }),
    );
    const allReadyMs = performance.now() - t0;
    const lists = await Promise.all(
      pages.map((p) =>
        p.evaluate<Resource[]>(`[performance.getEntriesByType("navigation")[0], ...performance.getEntriesByType("resource")].map((e) => ({ name: e.name, transferSize: e.transferSize }))`),
      ),
    );
    const totalBytes = lists.flat().reduce((s, r) => s + r.transferSize, 0);
    const origin = new URL(url).origin;
    const files = [...new Set(lists[0].filter((r) => r.name.startsWith(origin)).map((r) => new URL(r.name).pathname.replace(/\/$/, "/index.html")))].sort();
    const gzipBytes = files.reduce((s, f) => {
      const file = path.join(dist, f);
      return s + (fs.existsSync(file) ? gzipSync(fs.readFileSync(file), { level: 9 }).length : 0);
    }, 0);
    const sorted = [...times].sort((a, b) => a - b);
    return {
      students,
      totalBytes,
      allReadyMs: Math.round(allReadyMs),
      p50Ms: Math.round(sorted[Math.floor(sorted.length / 2)]),
      maxMs: Math.round(sorted[sorted.length - 1]),
      files,
      gzipBytes,
      phaserLoaded: files.some((f) => /phaser|court-view|host-page/.test(f)),
    };
  } finally {
    await browser.close();
  }
}
