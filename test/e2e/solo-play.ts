// Helpers for the solo browser tests: watch for errors, play one shot by tapping, check the blame shown
// against the shared engine replaying the same chapter.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { chapterById } from "../../client/chapters/chapters";
import type { Device } from "./browser";
import { type CastVote, replayChapter } from "./replay";

/** Where the solo tests put their screenshots. */
export const SHOTS = "test/e2e/screenshots";

/** Console errors and uncaught exceptions on a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

/** What the screen showed for one shot. */
export interface SeenShot {
  vote: CastVote;
  miss: number;
  shares: number[];
  shareTexts: string[];
  directions: string[];
}

/** Plays one shot by tapping: skips animations, votes, reads the coach's cards, taps Done. */
export async function playShot(page: Page, device: Device, tag: string, vote: CastVote, pictures: boolean): Promise<SeenShot> {
  let watchPass = pictures;
  for (let i = 0; i < 40; i++) {
    const phase = await page.evaluate(() => document.body.dataset.phase);
    if (phase === "vote") break;
    if (watchPass && phase === "pass") {
      await page.waitForTimeout(1200);
      await page.screenshot({ path: `${SHOTS}/${device.name}-${tag}-pass.png` });
      watchPass = false;
    }
    const skip = page.locator("[data-action=skip]");
    if (await skip.count()) await skip.tap({ timeout: 2000 }).catch(() => {});
    else await page.waitForTimeout(100);
  }
  await page.waitForSelector("[data-panel=vote]");
  const miss = Number(await page.getAttribute("[data-panel=vote] .miss", "data-miss"));
  await page.locator(`[data-panel=vote] button[data-seat="${vote.blame}"]`).tap();
  await page.locator(`[data-panel=vote] button[data-direction="${vote.direction}"]`).tap();
  if (pictures) await page.screenshot({ path: `${SHOTS}/${device.name}-${tag}-vote.png` });
  await page.locator("[data-action=vote]").tap();
  if (pictures) {
    // Let the coach walk part of the way for a picture, then skip.
    await page.waitForSelector("body[data-phase=coach]");
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `${SHOTS}/${device.name}-${tag}-coach.png` });
  }
  const skip = page.locator("[data-action=skip]");
  if (await skip.count()) await skip.tap({ timeout: 2000 }).catch(() => {});
  await page.waitForSelector("[data-panel=adjust] .cards");
  const cards = page.locator("[data-panel=adjust] .card");
  const shares = (await cards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.share!))).map(Number);
  const shareTexts = await page.locator("[data-panel=adjust] .card-share").allTextContents();
  const directions = await cards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.direction!));
  if (pictures) await page.screenshot({ path: `${SHOTS}/${device.name}-${tag}-adjust.png` });
  await page.locator("[data-action=done]").tap();
  await page.waitForFunction(() => document.body.dataset.phase !== "adjust");
  return { vote, miss, shares, shareTexts, directions };
}

/** Checks every shot's blame cards against the engine replaying the same chapter with the same votes. */
export function expectEngineBlame(chapterId: string, seen: SeenShot[]): void {
  const expected = replayChapter(chapterById(chapterId)!, seen.map((s) => s.vote));
  seen.forEach((s, i) => {
    expect(s.miss).toBeCloseTo(expected[i].miss, 10);
    expect(s.shares.length).toBe(expected[i].report.shares.length);
    s.shares.forEach((share, k) => expect(share).toBeCloseTo(expected[i].report.shares[k], 12));
    expect(s.shareTexts).toEqual(expected[i].report.shares.map((x) => `${Math.round(x * 100)}%`));
    expect(s.directions).toEqual(expected[i].report.directions);
  });
}
