// When the solo page loads its court (Phaser, most of the page's weight and start-up work), in real
// Chromium with the page's clock under the test's control: the start screen, where the court is only a
// dim backdrop, asks for it at the learner's first key or touch or after a few quiet seconds, never with
// the page (Lighthouse's first paint and blocking time on /); an address that opens a chapter preloads it
// with the page, so the chapter's court is not late.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKDROP_WAIT_MS } from "../../client/scenes/lazy-court";
import { buildClient, launch, serveDist, TABLET } from "./browser";
import { watchErrors } from "./solo-play";

let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(() => {
  buildClient();
}, 120_000);
beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await server?.close();
});

const PHASER = /\/assets\/phaser-[^/]*\.js$/;

/** A fresh tablet whose page clock stands still from the start (timers and frames wait for the test), showing `query`. */
async function frozenPage(query: string): Promise<{ page: Page; phaser: () => boolean; errors: string[]; close(): Promise<void> }> {
  const { context, close } = await launch(TABLET);
  const page = await context.newPage();
  const errors = watchErrors(page);
  let asked = false;
  page.on("request", (r) => {
    if (PHASER.test(r.url())) asked = true;
  });
  // The installed clock runs until paused: pause it well ahead of where it may have run to meanwhile.
  await page.clock.install({ time: 1_000_000 });
  await page.clock.pauseAt(1_060_000);
  await page.goto(server.url + query);
  return { page, phaser: () => asked, errors, close };
}

describe("the court's loading", () => {
  it("on the start screen waits for the first key, then the court comes", async () => {
    const { page, phaser, errors, close } = await frozenPage("");
    try {
      await page.waitForSelector("[data-screen=home]");
      // The page has done all it does without a timer firing: the chapter list is up, the court not asked for.
      await page.waitForLoadState("load");
      expect(await page.locator("link[rel=modulepreload][href*=phaser]").count()).toBe(0);
      expect(phaser()).toBe(false);
      expect(await page.locator("#court canvas").count()).toBe(0);
      const request = page.waitForRequest(PHASER);
      await page.keyboard.press("Tab");
      await request;
      await page.clock.resume();
      await page.waitForSelector("body[data-ready='1'] #court canvas", { timeout: 30_000 });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("on the start screen left alone, loads the court after a few quiet seconds", async () => {
    const { page, phaser, errors, close } = await frozenPage("");
    try {
      await page.waitForSelector("[data-screen=home]");
      await page.waitForLoadState("load");
      await page.clock.runFor(BACKDROP_WAIT_MS / 2);
      expect(phaser()).toBe(false);
      const request = page.waitForRequest(PHASER);
      await page.clock.runFor(BACKDROP_WAIT_MS / 2 + 100);
      await request;
      await page.clock.resume();
      await page.waitForSelector("body[data-ready='1'] #court canvas", { timeout: 30_000 });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("for an address that opens a chapter, preloads the court with the page and asks for it at once", async () => {
    const { page, phaser, errors, close } = await frozenPage("?chapter=coach");
    try {
      // The page's head preloads the court (at low priority, unlike the link Vite adds when the court is imported).
      expect(await page.locator("link[rel=modulepreload][fetchpriority=low][href*=phaser]").count()).toBe(1);
      await page.waitForSelector("[data-screen=intro]");
      await page.waitForLoadState("load");
      // No timer has fired and no key was pressed: the chapter itself started its court.
      expect(phaser()).toBe(true);
      await page.waitForSelector("#court canvas", { timeout: 30_000 });
      await page.clock.resume();
      await page.waitForSelector("body[data-ready='1'] #court canvas", { timeout: 30_000 });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
