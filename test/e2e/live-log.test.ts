// The screen reader's log across chapters: a chapter played to its end fills the live region with its
// story; "Next chapter" starts the next one's story in an empty log (the last chapter's sentences are
// not read again or mixed into the new one's), and so does playing again.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClient, launch, serveDist, TABLET } from "./browser";
import { phaseOf, skipTo } from "./hand-play";
import { watchErrors } from "./solo-play";

let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  buildClient();
  server = await serveDist();
}, 120_000);
afterAll(async () => {
  await server?.close();
});

/** Plays shots by tapping (voting for the shooter when asked) until the chapter's summary. */
async function playToSummary(page: Page): Promise<void> {
  for (let shot = 0; shot < 10 && (await phaseOf(page)) !== "summary"; shot++) {
    const now = await skipTo(page, ["vote", "coach", "adjust", "summary"], 60);
    if (now === "summary") break;
    if (now === "vote" && (await page.locator("[data-panel=vote] button[data-seat]").count()) > 0) {
      await page.locator("[data-panel=vote] button[data-seat]").last().tap();
      await page.locator("[data-panel=vote] button[data-direction=firmer]").tap();
      await page.locator("[data-action=vote]").tap();
    }
    if ((await skipTo(page, ["adjust", "summary"], 60)) === "summary") break;
    await page.locator("[data-panel=adjust] [data-action=done]").tap();
    await page.waitForFunction(() => document.body.dataset.phase !== "adjust");
  }
  await page.waitForSelector("[data-screen=summary]");
}

/** Marks the log's entries as old; returns how many there were. */
const markOld = (page: Page) => page.evaluate(() => [...document.querySelectorAll("#live > *")].map((e) => e.setAttribute("data-old", "")).length);
/** The log's entries: how many are old (from before), and the new ones' words. */
const entries = (page: Page) => page.evaluate(() => ({ old: document.querySelectorAll("#live [data-old]").length, fresh: [...document.querySelectorAll("#live > :not([data-old])")].map((e) => e.textContent ?? "") }));

describe("the live log", () => {
  it("starts empty with each new chapter and each new game", async () => {
    const { context, close } = await launch(TABLET);
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.addInitScript(() => localStorage.setItem("blame-game:prefs", JSON.stringify({ muted: true, speed: 4 })));
      await page.goto(`${server.url}?chapter=pass`);
      await page.waitForSelector("body[data-ready='1']");
      expect(await page.getAttribute("#live", "role")).toBe("log");
      await page.locator("[data-screen=intro] [data-action=play]").tap();
      await playToSummary(page);
      const told = await markOld(page);
      // Chapter 1's story, shot by shot, is in the log at its summary.
      expect(told).toBeGreaterThan(5);

      await page.locator("[data-screen=summary] [data-action=next-chapter]").tap();
      await page.locator("[data-screen=intro] [data-action=play]").tap();
      await page.waitForFunction(() => document.querySelectorAll("#live > *").length > 0);
      await skipTo(page, ["vote", "coach"], 60);
      const next = await entries(page);
      expect(next.old, "chapter 1's sentences are still in the log of chapter 2").toBe(0);
      expect(next.fresh.length).toBeGreaterThan(0);

      // Playing a chapter again is a new game too.
      await playToSummary(page);
      await markOld(page);
      await page.locator("[data-screen=summary] [data-action=replay]").tap();
      await page.locator("[data-screen=intro] [data-action=play]").tap();
      await page.waitForFunction(() => document.querySelectorAll("#live > :not([data-old])").length > 0);
      expect((await entries(page)).old).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 240_000);
});
