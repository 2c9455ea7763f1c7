// A class played as one network, its finishing touches, end to end on a real server process: the
// projector's roster names each student's neuron ("layer 2, neuron 3"); phones in German, Spanish,
// French and Chinese sit in layer 2 with six handshakes each and fit 360x640 without scrolling in the
// vote, the rule's step and the dials; "more time" on those phones opens the vote as the ball lands
// and the dials as the rule's card comes (the engine takes both; the class's phases do not move for
// them), and their dials carry the rule's verdict on their vote and their share, which they would
// otherwise never see; at the end each phone gives the network's result, the student's votes against
// the rule and their neuron's average share, in its language; at the summary the map shows the finished network with how the shots went; the report's
// files download on the projector as the host fetches them; and the Brain lab opens in a new tab while
// the projector page keeps running. Six colyseus.js students fill layer 1.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, useClassServer } from "./class-server";
import { openNetworkClass, pageScrolls, viewWhen } from "./network-class";
import { NetworkGame } from "../../client/source/network-game";
import type { Network } from "../../shared/game/network-state";
import { studentNetSummary } from "../../shared/game/network-summary";
import { voteTeller } from "../../shared/game/network-match-words";
import { createTranslator, type Messages } from "../../shared/i18n";
import { messages as de } from "../../shared/i18n/messages/de";
import { messages as es } from "../../shared/i18n/messages/es";
import { messages as fr } from "../../shared/i18n/messages/fr";
import { messages as zh } from "../../shared/i18n/messages/zh-Hans";
import { type Device, downloadText } from "./browser";
import { axeViolations } from "./solo-access";

const PROJECTOR: Device = { name: "projector", viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false };
const PHONE: Device = { name: "phone-360", viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };
const FOREVER = { timeout: 60_000 };
/** The phones' languages, one phone each, all in layer 2 (English and Arabic: classroom-network.test.ts). */
const LANGS = ["de", "es", "fr", "zh-Hans"] as const;
type Lang = (typeof LANGS)[number];
const MESSAGES: Record<Lang, Messages> = { de, es, fr, "zh-Hans": zh };

const cls = useClassServer(180_000);
const { devices } = cls;
const students = cls.students as NetworkGame[];

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `classroom-network-finish-${name}.png`), fullPage: true });
}

/** The engine's network as a node student holds it. */
function net(): Network {
  const n = students[0].view().network;
  if (!n) throw new Error("the class plays in lines");
  return n;
}

/** A phone in `lang` that joins with a nickname and shows its controller. */
async function phoneJoins(code: string, name: string, lang: Lang): Promise<Page> {
  const page = await devices.open(PHONE, `${cls.base}/class.html?code=${code}&lang=${lang}`);
  await page.fill("#nickname", name);
  await page.locator("[data-action=join]").tap();
  await page.waitForSelector("[data-screen=controller] .ctl-seat[data-layer]", FOREVER);
  return page;
}

/** The host's phase and round as the projector page shows them. */
async function hostAt(host: Page): Promise<{ phase: string; round: number }> {
  return host.evaluate(() => ({ phase: document.body.dataset.phase ?? "", round: Number(document.body.dataset.round) }));
}

/** Moves the class on (teacher-paced: the shot and the rule's step wait for Next) until a shot that missed is on the wall. */
async function toMissedShot(host: Page): Promise<number> {
  for (let i = 0; i < 40; i++) {
    await host.waitForFunction(() => ["shot", "vote", "coach", "adjust"].includes(document.body.dataset.phase ?? ""), undefined, FOREVER);
    const at = await hostAt(host);
    const v = await viewWhen(students[0], (x) => x.phase === at.phase && x.round === at.round, `${at.phase} of round ${at.round}`);
    if (at.phase === "shot" && v.network?.current && !v.network.current.hit) return at.round;
    await host.click("[data-action=next]");
    await host.waitForFunction(([p, r]) => document.body.dataset.phase !== p || Number(document.body.dataset.round) !== r, [at.phase, at.round] as const, FOREVER);
  }
  throw new Error("no shot missed");
}

describe("a class as one network, finished", () => {
  it("names neurons on the roster, gives phones more time in four languages, shows the finished network, downloads the report and opens the lab in a new tab", async () => {
    const host = await devices.open(PROJECTOR, `${cls.base}/class.html?host`);
    host.on("dialog", (d) => void d.accept());
    // Teacher-paced: the shot and the rule's step wait for Next, so the early windows stay open while the test looks.
    const code = await openNetworkClass(host, { layers: 2, layerWidth: 6, maxRounds: 8, voteSeconds: 120, adjustSeconds: 120, teacherPaced: true });
    await host.waitForSelector(".network-board");

    // Six node students fill layer 1; the four phones sit in layer 2 with six handshakes each.
    const endpoint = cls.base.replace(/^http/, "ws");
    for (let i = 0; i < 6; i++) students.push(await NetworkGame.join({ endpoint, code, name: `Kid ${i + 1}`, store: null }));
    const names: Record<Lang, string> = { de: "Greta", es: "Lucia", fr: "Manon", "zh-Hans": "Mei" };
    const phones = {} as Record<Lang, Page>;
    for (const lang of LANGS) phones[lang] = await phoneJoins(code, names[lang], lang);
    const seatOf = (name: string) => net().neurons.findIndex((n) => n.name === name);
    await viewWhen(students[0], (v) => Object.keys(v.players).length === 10, "ten players");
    expect(LANGS.map((l) => seatOf(names[l]))).toEqual([6, 7, 8, 9]);

    // The roster on the wall names each neuron as the phones do: layer and place, in the projector's language.
    await host.waitForFunction(() => document.querySelectorAll(".roster li[data-player]").length === 10, undefined, FOREVER);
    const where = await host.$$eval(".roster li[data-player]", (lis) => lis.map((li) => [li.querySelector(".who")?.textContent ?? "", li.querySelector(".where")?.textContent ?? ""] as const));
    const wanted = net().neurons.flatMap((n) => (n.playerId ? [[n.name, `layer ${n.layer + 1}, neuron ${n.index + 1}`] as const] : []));
    expect(new Map(where)).toEqual(new Map(wanted));
    expect(where.find(([who]) => who === "Manon")?.[1]).toBe("layer 2, neuron 3");
    await host.locator(".roster").screenshot({ path: join(SHOTS, "classroom-network-finish-roster.png") });

    // Every phone turns "more time" on (the switch is offered in a network too).
    for (const lang of LANGS) {
      const more = phones[lang].locator("[data-pref=moreTime]");
      expect(await more.isVisible()).toBe(true);
      await more.tap();
      expect(await more.getAttribute("aria-pressed")).toBe("true");
    }

    await host.click("[data-action=start]");
    const round = await toMissedShot(host);
    // The ball has landed and missed: with more time, every phone's vote is open already (the class's is not).
    const found: string[] = [];
    for (const lang of LANGS) {
      const page = phones[lang];
      await page.waitForSelector(".ctl-body[data-early=vote]", FOREVER);
      await page.waitForSelector("[data-panel=net-vote]", FOREVER);
      expect(await page.locator("[data-panel=net-vote] .net-pick").count()).toBe(6);
      expect(await page.locator(".net-line .early-note").isVisible()).toBe(true);
      expect(await page.locator(".ctl-body [data-countdown]").isVisible()).toBe(false);
      await shot(page, `early-vote-${lang}`);
      expect(await pageScrolls(page), `${lang}: the early vote scrolls`).toBeNull();
    }
    found.push(...(await axeViolations(phones.de, "network early vote (de)")));
    // Greta votes now, during the shot: the engine takes it and the class stays in the shot.
    const greta = phones.de;
    await greta.locator("[data-handshake='3'].net-pick").tap();
    await greta.locator("[data-direction=looser]").tap();
    await greta.locator("[data-action=vote]").tap();
    const ids = Object.fromEntries(net().neurons.flatMap((n) => (n.playerId ? [[n.name, n.playerId]] : [])));
    const early = await viewWhen(students[0], (v) => !!v.network?.current?.votes[ids.Greta], "Greta's early vote");
    expect(early.phase).toBe("shot");
    expect(early.network!.current!.votes[ids.Greta]).toMatchObject({ handshake: 3, direction: "looser" });
    expect((await hostAt(host)).phase).toBe("shot");

    // The class's vote: the others' panels stay (the note gives way to the clock), still without scrolling.
    await host.click("[data-action=next]");
    await host.waitForFunction(() => document.body.dataset.phase === "vote", undefined, FOREVER);
    for (const lang of ["es", "fr", "zh-Hans"] as const) {
      const page = phones[lang];
      await page.waitForSelector(".ctl-body[data-early=''] .net-line [data-countdown]", FOREVER);
      await page.waitForSelector("[data-panel=net-vote]", FOREVER);
      expect(await page.locator(".net-line .early-note").isVisible()).toBe(false);
      expect(await page.locator(".ctl-body [data-countdown]").isVisible()).toBe(true);
      await shot(page, `vote-${lang}`);
      expect(await pageScrolls(page), `${lang}: the vote scrolls`).toBeNull();
      await page.locator("[data-handshake='0'].net-pick").tap();
      await page.locator("[data-direction=firmer]").tap();
      await page.locator("[data-action=vote]").tap();
    }
    for (const s of students) await s.send({ type: "vote", handshake: 0, direction: "firmer" });
    // Everyone asked has voted: the rule's step (teacher-paced, it waits) and the early vote was scored with the others.
    await host.waitForFunction(() => document.body.dataset.phase === "coach", undefined, FOREVER);
    const scored = await viewWhen(students[0], (v) => v.phase === "coach" && !!v.network?.current?.coach, "the rule's step");
    expect(scored.network!.current!.votes[ids.Greta]).toHaveProperty("handshakeRight");
    expect(scored.players[ids.Greta].votesCast).toBe(1);

    // The rule's card is out: with more time, the dials are open on every phone while the class still watches the step.
    for (const lang of LANGS) {
      const page = phones[lang];
      await page.waitForSelector(".ctl-body[data-early=dial]", FOREVER);
      await page.waitForSelector("[data-panel=net-adjust]", FOREVER);
      expect(await page.locator("[data-panel=net-adjust] input[type=range]").count()).toBe(7);
      expect(await page.locator(".net-actions .early-note").isVisible()).toBe(true);
      for (const sel of ["[data-action=done]", "[data-action=follow-all]", "[data-action=keep-all]"]) expect(await page.locator(sel).isVisible(), `${lang} ${sel}`).toBe(true);
      // The rule's verdict on my vote and my share, which the others read at the rule's step, in my language.
      const seat = seatOf(names[lang]);
      const mine = scored.network!.current!.votes[ids[names[lang]]] as { handshakeRight: boolean; directionRight: boolean };
      const say = createTranslator(lang, MESSAGES[lang]).t;
      const teller = voteTeller(scored.network!.rule)!;
      const result = page.locator(".net-verdict .net-vote-result");
      expect(await result.isVisible(), `${lang}: the verdict on the vote`).toBe(true);
      expect(await result.textContent()).toBe(say("netplay.vote.result", { handshake: mine.handshakeRight ? "right" : "wrong", direction: mine.directionRight ? "right" : "wrong", teller }));
      const share = page.locator(".net-verdict .net-share");
      expect(await share.isVisible(), `${lang}: the share`).toBe(true);
      expect(Number(await share.getAttribute("data-share"))).toBeCloseTo(scored.network!.current!.coach!.shares[seat], 12);
      expect(await share.textContent()).toBe(say("student.card.shareBy", { share: scored.network!.current!.coach!.shares[seat], teller }));
      await shot(page, `early-dials-${lang}`);
      expect(await pageScrolls(page), `${lang}: the early dials scroll`).toBeNull();
    }
    found.push(...(await axeViolations(phones.es, "network early dials (es)")));
    // Lucia turns her second handshake up two taps and is done, all during the rule's step.
    const lucia = phones.es;
    const plus = lucia.locator("[data-dial-row=handshake][data-handshake='1'] [data-step='1']");
    await plus.tap();
    await plus.tap();
    const dialed = Number(await lucia.getAttribute("[data-dial-row=handshake][data-handshake='1'] .net-readout", "data-value"));
    await lucia.locator("[data-action=done]").tap();
    await lucia.waitForSelector("[data-waiting=done]", FOREVER);
    const luciaSeat = seatOf("Lucia");
    const doneEarly = await viewWhen(students[0], (v) => !!v.network?.neurons[luciaSeat].ready, "Lucia done early");
    expect(doneEarly.phase).toBe("coach");
    expect(doneEarly.network!.neurons[luciaSeat]).toMatchObject({ adjusted: true, ready: true });
    expect(doneEarly.network!.neurons[luciaSeat].weights[1]).toBeCloseTo(dialed, 12);
    expect((await hostAt(host)).phase).toBe("coach");

    // The class's dials: the same panels, now with the clock; everyone done ends adjust at once.
    await host.click("[data-action=next]");
    await host.waitForFunction(() => document.body.dataset.phase === "adjust", undefined, FOREVER);
    for (const lang of ["de", "fr", "zh-Hans"] as const) {
      const page = phones[lang];
      await page.waitForSelector(".ctl-body[data-early=''] .net-actions [data-countdown]", FOREVER);
      await page.waitForSelector("[data-panel=net-adjust]", FOREVER);
      expect(await page.locator(".net-actions .early-note").isVisible()).toBe(false);
      expect(await page.locator(".net-verdict .net-vote-result").isVisible()).toBe(true);
      expect(await page.locator(".ctl-body [data-countdown]").isVisible()).toBe(true);
      await shot(page, `dials-${lang}`);
      expect(await pageScrolls(page), `${lang}: the dials scroll`).toBeNull();
      await page.locator("[data-action=done]").tap();
    }
    for (const s of students) await s.send({ type: "ready" });
    await host.waitForFunction((r) => Number(document.body.dataset.round) === r + 1, round, FOREVER);
    // Lucia's early turn was kept when adjust ended (the rule did not overwrite it).
    const after = await viewWhen(students[0], (v) => v.round === round + 1, "the next round");
    expect(after.network!.neurons[luciaSeat].weights[1]).toBeCloseTo(dialed, 12);

    // The end: the map shows the finished network and how its shots went, not "waiting for the shot".
    await host.click("[data-action=end]");
    await host.waitForFunction(() => document.body.dataset.phase === "summary", undefined, FOREVER);
    await host.waitForSelector(".network-board[data-phase=summary] .nb-finished", FOREVER);
    const final = await viewWhen(students[0], (v) => v.phase === "summary", "the summary");
    const fin = final.network!;
    const finished = await host.locator(".nb-finished");
    expect(await finished.getAttribute("data-shots")).toBe(String(fin.history.length));
    expect(await finished.getAttribute("data-hits")).toBe(String(fin.history.filter((s) => s.hit).length));
    expect(await finished.getAttribute("data-summary")).toBe(fin.learnedAt === null ? "not-yet" : "learned");
    const said = (await host.locator(".nb-caption").textContent()) ?? "";
    expect(said).not.toContain("Waiting for the shot");
    expect(said).toContain(`The network after ${fin.history.length} shot`);
    expect(said).toContain("Each line is a handshake as the game ended");
    // The map draws the handshakes as the class left them (one line per handshake: 6 + 36 + 6).
    expect(await host.locator(".nb-link").count()).toBe(48);
    const firstLink = await host.locator(`.nb-link[data-to="${luciaSeat}"][data-i="1"]`).getAttribute("data-weight");
    expect(Number(firstLink)).toBeCloseTo(fin.neurons[luciaSeat].weights[1], 12);
    // Beside the map, each student's votes against the rule's step, as the view counts them (the right
    // handshake of the votes that had a choice, the right way of all), whole on the wall.
    const table = await host.$$eval("[data-screen=network-votes] tr[data-player]", (trs) =>
      trs.map((tr) => ({ id: tr.getAttribute("data-player"), handshake: tr.getAttribute("data-handshake"), way: tr.getAttribute("data-way"), cells: [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent) })),
    );
    const outOf = (right: number, of: number) => (of === 0 ? "—" : `${right}/${of}`);
    const byId = (a: { id: string | null }, b: { id: string | null }) => String(a.id).localeCompare(String(b.id));
    expect(table.sort(byId)).toEqual(
      Object.values(final.players)
        .map((p) => ({ id: p.id, handshake: `${p.blameRight}/${p.choiceVotes ?? 0}`, way: `${p.directionRight}/${p.votesCast}`, cells: [p.name, String(p.score), outOf(p.blameRight, p.choiceVotes ?? 0), outOf(p.directionRight, p.votesCast)] }))
        .sort(byId),
    );
    expect(table.some((r) => r.way !== "0/0")).toBe(true);
    const votesBox = await host.$eval("[data-screen=network-votes]", (e) => {
      const r = e.getBoundingClientRect();
      const cut = [...e.querySelectorAll("th, td, h2, p")].filter((c) => c.scrollWidth > c.clientWidth + 1).length;
      return { inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1, cut };
    });
    expect(votesBox).toEqual({ inside: true, cut: 0 });
    await shot(host, "summary");

    // Each phone's end screen: not just "Game over" but the network's result, my votes against the rule and
    // my neuron's average share, in the phone's language, from the view.
    for (const lang of LANGS) {
      const page = phones[lang];
      await page.waitForSelector("[data-screen=student-summary] [data-said]", FOREVER);
      const player = final.players[ids[names[lang]]];
      const want = studentNetSummary(fin, player);
      expect(want.map((w) => w.id)).toEqual([fin.learnedAt === null ? "network.summary.notYet" : "network.summary.learned", "netplay.summary.votes", "netplay.summary.share"]);
      const say = createTranslator(lang, MESSAGES[lang]).t;
      const shown = await page.$$eval("[data-screen=student-summary] [data-said]", (ps) => ps.map((p) => [p.getAttribute("data-said"), p.textContent] as const));
      expect(shown).toEqual(want.map((w) => [w.id, say(w.id, w.values)]));
      expect(player.votesCast).toBeGreaterThan(0);
      await shot(page, `summary-${lang}`);
      expect(await pageScrolls(page), `${lang}: the end screen scrolls`).toBeNull();
    }

    // The report's files, fetched on the projector with the host key as its buttons do.
    const csv = await downloadText(host, "[data-action=report-csv]");
    expect(csv.name).toMatch(/\.csv$/);
    const [header, ...rows] = csv.text.replace(/^\uFEFF/, "").trim().split("\r\n").map((r) => r.split(","));
    const col = (name: string) => header.indexOf(name);
    // One row per shot, neuron and handshake.
    expect(rows).toHaveLength(fin.history.length * 48);
    const gretaRow = rows.find((r) => r[col("shot")] === String(round) && r[col("voter")] === "Greta");
    expect(gretaRow, "Greta's early vote in the report").toBeDefined();
    expect([gretaRow![col("voted handshake")], gretaRow![col("voted way")], gretaRow![col("layer")]]).toEqual(["4", "looser", "2"]);
    const studentsCsv = await downloadText(host, "[data-action=report-students-csv]");
    const sheet = studentsCsv.text.replace(/^\uFEFF/, "").trim().split("\r\n").map((r) => r.split(","));
    const byName = new Map(sheet.slice(1).map((r) => [r[sheet[0].indexOf("name")], r]));
    for (const n of Object.values(names)) expect(byName.has(n), `${n} in the students sheet`).toBe(true);
    expect(byName.get("Greta")![sheet[0].indexOf("votes")]).toBe("1");
    const json = JSON.parse((await downloadText(host, "[data-action=report-json]")).text);
    expect(json.network.shots).toHaveLength(fin.history.length);
    expect(json.network.widths).toEqual([6, 6, 1]);

    // The Brain lab opens in a new tab; this page is not replaced and goes on showing the class.
    const lab = host.locator("[data-action=brain-lab]");
    expect(await lab.getAttribute("target")).toBe("_blank");
    expect(await lab.getAttribute("rel")).toContain("noopener");
    await host.evaluate(() => ((window as unknown as { __stay: number }).__stay = 1));
    const [labPage] = await Promise.all([host.context().waitForEvent("page"), lab.click()]);
    labPage.on("pageerror", (e) => devices.errors.push(`lab: ${e.message}`));
    await labPage.waitForSelector("body[data-ready='1']", FOREVER);
    expect(new URL(labPage.url()).pathname).toBe("/lab.html");
    expect(new URL(labPage.url()).searchParams.get("class")).toBe(code);
    expect(await labPage.getAttribute("#back-to-class", "href")).toBe(`class.html?host=${code}`);
    expect(await host.evaluate(() => (window as unknown as { __stay?: number }).__stay)).toBe(1);
    expect(new URL(host.url()).pathname).toBe("/class.html");
    // Still live: a student leaving shows on this projector's roster.
    students[5].dispose();
    await host.waitForFunction(() => document.querySelector(".roster li[data-connected=false]") !== null || document.querySelectorAll(".roster li[data-player]").length !== 10, undefined, FOREVER);
    await shot(labPage, "lab");
    await labPage.close();

    expect(found).toEqual([]);
    expect(devices.errors).toEqual([]);
  }, 600_000);

  it("a class ended before its first shot says so under the map, in the projector's language; 6 layers of 6 fit a 720p wall with words to read from 6 m", async () => {
    const host = await devices.open(PROJECTOR, `${cls.base}/class.html?host&lang=es`);
    host.on("dialog", (d) => void d.accept());
    await host.waitForSelector("[data-screen=create]");
    await host.check("input[name=shape][value=network]");
    await host.fill("input[name=layers]", "6");
    await host.fill("input[name=layerWidth]", "6");
    await host.check("input[name=pace][value=teacher]");
    await host.locator("input[name=autoAdvance]").uncheck();
    await host.click("[data-action=apply-settings]");
    await host.waitForSelector(".network-board");
    await host.click("[data-action=start]");
    await host.waitForFunction(() => document.body.dataset.phase === "aim", undefined, FOREVER);
    // The biggest class network on a 1280x720 projector, dendrites on: every neuron and name inside the map,
    // the words under it at least 22 px and the legend 18 px, and nothing scrolls.
    await host.click("[data-action=dendrites]");
    await host.waitForFunction(() => document.querySelectorAll(".nb-neuron .nb-base").length === 37, undefined, FOREVER);
    const fit = await host.evaluate(() => {
      const map = document.querySelector(".nb-map")!.getBoundingClientRect();
      const outside = [...document.querySelectorAll(".nb-neuron circle, .nb-neuron .nb-name")].filter((e) => {
        const r = e.getBoundingClientRect();
        return r.left < map.left - 0.5 || r.right > map.right + 0.5 || r.top < map.top - 0.5 || r.bottom > map.bottom + 0.5;
      }).length;
      const px = (sel: string) => Math.min(...[...document.querySelectorAll(sel)].map((e) => parseFloat(getComputedStyle(e).fontSize)));
      const legend = document.querySelector(".nb-legend")!.getBoundingClientRect();
      return { outside, caption: px(".nb-caption p"), legend: px(".nb-legend li"), legendBottom: legend.bottom, scrolls: document.documentElement.scrollHeight > innerHeight + 1 };
    });
    expect(fit).toEqual({ outside: 0, caption: fit.caption, legend: fit.legend, legendBottom: fit.legendBottom, scrolls: false });
    expect(fit.caption).toBeGreaterThanOrEqual(22);
    expect(fit.legend).toBeGreaterThanOrEqual(18);
    expect(fit.legendBottom).toBeLessThanOrEqual(720);
    await shot(host, "aim-37-es");
    await host.click("[data-action=end]");
    await host.waitForSelector(".network-board[data-phase=summary] .nb-finished[data-summary=none]", FOREVER);
    expect(await host.locator(".nb-finished").textContent()).toBe("El juego terminó antes del primer tiro de la red.");
    expect(await host.locator(".nb-how").count()).toBe(0);
    await shot(host, "summary-none-es");
    expect(devices.errors).toEqual([]);
  }, 120_000);
});
