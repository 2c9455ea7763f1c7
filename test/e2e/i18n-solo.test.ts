// The solo game in every language, in real Chromium over the built client. (a) In the test language, which
// wraps every message in ⟦ ⟧, every visible or spoken string of the start screen, a chapter's card, the keys
// dialog, one whole shot of chapter 1 (pass, shot, vote, coach, adjust, summary), the curve, free play's
// form and a free game's first shot comes from the message files, the court's drawn words included.
// (b) Arabic mirrors the page, has no axe-core violation on the start screen and the vote, and fits a
// phone. (c) The picker switches to French, which stays after a reload. (d) Each language is a chunk
// of its own, not in the first script.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClient, DIST, launch, PHONE, serveDist } from "./browser";
import { axeViolations, CLOCK_HOOK } from "./solo-access";
import { courtMarks } from "./story-play";

// No timing limits of our own: a loaded machine is slow, not wrong. Vitest's per-test limit stops a hang.
const PATIENT = 0;
const LONG = 15 * 60_000;
const LAPTOP = { name: "laptop", viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };

let server: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  buildClient();
  server = await serveDist();
}, LONG);
afterAll(async () => {
  await server?.close();
});

/** One string a person can see or hear. */
interface Found {
  text: string;
  /** "text", or the attribute it came from. */
  kind: string;
  /** Where it is, for the failure message. */
  where: string;
  /** Inside the language picker's list. */
  option: boolean;
  /** A neuron's name (a seat button's, a tally bar's, a card's, the heat map's rows). */
  name: boolean;
  /** Inside the keyboard help's key column (<kbd>). */
  key: boolean;
}

/** Every visible text node (screen-reader-only ones and the live log too) and every aria-label, placeholder, title and alt. */
function strings(page: Page): Promise<Found[]> {
  return page.evaluate(() => {
    const out: Found[] = [];
    const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true }) || !!el.closest(".sr-only");
    const about = (el: Element, text: string, kind: string): Found => ({
      text,
      kind,
      where: `${el.tagName.toLowerCase()}${typeof el.className === "string" && el.className ? `.${el.className.split(" ").join(".")}` : ""}`,
      option: !!el.closest("option"),
      name: !!el.closest(".seats small, .bar-name, .card-name, .heat-label"),
      key: !!el.closest("kbd"),
    });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? "").trim();
      if (!el || !text || el.closest("script, style, noscript")) continue;
      if (!visible(el) && !el.closest("option")) continue;
      out.push(about(el, text, "text"));
    }
    for (const el of document.body.querySelectorAll("*")) {
      if (!visible(el) && el.id !== "court") continue;
      for (const a of ["aria-label", "placeholder", "title", "alt", "aria-valuetext"]) {
        const v = el.getAttribute(a)?.trim();
        if (v) out.push(about(el, v, a));
      }
    }
    return out;
  });
}

/** What is left of a string once every wrapped message (nested ones too) is taken out. */
function unwrapped(text: string): string {
  let s = text;
  for (let before = ""; before !== s; ) {
    before = s;
    s = s.replace(/⟦[^⟦⟧]*⟧/g, " ");
  }
  return s;
}

/** Why a string that is not a message is allowed, or null. Kept short: each entry says why. */
function allowance(s: Found): string | null {
  const rest = unwrapped(s.text);
  // Numbers, signs, arrows, stars and ticks around (or between) messages: no words.
  if (/^[\d\s.,:;%+\-−–—×≈()/★✔✘○▲▼▶◀←→↔⌂♪?·…|✕]*$/u.test(rest)) return "numbers, signs and symbols only";
  if (s.option) return "the picker names each language in itself, so anyone finds their own";
  if (s.name) return "a neuron's name (bots' names are generated, not messages)";
  if (s.key && /^[A-Z]$/.test(rest.trim())) return "a letter key the game answers to (F, L, W) is the key's own mark";
  return null;
}

/** Every string on the page is a wrapped message or allowed; returns how many were messages (a check never passes on an empty page). */
async function allFromMessages(page: Page, screen: string): Promise<number> {
  const found = await strings(page);
  const marks = await courtMarks(page);
  // The court is a canvas: it lists the words it drew on #court's data-story.
  for (const w of marks?.words ?? []) found.push({ text: w, kind: "court", where: "#court", option: false, name: false, key: false });
  const bad = found.filter((s) => allowance(s) === null).map((s) => `${s.where} ${s.kind}: ${JSON.stringify(s.text)}`);
  expect({ screen, bad }).toEqual({ screen, bad: [] });
  expect(await page.evaluate(() => document.title), screen).toMatch(/^⟦.*⟧$/);
  return found.filter((s) => s.text.includes("⟦")).length;
}

/** Waits (at most half a minute: a court that is slow to load leaves the last phase's words, already checked) for the court's frame of `phase`. */
async function courtShows(page: Page, phase: string): Promise<void> {
  await page.waitForFunction((p) => (document.querySelector("#court")?.getAttribute("data-story") ?? "").includes(`"phase":"${p}"`), phase, { timeout: 30_000 }).catch(() => {});
}

const phaseOf = (page: Page) => page.evaluate(() => document.body.dataset.phase ?? "");

/**
 * Plays the game on screen with the keyboard until `stop` is the phase (Space through the animations, neuron
 * 1 and firmer at the vote, Enter at the dial), calling `seen` once for each phase the first time it shows.
 */
async function playUntil(page: Page, stop: (phase: string) => boolean, seen: (phase: string) => Promise<void>): Promise<void> {
  const checked = new Set<string>();
  for (;;) {
    const now = await phaseOf(page);
    if (stop(now) || (await page.evaluate(() => document.body.dataset.overlay === "summary"))) return;
    if (!checked.has(now)) {
      checked.add(now);
      // The game's clock stands still while the page is read, so the phase cannot move on mid-check.
      await page.evaluate(() => (window as unknown as { __freeze: () => void }).__freeze());
      try {
        await seen(now);
      } finally {
        await page.evaluate(() => (window as unknown as { __thaw: () => void }).__thaw());
      }
      continue;
    }
    if (now === "vote" && (await page.locator("[data-panel=vote] button[data-seat]").count())) {
      await page.keyboard.press("1");
      await page.keyboard.press("f");
      await page.keyboard.press("Enter");
    } else if (now === "adjust") await page.keyboard.press("Enter");
    else if (["aim", "pass", "shot", "coach"].includes(now)) await page.keyboard.press("Space");
    await page.waitForTimeout(100);
  }
}

describe("the solo game in the test language", () => {
  it("shows only words from the message files: start, intro, keys, a chapter 1 shot to its summary, the curve, free play", async () => {
    const { context, close } = await launch(LAPTOP);
    const errors: string[] = [];
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(PATIENT);
      page.on("pageerror", (e) => errors.push(e.message));
      await page.addInitScript(CLOCK_HOOK);
      await page.goto(`${server.url}?lang=pseudo`);
      await page.waitForSelector("body[data-ready='1'] [data-screen=home]");
      const counts: Record<string, number> = {};
      counts.home = await allFromMessages(page, "home");
      await page.keyboard.press("?");
      await page.waitForSelector("[data-screen=access]");
      counts.keys = await allFromMessages(page, "keys");
      await page.keyboard.press("Escape");
      await page.click("[data-chapter=pass]");
      await page.waitForSelector("[data-screen=intro]");
      counts.intro = await allFromMessages(page, "intro");
      await page.click("[data-screen=intro] [data-action=play]");
      await page.waitForFunction(() => !document.body.dataset.overlay);
      await playUntil(page, () => false, async (phase) => {
        // The court draws each frame even with the game's clock stopped: let it draw this phase before its words are read.
        await courtShows(page, phase);
        counts[phase] = await allFromMessages(page, phase);
      });
      await page.waitForSelector("body[data-overlay=summary]");
      counts.summary = await allFromMessages(page, "summary");
      for (const p of ["aim", "pass", "shot", "vote", "coach", "adjust"]) expect(Object.keys(counts), p).toContain(p);

      // The curve, from the top bar, over the finished game.
      await page.click("[data-screen=summary] [data-action=replay]");
      await page.click("[data-screen=intro] [data-action=play]");
      await page.waitForFunction(() => !document.body.dataset.overlay);
      await playUntil(page, (p) => p === "adjust", async () => {});
      await page.click("#topbar [data-action=curve]");
      await page.waitForSelector("[data-screen=curve]");
      counts.curve = await allFromMessages(page, "curve");
      await page.click("[data-screen=curve] button");

      // Free play: its form, then a free game's first shot.
      await page.click("#topbar [data-action=home]");
      await page.waitForSelector("[data-screen=home]");
      await page.click("[data-screen=home] [data-action=free-play]");
      await page.waitForSelector("[data-screen=settings]");
      counts.settings = await allFromMessages(page, "settings");
      await page.click("[data-action=start-free]");
      await page.waitForFunction(() => !document.body.dataset.overlay);
      const free: string[] = [];
      await playUntil(page, (p) => p === "adjust" && free.includes("adjust"), async (phase) => {
        free.push(phase);
        await courtShows(page, phase);
        counts[`free ${phase}`] = await allFromMessages(page, `free ${phase}`);
      });
      expect(free).toContain("adjust");

      for (const [screen, n] of Object.entries(counts)) expect({ screen, enough: n >= 3 }).toEqual({ screen, enough: true });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, LONG);
});

/** Whether the page fits: nothing wider than the viewport, no visible element past either edge (the court's canvas aside). */
function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.querySelectorAll("#app *")) {
      if (!el.checkVisibility({ visibilityProperty: true }) || el.closest(".sr-only, #court")) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.left < -1 || r.right > width + 1)) out.push(`${el.tagName.toLowerCase()}.${String(el.className)} ${Math.round(r.left)}..${Math.round(r.right)}`);
    }
    return out;
  });
}

describe("the solo game in Arabic", () => {
  it("mirrors, reads in Arabic, has no axe-core violation on the start screen and the vote, and fits a phone", async () => {
    const { context, close } = await launch(PHONE);
    const errors: string[] = [];
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(PATIENT);
      page.on("pageerror", (e) => errors.push(e.message));
      await page.addInitScript(CLOCK_HOOK);
      await page.goto(`${server.url}?lang=ar`);
      await page.waitForSelector("body[data-ready='1'] [data-screen=home]");
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ar", "rtl"]);
      expect(await page.locator("[data-screen=home] h1").textContent()).toBe("لعبة اللوم");
      // Mirrored: the chapter buttons' words start at their right edge (measured on the words themselves).
      const chapter = await page.evaluate(() => {
        const b = document.querySelector("[data-chapter=pass]")!;
        const range = document.createRange();
        range.selectNodeContents(b.querySelector("span")!);
        const words = range.getBoundingClientRect();
        const box = b.getBoundingClientRect();
        return { gapRight: box.right - words.right, gapLeft: words.left - box.left };
      });
      expect(chapter.gapRight).toBeLessThan(chapter.gapLeft);
      expect(await axeViolations(page, "home (ar)")).toEqual([]);
      expect(await overflow(page)).toEqual([]);

      await page.click("[data-chapter=pass]");
      await page.waitForSelector("[data-screen=intro]");
      expect(await page.locator("[data-screen=intro] h2").textContent()).toBe("1. مرّر الكرة");
      await page.click("[data-screen=intro] [data-action=play]");
      await page.waitForFunction(() => !document.body.dataset.overlay);
      await playUntil(page, (p) => p === "vote", async () => {});
      await page.waitForSelector("[data-panel=vote] button[data-seat]");
      expect(await page.locator("[data-panel=vote] [data-action=vote]").textContent()).toBe("صوّت");
      expect(await page.locator("[data-panel=vote] .miss").textContent()).toMatch(/^الرمية 1: .*\p{Script=Arabic}/u);
      expect(await axeViolations(page, "vote (ar)")).toEqual([]);
      expect(await overflow(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, LONG);
});

describe("choosing the language", () => {
  it("the picker on the start screen switches to French, which stays after a reload", async () => {
    const { context, close } = await launch(LAPTOP);
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(PATIENT);
      await page.goto(server.url);
      await page.waitForSelector("[data-screen=home]");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(await page.locator("[data-screen=home] [data-action=free-play]").textContent()).toBe("Free play ⚙");
      await page.selectOption("[data-screen=home] select[data-action=language]", "fr");
      await page.waitForFunction(() => document.documentElement.lang === "fr" && !!document.querySelector("[data-screen=home]"));
      expect(await page.locator("[data-screen=home] [data-action=free-play]").textContent()).toBe("Jeu libre ⚙");
      await page.reload();
      await page.waitForSelector("[data-screen=home]");
      expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(["fr", "Le jeu de la faute"]);
      expect(await page.locator("[data-screen=home] [data-action=free-play]").textContent()).toBe("Jeu libre ⚙");
      expect(await page.inputValue("[data-screen=home] select[data-action=language]")).toBe("fr");
      // The keys dialog has the picker too.
      await page.keyboard.press("?");
      await page.waitForSelector("[data-screen=access] select[data-action=language]");
    } finally {
      await close();
    }
  }, LONG);

  it("ships each language's solo words in a chunk of its own, neither in the solo page's first scripts nor preloaded", () => {
    const html = readFileSync(join(DIST, "index.html"), "utf8");
    // Everything the page loads at once: its script and every chunk it names (imports and low-priority preloads).
    const named = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    const first = named.map((f) => readFileSync(join(DIST, f), "utf8")).join("\n");
    const chunks = readdirSync(join(DIST, "assets")).filter((f) => f.endsWith(".js"));
    // The English is loaded at once; each other language's chapter title only in a chunk fetched on demand.
    expect(first.includes("1. Pass the ball")).toBe(true);
    for (const words of ["1. Passe le ballon", "1. Pasa la pelota", "1. Gib den Ball weiter", "1. 传球", "1. مرّر الكرة"]) {
      expect(first.includes(words), words).toBe(false);
      expect(chunks.some((f) => readFileSync(join(DIST, "assets", f), "utf8").includes(words)), words).toBe(true);
    }
  });
});
