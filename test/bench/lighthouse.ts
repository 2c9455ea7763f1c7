// Lighthouse (12.2.3, its Node API) against the production server: mobile emulation with its default
// simulated slow 4G and 4x CPU, on the solo page, the student's page and the projector's, several runs
// each, the median run kept. Debian's Chromium is started here with a remote-debugging port.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse, { type Result } from "lighthouse";
import { CHROMIUM_ARGS, findChromium } from "../e2e/browser";

/** One page's figures: the median run by performance score. */
export interface LighthousePage {
  page: string;
  performance: number;
  accessibility: number;
  /** Bytes over the wire for the whole load (Lighthouse's total-byte-weight). */
  transferredBytes: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  /** Every run's performance score, to see the spread. */
  runs: number[];
  /** The largest savings Lighthouse suggests (only when under 90). */
  opportunities: string[];
  /** What blocks the main thread, from Lighthouse's own audits: the longest tasks (script, start and length, ms) and each script's CPU time. */
  longTasks: string[];
  bootup: string[];
}

/** Starts headless Chromium with a DevTools port; close() ends it and removes its profile. */
async function chromium(): Promise<{ port: number; close(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "blame-lh-"));
  const child = spawn(findChromium(), [...CHROMIUM_ARGS, "--headless=new", "--remote-debugging-port=0", `--user-data-dir=${dir}`, "about:blank"], { stdio: ["ignore", "ignore", "pipe"] });
  const port = await new Promise<number>((resolve, reject) => {
    let text = "";
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port: ${text.slice(0, 400)}`)), 30_000);
    child.stderr.on("data", (d: Buffer) => {
      text += d.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
  });
  return {
    port,
    close: async () => {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
      // Chromium's helpers may still be writing its profile for a moment after it exits; a profile that
      // will not go is left in /tmp rather than failing the whole bench.
      try {
        fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (e) {
        console.warn(`could not remove the Chromium profile ${dir}: ${String(e)}`);
      }
    },
  };
}

/** Runs Lighthouse `runs` times on each of `pages` (relative to `base`), each run in a fresh Chromium. */
export async function lighthousePages(base: string, pages: string[], runs = 3): Promise<LighthousePage[]> {
  const out: LighthousePage[] = [];
  for (const page of pages) {
    const results: Result[] = [];
    for (let i = 0; i < runs; i++) {
      const browser = await chromium();
      try {
        const r = await lighthouse(new URL(page, base).href, { port: browser.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
        if (!r) throw new Error(`Lighthouse returned nothing for ${page}`);
        results.push(r.lhr);
      } finally {
        await browser.close();
      }
    }
    const score = (lhr: Result, c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const sorted = [...results].sort((a, b) => score(a, "performance") - score(b, "performance"));
    const median = sorted[Math.floor(sorted.length / 2)];
    const num = (id: string) => Math.round(median.audits[id]?.numericValue ?? NaN);
    const perf = score(median, "performance");
    const opportunities =
      perf >= 90
        ? []
        : Object.values(median.audits)
            .filter((a) => a.details?.type === "opportunity" && (a.score ?? 1) < 0.9)
            .map((a) => `${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`)
            .slice(0, 5);
    type Items = { items?: Record<string, unknown>[] } | undefined;
    const items = (id: string) => (median.audits[id]?.details as Items)?.items ?? [];
    const file = (u: unknown) => String(u).split("/").pop() || String(u);
    const longTasks = items("long-tasks")
      .slice(0, 6)
      .map((t) => `${file(t.url)} at ${Math.round(Number(t.startTime))} for ${Math.round(Number(t.duration))}`);
    const bootup = items("bootup-time")
      .slice(0, 4)
      .map((t) => `${file(t.url)} ${Math.round(Number(t.total))} (script ${Math.round(Number(t.scripting))})`);
    out.push({
      page,
      performance: perf,
      accessibility: score(median, "accessibility"),
      transferredBytes: num("total-byte-weight"),
      lcpMs: num("largest-contentful-paint"),
      fcpMs: num("first-contentful-paint"),
      tbtMs: num("total-blocking-time"),
      runs: results.map((r) => score(r, "performance")),
      opportunities,
      longTasks,
      bootup,
    });
  }
  return out;
}
