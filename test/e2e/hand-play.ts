// Helpers for the browser tests of the player's hand (solo-hand.test.ts): move a solo game to a phase by
// tapping Skip, read the dial, and check what is on screen without scrolling.
import type { Page } from "playwright-core";
import { expect } from "vitest";

/** The phase the page shows. */
export const phaseOf = (page: Page) => page.evaluate(() => document.body.dataset.phase ?? "");

/** The phases right after a shot: the vote, or (a hit, or a rule that hands out no blame) the rule's own step at once. */
export const AFTER_SHOT = ["vote", "coach"];

/**
 * Taps Skip until the page reaches `phase` (or one of several; a tap right after a phase change at the
 * same spot is a double tap the game ignores, so taps are spaced out). Returns the phase reached.
 */
export async function skipTo(page: Page, phase: string | string[], maxTaps = 30): Promise<string> {
  const wanted = typeof phase === "string" ? [phase] : phase;
  for (let i = 0; i < maxTaps && !wanted.includes(await phaseOf(page)); i++) {
    const skip = page.locator("[data-action=skip]");
    if (await skip.count()) await skip.tap({ timeout: 2000 }).catch(() => {});
    await page.waitForTimeout(450);
  }
  await page.waitForFunction((w) => w.includes(document.body.dataset.phase ?? ""), wanted, { timeout: 15_000 });
  return phaseOf(page);
}

/** Votes (if the shot asks for a vote) and moves on to the adjust phase. */
export async function voteAndAdjust(page: Page, blame = 0, direction: "firmer" | "looser" = "firmer"): Promise<void> {
  await page.waitForFunction(() => ["vote", "coach", "adjust"].includes(document.body.dataset.phase ?? ""));
  if ((await phaseOf(page)) === "vote" && (await page.locator("[data-panel=vote] button[data-seat]").count()) > 0) {
    await page.locator(`[data-panel=vote] button[data-seat="${blame}"]`).tap();
    await page.locator(`[data-panel=vote] button[data-direction="${direction}"]`).tap();
    await page.locator("[data-action=vote]").tap();
  }
  await page.waitForTimeout(450);
  await skipTo(page, "adjust");
  await page.waitForSelector("[data-panel=adjust] [data-dial=weight]");
}

/** What the dial shows: its value and range, the readout, and the thumb's position on the page. */
export interface DialSeen {
  value: number;
  min: number;
  max: number;
  change: number;
  readout: string;
  /** Where the thumb is, CSS px from the page's left. */
  thumbX: number;
  trackWidth: number;
}

/** Reads the dial. */
export async function readDial(page: Page): Promise<DialSeen> {
  return page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>("[data-dial=weight]")!;
    const out = document.querySelector<HTMLOutputElement>("[data-panel=adjust] .readout")!;
    const r = input.getBoundingClientRect();
    const value = Number(input.value);
    const min = Number(input.min);
    const max = Number(input.max);
    // Chromium's range thumb travels the track's width less its own (about 16 px).
    const thumb = 16;
    const thumbX = r.left + thumb / 2 + ((value - min) / (max - min)) * (r.width - thumb);
    return { value, min, max, change: Number(out.dataset.change), readout: out.textContent ?? "", thumbX, trackWidth: r.width };
  });
}

/** Whether every selector's element is wholly inside the window (no scrolling needed) and is what a finger at its centre would hit. */
export async function expectOnScreen(page: Page, selectors: string[]): Promise<void> {
  const seen = await page.evaluate((sels) => {
    return sels.map((sel) => {
      const el = document.querySelector<HTMLElement>(sel);
      if (!el) return { sel, ok: false, why: "missing" };
      const r = el.getBoundingClientRect();
      const inside = r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight + 0.5 && r.right <= window.innerWidth + 0.5;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const reachable = !!hit && (el === hit || el.contains(hit) || (el.getAttribute("aria-hidden") === "true" && !!el.parentElement?.contains(hit)));
      return { sel, ok: inside && reachable, why: `${inside ? "" : `outside (${Math.round(r.top)}..${Math.round(r.bottom)} of ${window.innerHeight})`} ${reachable ? "" : `covered by ${hit?.outerHTML.slice(0, 80)}`}` };
    });
  }, selectors);
  expect(seen.filter((s) => !s.ok)).toEqual([]);
}
