// The teacher's guide: reachable from the host screen (in the host's language), readable, and printable
// on 2 to 4 A4 pages in every language (Chromium's own PDF, pages counted in its bytes). In the test
// language every visible word of it comes from the message files; Arabic mirrors; no other page's first
// download carries the guide's words.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import { LANGUAGES } from "../../shared/i18n";
import { guide as en } from "../../shared/i18n/messages/en/guide";
import { guide as ar } from "../../shared/i18n/messages/ar/guide";
import { guide as de } from "../../shared/i18n/messages/de/guide";
import { guide as es } from "../../shared/i18n/messages/es/guide";
import { guide as fr } from "../../shared/i18n/messages/fr/guide";
import { guide as zh } from "../../shared/i18n/messages/zh-Hans/guide";
import { startServer } from "../server/helpers";
import { buildClient, type Device, Devices, ROOT } from "./browser";

const GUIDES: Record<string, Record<keyof typeof en, string>> = { en, es, fr, de, "zh-Hans": zh, ar };

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

/** Opens the guide at `query` and waits until its words are on the page. */
async function openGuide(query: string): Promise<Page> {
  const page = await devices.open(PROJECTOR, `http://127.0.0.1:${server.port}/guide.html${query}`);
  await page.locator("body[data-ready='1']").waitFor();
  return page;
}

/** Prints the page to A4 and returns its page count (the PDF is kept beside the screenshots). */
async function printedPages(page: Page, name: string): Promise<number> {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  writeFileSync(join(SHOTS, `${name}.pdf`), pdf);
  await page.emulateMedia({ media: "screen" });
  return pdfPages(pdf);
}

describe("the teacher's guide", () => {
  it("opens from the host screen and prints on 2 to 4 A4 pages", async () => {
    const host = await devices.open(PROJECTOR, `http://127.0.0.1:${server.port}/class.html?host`);
    const link = host.locator("[data-action=guide]");
    await link.waitFor();
    const [guide] = await Promise.all([host.context().waitForEvent("page"), link.click()]);
    await guide.waitForLoadState("load");
    await guide.locator("body[data-ready='1']").waitFor();
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
  it("opens in the host's language, from the host screen's link", async () => {
    const host = await devices.open(PROJECTOR, `http://127.0.0.1:${server.port}/class.html?host&lang=de`);
    const link = host.locator("[data-action=guide]");
    await link.waitFor();
    const [guide] = await Promise.all([host.context().waitForEvent("page"), link.click()]);
    await guide.locator("body[data-ready='1']").waitFor();
    expect(await guide.evaluate(() => document.documentElement.lang)).toBe("de");
    expect(await guide.locator("h1").textContent()).toBe(de["guide.title"]);
    expect(devices.errors).toEqual([]);
  }, 120_000);

  it("in the test language, every visible word comes from the message files, and every message is shown", async () => {
    const guide = await openGuide("?lang=pseudo");
    const { text, title } = await guide.evaluate(() => {
      const parts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        // The picker names each language in itself: names, not messages.
        if (!el || el.closest("select, script, noscript") || !el.checkVisibility({ visibilityProperty: true })) continue;
        parts.push(n.textContent ?? "");
      }
      return { text: parts.join(""), title: document.title };
    });
    expect(title).toBe(`⟦${en["guide.page.title"]}⟧`);
    const marked = text.match(/⟦[^⟦⟧]*⟧/g) ?? [];
    const outside = text.replace(/⟦[^⟦⟧]*⟧/g, "").trim();
    expect(outside, "words outside the message files").toBe("");
    // Every message of the guide but the page's title (the tab's), plus the picker's label.
    expect(marked.length).toBe(Object.keys(en).length - 1 + 1);
    for (const id of Object.keys(en) as (keyof typeof en)[]) {
      if (id === "guide.page.title") continue;
      const words = en[id].replace(/\*\*|__/g, "");
      expect(marked.some((m) => m.slice(1, -1) === words), id).toBe(true);
    }
    expect(devices.errors).toEqual([]);
  }, 120_000);

  for (const { code, dir } of LANGUAGES) {
    it(`${code}: renders in its language (${dir}), fits the screen, and prints on 2 to 4 A4 pages`, async () => {
      const own = GUIDES[code];
      const guide = await openGuide(`?lang=${code}`);
      expect(await guide.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([code, dir]);
      expect(await guide.title()).toBe(own["guide.page.title"]);
      expect(await guide.locator("h1").textContent()).toBe(own["guide.title"]);
      expect(await guide.locator("h2").first().textContent()).toBe(own["guide.before.title"]);
      expect(await guide.locator("[data-action=print]").textContent()).toBe(own["guide.tools.print"]);
      expect(await guide.locator("select[data-action=language]").inputValue()).toBe(code);
      // Nothing spills sideways (mirrored or not), and a mirrored page starts at the right.
      expect(await guide.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      if (dir === "rtl") {
        const box = await guide.locator("h1").boundingBox();
        const main = await guide.locator("main").boundingBox();
        expect(box && main && Math.abs(box.x + box.width - (main.x + main.width)) < 40).toBe(true);
      }
      await guide.screenshot({ path: join(SHOTS, `guide-screen-${code}.png`), fullPage: false });
      const pages = await printedPages(guide, `guide-${code}`);
      console.log(`guide (${code}): ${pages} A4 pages`);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(4);
      expect(devices.errors).toEqual([]);
    }, 120_000);
  }

  it("is not in any other page's first download, and loads only its own language", async () => {
    const seen = async (path: string): Promise<string> => {
      const bodies: Promise<string>[] = [];
      const page = await devices.open(PROJECTOR, "about:blank");
      page.on("response", (r) => {
        if (r.request().resourceType() === "script") bodies.push(r.text().catch(() => ""));
      });
      await page.goto(`http://127.0.0.1:${server.port}${path}`, { waitUntil: "networkidle" });
      return (await Promise.all(bodies)).join("\n");
    };
    for (const path of ["/", "/class.html", "/class.html?host", "/lab.html"]) expect(await seen(path), path).not.toContain("guide.before.pace");
    const english = await seen("/guide.html?lang=en");
    expect(english).toContain(en["guide.before.pace"].slice(0, 30));
    expect(english).not.toContain(es["guide.before.pace"].slice(0, 30));
    expect(devices.errors).toEqual([]);
  }, 120_000);
});
