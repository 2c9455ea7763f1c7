// The teacher's guide: reachable from the host screen, readable, and printable on 2 to 4 A4 pages
// (Chromium's own PDF, pages counted in its bytes).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import { startServer } from "../server/helpers";
import { buildClient, type Device, Devices, ROOT } from "./browser";

const SHOTS = join(ROOT, "test/e2e/screenshots");
const PROJECTOR: Device = { name: "projector", viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false };

let server: RunningServer;
const devices = new Devices();

beforeAll(async () => {
  buildClient();
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer(0);
  await devices.start();
}, 180_000);

afterAll(async () => {
  await devices.close();
  await server?.close();
});

/** The pages of a PDF: its page objects (`/Type /Page`, not `/Pages`), checked against the page tree's `/Count`. */
function pdfPages(pdf: Buffer): number {
  const text = pdf.toString("latin1");
  const pages = text.match(/\/Type\s*\/Page(?!s)\b/g)?.length ?? 0;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  expect(counts.length).toBeGreaterThan(0);
  expect(Math.max(...counts)).toBe(pages);
  return pages;
}

describe("the teacher's guide", () => {
  it("opens from the host screen and prints on 2 to 4 A4 pages", async () => {
    const host = await devices.open(PROJECTOR, `http://127.0.0.1:${server.port}/class.html?host`);
    const link = host.locator("[data-action=guide]");
    await link.waitFor();
    const [guide] = await Promise.all([host.context().waitForEvent("page"), link.click()]);
    await guide.waitForLoadState("load");
    expect(new URL(guide.url()).pathname).toBe("/guide.html");
    expect(await guide.locator("h1").textContent()).toMatch(/teacher's guide/);
    // What a teacher needs: the plan, what to say, questions, misconceptions, ages, sources.
    const headings = await guide.locator("h2").allTextContents();
    for (const part of [/45-minute lesson/, /What to say/, /Discussion/, /misconceptions/i, /by age/, /science/i]) expect(headings.some((h) => part.test(h)), String(part)).toBe(true);
    expect(await guide.locator(".sources li").count()).toBeGreaterThanOrEqual(3);
    expect(await guide.locator(".sources").textContent()).toMatch(/Lillicrap.*2020.*Nature Reviews Neuroscience/s);
    await guide.screenshot({ path: join(SHOTS, "guide-screen.png"), fullPage: false });

    // Printed: A4, the print stylesheet hides the buttons, 2 to 4 pages.
    await guide.emulateMedia({ media: "print" });
    expect(await guide.locator("[data-action=print]").isVisible()).toBe(false);
    await guide.screenshot({ path: join(SHOTS, "guide-print.png"), fullPage: true });
    const pdf = await guide.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(SHOTS, "guide.pdf"), pdf);
    const pages = pdfPages(pdf);
    console.log(`guide: ${pages} A4 pages, ${Math.round(pdf.length / 1024)} KB`);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    expect(devices.errors).toEqual([]);
  }, 120_000);
});
