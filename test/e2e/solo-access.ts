// Solo tests for people the tapping tests leave out: keyboard only, a kiosk at an event, reduced motion,
// and a later chapter (the long line) played on a phone. Called from solo.test.ts, which builds and serves.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { type Device, launch, PHONE, TABLET } from "./browser";
import { expectEngineBlame, SHOTS, type SeenShot, watchErrors } from "./solo-play";

/** A laptop with a keyboard and no touch screen. */
const LAPTOP: Device = { name: "laptop", viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };

const phase = (page: Page) => page.evaluate(() => document.body.dataset.phase);
const focused = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action ?? document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.tagName);

/** Presses Tab until the focused element matches `selector` (at most `max` presses); fails otherwise. */
async function tabTo(page: Page, selector: string, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector} (focus on ${await focused(page)})`);
}

/** Plays a whole shot of chapter 1 with the keyboard alone: no click, tap or mouse move anywhere. */
export async function keyboardOnly(url: string): Promise<void> {
  const { context, close } = await launch(LAPTOP);
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await page.waitForSelector("body[data-ready='1']");
    // Outside a kiosk the start screen also leads to the classroom.
    expect(await page.getAttribute("[data-action=host-class]", "href")).toBe("class.html?host");
    expect(await page.getAttribute("[data-action=join-class]", "href")).toBe("class.html");
    // The next chapter has the focus: Enter opens it, Enter again plays.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.chapter)).toBe("pass");
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-screen=intro]");
    expect(await focused(page)).toBe("play");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => !document.body.dataset.overlay);
    // Space skips each animation.
    for (let i = 0; i < 20 && (await phase(page)) !== "vote"; i++) {
      await page.keyboard.press("Space");
      await page.waitForTimeout(120);
    }
    expect(await phase(page)).toBe("vote");
    // Number keys pick the neuron, F / L the direction, Enter votes.
    await page.keyboard.press("3");
    await page.keyboard.press("l");
    expect(await page.getAttribute("[data-panel=vote] button[data-seat='2']", "aria-pressed")).toBe("true");
    expect(await page.getAttribute("[data-panel=vote] button[data-direction=looser]", "aria-pressed")).toBe("true");
    await page.keyboard.press("Enter");
    await page.waitForSelector("body[data-phase=coach]");
    await page.keyboard.press("Space");
    await page.waitForSelector("[data-panel=adjust] .verdict");
    expect(await page.textContent("[data-panel=adjust] .verdict")).toContain("neuron 3");
    // The dial: arrow keys on the slider, then the + button twice, all reached with Tab.
    await tabTo(page, "[data-dial=weight]");
    const readout = () => page.textContent("[data-panel=adjust] .readout").then((t) => Number(t!.split("→")[1].trim().split(" ")[0]));
    const start = await readout();
    await page.keyboard.press("ArrowRight");
    const afterArrow = await readout();
    expect(afterArrow).toBeGreaterThan(start);
    await tabTo(page, "button[aria-label=firmer]");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    const chosen = await readout();
    expect(chosen).toBeGreaterThan(afterArrow);
    await tabTo(page, "[data-action=done]");
    await page.screenshot({ path: `${SHOTS}/keyboard-adjust.png` });
    await page.keyboard.press("Enter");
    // The next shot starts with the handshake the keyboard set (the status panel says it during the pass).
    await page.waitForFunction(() => document.body.dataset.round === "2");
    await page.waitForSelector("body[data-phase=pass]");
    expect(await page.textContent("[data-panel=pass] .mine")).toContain(`gripped with ${chosen.toFixed(2)}`);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
}

/** ?kiosk=1: nothing to type anywhere, no way out to the classroom, and back to the start after a minute idle. */
export async function kioskIdle(url: string): Promise<void> {
  const { context, close } = await launch(TABLET);
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.clock.install();
    await page.goto(`${url}?kiosk=1`);
    await page.waitForSelector("body[data-ready='1']");
    // A stranger first sees one big Play and a few words; "All chapters" leads to the usual home.
    await page.waitForSelector("body[data-overlay=welcome]");
    await page.locator("[data-action=more]").tap();
    const typeable = () => page.locator("input:not([type=range]), textarea, select, [contenteditable]:not([contenteditable=false])").count();
    expect(await page.locator("[data-action=host-class], [data-action=join-class]").count()).toBe(0);
    expect(await typeable()).toBe(0);
    await page.locator("[data-action=free-play]").tap();
    await page.waitForSelector("[data-screen=settings]");
    expect(await typeable()).toBe(0);
    await page.getByRole("button", { name: "Back", exact: true }).tap();
    // A visitor has done chapter 1 on this kiosk, plays chapter 2 up to its first vote, and walks away.
    await page.evaluate(() => localStorage.setItem("blame-game:chapters-done", JSON.stringify(["pass"])));
    await page.locator("[data-chapter=miss]").tap();
    expect(await typeable()).toBe(0);
    await page.locator("[data-action=play]").tap();
    await page.waitForFunction(() => !document.body.dataset.overlay);
    for (let i = 0; i < 40 && (await phase(page)) !== "vote"; i++) {
      const skip = page.locator("[data-action=skip]");
      if (await skip.count()) await skip.tap({ timeout: 2000 }).catch(() => {});
      else await page.waitForTimeout(100);
    }
    await page.waitForSelector("[data-panel=vote]");
    expect(await typeable()).toBe(0);
    await page.clock.fastForward(30_000);
    expect(await page.evaluate(() => document.body.dataset.overlay ?? "")).toBe("");
    expect(await phase(page)).toBe("vote");
    // A tap restarts the minute.
    await page.locator("[data-panel=vote] button[data-seat='0']").tap();
    await page.clock.fastForward(45_000);
    expect(await page.evaluate(() => document.body.dataset.overlay ?? "")).toBe("");
    await page.clock.fastForward(16_000);
    await page.waitForSelector("body[data-overlay=welcome]");
    await page.locator("[data-action=more]").tap();
    // The next visitor starts fresh: progress forgotten.
    expect(await page.getAttribute("[data-chapter=pass]", "data-done")).toBe("false");
    expect(await page.evaluate(() => localStorage.getItem("blame-game:chapters-done"))).toBeNull();
    await page.screenshot({ path: `${SHOTS}/kiosk-reset.png` });
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
}

/**
 * Chapter 5 (eight neurons, the learner at the front) on a phone that asks for reduced motion: the
 * animations are cut short without a tap on Skip, the blame shown equals the engine's, the goal is reached.
 */
export async function longLineReducedMotion(url: string): Promise<void> {
  const { context, close } = await launch(PHONE);
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(url);
    await page.waitForSelector("body[data-ready='1']");
    await page.locator("[data-chapter=deep]").tap();
    await page.locator("[data-action=play]").tap();
    const seen: SeenShot[] = [];
    const notes: number[][] = [];
    for (let k = 0; k < 3; k++) {
      // Aim, pass and shot last 7 s at full motion; reduced motion must get past them much sooner: to
      // the vote after a miss, straight to the coach after a hit (nobody to blame, no vote).
      const t0 = Date.now();
      await page.waitForSelector("[data-panel=vote], [data-panel=adjust] .cards", { timeout: 6000 });
      expect(Date.now() - t0).toBeLessThan(4500);
      if (await page.locator("[data-panel=vote]").count()) {
        if (k === 0) await page.screenshot({ path: `${SHOTS}/phone-deep-vote.png` });
        const miss = Number(await page.getAttribute("[data-panel=vote] .miss", "data-miss"));
        const vote = { blame: 7, direction: "firmer" as const };
        await page.locator(`[data-panel=vote] button[data-seat="${vote.blame}"]`).tap();
        await page.locator(`[data-panel=vote] button[data-direction="${vote.direction}"]`).tap();
        await page.locator("[data-action=vote]").tap();
        // The coach's walk (5 s at full motion) is also cut short.
        const t1 = Date.now();
        await page.waitForSelector("[data-panel=adjust] .cards", { timeout: 6000 });
        expect(Date.now() - t1).toBeLessThan(3500);
        const cards = page.locator("[data-panel=adjust] .card");
        const shares = (await cards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.share!))).map(Number);
        const shareTexts = await page.locator("[data-panel=adjust] .card-share").allTextContents();
        const directions = await cards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.direction!));
        // The note's size, as the engine gave it (the card says it in words: tiny ... huge).
        notes.push((await cards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.signal!))).map((x) => Math.abs(Number(x))));
        seen.push({ vote, miss, shares, shareTexts, directions });
        if (k === 0) await page.screenshot({ path: `${SHOTS}/phone-deep-adjust.png` });
      } else {
        // A hit only comes after the learner's shots that missed.
        expect(seen.length).toBeGreaterThan(0);
      }
      await page.locator("[data-action=done]").tap();
      await page.waitForFunction(() => document.body.dataset.phase !== "adjust");
    }
    await page.waitForSelector("[data-toast=goal]");
    expect(await page.getAttribute(".goal", "data-reached")).toBe("true");
    expectEngineBlame("deep", seen);
    // The chapter's point: the note handed back is smaller at the front (me, seat 1) than at the shooter.
    for (const n of notes) expect(n[0]).toBeLessThan(n[7]);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
}
