// Bots named in each device's language, end to end in real Chromium: a solo game in Spanish (and Arabic,
// for a picture read right to left) names its bots in that language on the vote's seats and the coach's
// cards; a classroom projector in German and a student's phone in French name the same bot seat each in
// its own language, while the server's state keeps the engine's English names.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { NetworkGame } from "../../client/source/network-game";
import { botName, localBotName } from "../../shared";
import { createTranslator, type LanguageCode, type Messages, type Translator } from "../../shared/i18n";
import { messages as ar } from "../../shared/i18n/messages/ar";
import { messages as de } from "../../shared/i18n/messages/de";
import { messages as es } from "../../shared/i18n/messages/es";
import { messages as fr } from "../../shared/i18n/messages/fr";
import { until } from "../behaviour/scenarios";
import { type Device, PHONE, TABLET } from "./browser";
import { SHOTS, useClassServer } from "./class-server";

const PROJECTOR: Device = { name: "projector", viewport: { width: 1920, height: 1080 }, isMobile: false, hasTouch: false };
const WORDS: Partial<Record<LanguageCode, Messages>> = { ar, de, es, fr };
const tr = (code: LanguageCode): Translator => createTranslator(code, WORDS[code] ?? {});

// No timing limits of our own: a loaded machine is slow, not wrong. This limit only stops a hang.
const LONG = 5 * 60_000;
const cls = useClassServer(180_000);
const { devices } = cls;

/** Skips the pass and the shot until the vote panel is up. */
async function toVote(page: Page): Promise<void> {
  for (let i = 0; i < 200 && (await page.evaluate(() => document.body.dataset.phase)) !== "vote"; i++) {
    const skip = page.locator("[data-action=skip]");
    if (await skip.count()) await skip.first().click({ timeout: 2000 }).catch(() => {});
    else await page.waitForTimeout(100);
  }
  await page.waitForSelector("[data-panel=vote] .seats small");
}

/** Plays chapter 1's first shot in `lang` up to the coach's cards; returns the seats' names at the vote and the cards' names. */
async function soloShot(lang: LanguageCode, device: Device): Promise<{ page: Page; seats: string[]; cards: string[] }> {
  const page = await devices.open(device, `${cls.base}/?chapter=pass&lang=${lang}`);
  await page.waitForSelector("[data-action=play]");
  await page.locator("[data-action=play]").click();
  await toVote(page);
  const seats = await page.locator("[data-panel=vote] .seats small").allTextContents();
  await page.locator(`[data-panel=vote] button[data-seat="0"]`).click();
  await page.locator(`[data-panel=vote] button[data-direction="firmer"]`).click();
  await page.locator("[data-action=vote]").click();
  const skip = page.locator("[data-action=skip]");
  await page.waitForSelector("[data-panel=adjust] .cards, [data-action=skip]");
  if (await skip.count()) await skip.first().click({ timeout: 2000 }).catch(() => {});
  await page.waitForSelector("[data-panel=adjust] .card-name");
  const cards = await page.locator("[data-panel=adjust] .card-name").allTextContents();
  return { page, seats, cards };
}

describe("bots named in each device's language", () => {
  it("a solo game in Spanish names its bots in Spanish on the vote's seats and the coach's cards", async () => {
    const { page, seats, cards } = await soloShot("es", TABLET);
    const you = es["solo.vote.you"];
    // Chapter 1: a line of 3, the learner in seat 1. The vote's seats show a bot's own name (the word "Bot" left out).
    expect(seats).toEqual(["Chispa", you, "Pila"]);
    const names = cards.map((c) => c.replace(/^\d+\.\s*/, ""));
    expect(names).toContain(localBotName(0, tr("es")));
    expect(names).toContain(localBotName(2, tr("es")));
    expect(localBotName(0, tr("es"))).toBe("Bot Chispa");
    expect(cards.join(" ")).not.toMatch(/Ada|Cog/);
    await page.screenshot({ path: join(SHOTS, "bot-names-solo-es.png") });
    expect(devices.errors).toEqual([]);
  }, LONG);

  it("in Arabic a bot's name reads right to left with the Arabic word for a bot", async () => {
    const { page, cards } = await soloShot("ar", PHONE);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    const names = cards.map((c) => c.replace(/^[\d٠-٩]+\.\s*/, ""));
    expect(names).toContain("الروبوت شرارة");
    expect(names).toContain(localBotName(2, tr("ar")));
    await page.locator("[data-panel=adjust] .cards").screenshot({ path: join(SHOTS, "bot-names-solo-ar-cards.png") });
    await page.screenshot({ path: join(SHOTS, "bot-names-solo-ar.png") });
    expect(devices.errors).toEqual([]);
  }, LONG);

  it("a German projector and a French phone name the same bot seat each in its own language; the server keeps English", async () => {
    const host = await devices.open(PROJECTOR, `${cls.base}/class.html?host&lang=de`);
    await host.waitForSelector("[data-screen=create]");
    await host.fill("input[name=teams]", "1");
    await host.fill("input[name=lineLength]", "3");
    await host.fill("input[name=voteSeconds]", "300");
    await host.click("[data-action=apply-settings]");
    await host.waitForSelector(".join-code");
    const code = (await host.getAttribute(".join-code", "data-code"))!;

    // A watcher in Node (no page, so English) takes the first seat: the state the server sends keeps the engine's names.
    const watcher = await NetworkGame.join({ endpoint: cls.base.replace(/^http/, "ws"), code, name: "Ben", store: null });
    cls.students.push(watcher);

    const phone = await devices.open(PHONE, `${cls.base}/class.html?code=${code}&lang=fr`);
    await phone.fill("#nickname", "Pia");
    await phone.locator("[data-action=join]").tap();
    await phone.waitForSelector("[data-screen=controller] [data-stat=input] .stat-from");

    const line = (await until(watcher, (v) => !!v.lines[0]?.neurons.some((n) => n.name === "Pia"), "Pia in the line", 60_000)).lines[0];
    const pia = line.neurons.findIndex((n) => n.name === "Pia");
    line.neurons.forEach((n, seat) => n.playerId === null && expect(n.name).toBe(botName(seat)));
    // A bot beside Pia: the seat before her, or after her if she is first.
    const bot = line.neurons.findIndex((n, seat) => n.playerId === null && Math.abs(seat - pia) === 1);
    expect(bot).toBeGreaterThanOrEqual(0);

    const german = localBotName(bot, tr("de"));
    const french = localBotName(bot, tr("fr"));
    expect(german).not.toBe(french);
    // At the vote the projector's tally names that bot in German (a bar, or a column titled with the name).
    await host.click("[data-action=start]");
    await host.waitForSelector("body[data-phase=vote] .board :is(.tally, .col[title])");
    const shown = () => host.$$eval(`.board .bar[data-seat="${bot}"] .bar-name, .board .col[data-seat="${bot}"]`, (els) => els.map((e) => e.getAttribute("title") ?? e.textContent ?? ""));
    await host.waitForFunction((name) => [...document.querySelectorAll(".board .bar-name, .board .col[title]")].some((e) => (e.getAttribute("title") ?? e.textContent ?? "").includes(name)), german);
    expect((await shown()).join(" ")).toContain(german);
    // The phone says where Pia's ball comes from (or goes to) with the bot's French name.
    const stat = bot < pia ? "input" : "output";
    const expected = tr("fr").t(bot < pia ? "student.neuron.from" : "student.neuron.to", { seat: bot + 1, name: french });
    await phone.waitForFunction(([s, text]) => document.querySelector(`[data-stat=${s}] .stat-from`)?.textContent === text, [stat, expected] as const);
    expect(await phone.locator(`[data-stat=${stat}] .stat-from`).textContent()).toContain(french);
    expect(await host.locator(".board").textContent()).not.toContain(french);
    expect(await phone.locator("body").textContent()).not.toContain(german);
    await host.screenshot({ path: join(SHOTS, "bot-names-projector-de.png") });
    await phone.screenshot({ path: join(SHOTS, "bot-names-phone-fr.png") });
    expect(devices.errors).toEqual([]);
  }, LONG);
});
