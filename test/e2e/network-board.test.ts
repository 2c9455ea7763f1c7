// The projector's network board in real Chromium, on its own page (network.html: a real network from
// shared/network, seeded votes), at 1280x720 and 1024x768 with 6 layers of 6 and a shooter: every neuron
// and name inside the map, no text cut off, the vote colours follow the votes, the walk's widths are
// coachWalk's numbers, it plays step by step (and not at all under reduced motion), the dendrites say what
// each rule really does, every word comes from the message files, and axe-core finds nothing. The words
// under the map are big enough to read from the back of a classroom (caption 22 px, legend 18 px) with
// the 37 neurons still inside the map; the votes' marks speak in the words of the rule that scored them
// (none under rules without a vote); the bots are named in the page's language. On a real class's projector
// (a server process, colyseus.js students) the map shows the students who are away as away (a bot plays
// them), the vote's title names what the class guesses under the running rule (no coach under the wires or
// the nudge, in lines too), and the votes' marks are at least 22 px, clear of every neuron and name.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localBotName } from "../../shared/game";
import { VOTE_COLOURS, coachWalk, connections } from "../../shared/game/network-map";
import { voteTeller } from "../../shared/game/network-match-words";
import { createTranslator } from "../../shared/i18n";
import { messages as arMessages } from "../../shared/i18n/messages/ar";
import type { Network } from "../../shared/game/network-state";
import { en } from "../../shared/i18n/messages/en";
import { RULE_IDS, type RuleId } from "../../shared/rules";
import { NetworkGame } from "../../client/source/network-game";
import { freePorts, type Proc, startServerProcess } from "../server/processes";
import { buildClient, type Device, Devices, serveDist } from "./browser";
import { SHOTS } from "./solo-play";
import { axeViolations } from "./solo-access";

const SIZES: Device[] = [
  { name: "projector-1280", viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false },
  { name: "projector-1024", viewport: { width: 1024, height: 768 }, isMobile: false, hasTouch: false },
];
const WIDEST = "?depth=7&width=6&seed=3";
const english = createTranslator("en", en);
let server: Awaited<ReturnType<typeof serveDist>>;
const devices = new Devices();

beforeAll(() => {
  buildClient();
}, 120_000);
beforeAll(async () => {
  server = await serveDist();
  await devices.start();
});
afterAll(async () => {
  await devices.close();
  await server?.close();
});

/** The network the page shows and its phase. */
const shown = (page: Page) => page.evaluate(() => window.__network!()) as Promise<{ network: Network; phase: string }>;

/** Opens the page with a network (`search`) on a device. */
async function open(device: Device, search: string, reducedMotion = false): Promise<Page> {
  const page = await devices.open(device, "about:blank");
  if (reducedMotion) await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(`${server.url}network.html${search}`);
  await page.waitForSelector("body[data-ready='1']");
  return page;
}

/** Clicks a button of the page and waits for the phase it leads to. */
async function press(page: Page, action: string, phase: string): Promise<void> {
  await page.click(`[data-action=${action}]`);
  await page.waitForFunction((p) => document.body.dataset.phase === p && document.querySelector(`.network-board[data-phase="${p}"]`), phase);
}

/** Everything on the map out of place: neurons or names outside the map, names wider than their column or overlapping, boxes whose text overflows, a page that scrolls. */
async function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const map = document.querySelector(".nb-map")!.getBoundingClientRect();
    const inside = (r: DOMRect, what: string) => {
      if (r.left < map.left - 0.5 || r.right > map.right + 0.5 || r.top < map.top - 0.5 || r.bottom > map.bottom + 0.5) out.push(`${what} outside the map: ${JSON.stringify([r.left, r.top, r.right, r.bottom])}`);
    };
    const neurons = [...document.querySelectorAll<SVGGElement>(".nb-neuron")];
    for (const g of neurons) {
      for (const shape of g.querySelectorAll("circle")) inside(shape.getBoundingClientRect(), `neuron ${g.dataset.seat}`);
      inside(g.querySelector(".nb-name")!.getBoundingClientRect(), `name of ${g.dataset.seat}`);
    }
    const names = [...document.querySelectorAll<SVGTextElement>(".nb-name")].map((t) => t.getBoundingClientRect());
    for (let a = 0; a < names.length; a++) {
      for (let b = a + 1; b < names.length; b++) {
        const p = names[a];
        const q = names[b];
        if (p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5) out.push(`names ${a} and ${b} overlap`);
      }
    }
    for (const el of document.querySelectorAll<HTMLElement>(".network-board, .network-board *:not(svg *), #network header, #network .controls")) {
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible") out.push(`${el.className || el.tagName} overflows sideways`);
    }
    const caption = document.querySelector(".nb-legend")!.getBoundingClientRect();
    if (caption.bottom > innerHeight + 0.5) out.push(`the legend ends below the window (${caption.bottom} > ${innerHeight})`);
    if (document.documentElement.scrollHeight > innerHeight + 1 || document.documentElement.scrollWidth > innerWidth + 1) out.push("the page scrolls");
    if (neurons.length === 0) out.push("no neurons");
    return out;
  });
}

describe("the network board", () => {
  for (const device of SIZES) {
    it(`fits 6 layers of 6 and a shooter at ${device.viewport.width}x${device.viewport.height}, colours the votes given and walks coachWalk's widths`, async () => {
      const page = await open(device, WIDEST);
      expect(await page.locator(".nb-neuron").count()).toBe(37);
      expect(await misfits(page)).toEqual([]);
      // Bots are drawn as bots: the page's every fifth seat.
      expect(await page.locator(".nb-neuron[data-bot=true]").count()).toBe(7);

      await press(page, "shoot", "shot");
      await press(page, "vote", "vote");
      const { network } = await shown(page);
      expect(await misfits(page)).toEqual([]);
      // The votes given (read from the page's own network), counted here on their own.
      const seatOf = new Map(network.neurons.map((n, seat) => [n.playerId, seat]));
      const want = new Map<string, { firmer: number; looser: number }>();
      for (const [id, v] of Object.entries(network.current!.votes)) {
        const key = `${seatOf.get(id)}:${v.handshake}`;
        const c = want.get(key) ?? { firmer: 0, looser: 0 };
        c[v.direction]++;
        want.set(key, c);
      }
      expect(want.size).toBeGreaterThan(15);
      const lines = await page.$$eval("line.nb-link", (ls) => ls.map((l) => ({ key: `${l.getAttribute("data-to")}:${l.getAttribute("data-i")}`, firmer: Number(l.getAttribute("data-firmer")), looser: Number(l.getAttribute("data-looser")), stroke: l.getAttribute("stroke") })));
      expect(lines).toHaveLength(connections(network).length);
      for (const l of lines) {
        const w = want.get(l.key) ?? { firmer: 0, looser: 0 };
        expect({ key: l.key, firmer: l.firmer, looser: l.looser }).toEqual({ key: l.key, ...w });
        expect(l.stroke).toBe(w.firmer > 0 && w.looser === 0 ? VOTE_COLOURS.firmer : w.looser > 0 && w.firmer === 0 ? VOTE_COLOURS.looser : w.firmer === 0 ? VOTE_COLOURS.none : l.stroke);
      }
      expect(await page.getAttribute(".nb-status", "data-votes")).toBe(String(Object.keys(network.current!.votes).length));
      expect(await page.locator(".nb-legend [data-legend=firmer]").count()).toBe(1);
      await page.screenshot({ path: `${SHOTS}/network-board-vote-${device.viewport.width}.png` });

      await press(page, "speak", "coach");
      const spoke = (await shown(page)).network;
      const walk = coachWalk(spoke)!;
      expect(walk.mechanism).toBe("handshakes");
      // The steps come one after the other: the last is still hidden while the first plays.
      const steps = await page.$$eval(".nb-step", (ss) => ss.map((s) => ({ layer: Number(s.getAttribute("data-layer")), delay: getComputedStyle(s).animationDelay, opacity: Number(getComputedStyle(s).opacity) })));
      expect(steps.map((s) => s.layer)).toEqual(walk.steps.map((s) => s.layer));
      expect(steps[0].delay).toBe("0s");
      expect(steps.at(-1)!.opacity).toBe(0);
      expect(parseFloat(steps.at(-1)!.delay)).toBeGreaterThan(2);
      const parts = await page.$$eval("path.nb-part", (ps) => ps.map((p) => ({ key: `${p.getAttribute("data-to")}:${p.getAttribute("data-i")}`, width: Number(p.getAttribute("stroke-width")) })));
      const wantParts = walk.steps.flatMap((s) => s.parts).filter((p) => p.width > 0);
      expect(parts).toEqual(wantParts.map((p) => ({ key: `${p.to}:${p.i}`, width: Number(p.width.toFixed(3)) })));
      // The note fades on its way back through six layers of tanh: the board says so.
      expect(await page.getAttribute(".nb-scale", "data-scale")).toBe("fading");
      expect(Math.max(...parts.slice(0, 36).map((p) => p.width))).toBeGreaterThan(10 * Math.max(...parts.slice(-36).map((p) => p.width)));
      // Each neighbourhood's vote against the rule.
      expect(Number(await page.getAttribute(".nb-matches", "data-total"))).toBe(Object.keys(spoke.current!.votes).length);
      expect(await page.locator(".nb-neuron[data-match]").count()).toBe(Object.keys(spoke.current!.votes).length);
      await page.waitForFunction(() => [...document.querySelectorAll(".nb-step")].every((s) => getComputedStyle(s).opacity === "1"), undefined, { timeout: 10_000 });
      expect(await misfits(page)).toEqual([]);
      // The marks too (they were about 14 px), beside their neurons and over none.
      expect(await markMisfits(page)).toEqual([]);
      // Read from 6 m on a 720p projector: the words at least 22 px, the legend 18 px (they were 16 and 14).
      const sizes = await page.evaluate(() => ({
        caption: [...document.querySelectorAll(".nb-caption p")].map((p) => parseFloat(getComputedStyle(p).fontSize)),
        legend: [...document.querySelectorAll(".nb-legend li")].map((li) => parseFloat(getComputedStyle(li).fontSize)),
      }));
      expect(sizes.caption.length).toBeGreaterThan(1);
      expect(Math.min(...sizes.caption)).toBeGreaterThanOrEqual(22);
      expect(Math.min(...sizes.legend)).toBeGreaterThanOrEqual(18);
      await page.screenshot({ path: `${SHOTS}/network-board-walk-${device.viewport.width}.png` });
      await page.click("[data-action=dendrites]");
      expect(await misfits(page)).toEqual([]);
      await page.waitForFunction(() => document.querySelectorAll(".nb-base").length === 37 && [...document.querySelectorAll(".nb-step")].every((s) => getComputedStyle(s).opacity === "1"), undefined, { timeout: 10_000 });
      await page.screenshot({ path: `${SHOTS}/network-board-dendrites-${device.viewport.width}.png` });
      expect(devices.errors).toEqual([]);
    }, 90_000);
  }

  it("says, under each rule with dendrites on, where the feedback really arrives, and draws it so; no coach but backprop's", async () => {
    const page = await open(SIZES[0], "?depth=5&width=4&seed=2&dendrites=1");
    await press(page, "shoot", "shot");
    await press(page, "vote", "vote");
    await press(page, "speak", "coach");
    const mechanism: Record<RuleId, string> = { backprop: "handshakes", "feedback-alignment": "feedback-wires", "activity-difference": "nudge", "trial-and-error": "trial-and-error", "fire-together": "fire-together" };
    for (const rule of RULE_IDS) {
      await page.selectOption("select[name=rule]", rule);
      await page.waitForSelector(`.network-board[data-rule="${rule}"]`);
      expect(await page.getAttribute("[data-dendrites-note]", "data-dendrites-note")).toBe(rule);
      expect(await page.textContent("[data-dendrites-note]")).toBe(en[`network.dendrites.${rule}`]);
      expect(await page.getAttribute("[data-walk-words]", "data-walk-words")).toBe(mechanism[rule]);
      // Every neuron has a base and a top.
      expect(await page.locator(".nb-neuron .nb-base").count()).toBe(17);
      expect(await page.locator(".nb-neuron .nb-top").count()).toBe(17);
      // Separate wires only under feedback alignment; the compare mark only under activity difference.
      expect(await page.locator(".nb-wire").count()).toBe(rule === "feedback-alignment" ? 4 * 4 * 3 + 4 : 0);
      expect(await page.locator(".nb-compare").count()).toBe(rule === "activity-difference" ? 17 : 0);
      // A walk only where the rule carries something back; it ends at the tops (the paths' last points).
      const walk = coachWalk((await shown(page)).network);
      expect(walk === null).toBe(rule === "trial-and-error" || rule === "fire-together");
      expect(await page.locator(".nb-step").count()).toBe(walk ? walk.steps.length : 0);
      await page.waitForFunction(() => [...document.querySelectorAll(".nb-step")].every((s) => getComputedStyle(s).opacity === "1"), undefined, { timeout: 10_000 });
      const words = (await page.textContent(".network-board"))!;
      if (rule !== "backprop") expect(words).not.toMatch(/coach|right handshake/i);
      else expect(words).toMatch(/coach/i);
      // The votes are scored only where the rule holds a vote, and then in its teller's words (the marks' legend, each mark's tooltip).
      const teller = voteTeller(rule);
      const marks = await page.locator(".nb-neuron[data-match]").count();
      if (teller === null) {
        expect(marks).toBe(0);
        expect(await page.locator("[data-legend=marks], .nb-matches").count()).toBe(0);
      } else {
        expect(marks).toBe(Object.keys((await shown(page)).network.current!.votes).length);
        expect(await page.textContent("[data-legend=marks]")).toBe(english.t("network.legend.marks", { teller }));
        // A neuron past layer 0 (more than one handshake: a handshake was picked, so the mark speaks of both parts).
        const marked = page.locator(".nb-neuron[data-match]:not([data-seat='0']):not([data-seat='1']):not([data-seat='2']):not([data-seat='3'])").first();
        const tip = marked.locator(".nb-match title");
        const which = await marked.getAttribute("data-match");
        const name = await marked.locator(".nb-name").getAttribute("data-full");
        expect(await tip.textContent()).toBe(english.t(`network.match.${which as "both"}`, { teller, name: name! }));
      }
      await page.screenshot({ path: `${SHOTS}/network-board-dendrites-${rule}.png` });
    }
    expect(devices.errors).toEqual([]);
  }, 90_000);

  it("under reduced motion shows the whole walk at once", async () => {
    const page = await open(SIZES[1], "?depth=7&width=6&seed=5", true);
    await press(page, "shoot", "shot");
    await press(page, "speak", "coach");
    const steps = await page.$$eval(".nb-step", (ss) => ss.map((s) => ({ opacity: getComputedStyle(s).opacity, animation: getComputedStyle(s).animationName })));
    expect(steps).toHaveLength(6);
    for (const s of steps) expect(s).toEqual({ opacity: "1", animation: "none" });
  }, 60_000);

  it("takes every word from the message files (?lang=pseudo), and axe-core finds nothing at any phase", async () => {
    const pseudo = await open(SIZES[0], `${WIDEST}&lang=pseudo&dendrites=1`);
    for (const [action, phase] of [["shoot", "shot"], ["vote", "vote"], ["speak", "coach"]] as const) {
      await press(pseudo, action, phase);
      const texts = await pseudo.$$eval(".nb-caption p, .nb-legend li, .nb-input text, #network button, #network label, #network h1, .nb-nodes title, .nb-match title", (els) => els.map((e) => [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent!.trim()).filter(Boolean).join(" ")).filter(Boolean));
      expect(texts.length).toBeGreaterThan(10);
      for (const t of texts) expect(t, t).toMatch(/⟦[\s\S]*⟧/);
      expect(await pseudo.getAttribute(".nb-nodes", "aria-label")).toMatch(/^⟦.*⟧$/);
    }
    const page = await open(SIZES[1], WIDEST);
    const found: string[] = [];
    found.push(...(await axeViolations(page, "network-lobby")));
    await press(page, "shoot", "shot");
    await press(page, "vote", "vote");
    found.push(...(await axeViolations(page, "network-vote")));
    await press(page, "speak", "coach");
    await page.click("[data-action=dendrites]");
    found.push(...(await axeViolations(page, "network-coach-dendrites")));
    expect(found).toEqual([]);
    // Arabic reads right to left around the map; the map itself keeps the hoop on the left.
    const ar = await open(SIZES[0], `${WIDEST}&lang=ar`);
    await press(ar, "shoot", "shot");
    await press(ar, "speak", "coach");
    expect(await ar.evaluate(() => [document.documentElement.dir, document.querySelector(".nb-map")!.getAttribute("dir")])).toEqual(["rtl", "ltr"]);
    expect(await misfits(ar)).toEqual([]);
    // The bots are named in Arabic, as the game's sources name them (shared/game/bot-names.ts).
    const arTr = createTranslator("ar", arMessages);
    const bots = await ar.$$eval(".nb-neuron[data-bot=true]", (gs) => gs.map((g) => ({ seat: Number(g.getAttribute("data-seat")), name: g.querySelector(".nb-name")!.getAttribute("data-full") })));
    expect(bots).toHaveLength(7);
    for (const b of bots) expect(b.name).toBe(localBotName(b.seat, arTr));
    await ar.screenshot({ path: `${SHOTS}/network-board-ar.png` });
    expect(devices.errors).toEqual([]);
  }, 120_000);

  it("is reached from the solo home screen through the brain lab", async () => {
    const home = await devices.open(SIZES[1], server.url);
    // The solo page loads the court too: on a busy machine it takes a while.
    await home.waitForSelector("body[data-ready='1']", { timeout: 60_000 });
    expect(await home.getAttribute("[data-action=brain-lab]", "href")).toBe("lab.html");
    await home.click("[data-action=brain-lab]");
    await home.waitForSelector("#network-link");
    await home.click("#network-link");
    await home.waitForSelector("body[data-ready='1'] .network-board");
    expect(new URL(home.url()).pathname).toBe("/network.html");
    expect(await home.locator(".nb-neuron").count()).toBe(37);
    expect(devices.errors).toEqual([]);
  }, 120_000);
});

/** Every vote mark on the map too small to read from the back of a class (under 22 px), or over a neuron, a name or another mark. */
async function markMisfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const overlap = (p: DOMRect, q: DOMRect) => p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5;
    const marks = [...document.querySelectorAll<SVGTextElement>(".nb-match")];
    const shapes = [...document.querySelectorAll<SVGElement>(".nb-neuron circle, .nb-name, .nb-input rect")].map((e) => ({ what: `${e.closest(".nb-neuron")?.getAttribute("data-seat") ?? "distance"} ${e.getAttribute("class") ?? e.tagName}`, box: e.getBoundingClientRect() }));
    const map = document.querySelector(".nb-map")!.getBoundingClientRect();
    marks.forEach((m, k) => {
      const seat = m.closest(".nb-neuron")!.getAttribute("data-seat");
      const size = parseFloat(getComputedStyle(m).fontSize);
      if (size < 22) out.push(`mark of ${seat} is ${size} px`);
      const box = m.getBoundingClientRect();
      if (box.left < map.left || box.right > map.right || box.top < map.top || box.bottom > map.bottom) out.push(`mark of ${seat} outside the map`);
      for (const s of shapes) if (overlap(box, s.box)) out.push(`mark of ${seat} over ${s.what}`);
      marks.forEach((o, j) => {
        if (j > k && overlap(box, o.getBoundingClientRect())) out.push(`marks of ${seat} and ${o.closest(".nb-neuron")!.getAttribute("data-seat")} overlap`);
      });
    });
    return out;
  });
}

describe("the projector of a class played as one network", () => {
  const PROJECTOR = SIZES[0];
  let proc: Proc | null = null;
  let base = "";
  const students: NetworkGame[] = [];
  const FOREVER = { timeout: 60_000 };
  beforeAll(async () => {
    const [port] = await freePorts(1);
    proc = await startServerProcess(port);
    base = `http://127.0.0.1:${port}`;
  }, 60_000);
  afterAll(async () => {
    for (const s of students) s.dispose();
    await proc?.stop();
  });

  /** The host's page with a new class: one network (`layers` of `width`) or lines, under `rule`. */
  async function newClass(rule: RuleId, network: { layers: number; width: number } | null): Promise<{ host: Page; code: string }> {
    const host = await devices.open(PROJECTOR, `${base}/class.html?host`);
    host.on("dialog", (d) => void d.accept());
    await host.waitForSelector("[data-screen=create]");
    if (network) {
      await host.check("input[name=shape][value=network]");
      await host.fill("input[name=layers]", String(network.layers));
      await host.fill("input[name=layerWidth]", String(network.width));
    }
    await host.selectOption("select[name=rule0]", rule);
    await host.fill("input[name=voteSeconds]", "120");
    await host.fill("input[name=adjustSeconds]", "120");
    await host.click("[data-action=apply-settings]");
    await host.waitForSelector(".join-code");
    return { host, code: (await host.getAttribute(".join-code", "data-code"))! };
  }

  /** Starts the game and goes on until a shot that missed opens the vote. */
  async function toVote(host: Page): Promise<void> {
    await host.click("[data-action=start]");
    await host.waitForFunction(() => ["vote", "coach", "adjust"].includes(document.body.dataset.phase ?? ""), undefined, FOREVER);
    for (let skips = 0; (await host.getAttribute("body", "data-phase")) !== "vote"; skips++) {
      expect(skips).toBeLessThan(30);
      await host.click("[data-action=next]");
      await host.waitForTimeout(400);
    }
  }

  it("shows away students as away, titles the vote with the wires' words and draws marks of at least 22 px clear of every neuron, at 1280x720 with 6 layers of 6", async () => {
    const { host, code } = await newClass("feedback-alignment", { layers: 6, width: 6 });
    await host.waitForSelector(".network-board .nb-neuron");
    const endpoint = base.replace(/^http/, "ws");
    const joined: NetworkGame[] = [];
    for (let i = 0; i < 12; i++) joined.push(await NetworkGame.join({ endpoint, code, name: `Kid ${i + 1}`, store: null }));
    students.push(...joined);
    // Three close their tabs without a goodbye: their seats wait for them and a bot plays them meanwhile.
    const gone = [joined[1], joined[5], joined[9]];
    const goneIds = gone.map((g) => g.me!);
    for (const g of gone) g.dispose();
    await host.waitForFunction(() => document.querySelectorAll(".nb-neuron[data-away=true]").length === 3, undefined, FOREVER);
    const away = await host.$$eval(".nb-neuron[data-away=true]", (gs) => gs.map((g) => ({ name: g.querySelector(".nb-name")!.getAttribute("data-full"), title: g.querySelector(":scope > title")!.textContent, word: g.querySelector(".nb-away")?.textContent ?? null, dashed: g.querySelector(".nb-body")!.getAttribute("stroke-dasharray"), faded: Number(getComputedStyle(g.querySelector(".nb-body")!).opacity) })));
    const goneNames = goneIds.map((id) => joined[0].view().players[id].name).sort();
    expect(away.map((a) => a.name).sort()).toEqual(goneNames);
    for (const a of away) {
      expect(a.title).toBe(english.t("network.neuron.away", { name: a.name! }));
      expect(a.word).toBe(english.t("class.roster.isAway"));
      expect(a.dashed).not.toBeNull();
      expect(a.faded).toBeLessThan(0.6);
    }
    // The people still here are drawn as people; the map's label and the legend say who is away.
    expect(await host.locator(".nb-neuron[data-bot=false]:not([data-away])").count()).toBe(9);
    // 6 layers of 6 and the shooter's layer.
    expect(await host.getAttribute(".nb-nodes", "aria-label")).toBe(english.t("network.board.label", { layers: 7, neurons: 37, away: 3 }));
    expect(await host.textContent(".nb-legend [data-legend=away]")).toBe(english.t("network.legend.away"));
    expect(await misfits(host)).toEqual([]);
    await host.screenshot({ path: `${SHOTS}/network-projector-away-1280.png` });

    await toVote(host);
    // No coach under the wires: the title names what the class guesses.
    await expect.poll(() => host.textContent(".phase-title")).toBe(english.t("class.phase.voteNetwork", { teller: "wires" }));
    expect(await host.textContent(".phase-title")).not.toMatch(/coach|who is to blame/i);
    await host.screenshot({ path: `${SHOTS}/network-projector-vote-1280.png` });
    // Everyone here votes (the away three are not asked): the game moves on to the wires' step by itself.
    for (const s of joined) if (!gone.includes(s)) await s.send({ type: "vote", handshake: 0, direction: "firmer" });
    await host.waitForSelector(".nb-neuron[data-match]", FOREVER);
    await host.waitForFunction(() => [...document.querySelectorAll(".nb-step")].every((s) => getComputedStyle(s).opacity === "1"), undefined, FOREVER);
    expect(await host.locator(".nb-neuron[data-match]").count()).toBeGreaterThanOrEqual(9);
    expect(await markMisfits(host)).toEqual([]);
    expect(await misfits(host)).toEqual([]);
    await host.screenshot({ path: `${SHOTS}/network-projector-marks-1280.png` });
    expect(devices.errors).toEqual([]);
  }, 480_000);

  it("titles a class of lines' vote with its rule's words: the nudge, not a coach", async () => {
    const { host } = await newClass("activity-difference", null);
    await toVote(host);
    await expect.poll(() => host.textContent(".phase-title")).toBe(english.t("class.phase.vote", { teller: "nudge" }));
    expect(await host.textContent(".phase-title")).not.toMatch(/coach|who is to blame/i);
    expect(await host.getAttribute("body", "data-phase")).toBe("vote");
    await host.screenshot({ path: `${SHOTS}/lines-projector-vote-nudge-1280.png` });
    expect(devices.errors).toEqual([]);
  }, 120_000);
});
