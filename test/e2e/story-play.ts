// Helpers for the browser test of each rule's story: start a chapter or a free game by tapping, play one
// shot through the rule's own step, and read what the screen says (every text node, the court's own
// marks: the canvas has no text, so the court puts what it drew on #court's data-story).
import type { Page } from "playwright-core";
import type { CourtMarks } from "../../client/scenes/story-marks";
import type { Device } from "./browser";
import { SHOTS } from "./solo-play";

/** What the court drew in its latest frame (null before the court has drawn a game). */
export async function courtMarks(page: Page): Promise<CourtMarks | null> {
  const json = await page.getAttribute("#court", "data-story");
  return json ? (JSON.parse(json) as CourtMarks) : null;
}

/** Every word on the page a person could read or hear: text nodes, and the labels and titles of elements. */
export async function pageWords(page: Page, root = "body"): Promise<string[]> {
  return page.evaluate((sel) => {
    const base = document.querySelector(sel);
    if (!base) return [];
    const out: string[] = [];
    const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (parent && (parent.tagName === "SCRIPT" || parent.tagName === "STYLE")) continue;
      const t = n.textContent?.trim();
      if (t) out.push(t);
    }
    for (const el of base.querySelectorAll("[aria-label], [title], [alt]")) {
      for (const a of ["aria-label", "title", "alt"]) {
        const v = el.getAttribute(a)?.trim();
        if (v) out.push(v);
      }
    }
    return out;
  }, root);
}

/**
 * The words a person can see: text nodes inside elements that are rendered and larger than a pixel (a
 * screen reader's 1 px live region is left out), with the titles and labels of visible elements.
 */
export async function visibleWords(page: Page, root = "body"): Promise<string[]> {
  return page.evaluate((sel) => {
    const base = document.querySelector(sel);
    if (!base) return [];
    const seen = (el: Element) => {
      const r = el.getBoundingClientRect();
      return el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && r.width > 1 && r.height > 1;
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.tagName === "SCRIPT" || parent.tagName === "STYLE" || !seen(parent)) continue;
      const t = n.textContent?.trim();
      if (t) out.push(t);
    }
    for (const el of base.querySelectorAll("[title], [alt]")) {
      if (!seen(el)) continue;
      for (const a of ["title", "alt"]) {
        const v = el.getAttribute(a)?.trim();
        if (v) out.push(v);
      }
    }
    return out;
  }, root);
}

/** Opens a chapter by its address and taps Play on its intro card. */
export async function startChapter(page: Page, url: string, id: string): Promise<void> {
  await page.goto(`${url}?chapter=${id}`);
  await page.waitForSelector("body[data-ready='1']");
  await page.locator("[data-screen=intro] [data-action=play]").tap();
}

/** Opens free play from the start screen, picks the rule by its title, and taps Play. */
export async function startFreePlay(page: Page, url: string, ruleTitle: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector("body[data-ready='1']");
  await page.locator("[data-screen=home] [data-action=free-play]").tap();
  await page.locator("[data-screen=settings] button", { hasText: ruleTitle }).first().tap();
  await page.locator("[data-screen=settings] [data-action=start-free]").tap();
}

/** The phase on screen. */
export async function phase(page: Page): Promise<string> {
  return (await page.evaluate(() => document.body.dataset.phase)) ?? "";
}

/** What one shot showed, phase by phase. */
export interface StoryShot {
  /** The words on the page during each phase it went through (the adjust phase: only the cards and the tally). */
  words: Record<string, string[]>;
  /** Whether a vote was asked for, and its question. */
  voted: boolean;
  question: string | null;
  /** The court half way through the rule's step, and at its end (the adjust phase). */
  middle: CourtMarks;
  end: CourtMarks;
  /** The status panel during the rule's step, and the cards and tally after it. */
  status: string;
  cards: string;
  tally: string;
}

/**
 * Plays one shot by tapping: skips the pass and the shot (after a look at each), votes when asked
 * (`vote`), watches the rule's step half way (a picture), skips to its end, reads the cards, taps Done.
 * Pictures go to test/e2e/screenshots/stories-<device>-<tag>-<phase>.png.
 */
export async function playStoryShot(page: Page, device: Device, tag: string, vote: { blame: number; direction: "firmer" | "looser" }): Promise<StoryShot> {
  const words: Record<string, string[]> = {};
  const picture = (what: string) => page.screenshot({ path: `${SHOTS}/stories-${device.name}-${tag}-${what}.png` });
  let voted = false;
  let question: string | null = null;
  for (let i = 0; i < 200; i++) {
    const now = await phase(page);
    if (now === "coach") break;
    if (now === "pass" || now === "shot" || now === "aim") {
      words[now] = await pageWords(page);
      const skip = page.locator("[data-action=skip]");
      if (now !== "aim" && (await skip.count())) await skip.tap({ timeout: 2000 }).catch(() => {});
      else await page.waitForTimeout(100);
      continue;
    }
    if (now === "vote") {
      await page.waitForSelector("[data-panel=vote]");
      words.vote = await pageWords(page);
      if (await page.locator("[data-panel=vote] legend").count()) {
        voted = true;
        question = await page.locator("[data-panel=vote] legend").first().textContent();
        await page.locator(`[data-panel=vote] button[data-seat="${vote.blame}"]`).tap();
        await page.locator(`[data-panel=vote] button[data-direction="${vote.direction}"]`).tap();
        await picture("vote");
        await page.locator("[data-action=vote]").tap();
      }
      await page.waitForFunction(() => document.body.dataset.phase !== "vote");
      continue;
    }
    await page.waitForTimeout(100);
  }
  await page.waitForSelector("[data-panel=coach]");
  // Half way through the rule's step (5 s at normal speed).
  await page.waitForTimeout(2600);
  const middle = await courtMarks(page);
  words.coach = await pageWords(page);
  const status = (await page.locator("[data-panel=coach]").textContent()) ?? "";
  await picture("step");
  const skip = page.locator("[data-action=skip]");
  if (await skip.count()) await skip.tap({ timeout: 2000 }).catch(() => {});
  await page.waitForSelector("[data-panel=adjust] .cards");
  // The court's end picture: give it a frame or two to draw the adjust phase.
  await page.waitForFunction(() => JSON.parse(document.querySelector("#court")?.getAttribute("data-story") ?? "{}").phase === "adjust");
  const end = await courtMarks(page);
  await picture("adjust");
  const cards = (await page.locator("[data-panel=adjust] .cards").textContent()) ?? "";
  const tally = (await page.locator("[data-panel=adjust] .tally").textContent().catch(() => "")) ?? "";
  words.adjust = [...(await pageWords(page, "[data-panel=adjust] .cards")), ...(await pageWords(page, "[data-panel=adjust] .tally"))];
  if (!middle || !end) throw new Error("the court drew no game");
  return { words, voted, question, middle, end, status, cards, tally };
}
