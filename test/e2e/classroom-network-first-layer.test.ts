// Issue 15 (B1), end to end: a phone in the first layer of a class's network has one handshake (with the
// hoop's distance), so it is asked only which way to turn it: the phone says why, sends handshake 0, and
// its vote scores the way alone (the engine, the phone's verdict, the projector's map line and the phone's
// end screen agree). A real server process, the projector and one 360x640 phone in Chromium, three
// colyseus.js students (the last of them in the second layer, with three handshakes to pick from).
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, useClassServer } from "./class-server";
import { openNetworkClass, pageScrolls, startUntilVote, viewWhen } from "./network-class";
import { NetworkGame } from "../../client/source/network-game";
import { describeRetry, netRetry, sayNet } from "../../shared";
import { studentNetSummary } from "../../shared/game/network-summary";
import { t } from "../../shared/i18n";
import type { Device } from "./browser";
import { axeViolations } from "./solo-access";

const PROJECTOR: Device = { name: "projector", viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false };
const PHONE: Device = { name: "phone-360", viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };
const FOREVER = { timeout: 60_000 };

const cls = useClassServer(180_000);
const { devices } = cls;
const students = cls.students as NetworkGame[];

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `classroom-network-first-layer-${name}.png`), fullPage: true });
}

describe("a phone in the network's first layer", () => {
  it("is asked only the way, sends handshake 0, and is scored, shown and summed up on the way alone", async () => {
    const host = await devices.open(PROJECTOR, `${cls.base}/class.html?host`);
    host.on("dialog", (d) => void d.accept());
    const code = await openNetworkClass(host, { layers: 2, layerWidth: 3, maxRounds: 4, voteSeconds: 120, adjustSeconds: 120 });
    await host.waitForSelector(".network-board");

    // The phone joins first: seat 0, layer 1 of 3 (one handshake, with the hoop's distance).
    const phone = await devices.open(PHONE, `${cls.base}/class.html?code=${code}`);
    await phone.fill("#nickname", "Yoko");
    await phone.locator("[data-action=join]").tap();
    await phone.waitForSelector("[data-screen=controller] .ctl-seat[data-layer]", FOREVER);
    expect(await phone.getAttribute(".ctl-seat", "data-layer")).toBe("0");
    const endpoint = cls.base.replace(/^http/, "ws");
    for (let i = 0; i < 3; i++) students.push(await NetworkGame.join({ endpoint, code, name: `Kid ${i + 1}`, store: null }));
    const joined = await viewWhen(students[0], (v) => Object.keys(v.players).length === 4, "four players");
    const seatOf = (name: string) => joined.network!.neurons.findIndex((n) => n.name === name);
    expect([seatOf("Yoko"), seatOf("Kid 3")]).toEqual([0, 3]);
    const yoko = joined.network!.neurons[0].playerId!;

    const round = await startUntilVote(host, 30);

    // The vote: no question of which handshake, a plain sentence why, the one row already picked; Vote waits for the way only.
    const vote = phone.locator("[data-panel=net-vote]");
    await vote.waitFor(FOREVER);
    expect(await vote.getAttribute("data-only")).toBe("");
    expect(await phone.locator("[data-panel=net-vote] legend").textContent()).toBe(t("netplay.vote.one"));
    expect(await phone.locator("[data-panel=net-vote] .net-pick").count()).toBe(1);
    expect(await phone.locator(".net-pick[data-handshake='0']").getAttribute("aria-pressed")).toBe("true");
    expect(await phone.locator("[data-action=vote]").isDisabled()).toBe(true);
    await phone.locator("[data-direction=looser]").tap();
    expect(await phone.locator("[data-action=vote]").isDisabled()).toBe(false);
    await shot(phone, "vote");
    expect(await pageScrolls(phone)).toBeNull();
    const found = await axeViolations(phone, "network first layer vote");
    await phone.locator("[data-action=vote]").tap();
    const cast = await viewWhen(students[0], (v) => !!v.network?.current?.votes[yoko], "Yoko's vote");
    expect(cast.network!.current!.votes[yoko]).toEqual({ handshake: 0, direction: "looser" });
    // Kid 3 (second layer) picks among three handshakes; the other two are in the first layer too.
    for (const s of students) await s.send({ type: "vote", handshake: 0, direction: "firmer" });

    // The rule's step: the vote scored on the way alone, one point at most, and the phone says just that.
    await host.waitForFunction(() => document.body.dataset.phase === "coach", undefined, FOREVER);
    const scored = await viewWhen(students[0], (v) => v.phase === "coach" && !!v.network?.current?.coach, "the rule's step");
    const mine = scored.network!.current!.votes[yoko] as { handshakeRight: boolean; directionRight: boolean };
    expect(mine.handshakeRight).toBe(false);
    const me = scored.players[yoko];
    expect(me).toMatchObject({ votesCast: 1, choiceVotes: 0, blameRight: 0, score: mine.directionRight ? 1 : 0 });
    expect(scored.players[scored.network!.neurons[3].playerId!].choiceVotes).toBe(1);
    const result = phone.locator(".net-vote-result");
    await result.waitFor(FOREVER);
    expect(await result.textContent()).toBe(t("netplay.vote.resultWay", { direction: mine.directionRight ? "right" : "wrong", teller: "coach" }));
    expect(await result.getAttribute("data-handshake-right")).toBe("");
    // The projector's line counts the handshake only for Kid 3 (the one voter with a choice), the way for all four.
    const line = host.locator(".nb-matches");
    await line.waitFor(FOREVER);
    expect(await line.getAttribute("data-total")).toBe("4");
    expect(await line.textContent()).toMatch(/^[01] of 1 neighbourhood with more than one handshake picked the handshake the coach blamed most\. [0-4] of 4 picked the way the coach turned it\.$/);
    expect(await host.locator(`.nb-neuron[data-seat="0"] .nb-match title`).textContent()).toBe(`Yoko has one handshake: ${mine.directionRight ? "right" : "wrong"} way`);
    await shot(phone, "phone-coach");
    await shot(host, "coach");
    expect(await pageScrolls(phone)).toBeNull();

    // The end screen counts the way only: there never was a handshake to pick.
    await host.click("[data-action=end]");
    await host.waitForFunction(() => document.body.dataset.phase === "summary", undefined, FOREVER);
    const final = await viewWhen(students[0], (v) => v.phase === "summary", "the summary");
    await phone.waitForSelector("[data-screen=student-summary] [data-said]", FOREVER);
    const want = studentNetSummary(final.network!, final.players[yoko]);
    expect(want[1].id).toBe("netplay.summary.ways");
    const shown = await phone.$$eval("[data-screen=student-summary] [data-said]", (ps) => ps.map((p) => [p.getAttribute("data-said"), p.textContent] as const));
    expect(shown).toEqual(want.map((w) => [w.id, t(w.id, w.values)]));
    expect(shown[1][1]).toMatch(/^You had only one handshake, so you voted only on the way: the right way [01] of 1 time\.$/);
    await shot(phone, "summary");
    expect(round).toBeGreaterThan(0);
    expect(found).toEqual([]);
    expect(devices.errors).toEqual([]);
  }, 480_000);
});

describe("a phone in the second layer under trial and error", () => {
  it("says where the second shot landed and turns each handshake by the change really applied", async () => {
    for (const s of students.splice(0)) s.dispose();
    const host = await devices.open(PROJECTOR, `${cls.base}/class.html?host`);
    host.on("dialog", (d) => void d.accept());
    const code = await openNetworkClass(host, { layers: 2, layerWidth: 3, rule: "trial-and-error", maxRounds: 4, adjustSeconds: 120 });
    const endpoint = cls.base.replace(/^http/, "ws");
    // Three node students take the first layer; the phone sits in the second, with three handshakes.
    for (let i = 0; i < 3; i++) students.push(await NetworkGame.join({ endpoint, code, name: `Kid ${i + 1}`, store: null }));
    const phone = await devices.open(PHONE, `${cls.base}/class.html?code=${code}`);
    await phone.fill("#nickname", "Rafa");
    await phone.locator("[data-action=join]").tap();
    await phone.waitForSelector("[data-screen=controller] .ctl-seat[data-layer]", FOREVER);
    expect(await phone.getAttribute(".ctl-seat", "data-layer")).toBe("1");
    await viewWhen(students[0], (v) => Object.keys(v.players).length === 4, "four players");

    await host.click("[data-action=start]");
    for (let skips = 0; (await host.getAttribute("body", "data-phase")) !== "adjust"; skips++) {
      expect(skips).toBeLessThan(30);
      await host.click("[data-action=next]");
      await host.waitForTimeout(500);
    }
    const round = Number(await host.getAttribute("body", "data-round"));
    const v = await viewWhen(students[0], (x) => x.phase === "adjust" && x.round === round && !!x.network?.current?.coach, "the adjust phase");
    const rec = v.network!.current!;
    const retry = netRetry(rec)!;
    expect(retry.verdict).toMatch(/kept|reversed/);
    await phone.waitForSelector("[data-panel=net-adjust]", FOREVER);
    // The second shot's verdict under the dials, as the engine's numbers give it.
    const line = phone.locator(".net-verdict .net-retry");
    expect(await line.textContent()).toBe(sayNet(describeRetry(rec, v.settings.court)[0]));
    expect(await line.getAttribute("data-retry")).toBe(retry.verdict);
    expect(await phone.locator("[data-panel=net-adjust] legend").textContent()).toBe("What the second shot does");
    // Each dial's suggestion is the change the rule applies (not the wiggle), its way from the report.
    const changes = rec.coach!.weightChanges[3];
    const rows = await phone.$$eval("[data-dial-row=handshake] .net-suggest", (els) => els.map((e) => [Number(e.getAttribute("data-change")), e.textContent ?? ""] as const));
    expect(rows.map((r) => r[0])).toEqual(changes);
    // Named as the change, not as the wiggle (it is several times a wiggle, and turned around after a farther shot).
    rows.forEach(([c, text]) => expect(text).toMatch(new RegExp(`^change: ${c > 0 ? "▲" : "▼"} `)));
    expect(await phone.locator("[data-action=follow-all]").getAttribute("title")).toBe("Turn every dial by the change the second shot gives");
    await shot(phone, "wiggle-adjust");
    expect(await pageScrolls(phone)).toBeNull();
    expect(devices.errors).toEqual([]);
  }, 480_000);
});
