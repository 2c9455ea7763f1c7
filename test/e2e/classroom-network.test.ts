// A class played as one network, end to end: a real server process, the host page (the projector) in
// Chromium, three students on 360x640 phones and five real colyseus.js students; bots fill the rest.
// The network is 2 layers of 6 and a shooter (13 seats): five node students and phone Yoko take layer 1,
// phones Tamsin and Rafa sit side by side in layer 2 (six handshakes each, one with each neuron of layer 1).
// Each phone shows only its neighbours (checked against the engine's network), votes cast on the phones
// land on the projector's map, the coach walks back, per-handshake dials land in the engine's state, a
// phone with six handshakes needs no scrolling at 360x640, and axe finds nothing on the controller.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, useClassServer } from "./class-server";
import { pageScrolls, startUntilVote } from "./network-class";
import { NetworkGame } from "../../client/source/network-game";
import type { Network } from "../../shared/game/network-state";
import { describeNetworkPhase, sayNet } from "../../shared";
import { type Device } from "./browser";
import { axeViolations } from "./solo-access";

const PROJECTOR: Device = { name: "projector", viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false };
const PHONE: Device = { name: "phone-360", viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };
const NODE_STUDENTS = 5;
const FOREVER = { timeout: 60_000 };

const cls = useClassServer(180_000);
const { devices } = cls;
const students = cls.students as NetworkGame[];

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `classroom-network-${name}.png`), fullPage: true });
}

async function phaseIs(page: Page, phase: string, round?: number): Promise<void> {
  await page.waitForFunction(([p, r]) => document.body.dataset.phase === p && (r === null || document.body.dataset.round === String(r)), [phase, round ?? null] as const, FOREVER);
}

/** The engine's network as a node student holds it (the server's state, deep-equal to the engine's). */
function net(): Network {
  const n = students[0].view().network;
  if (!n) throw new Error("the class plays in lines");
  return n;
}

/**
 * Waits until the node student's copy of the network passes `check` (other students' changes reach a
 * student at most once a second: server/state/pacer.ts), then returns it.
 */
async function netWhen(check: (n: Network) => boolean, what: string): Promise<Network> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const n = net();
    if (check(n)) return n;
    if (Date.now() > deadline) throw new Error(`the engine's network never showed ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A phone that joins with a nickname and shows its controller. */
async function phoneJoins(code: string, name: string): Promise<Page> {
  const page = await devices.open(PHONE, `${cls.base}/class.html?code=${code}`);
  await page.fill("#nickname", name);
  await page.locator("[data-action=join]").tap();
  await page.waitForSelector("[data-screen=controller] .ctl-seat[data-layer]");
  return page;
}

/** What a phone shows of its neighbours: each incoming row's neighbour seat, name and value, and the seats it passes on to. */
async function shownNeighbours(page: Page): Promise<{ rows: { neighbour: string; value: number; name: string }[]; out: string }> {
  const rows = await page.$$eval("[data-neighbour]", (els) => els.map((e) => ({ neighbour: e.getAttribute("data-neighbour") ?? "", value: Number(e.getAttribute("data-value")), name: e.querySelector(".net-name")?.textContent ?? "" })));
  const out = (await page.getAttribute(".net-out", "data-out")) ?? "";
  return { rows, out };
}

describe("a class played as one network", () => {
  it("shows each phone only its neighbours, lands votes on the map, walks the coach back and takes per-handshake dials", async () => {
    const host = await devices.open(PROJECTOR, `${cls.base}/class.html?host`);
    host.on("dialog", (d) => void d.accept());
    await host.waitForSelector("[data-screen=create]");
    // The host chooses one network: 2 layers of 6 and a shooter, and the form counts the seats.
    await host.check("input[name=shape][value=network]");
    await host.fill("input[name=layers]", "2");
    await host.fill("input[name=layerWidth]", "6");
    expect(await host.locator("[data-network-seats]").textContent()).toBe("2 layers of 6 and a shooter: 13 seats");
    expect(await host.locator("input[name=teams]").isVisible()).toBe(false);
    await host.locator("[data-field=shape]").scrollIntoViewIfNeeded();
    await host.screenshot({ path: join(SHOTS, "classroom-network-settings.png") });
    await host.fill("input[name=maxRounds]", "5");
    await host.fill("input[name=voteSeconds]", "120");
    await host.fill("input[name=adjustSeconds]", "120");
    await host.click("[data-action=apply-settings]");
    await host.waitForSelector(".join-code");
    const code = (await host.getAttribute(".join-code", "data-code"))!;
    await host.waitForSelector(".network-board");
    expect(await host.locator(".board").count()).toBe(0);

    const endpoint = cls.base.replace(/^http/, "ws");
    for (let i = 0; i < NODE_STUDENTS; i++) students.push(await NetworkGame.join({ endpoint, code, name: `Kid ${i + 1}`, store: null }));
    const cleo = await phoneJoins(code, "Yoko");
    const ada = await phoneJoins(code, "Tamsin");
    const bo = await phoneJoins(code, "Rafa");
    const phones = { Yoko: cleo, Tamsin: ada, Rafa: bo };
    await host.waitForFunction(() => document.querySelector(".phase-sub")?.textContent?.startsWith("8 joined · one network of 13 neurons · 5 free seats"), undefined, FOREVER);
    await shot(host, "lobby");

    // Seats layer by layer in join order: Yoko is the last of layer 1, Tamsin and Rafa the first two of layer 2.
    const seatOf = (name: string) => net().neurons.findIndex((n) => n.name === name);
    expect([seatOf("Yoko"), seatOf("Tamsin"), seatOf("Rafa")]).toEqual([5, 6, 7]);
    expect(await ada.getAttribute(".ctl-seat", "data-layer")).toBe("1");
    expect(await cleo.getAttribute(".ctl-seat", "data-layer")).toBe("0");

    const round = await startUntilVote(host, 20);
    await ada.waitForSelector("[data-panel=net-vote]");

    // Each phone: only its neighbours, with the values the engine computed.
    const n = net();
    const shotNow = n.current!;
    for (const [name, page] of Object.entries(phones)) {
      const seat = seatOf(name[0].toUpperCase() + name.slice(1));
      const me = n.neurons[seat];
      const { rows, out } = await shownNeighbours(page);
      // "More time" opens a network's vote and dials early too: the phone offers it (classroom-network-finish.test.ts uses it).
      expect(await page.locator("[data-pref=moreTime]").isVisible()).toBe(true);
      if (me.layer === 0) {
        expect(rows.map((r) => r.neighbour)).toEqual(["distance"]);
      } else {
        const before = n.neurons.flatMap((x, s) => (x.layer === me.layer - 1 ? [s] : []));
        expect(rows.map((r) => Number(r.neighbour))).toEqual(before);
        expect(rows.map((r) => r.name)).toEqual(before.map((s) => n.neurons[s].name));
        rows.forEach((r, i) => expect(r.value).toBeCloseTo(shotNow.outputs[before[i]], 12));
      }
      const after = n.neurons.flatMap((x, s) => (x.layer === me.layer + 1 ? [s] : []));
      expect(out).toBe(after.join(" "));
      // Nobody else: the text never names a neuron that is not a neighbour (my own layer, two layers away).
      const text = (await page.locator("[data-screen=controller]").textContent()) ?? "";
      const neighbours = new Set([...n.neurons.flatMap((x, s) => (x.layer === me.layer - 1 || x.layer === me.layer + 1 ? [s] : []))]);
      for (const [s, other] of n.neurons.entries()) if (s !== seat && !neighbours.has(s)) expect(text, `${name} sees ${other.name}`).not.toMatch(new RegExp(`\\b${other.name}\\b`));
    }
    // Tamsin has six handshakes: the vote fits her phone without scrolling.
    expect(await ada.locator("[data-panel=net-vote] .net-pick").count()).toBe(6);
    await shot(ada, "phone-vote");
    expect(await pageScrolls(ada)).toBeNull();
    const found = await axeViolations(ada, "network-controller-vote");

    // Read-aloud on Yoko's phone (speechSynthesis observed, not replaced in the page's logic): switched on
    // during the vote, it says what reaches Yoko's neuron now, the sentences the engine's view gives.
    await cleo.evaluate(() => {
      const w = window as unknown as { __spoken: string[] };
      w.__spoken = [];
      speechSynthesis.speak = (u) => void w.__spoken.push(u.text);
    });
    await cleo.locator("[data-pref=readAloud]").tap();
    const heard = describeNetworkPhase(students[0].view(), seatOf("Yoko")).map(sayNet).join(" ");
    expect(heard.length).toBeGreaterThan(0);
    await expect.poll(() => cleo.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).toEqual([heard]);

    // The phones vote (with the keyboard on Rafa's, taps elsewhere); the node students vote on their first handshake.
    await ada.locator("[data-handshake='2'].net-pick").tap();
    await ada.locator("[data-direction=firmer]").tap();
    await ada.locator("[data-action=vote]").tap();
    await cleo.locator("[data-handshake='0'].net-pick").tap();
    await cleo.locator("[data-direction=looser]").tap();
    await cleo.locator("[data-action=vote]").tap();
    await bo.locator("[data-handshake='4'].net-pick").focus();
    await bo.keyboard.press("Enter");
    await bo.locator("[data-direction=looser]").focus();
    await bo.keyboard.press("Space");
    await bo.locator("[data-action=vote]").focus();
    // The projector's map before everyone has voted: the phones' votes are on their handshakes.
    const ids = Object.fromEntries(Object.entries(net().neurons).flatMap(([, x]) => (x.playerId ? [[x.name, x.playerId]] : [])));
    await host.waitForFunction(([a, c]) => document.querySelector(`line.nb-link[data-to="${a}"][data-i="2"][data-firmer="1"]`) && document.querySelector(`line.nb-link[data-to="${c}"][data-i="0"][data-looser="1"]`), [seatOf("Tamsin"), seatOf("Yoko")] as const, FOREVER);
    await shot(host, "vote");
    await bo.keyboard.press("Enter");
    await host.waitForSelector(`line.nb-link[data-to="${seatOf("Rafa")}"][data-i="4"][data-looser="1"]`, FOREVER);
    const votes = (await netWhen((x) => Object.keys(x.current?.votes ?? {}).length >= 3, "the phones' votes")).current!.votes;
    expect(votes[ids.Tamsin]).toMatchObject({ handshake: 2, direction: "firmer" });
    expect(votes[ids.Rafa]).toMatchObject({ handshake: 4, direction: "looser" });
    expect(votes[ids.Yoko]).toMatchObject({ handshake: 0, direction: "looser" });
    for (const s of students) await s.send({ type: "vote", handshake: 0, direction: "firmer" });

    // The coach's step: the map walks back layer by layer, each phone reads the coach's suggestion per handshake.
    await phaseIs(host, "coach", round);
    await host.waitForSelector(".network-board[data-walk]:not([data-walk=none]) .nb-step", FOREVER);
    expect(await host.locator(".caption").textContent()).toMatch(/coach walks back layer by layer/);
    await ada.waitForSelector(".net-table .net-suggest");
    const report = (await netWhen((x) => !!x.current?.coach, "the coach's report")).current!.coach!;
    const suggested = await ada.$$eval(".net-table .net-suggest", (els) => els.map((e) => Number(e.getAttribute("data-change"))));
    expect(suggested).toEqual(report.weightChanges[seatOf("Tamsin")]);
    expect(await ada.locator(".net-vote-result").getAttribute("data-handshake-right")).toMatch(/true|false/);
    await shot(host, "coach");
    await shot(ada, "phone-coach");
    expect(await pageScrolls(ada)).toBeNull();
    found.push(...(await axeViolations(ada, "network-controller-coach")));

    // Adjust (after the coach's 5 s): every dial on one screen, six handshakes and the excitability, no scrolling at 360x640.
    await phaseIs(host, "adjust", round);
    await ada.waitForSelector("[data-panel=net-adjust]");
    expect(await ada.locator("[data-panel=net-adjust] input[type=range]").count()).toBe(7);
    expect(await pageScrolls(ada)).toBeNull();
    for (const sel of ["[data-action=done]", "[data-action=follow-all]", "[data-dial-row=bias] [data-step='1']"]) expect(await ada.locator(sel).isVisible()).toBe(true);
    await shot(ada, "phone-adjust");
    found.push(...(await axeViolations(ada, "network-controller-adjust")));
    // Tamsin turns her second handshake up three taps and her excitability down one, then is done.
    const plus = ada.locator("[data-dial-row=handshake][data-handshake='1'] [data-step='1']");
    for (let i = 0; i < 3; i++) await plus.tap();
    await ada.locator("[data-dial-row=bias] [data-step='-1']").tap();
    const dialed = Number(await ada.getAttribute("[data-dial-row=handshake][data-handshake='1'] .net-readout", "data-value"));
    const biasDialed = Number(await ada.getAttribute("[data-dial-row=bias] .net-readout", "data-value"));
    const follow = (i: number) => shotNow.weights[seatOf("Tamsin")][i] + report.weightChanges[seatOf("Tamsin")][i];
    await ada.locator("[data-action=done]").tap();
    await ada.waitForSelector("[data-waiting=done]");
    const mine = (await netWhen((x) => x.neurons[seatOf("Tamsin")].ready, "Tamsin done")).neurons[seatOf("Tamsin")];
    expect(mine.adjusted).toBe(true);
    expect(mine.ready).toBe(true);
    expect(mine.weights[1]).toBeCloseTo(dialed, 12);
    expect(mine.bias).toBeCloseTo(biasDialed, 12);
    // The untouched dials followed the coach.
    for (const i of [0, 2, 3, 4, 5]) expect(mine.weights[i]).toBeCloseTo(follow(i), 12);
    // Rafa switches his phone to Arabic (the page reloads and takes his seat back): the dials still fit, mirrored.
    await bo.selectOption("[data-action=language]", "ar");
    await bo.waitForSelector("html[dir=rtl] [data-panel=net-adjust]", FOREVER);
    expect(await bo.locator("[data-panel=net-adjust] input[type=range]").count()).toBe(7);
    // "Welcome back" shows for 5 s after the reload, then the screen is the dials alone.
    await bo.waitForSelector(".ctl-banner", { state: "hidden", timeout: 10_000 });
    await shot(bo, "phone-adjust-ar");
    expect(await pageScrolls(bo)).toBeNull();
    found.push(...(await axeViolations(bo, "network-controller-adjust-ar")));
    // Then he follows everything with one tap.
    await bo.locator("[data-action=follow-all]").tap();
    await bo.locator("[data-action=done]").tap();
    await bo.waitForSelector("[data-waiting=done]");
    const bos = (await netWhen((x) => x.neurons[seatOf("Rafa")].ready, "Rafa done")).neurons[seatOf("Rafa")];
    bos.weights.forEach((w, i) => expect(w).toBeCloseTo(shotNow.weights[seatOf("Rafa")][i] + report.weightChanges[seatOf("Rafa")][i], 12));
    await shot(host, "adjust");

    // The next shot uses the new handshakes.
    await host.click("[data-action=next]");
    await host.waitForFunction((r) => Number(document.body.dataset.round) === r + 1, round, FOREVER);
    // The end: the map stays on the wall with the class report's downloads; the phones say the game is over.
    await host.click("[data-action=end]");
    await phaseIs(host, "summary");
    await host.waitForSelector(".network-board .nb-map svg", FOREVER);
    expect(await host.locator(".net-report [data-action=report-csv]").count()).toBe(1);
    for (const page of [ada, bo, cleo]) await page.waitForSelector("[data-screen=student-summary]", FOREVER);
    await shot(host, "summary");
    expect(found).toEqual([]);
    expect(devices.errors).toEqual([]);
  }, 600_000);
});
