// The teacher's projector in every language, end to end: a real server process, colyseus.js students in
// Node (only the projector's page is under test), real Chromium. (a) In the test language, which wraps
// every message in ⟦ ⟧, every visible or spoken string of the create screen, the lobby, one round's
// shot, vote, rule's step and adjustments, the glossary card and the summary comes from the message
// files, save an explicit allow-list. (b) In Arabic the page mirrors (dir=rtl) and nothing spills out of
// the window sideways. The report's headers in the host's language are checked in test/server/report.test.ts.
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Phase } from "../../shared";
import { NetworkGame } from "../../client/source/network-game";
import { freePorts, type Proc, startServerProcess } from "../server/processes";
import { buildClient, CHROMIUM_ARGS, findChromium } from "./browser";

// No timing limits of our own: a loaded machine is slow, not wrong. Vitest's per-test limit stops a hang.
const PATIENT = 0;
const LONG = 15 * 60_000;
// 1280x720: compact boards (the column tally and the one-line verdict, this page's own), as most classroom projectors.
const WALL = { width: 1280, height: 720 };
const NAMES = ["Ana", "Ben"];

let server: Proc | null = null;
let base = "";
let endpoint = "";
let browser: Browser | null = null;
const errors: string[] = [];
const students: NetworkGame[] = [];

beforeAll(async () => {
  buildClient();
  const [port] = await freePorts(1);
  server = await startServerProcess(port);
  base = `http://127.0.0.1:${port}`;
  endpoint = `ws://127.0.0.1:${port}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}, LONG);

afterAll(async () => {
  for (const s of students) s.dispose();
  await browser?.close().catch(() => {});
  await server?.stop();
});

/** The projector's page in a window of its own at `size`; page errors are collected, confirm() is accepted. */
async function projector(url: string, size = WALL): Promise<Page> {
  if (!browser) throw new Error("no browser");
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(PATIENT);
  page.on("dialog", (d) => void d.accept());
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && !/WebSocket|Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  await page.goto(url);
  return page;
}

/** One string a person can see or hear, with where it sits (the allow-list judges by place). */
interface Found {
  text: string;
  /** "text", or the attribute it came from. */
  kind: string;
  /** The element, for the failure message. */
  where: string;
  /** The nearest element with a class or data-screen, and its own classes, for the allow-list. */
  places: string[];
}

/** Every visible text node (SVG's too, screen-reader-only ones too) and every aria-label, placeholder, title and alt. */
function strings(page: Page): Promise<Found[]> {
  return page.evaluate(() => {
    const out: Found[] = [];
    const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true });
    const places = (el: Element) => {
      const list: string[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const cls = e.getAttribute("class");
        if (cls) list.push(...cls.split(/\s+/));
        if (e instanceof HTMLOptionElement) list.push("option");
        const term = e.getAttribute("data-term");
        if (term) list.push(`term:${term}`);
      }
      return list;
    };
    const about = (el: Element, text: string, kind: string): Found => ({ text, kind, where: `${el.tagName.toLowerCase()}.${(el.getAttribute("class") ?? "").split(" ").join(".")}`, places: places(el) });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? "").trim();
      if (!el || !text || el.closest("script, style, noscript")) continue;
      // An option's text shows only for the chosen one: judge them all anyway.
      if (!visible(el) && !el.closest("option")) continue;
      out.push(about(el, text, "text"));
    }
    for (const el of document.body.querySelectorAll("*")) {
      if (!visible(el)) continue;
      for (const a of ["aria-label", "placeholder", "title", "alt", "aria-description", "aria-valuetext"]) {
        const v = el.getAttribute(a)?.trim();
        if (v) out.push(about(el, v, a));
      }
    }
    return out;
  });
}

/** Why a string that is not a wrapped message may stand, or null: the explicit allow-list. */
function allowance(s: Found, code: string): string | null {
  const inside = (cls: string) => s.places.includes(cls);
  // Words from other parts (shared/'s lobby line, rule titles and stories, client/format's miss, client/ui's
  // countdown) are converted too: only an option's own language name is allowed to stay as it is.
  if (/^[\d\s.,:%+\-−–—★●○✓✕⇈↺#]*$/i.test(s.text)) return "numbers, signs and marks (★ the rule's pick, ✓ done, ●/○ here or away, ✕ a button named by its aria-label): no words";
  if (s.text === code) return "the class code: read letter by letter in any language";
  if (NAMES.includes(s.text) || /^Bot /.test(s.text)) return "the students' nicknames and the bots' names (the name lists follow the languages in shared/game/names)";
  if (/^[\w.-]+(:\d+)?\/\S*$/.test(s.text) || s.text === "QR") return "the join address (a URL)";
  if (inside("option")) return "the picker names each language in itself, so anyone finds their own";
  return null;
}

/** Every string on the page is a wrapped message or allowed; returns how many were wrapped (a check never passes on an empty page). */
async function allFromMessages(page: Page, code: string, screen: string, allowed: Map<string, Set<string>>): Promise<number> {
  const found = await strings(page);
  // A message may follow a mark of its own (🎉 on a cheer, · between a field and its note).
  const wrapped = found.filter((s) => /^(🎉 |· )?⟦[\s\S]*⟧$/.test(s.text));
  const bad: string[] = [];
  for (const s of found) {
    if (wrapped.includes(s)) continue;
    const why = allowance(s, code);
    if (why === null) bad.push(`${s.where} ${s.kind}: ${JSON.stringify(s.text)}`);
    else allowed.set(why, (allowed.get(why) ?? new Set()).add(s.text));
  }
  expect({ screen, bad }).toEqual({ screen, bad: [] });
  return wrapped.length;
}

async function phaseOn(page: Page, phase: Phase): Promise<void> {
  await page.waitForFunction((p) => document.body.dataset.phase === p, phase, { timeout: PATIENT });
}

/** Presses Next on the projector until the game is at one of `phases`; returns which. */
async function nextUntil(page: Page, phases: Phase[]): Promise<Phase> {
  for (;;) {
    const now = (await page.evaluate(() => document.body.dataset.phase)) as Phase;
    if (phases.includes(now)) return now;
    const round = await page.evaluate(() => document.body.dataset.round);
    await page.click("[data-action=next]");
    await page.waitForFunction(([p, r]) => document.body.dataset.phase !== p || document.body.dataset.round !== r, [now, round], { timeout: PATIENT });
  }
}

/** Creates a class on the create screen (Next moves every phase, so each one can be read); returns its code. */
async function createClass(page: Page): Promise<string> {
  await page.waitForSelector("[data-screen=create]");
  await page.uncheck("input[name=autoAdvance]");
  await page.fill("input[name=lineLength]", "3");
  await page.click("[data-action=apply-settings]");
  await page.waitForSelector(".join-code");
  await page.waitForSelector(".qr[data-url]");
  return (await page.getAttribute(".join-code", "data-code"))!;
}

/** Two students join class `code` from Node. */
async function joinStudents(code: string): Promise<NetworkGame[]> {
  const mine: NetworkGame[] = [];
  for (const name of NAMES) mine.push(await NetworkGame.join({ endpoint, code, name, store: null }));
  students.push(...mine);
  return mine;
}

describe("the projector in the test language", () => {
  it("shows only words from the message files: create screen, lobby, a round's shot, vote, rule's step and adjustments, the glossary and the summary", async () => {
    const page = await projector(`${base}/class.html?host&lang=pseudo`);
    const counts: Record<string, number> = {};
    const allowed = new Map<string, Set<string>>();
    await page.waitForSelector("[data-screen=create]");
    counts.create = await allFromMessages(page, "", "create", allowed);
    expect(await page.evaluate(() => document.title)).toMatch(/^⟦.*⟧$/);

    const code = await createClass(page);
    const [ana, ben] = await joinStudents(code);
    await page.waitForFunction(() => document.querySelectorAll(".roster li[data-player]").length === 2);
    counts.lobby = await allFromMessages(page, code, "lobby", allowed);

    await page.click("[data-action=start]");
    await phaseOn(page, "aim");
    await nextUntil(page, ["shot"]);
    counts.shot = await allFromMessages(page, code, "shot", allowed);

    // A hit skips the vote: whichever comes, the vote (with one ballot in) and the rule's step are read.
    const after = await nextUntil(page, ["vote", "coach"]);
    if (after === "vote") {
      expect(await ana.send({ type: "vote", blame: 0, direction: "firmer" })).toBeNull();
      await page.waitForFunction(() => document.querySelector<HTMLElement>(".still-voting")?.dataset.stillVoting === "1");
      counts.vote = await allFromMessages(page, code, "vote", allowed);
      expect(await ben.send({ type: "vote", blame: 1, direction: "looser" })).toBeNull();
      await nextUntil(page, ["coach"]);
    }
    await page.waitForSelector(".verdict-line, .caption [data-caption-id]");
    counts.coach = await allFromMessages(page, code, "coach", allowed);

    await nextUntil(page, ["adjust"]);
    const v = ana.view();
    const p = v.players[ana.me!];
    const shot = v.lines[p.line].current!;
    expect(await ana.send({ type: "adjust", weight: shot.weights[p.seat] + 3 * shot.coach!.weightChanges[p.seat] })).toBeNull();
    expect(await ana.send({ type: "ready" })).toBeNull();
    await page.waitForFunction(() => document.querySelector<HTMLElement>(".adjust-row")?.dataset.done === "1");
    counts.adjust = await allFromMessages(page, code, "adjust", allowed);

    await page.click("[data-action=glossary]");
    await page.waitForSelector("dialog.glossary[open]");
    counts.glossary = await allFromMessages(page, code, "glossary", allowed);
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.querySelector("dialog.glossary")?.hasAttribute("open"));

    await page.click("[data-action=end]");
    await phaseOn(page, "summary");
    await page.waitForSelector("[data-screen=class-summary]");
    counts.summary = await allFromMessages(page, code, "summary", allowed);

    // Every screen had words of its own to check.
    for (const [screen, n] of Object.entries(counts)) expect({ screen, enough: n >= 5 }).toEqual({ screen, enough: true });
    // What the allow-list let through, for whoever converts those parts next.
    console.info(JSON.stringify(counts), [...allowed].map(([why, texts]) => `${why}: ${[...texts].slice(0, 6).map((t) => JSON.stringify(t)).join(", ")}`).join("\n"));
    for (const s of [ana, ben]) await s.leave();
    expect(errors).toEqual([]);
  }, LONG);
});

describe("the projector in Arabic", () => {
  it("mirrors (dir=rtl) and nothing spills out of the window sideways, on the create screen and in the lobby", async () => {
    for (const size of [WALL, { width: 1920, height: 1080 }, { width: 1024, height: 768 }]) {
      const page = await projector(`${base}/class.html?host&lang=ar`, size);
      await page.waitForSelector("[data-screen=create]");
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ar", "rtl"]);
      expect(await page.locator("[data-screen=create] h1").textContent()).toBe("استضافة صف");
      expect(await sideways(page), `create ${size.width}`).toEqual([]);
      const code = await createClass(page);
      await joinStudents(code);
      await page.waitForFunction(() => document.querySelectorAll(".roster li[data-player]").length === 2);
      expect(await page.locator(".phase-title").textContent()).toBe("انضموا إلى الصف!");
      expect(await sideways(page), `lobby ${size.width}`).toEqual([]);
      // Mirrored: the join card (first in the header) stands on the right, the controls to its left.
      const join = (await page.locator(".join-card").boundingBox())!;
      const controls = (await page.locator(".controls").boundingBox())!;
      expect(join.x).toBeGreaterThan(controls.x);
      await page.context().close();
    }
    expect(errors).toEqual([]);
  }, LONG);
});

/** What spills out of the window sideways: the page's own width, then each visible element (SVG's inside and the court's canvas aside). */
function sideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > innerWidth + 1) out.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${innerWidth} px window`);
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest("[hidden], dialog:not([open]), .court-stage, .sr-only, details:not([open]) > :not(summary)")) continue;
      if (el.closest("svg") && el.tagName.toLowerCase() !== "svg") continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < -1 || r.right > innerWidth + 1) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join(".")} [${Math.round(r.left)}..${Math.round(r.right)}]`);
    }
    return out;
  });
}
