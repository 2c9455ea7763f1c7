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
    expect(await page.locator(".kiosk-still").isHidden()).toBe(true);
    // Ten seconds before the reset the visitor is asked, with the seconds left; a tap keeps the game.
    await page.clock.fastForward(7_000);
    await page.waitForSelector(".kiosk-still:not([hidden])");
    expect(await page.textContent(".kiosk-still")).toMatch(/Still playing\? Tap anywhere to keep going\.Starting again for the next visitor in [1-8] seconds?/);
    await page.screenshot({ path: `${SHOTS}/kiosk-still-there.png` });
    await page.locator(".kiosk-still").tap();
    await page.waitForSelector(".kiosk-still[hidden]", { state: "attached" });
    expect(await phase(page)).toBe("vote");
    await page.clock.fastForward(61_000);
    await page.waitForSelector("body[data-overlay=welcome]");
    expect(await page.locator(".kiosk-still").isHidden()).toBe(true);
    // Left alone, the fresh start screen stays quiet: no question a minute later.
    await page.clock.fastForward(55_000);
    expect(await page.locator(".kiosk-still").isHidden()).toBe(true);
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

/**
 * A test hook put into the page before its scripts: window.__freeze() stops performance.now (the solo
 * game's clock, so no phase ends while a check runs) and window.__thaw() lets it run on from where it
 * stopped. The page's own code is not changed.
 */
export const CLOCK_HOOK = `(() => {
  const real = performance.now.bind(performance);
  let offset = 0;
  let frozenAt = null;
  performance.now = () => (frozenAt ?? real() - offset);
  window.__freeze = () => { if (frozenAt === null) frozenAt = real() - offset; };
  window.__thaw = () => { if (frozenAt !== null) { offset = real() - frozenAt; frozenAt = null; } };
})();`;

/** Runs axe-core on the page as it is (the game's clock stopped meanwhile); returns one line per violation, of any impact. */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  const { AxeBuilder } = await import("@axe-core/playwright");
  await page.evaluate(() => (window as unknown as { __freeze?: () => void }).__freeze?.());
  try {
    // Every rule axe runs by default, and the check that a control's name contains its visible words.
    const result = await new AxeBuilder({ page }).options({ rules: { "label-content-name-mismatch": { enabled: true } } }).analyze();
    return result.violations.map((v) => `${where}: ${v.id} (${v.impact ?? "?"}) ${v.nodes.map((n) => `${n.target.join(" ")} -> ${n.failureSummary?.replace(/\s+/g, " ") ?? ""}`).join(" | ")}`);
  } finally {
    await page.evaluate(() => (window as unknown as { __thaw?: () => void }).__thaw?.());
  }
}

/**
 * Plays chapter 1 with the keyboard (Space through the animations, the vote by keys, Done) and runs axe
 * at every phase the first time it shows, then on the summary; returns the phases checked and every violation.
 */
export async function axeThroughSoloGame(page: Page, url: string): Promise<{ checked: string[]; violations: string[] }> {
  const violations: string[] = [];
  const checked: string[] = [];
  const check = async (where: string) => {
    checked.push(where);
    violations.push(...(await axeViolations(page, where)));
  };
  await page.addInitScript(CLOCK_HOOK);
  await page.goto(url);
  await page.waitForSelector("body[data-ready='1']");
  await check("home");
  await page.keyboard.press("?");
  await page.waitForSelector("[data-screen=access]");
  await check("keys-and-helpers");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-screen=intro]");
  await check("intro");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => !document.body.dataset.overlay);
  const want = ["aim", "pass", "shot", "vote", "coach", "adjust"];
  for (let i = 0; i < 400 && (await phase(page)) !== "summary"; i++) {
    await page.evaluate(() => (window as unknown as { __freeze: () => void }).__freeze());
    const now = (await phase(page)) ?? "";
    if (want.includes(now) && !checked.includes(now)) {
      await page.evaluate(() => (window as unknown as { __thaw: () => void }).__thaw());
      await check(now);
      continue;
    }
    await page.evaluate(() => (window as unknown as { __thaw: () => void }).__thaw());
    if (now === "vote" && (await page.locator("[data-panel=vote] button[data-seat]").count())) {
      await page.keyboard.press("1");
      await page.keyboard.press("f");
      await page.keyboard.press("Enter");
    } else if (now === "adjust") {
      await page.keyboard.press("Enter");
    } else if (["aim", "pass", "shot", "coach"].includes(now)) {
      await page.keyboard.press("Space");
    }
    await page.waitForTimeout(100);
  }
  await page.waitForSelector("body[data-overlay=summary]");
  await check("summary");
  return { checked, violations };
}

/** A test hook put into the page before its scripts: every entry the live region gets, every sentence spoken, every oscillator pitch set. */
export const LISTEN_HOOK = `(() => {
  window.__said = [];
  window.__spoken = [];
  window.__pitches = [];
  const watch = () => {
    const live = document.getElementById("live");
    if (!live) return void requestAnimationFrame(watch);
    new MutationObserver((changes) => {
      for (const c of changes) for (const n of c.addedNodes) window.__said.push(n.textContent);
    }).observe(live, { childList: true });
  };
  document.addEventListener("DOMContentLoaded", watch);
  if ("speechSynthesis" in window) {
    window.speechSynthesis.speak = (u) => { window.__spoken.push(u.text); };
  }
  const set = AudioParam.prototype.setValueAtTime;
  AudioParam.prototype.setValueAtTime = function (v, t) { window.__pitches.push(v); return set.call(this, v, t); };
})();`;

/** What the page said and spoke, as the hooks recorded it. */
export interface Heard {
  said: string[];
  spoken: string[];
  pitches: number[];
}

/** Reads what the LISTEN_HOOK recorded so far. */
export function heard(page: Page): Promise<Heard> {
  return page.evaluate(() => {
    const w = window as unknown as { __said: string[]; __spoken: string[]; __pitches: number[] };
    return { said: [...w.__said], spoken: [...w.__spoken], pitches: [...w.__pitches] };
  });
}

/** Opens the "?" dialog with the keyboard, switches on the helpers named (by Tab and Enter), and closes it with Esc. */
export async function switchOn(page: Page, prefs: string[]): Promise<void> {
  await page.keyboard.press("?");
  await page.waitForSelector("[data-screen=access]");
  for (const p of prefs) {
    await tabTo(page, `[data-pref=${p}]`);
    await page.keyboard.press("Enter");
    expect(await page.getAttribute(`[data-pref=${p}]`, "aria-pressed")).toBe("true");
  }
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("[data-screen=access]"));
}

/**
 * Chapter 1's first shot, by keyboard, with read-aloud and tones on: returns what the live region said
 * (entries in order), what was spoken, and the pitches set, from the start of the shot to its adjust phase.
 */
export async function playStoryShot(url: string, vote: { blame: number; direction: "firmer" | "looser" }): Promise<Heard & { screenLabel: string }> {
  const { context, close } = await launch(LAPTOP);
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.addInitScript(LISTEN_HOOK);
    await page.goto(url);
    await page.waitForSelector("body[data-ready='1']");
    await switchOn(page, ["readAloud", "tones"]);
    // Focus is back on the chapter the start screen offers: Enter opens it, Enter plays.
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-screen=intro]");
    await page.keyboard.press("Enter");
    // The animations run at their own pace (no Space): the story is told while the court shows it.
    await page.waitForSelector("body[data-phase=vote]", { timeout: 20_000 });
    await page.keyboard.press(String(vote.blame + 1));
    await page.keyboard.press(vote.direction === "firmer" ? "f" : "l");
    await page.keyboard.press("Enter");
    await page.waitForSelector("body[data-phase=adjust]", { timeout: 20_000 });
    await page.waitForFunction(() => (window as unknown as { __said: string[] }).__said.some((s) => s.startsWith("Your turn")));
    // W: the screen in words.
    await page.keyboard.press("w");
    await page.waitForFunction(() => (window as unknown as { __said: string[] }).__said.some((s) => s.startsWith("Shot 1 of")  && s.includes("Now:")));
    const screenLabel = (await page.getAttribute("#court", "aria-label")) ?? "";
    const h = await heard(page);
    expect(errors).toEqual([]);
    return { ...h, screenLabel };
  } finally {
    await close();
  }
}

/**
 * More time, by keyboard: the vote and the dial show no clock and the game waits (the phase stays while
 * the usual timer would have run out many times over at 4x speed); switched off, the clock is back.
 */
export async function moreTimeWaits(url: string): Promise<void> {
  const { context, close } = await launch(LAPTOP);
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await page.waitForSelector("body[data-ready='1']");
    await switchOn(page, ["moreTime"]);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    for (let i = 0; i < 30 && (await phase(page)) !== "vote"; i++) {
      await page.keyboard.press("Space");
      await page.waitForTimeout(150);
    }
    await page.waitForSelector("[data-panel=vote]");
    // Fast animations, and a vote timer of 25 s: at 4x it would be gone in about 6 s.
    await tabTo(page, "[data-action=speed]");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    expect(await page.getAttribute("[data-action=speed]", "aria-label")).toBe("Speed 4 times");
    expect(await page.locator("[data-panel=vote] [data-countdown]").isHidden()).toBe(true);
    await page.waitForTimeout(8000);
    expect(await phase(page)).toBe("vote");
    await page.screenshot({ path: `${SHOTS}/keyboard-more-time.png` });
    // Off again: the clock comes back and runs.
    await page.keyboard.press("?");
    await tabTo(page, "[data-pref=moreTime]");
    await page.keyboard.press("Enter");
    expect(await page.getAttribute("[data-pref=moreTime]", "aria-pressed")).toBe("false");
    await page.keyboard.press("Escape");
    await page.waitForSelector("[data-panel=vote] [data-countdown]:not([hidden])");
    const s1 = Number(await page.getAttribute("[data-panel=vote] [data-countdown]", "data-seconds"));
    expect(s1).toBeGreaterThan(0);
    await page.waitForFunction((s) => Number(document.querySelector("[data-panel=vote] [data-countdown]")?.getAttribute("data-seconds") ?? s) < s, s1);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
}
