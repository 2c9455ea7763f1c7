// The projector fits the wall: at 1920x1080, 1280x720 and 1024x768, with 1, 2, 4 and 6 lines, in the
// lobby, at the shot, the vote, the rule's step, the adjustments and the summary, every visible element
// lies inside the window and inside its board, no text is cut off, no two boards overlap, the roster never
// scrolls (24 students), and the miss, the tally, the verdict and the countdown are on screen. A real
// server process, real Chromium, and colyseus.js students (the client's NetworkGame). Also: the QR code
// holds the server's Wi-Fi address, ?host=CODE on a second device asks for the host key, and a line's
// cards show once the rule's signal reaches them.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, useClassServer } from "./class-server";
import { NetworkGame } from "../../client/source/network-game";
import { lineVotes } from "../../shared";
import { type Device } from "./browser";

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;
const PROJECTOR: Device = { name: "projector", viewport: SIZES[0], isMobile: false, hasTouch: false };
const RULES = ["backprop", "trial-and-error", "feedback-alignment", "activity-difference", "backprop", "fire-together"];
/** Pictures to look at: [lines, phase, width]. */
const PICTURES = new Set(["6|vote|1280", "6|lobby|1024", "4|coach|1024", "2|adjust|1920", "1|coach|1280", "1|summary|1280", "6|summary|1024", "2|shot|1024"]);

const cls = useClassServer(120_000);
const { devices } = cls;
const students = cls.students as NetworkGame[];

async function phaseIs(page: Page, phase: string, ms = 20_000): Promise<void> {
  await page.waitForFunction((p) => document.body.dataset.phase === p, phase, { timeout: ms });
}

/**
 * What does not fit, as sentences: elements outside the window or their board or panel, text cut off, boards that
 * overlap. Skipped: screen-reader-only words, closed panels, the inside of a folded roster, SVG's parts, the court's canvas, and
 * the inside of a box that scrolls on purpose ([data-scrolls]; the box itself must fit).
 */
function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const name = (e: Element) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")}${e.textContent ? ` "${e.textContent.trim().slice(0, 40)}"` : ""}`;
    const box = (r: DOMRect) => `[${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.right)}x${Math.round(r.bottom)}]`;
    const outside = (r: DOMRect, o: { left: number; top: number; right: number; bottom: number }) => r.left < o.left - 1 || r.top < o.top - 1 || r.right > o.right + 1 || r.bottom > o.bottom + 1;
    const root = document.querySelector(".projector");
    if (!root) return ["no projector on the page"];
    const win = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
    for (const el of root.querySelectorAll("*")) {
      // Visually hidden on purpose (for screen readers), closed, or drawn on the canvas.
      if (el.closest("[hidden], dialog:not([open]), .court-stage, .sr-only")) continue;
      if (el.closest("svg") && el.tagName.toLowerCase() !== "svg") continue;
      const scroller = el.closest("[data-scrolls]");
      if (scroller && scroller !== el) continue;
      const folded = el.closest("details:not([open])");
      if (folded && !el.closest("summary")) continue;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (outside(r, win)) out.push(`outside the window: ${name(el)} ${box(r)}`);
      // Inside its board or panel: content that spills out of its box lies over its neighbours.
      const panel = el.parentElement?.closest(".board, .summary-grid > div, .class-summary, .side, .proj-head, .caption-bar");
      if (panel && outside(r, panel.getBoundingClientRect())) out.push(`outside its ${panel.className}: ${name(el)} ${box(r)} in ${box(panel.getBoundingClientRect())}`);
      const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "");
      if (text && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) out.push(`text cut off: ${name(el)} (${el.scrollWidth} > ${el.clientWidth})`);
    }
    const boards = [...document.querySelectorAll(".board")].map((b) => b.getBoundingClientRect());
    for (let i = 0; i < boards.length; i++) {
      for (let j = i + 1; j < boards.length; j++) {
        const a = boards[i], b = boards[j];
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) out.push(`boards ${i + 1} and ${j + 1} overlap`);
      }
    }
    return out;
  });
}

/** Whether every element of `selector` is on screen, and how many there are. */
async function onScreen(page: Page, selector: string): Promise<{ count: number; off: number }> {
  return page.$$eval(selector, (els) => ({
    count: els.length,
    off: els.filter((e) => {
      const r = e.getBoundingClientRect();
      const s = getComputedStyle(e);
      return s.visibility === "hidden" || r.width === 0 || r.height === 0 || r.left < 0 || r.top < 0 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1;
    }).length,
  }));
}

/** Waits for the page to settle at a new size: a resize, two frames, and a moment for Phaser to follow. */
async function resize(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(250);
}

/** At each size: nothing misfits, and what the phase must show is on screen. */
async function fitsEverywhere(page: Page, lines: number, phase: string, musts: string[]): Promise<void> {
  for (const size of SIZES) {
    await resize(page, size);
    const where = `${lines} line(s), ${phase}, ${size.width}x${size.height}`;
    expect(await misfits(page), where).toEqual([]);
    for (const must of musts) {
      const seen = await onScreen(page, must);
      expect(seen.count, `${where}: ${must}`).toBeGreaterThan(0);
      expect(seen.off, `${where}: ${must} off screen`).toBe(0);
    }
    if (PICTURES.has(`${lines}|${phase}|${size.width}`)) await page.screenshot({ path: join(SHOTS, `projector-fit-${lines}-${phase}-${size.width}.png`) });
  }
  await resize(page, SIZES[0]);
}

describe("the projector fits the wall", () => {
  it("shows the QR code at the server's Wi-Fi address, and a second device opening ?host=CODE is asked for the host key", async () => {
    const host = await devices.open(PROJECTOR, `${cls.base}/class.html?host`);
    await host.waitForSelector("[data-screen=create]");
    await host.click("[data-action=apply-settings]");
    await host.waitForSelector(".join-code");
    const code = (await host.getAttribute(".join-code", "data-code"))!;
    const { addresses } = (await (await fetch(`${cls.base}/api/lan`)).json()) as { addresses: string[] };
    const port = new URL(cls.base).port;
    await host.waitForSelector(".qr[data-url]");
    const url = await host.getAttribute(".qr", "data-url");
    // Opened at 127.0.0.1: the QR holds the first Wi-Fi address (or, on a machine without one, says so).
    if (addresses.length > 0) expect(url).toBe(`http://${addresses[0]}:${port}/class.html?code=${code}`);
    else expect(await host.locator(".warn").textContent()).toMatch(/Wi-Fi/);
    await expect(fetch(`${cls.base}/api/lan`).then((r) => r.headers.get("cache-control"))).resolves.toBe("no-store");

    // The teacher's key, shown only on request.
    await host.click("[data-action=settings]");
    await host.click("[data-action=show-host-key]");
    const key = (await host.locator(".host-key code").textContent())!;
    expect(key.length).toBeGreaterThan(10);
    await host.click("[data-action=close-settings]");
    expect(await host.locator(".settings-box").isHidden()).toBe(true);

    // A second device: asked for the key, not offered a new class; a wrong key is refused, the right one opens the projector.
    const second = await devices.open(PROJECTOR, `${cls.base}/class.html?host=${code}`);
    await second.waitForSelector("[data-screen=host-key]");
    expect(await second.locator("[data-action=join-instead]").getAttribute("href")).toBe(`?code=${code}`);
    expect(await second.locator("[data-screen=create]").count()).toBe(0);
    await second.fill("#host-key", "not-the-key-at-all-0000");
    await second.click("[data-action=use-host-key]");
    await second.waitForSelector("text=That key does not open");
    await second.fill("#host-key", key);
    await second.click("[data-action=use-host-key]");
    await second.waitForSelector(`[data-screen=projector] .join-code[data-code="${code}"]`);
    // The glossary opens with one tap and explains the words the game uses.
    await second.click("[data-action=glossary]");
    await second.waitForSelector("dialog.glossary[open]");
    expect(await second.locator(".gloss[data-term=handshake] dd").textContent()).toMatch(/weight/);
    expect(await second.locator(".gloss[data-term=excitability] dd").textContent()).toMatch(/bias/);
    expect(await second.locator(".gloss[data-term=rule-backprop]").count()).toBe(1);
    const card = await second.locator("dialog.glossary").boundingBox();
    expect(card!.y + card!.height).toBeLessThanOrEqual(1080);
    await second.keyboard.press("Escape");
    await second.waitForFunction(() => !document.querySelector("dialog.glossary")?.hasAttribute("open"));
    expect(devices.errors).toEqual([]);
  }, 90_000);

  for (const lines of [1, 2, 4, 6]) {
    it(`fits at three sizes with ${lines} line(s), in every phase`, async () => {
      const people = lines === 6 ? 24 : lines * 5 - 1;
      const host = await devices.open(PROJECTOR, `${cls.base}/class.html?host`);
      host.on("dialog", (d) => void d.accept());
      await host.waitForSelector("[data-screen=create]");
      await host.fill("input[name=teams]", String(lines));
      await host.fill("input[name=lineLength]", "5");
      await host.fill("input[name=maxRounds]", "4");
      await host.fill("input[name=voteSeconds]", "600");
      await host.fill("input[name=adjustSeconds]", "600");
      for (let t = 0; t < lines; t++) await host.selectOption(`select[name=rule${t}]`, RULES[t]);
      await host.click("[data-action=apply-settings]");
      await host.waitForSelector(".join-code");
      const code = (await host.getAttribute(".join-code", "data-code"))!;
      const endpoint = cls.base.replace(/^http/, "ws");
      const mine: NetworkGame[] = [];
      for (let i = 0; i < people; i++) mine.push(await NetworkGame.join({ endpoint, code, name: i === 0 ? "Maximiliana Long" : `Kid ${i + 1}`, store: null }));
      students.push(...mine);
      await host.waitForFunction((n) => document.querySelectorAll(".roster li[data-player]").length === n, people);
      await host.waitForSelector(".qr[data-url]");
      // The lobby: 24 names without a scrollbar in the roster.
      await fitsEverywhere(host, lines, "lobby", [".join-code", ".qr", ".roster li[data-player]", "[data-action=start]"]);
      expect(await host.$eval(".roster-list", (e) => e.scrollHeight <= e.clientHeight + 1)).toBe(true);

      await host.click("[data-action=start]");
      // The shot, held still by a pause while it is measured (the animations would move on by themselves).
      await phaseIs(host, "shot");
      await host.click("[data-action=pause]");
      await host.waitForSelector(".proj-head .countdown[data-paused=true]");
      // The roster folds while the game runs.
      expect(await host.locator(".roster[open]").count()).toBe(0);
      await fitsEverywhere(host, lines, "shot", [".board-miss", ".proj-head .countdown", ".caption"]);
      expect(await host.locator(".phase-title").textContent()).toBe("Paused");
      await host.click("[data-action=resume]");

      await host.waitForFunction(() => document.body.dataset.phase === "vote" || document.body.dataset.phase === "coach");
      if ((await host.evaluate(() => document.body.dataset.phase)) === "vote") {
        const asked = mine.filter((s) => lineVotes(s.view().lines[s.view().players[s.me!].line]));
        // Half vote: the tally has ballots and the rest are still voting.
        const half = asked.slice(0, Math.ceil(asked.length / 2));
        for (const [i, s] of half.entries()) expect(await s.send({ type: "vote", blame: i % 5, direction: i % 2 ? "firmer" : "looser" })).toBeNull();
        await host.waitForFunction((n) => [...document.querySelectorAll<HTMLElement>(".still-voting")].reduce((a, e) => a + Number(e.dataset.stillVoting), 0) === n, asked.length - half.length);
        await fitsEverywhere(host, lines, "vote", [".board-miss", ".proj-head .countdown", ".col-tally, .tally", ".still-voting"]);
        if (half.length === 1) expect(await host.locator(".still-voting").first().textContent()).toMatch(/\(1 ballot in\)/);
        for (const s of asked.slice(half.length)) expect(await s.send({ type: "vote", blame: 4, direction: "firmer" })).toBeNull();
        // Everyone asked has voted: the game moves on by itself (only bots in the voting lines: the host moves it on).
        if (asked.length === 0) await host.click("[data-action=next]");
      }
      // The rule's step: paused at once, so its cards are measured after the walk without the phase moving on.
      await phaseIs(host, "coach");
      await host.click("[data-action=pause]");
      if (lines === 1) {
        // Cards show as the coach reaches each seat: not all of them at first, all of them after the walk.
        const early = await host.locator(".cards [data-reached=false]").count();
        expect(early).toBeGreaterThan(0);
      }
      await host.waitForTimeout(5800);
      expect(await host.locator(".cards [data-reached=false]").count()).toBe(0);
      expect(await host.locator(".verdict-line[data-hidden-until]").count()).toBe(0);
      await fitsEverywhere(host, lines, "coach", [".board-miss", ".proj-head .countdown", ".caption", ".verdict-line, .cards, .tally"]);
      await host.click("[data-action=resume]");

      // Adjusting: some players go further than their rule, some are done; the boards say so.
      await phaseIs(host, "adjust");
      let done = 0;
      for (const [i, s] of mine.entries()) {
        if (i % 3 !== 0) continue;
        const v = s.view();
        const p = v.players[s.me!];
        const shot = v.lines[p.line].current!;
        const change = shot.coach!.weightChanges[p.seat];
        expect(await s.send({ type: "adjust", weight: shot.weights[p.seat] + 3 * change })).toBeNull();
        expect(await s.send({ type: "ready" })).toBeNull();
        done++;
      }
      await host.waitForFunction((n) => [...document.querySelectorAll<HTMLElement>(".adjust-row")].reduce((a, e) => a + Number(e.dataset.done), 0) === n, done);
      expect(await host.locator(".seat-chip[data-choice=bolder]").count()).toBeGreaterThan(0);
      const counts = await host.locator(".adjust-count").allTextContents();
      expect(counts.every((c) => /^\d+ of \d+ done$|^Bots only$/.test(c))).toBe(true);
      await fitsEverywhere(host, lines, "adjust", [".adjust-row", ".proj-head .countdown", ".caption"]);

      // The settings open over the boards and close by themselves when the next round starts.
      await host.click("[data-action=settings]");
      await host.waitForSelector(".settings-box:not([hidden]) .class-settings");
      const panel = await host.locator(".settings-box").boundingBox();
      expect(panel!.y + panel!.height).toBeLessThanOrEqual(1080);
      await host.click("[data-action=next]");
      await phaseIs(host, "aim");
      expect(await host.locator(".settings-box").isHidden()).toBe(true);

      // End asks first; the summary names the race's result and fits too.
      await host.click("[data-action=end]");
      await phaseIs(host, "summary");
      await host.waitForSelector("[data-screen=class-summary]");
      // One line: whether it learned; a race: which line won (shared raceWinner names it).
      expect(await host.locator(".summary-winner").textContent()).toMatch(lines === 1 ? /learned first|No line hit 3 in a row|did not hit 3 in a row/ : /line \d/i);
      await fitsEverywhere(host, lines, "summary", [".summary-winner", ".class-summary .racing", "[data-action=start]", ".heat-key"]);
      if (lines === 1) {
        // One line's blame map and its key are whole in their box at every size (at 720p the key was cut off below the map).
        for (const size of SIZES) {
          await resize(host, size);
          const box = await host.$eval(".heat-box", (e) => ({ scroll: e.scrollHeight, client: e.clientHeight }));
          expect(box.scroll, `heat box at ${size.width}x${size.height}: ${JSON.stringify(box)}`).toBeLessThanOrEqual(box.client + 1);
        }
        await resize(host, SIZES[0]);
      }

      for (const s of mine) s.dispose();
      await host.close();
      expect(devices.errors).toEqual([]);
    }, 480_000);
  }
});
