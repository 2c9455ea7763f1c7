// A student's device in every language, end to end: a real server process, a real host (colyseus.js in
// Node, so only the student's page is under test), real Chromium. (a) In the test language, which wraps
// every message in ⟦ ⟧, every visible or spoken string of the join screen, a refusal and a whole round
// on the phone comes from the message files. (b) Arabic mirrors and fits the phone. (c) A Mexican
// browser gets Spanish by itself; the picker switches to German, and German survives a reload. (d) A
// refusal the server words in English reaches a Spanish phone in Spanish (the message's id, not its code).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GameView, Phase, Settings } from "../../shared";
import { NetworkGame } from "../../client/source/network-game";
import { messages as es } from "../../shared/i18n/messages/es";
import { until } from "../behaviour/scenarios";
import { freePorts, type Proc, startServerProcess } from "../server/processes";
import { buildClient, CHROMIUM_ARGS, DIST, findChromium, PHONE } from "./browser";

// No timing limits of our own: a loaded machine is slow, not wrong. Vitest's per-test limit stops a hang.
const PATIENT = 0;
const LONG = 15 * 60_000;
const SETTINGS: Partial<Settings> = { lineLength: 3, autoAdvance: false, maxRounds: 1, seed: 3, hoop: { fixedRounds: 200, fixedDistance: 6 } };

let server: Proc | null = null;
let base = "";
let endpoint = "";
let browser: Browser | null = null;
const errors: string[] = [];

beforeAll(async () => {
  buildClient();
  const [port] = await freePorts(1);
  server = await startServerProcess(port);
  base = `http://127.0.0.1:${port}`;
  endpoint = `ws://127.0.0.1:${port}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}, LONG);

afterAll(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

/** A phone of its own (own storage), optionally with a browser language, showing `url`; page errors are collected. */
async function phone(url: string, options: BrowserContextOptions = {}): Promise<Page> {
  if (!browser) throw new Error("no browser");
  const context = await browser.newContext({ viewport: PHONE.viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 1, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(PATIENT);
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && !/WebSocket|Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  await page.goto(url);
  return page;
}

/** One string a person can see or hear, with what the test needs to judge it. */
interface Found {
  text: string;
  /** "text", or the attribute it came from. */
  kind: string;
  /** Where it is, for the failure message. */
  where: string;
  /** Inside the language picker's list of languages. */
  option: boolean;
  /** Inside a panel of client/ui (the vote, the adjust dial). */
  panel: boolean;
  /** The coach's step word while the coach walks (a rule's story word from shared/). */
  story: boolean;
}

/** Every visible text node of the page (screen-reader-only ones too) and every aria-label, placeholder, title and alt. */
function strings(page: Page): Promise<Found[]> {
  return page.evaluate(() => {
    const out: Found[] = [];
    const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true });
    const about = (el: Element, text: string, kind: string): Found => ({
      text,
      kind,
      where: `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").join(".")}` : ""}`,
      option: !!el.closest("option"),
      panel: !!el.closest("[data-panel]"),
      story: !!el.closest("[data-waiting=coach]"),
    });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? "").trim();
      if (!el || !text || el.closest("script, style, noscript")) continue;
      // An option's text is drawn by the closed select only for the chosen one: judge them all anyway.
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

/** The strings that are not words from the message files, and why each is allowed. */
function allowance(s: Found, code: string): string | null {
  if (/^[\d\s.,:%+\-−–—e×]*$/i.test(s.text)) return "a number, a sign, or the dash that stands for no number yet: no words";
  if (s.text === code || s.text === "ABCDE") return "the class code and the code field's example: codes are read letter by letter in any language";
  if (s.option) return "the picker names each language in itself, so anyone finds their own";
  if (s.story) return "the coach's step is a rule's story word from shared/ (the stories are put into other languages by the lead)";
  if (s.panel) return "the vote and adjust panels are client/ui's, shared with solo play, and converted with the solo screens";
  return null;
}

/** Every string on the page is a wrapped message or allowed; returns how many were wrapped messages (so a check never passes on an empty page). */
async function allFromMessages(page: Page, code: string, screen: string): Promise<number> {
  const found = await strings(page);
  const wrapped = found.filter((s) => /^⟦[\s\S]*⟧$/.test(s.text));
  const bad = found.filter((s) => !wrapped.includes(s) && allowance(s, code) === null).map((s) => `${s.where} ${s.kind}: ${JSON.stringify(s.text)}`);
  expect({ screen, bad }).toEqual({ screen, bad: [] });
  return wrapped.length;
}

async function phaseOn(page: Page, phase: Phase): Promise<void> {
  await page.waitForFunction((p) => document.body.dataset.phase === p, phase, { timeout: PATIENT });
}

async function hostMoves(host: NetworkGame, phase: Phase | ((v: GameView) => boolean)): Promise<GameView> {
  expect(await host.send({ type: "next" })).toBeNull();
  return until(host, typeof phase === "function" ? phase : (v) => v.phase === phase, `the phase after next`, LONG);
}

describe("the student's device in the test language", () => {
  it("shows only words from the message files: join screen, a refused name and code, the lobby and a whole round", async () => {
    const host = await NetworkGame.host({ endpoint, settings: SETTINGS, store: null });
    const code = host.code;
    const counts: Record<string, number> = {};

    // A wrong code: the refusal screen is in the device's words, not the server's.
    const lost = await phone(`${base}/class.html?join&lang=pseudo`);
    await lost.waitForSelector("[data-screen=join]");
    await lost.fill("#code", "ZZZZZ");
    await lost.fill("#nickname", "Zed");
    await lost.click("[data-action=join]");
    await lost.waitForSelector("[data-screen=refused][data-reason=not-found]");
    counts.refused = await allFromMessages(lost, code, "refused");

    const page = await phone(`${base}/class.html?code=${code}&lang=pseudo`);
    await page.waitForSelector("[data-screen=join]");
    counts.join = await allFromMessages(page, code, "join");
    expect(await page.evaluate(() => document.title)).toMatch(/^⟦.*⟧$/);
    // A name the screen refuses: the reason is said on the device, in its language.
    await page.fill("#nickname", "Bot Zed");
    await page.click("[data-action=join]");
    await page.waitForFunction(() => /⟦/.test(document.querySelector("[data-screen=join] [role=status]")?.textContent ?? ""));
    counts.badName = await allFromMessages(page, code, "bad name");

    await page.click("[data-action=join-generated]");
    await page.waitForSelector("[data-screen=controller] .ctl-seat");
    await phaseOn(page, "lobby");
    counts.lobby = await allFromMessages(page, code, "lobby");

    expect(await host.send({ type: "start" })).toBeNull();
    await until(host, (v) => v.phase === "aim", "aim", LONG);
    await phaseOn(page, "aim");
    counts.aim = await allFromMessages(page, code, "aim");
    for (const phase of ["pass", "shot"] as const) {
      await hostMoves(host, phase);
      await phaseOn(page, phase);
      counts[phase] = await allFromMessages(page, code, phase);
    }
    const after = await hostMoves(host, (v) => v.phase === "vote" || v.phase === "coach");
    if (after.phase === "vote") {
      await phaseOn(page, "vote");
      counts.vote = await allFromMessages(page, code, "vote");
      await page.tap('[data-panel=vote] button[data-seat="0"]');
      await page.tap('[data-panel=vote] button[data-direction="firmer"]');
      await page.tap("[data-panel=vote] [data-action=vote]");
      await until(host, (v) => Object.keys(v.lines[0]?.current?.votes ?? {}).length === 1, "the vote", LONG);
      counts.voted = await allFromMessages(page, code, "voted");
      await hostMoves(host, "coach");
    }
    await phaseOn(page, "coach");
    await page.waitForSelector(".blame-card");
    counts.coach = await allFromMessages(page, code, "coach");
    await hostMoves(host, "adjust");
    await phaseOn(page, "adjust");
    counts.adjust = await allFromMessages(page, code, "adjust");
    await page.tap("[data-panel=adjust] [data-action=done]");
    await page.waitForSelector(".ctl-body > p.waiting.big-text");
    counts.done = await allFromMessages(page, code, "done");
    await hostMoves(host, "summary");
    await phaseOn(page, "summary");
    await page.waitForSelector("[data-screen=student-summary]");
    counts.summary = await allFromMessages(page, code, "summary");

    // Every screen had words of its own to check (head, neuron, waiting lines, cards).
    for (const [screen, n] of Object.entries(counts)) expect({ screen, enough: n >= 3 }).toEqual({ screen, enough: true });
    await host.leave();
    expect(errors).toEqual([]);
  }, LONG);
});

/** Whether the page fits the phone: nothing wider than the viewport, no visible element past either edge. */
function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.querySelectorAll("#class *")) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.left < -1 || r.right > width + 1)) out.push(`${el.tagName.toLowerCase()}.${String(el.className)} ${Math.round(r.left)}..${Math.round(r.right)}`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible" && el.tagName !== "SELECT") out.push(`${el.tagName.toLowerCase()}.${String(el.className)} scrolls`);
    }
    return out;
  });
}

describe("the student's device in Arabic", () => {
  it("reads right to left, in Arabic, fits the phone, and makes up an Arabic name", async () => {
    const host = await NetworkGame.host({ endpoint, settings: SETTINGS, store: null });
    const page = await phone(`${base}/class.html?code=${host.code}&lang=ar`);
    await page.waitForSelector("[data-screen=join]");
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ar", "rtl"]);
    const notArabic = (await strings(page)).filter((s) => !s.option && s.text !== "ABCDE" && !/\p{Script=Arabic}/u.test(s.text)).map((s) => s.text);
    expect(notArabic).toEqual([]);
    expect(await overflow(page)).toEqual([]);
    // Mirrored: the heading starts at the right edge, the picker sits in the left corner.
    const layout = await page.evaluate(() => {
      const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      return { width: document.documentElement.clientWidth, h1: box("[data-screen=join] h1"), picker: box(".language-picker"), direction: getComputedStyle(document.querySelector("[data-screen=join] h1")!).direction };
    });
    expect(layout.direction).toBe("rtl");
    expect(layout.picker.right).toBeLessThan(layout.width / 2);

    await page.click("[data-action=join-generated]");
    await page.waitForSelector("[data-screen=controller] .ctl-seat");
    // The made-up name follows the device's language: an Arabic animal and quality.
    expect(await page.locator(".ctl-name").textContent()).toMatch(/^★ \p{Script=Arabic}+ \p{Script=Arabic}+$/u);
    expect(await overflow(page)).toEqual([]);
    // The head mirrors: the score sits at its left end, the name at its right.
    const head = await page.evaluate(() => ({ name: document.querySelector(".ctl-name")!.getBoundingClientRect(), score: document.querySelector(".ctl-score")!.getBoundingClientRect() }));
    expect(head.score.right).toBeLessThan(head.name.left);
    await host.leave();
    expect(errors).toEqual([]);
  }, LONG);
});

describe("choosing the language", () => {
  it("a Mexican browser gets Spanish by itself; the picker switches to German, which stays after a reload", async () => {
    const page = await phone(`${base}/class.html?join`, { locale: "es-MX" });
    await page.waitForSelector("[data-screen=join]");
    expect(await page.evaluate(() => navigator.languages[0])).toBe("es-MX");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("es");
    expect(await page.locator("[data-screen=join] h1").textContent()).toBe("Únete a la clase");
    expect(await page.inputValue("select[data-action=language]")).toBe("es");

    await page.selectOption("select[data-action=language]", "de");
    await page.waitForFunction(() => document.documentElement.lang === "de" && !!document.querySelector("[data-screen=join]"));
    expect(await page.locator("[data-screen=join] h1").textContent()).toBe("Der Klasse beitreten");
    await page.reload();
    await page.waitForSelector("[data-screen=join]");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("de");
    expect(await page.locator("[data-screen=join] h1").textContent()).toBe("Der Klasse beitreten");
    expect(await page.inputValue("select[data-action=language]")).toBe("de");
    expect(errors).toEqual([]);
  }, LONG);

  it("ships each language in a chunk of its own, not in the page's first script", () => {
    const html = readFileSync(join(DIST, "class.html"), "utf8");
    const entry = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1];
    expect(entry).toBeTruthy();
    const first = readFileSync(join(DIST, entry!), "utf8");
    const chunks = readdirSync(join(DIST, "assets")).filter((f) => f.endsWith(".js"));
    for (const words of ["Únete a la clase", "Der Klasse beitreten", "加入课堂", "انضم إلى الصف"]) {
      expect(first.includes(words), words).toBe(false);
      expect(chunks.some((f) => readFileSync(join(DIST, "assets", f), "utf8").includes(words)), words).toBe(true);
    }
  });
});

describe("a refusal in the device's language", () => {
  it("a Spanish student whose vote reaches the class twice reads the server's refusal in Spanish", async () => {
    const host = await NetworkGame.host({ endpoint, settings: SETTINGS, store: null });
    if (!browser) throw new Error("no browser");
    const context = await browser.newContext({ viewport: PHONE.viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.setDefaultTimeout(PATIENT);
    page.on("pageerror", (e) => errors.push(e.message));
    // The phone sends its vote twice (a double tap on a slow network): the first frame that carries a
    // vote goes out again, as it was, on the same socket. The second is refused by the real server.
    await page.addInitScript(() => {
      const send = WebSocket.prototype.send;
      WebSocket.prototype.send = function (this: WebSocket, data: Parameters<WebSocket["send"]>[0]) {
        send.call(this, data);
        const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : null;
        const seen = window as unknown as { doubledVotes?: number };
        if (!seen.doubledVotes && bytes && new TextDecoder().decode(bytes).includes("vote")) {
          seen.doubledVotes = 1;
          send.call(this, data);
        }
      };
    });
    await page.goto(`${base}/class.html?code=${host.code}&lang=es`);
    await page.click("[data-action=join-generated]");
    await page.waitForSelector("[data-screen=controller] .ctl-seat");
    expect(await host.send({ type: "start" })).toBeNull();
    await until(host, (v) => v.phase === "aim", "aim", LONG);
    for (const phase of ["pass", "shot"] as const) await hostMoves(host, phase);
    const after = await hostMoves(host, (v) => v.phase === "vote" || v.phase === "coach");
    expect(after.phase, "the first shot misses (the settings' hoop)").toBe("vote");
    await phaseOn(page, "vote");
    await page.tap('[data-panel=vote] button[data-seat="0"]');
    await page.tap('[data-panel=vote] button[data-direction="firmer"]');
    await page.tap("[data-panel=vote] [data-action=vote]");
    await until(host, (v) => Object.keys(v.lines[0]?.current?.votes ?? {}).length === 1, "the vote", LONG);
    // The engine's own sentence for it, in Spanish: not the English one, and not the words the device would pick from the code alone.
    const toast = page.locator("#class-toast");
    await page.waitForFunction(() => !document.getElementById("class-toast")?.hidden);
    expect(await page.evaluate(() => (window as unknown as { doubledVotes?: number }).doubledVotes)).toBe(1);
    expect(await toast.textContent()).toBe(es["game.refuse.alreadyVoted"]);
    expect(es["game.refuse.alreadyVoted"]).not.toBe(es["student.refused.alreadyVoted"]);
    await page.screenshot({ path: join(DIST, "..", "..", "test/e2e/screenshots/refusal-es.png") });
    await host.leave();
    await context.close();
    expect(errors).toEqual([]);
  }, LONG);
});
