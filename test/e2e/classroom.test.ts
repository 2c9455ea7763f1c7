// A whole class end to end: a real server process, real Chromium, one projector (1920x1080) and three
// students (a tablet and two phones, touch). Join by code and by the QR's address, three rounds of
// votes and adjustments, a reload mid-round that keeps seat and weight, a kick and a lock, a refused
// join with its reason on screen, and the class report checked against what was played.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, useClassServer } from "./class-server";
import { type Device, downloadText, PHONE, TABLET } from "./browser";

const PROJECTOR: Device = { name: "projector", viewport: { width: 1920, height: 1080 }, isMobile: false, hasTouch: false };

const cls = useClassServer(120_000);
const { devices } = cls;

function open(device: Device, url: string): Promise<Page> {
  return devices.open(device, url);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `classroom-${name}.png`) });
}

/** Taps on touch devices, clicks elsewhere. */
async function press(page: Page, selector: string): Promise<void> {
  const el = page.locator(selector).first();
  if ((page.viewportSize()?.width ?? 0) < 1100) await el.tap();
  else await el.click();
}

async function phaseIs(host: Page, phase: string, round?: number): Promise<void> {
  await host.waitForFunction(([p, r]) => document.body.dataset.phase === p && (r === null || document.body.dataset.round === String(r)), [phase, round ?? null] as const, { timeout: 10_000 });
}

async function weightOn(page: Page): Promise<string> {
  return (await page.getAttribute(".stat[data-stat=weight]", "data-value")) ?? "";
}

interface Student {
  page: Page;
  name: string;
  device: Device;
}

describe("a class of three on a projector", () => {
  it("joins, plays three rounds, survives a reload, kicks, locks and reports", async () => {
    const host = await open(PROJECTOR, `${cls.base}/class.html?host`);
    host.on("dialog", (d) => void d.accept());
    await host.waitForSelector("[data-screen=create]");
    await host.fill("input[name=lineLength]", "4");
    await host.fill("input[name=maxRounds]", "3");
    await host.locator("input[name=autoAdvance]").uncheck();
    await host.click("[data-action=apply-settings]");
    await host.waitForSelector(".join-code");
    const code = (await host.getAttribute(".join-code", "data-code"))!;
    await host.waitForSelector(".qr[data-url]");
    const qrUrl = (await host.getAttribute(".qr", "data-url"))!;
    expect(code).toMatch(/^[A-Z2-9]{5}$/);
    // Opened at 127.0.0.1: the QR holds the server's first Wi-Fi address when it has one.
    const { addresses } = (await (await fetch(`${cls.base}/api/lan`)).json()) as { addresses: string[] };
    expect(qrUrl).toBe(`${addresses.length > 0 ? `http://${addresses[0]}:${new URL(cls.base).port}` : cls.base}/class.html?code=${code}`);
    await shot(host, "projector-lobby-empty");

    // Ada types the code on a tablet; Bo and a generated name come through the QR's address on phones.
    const ada = await open(TABLET, `${cls.base}/class.html?join`);
    await ada.fill("#code", code.toLowerCase());
    await ada.fill("#nickname", "Ada");
    await press(ada, "[data-action=join]");
    const bo = await open(PHONE, qrUrl);
    await bo.fill("#nickname", "Bo");
    await press(bo, "[data-action=join]");
    const cy = await open(PHONE, qrUrl);
    await press(cy, "[data-action=join-generated]");
    const students: Student[] = [
      { page: ada, name: "Ada", device: TABLET },
      { page: bo, name: "Bo", device: PHONE },
      { page: cy, name: "", device: PHONE },
    ];
    for (const s of students) await s.page.waitForSelector("[data-screen=controller] .ctl-seat");
    students[2].name = ((await cy.locator(".ctl-name").textContent()) ?? "").replace(/^★\s*/, "");
    expect(students[2].name.length).toBeGreaterThan(0);
    await host.waitForFunction(() => document.querySelectorAll(".roster li").length === 3);
    // Seats: everyone sees where they sit, and the projector agrees.
    const seats: number[] = [];
    for (const s of students) seats.push(Number(await s.page.getAttribute(".ctl-seat", "data-seat")));
    expect(new Set(seats).size).toBe(3);
    await shot(host, "projector-lobby");
    await shot(bo, "phone-lobby");

    await host.click("[data-action=start]");
    const played: { round: number; name: string; blame: number; direction: string }[] = [];
    const setWeights: { round: number; name: string; weight: string }[] = [];
    for (let round = 1; round <= 3; round++) {
      await phaseIs(host, "aim", round);
      const pictures = round === 1;
      for (const phase of ["pass", "shot"]) {
        await host.click("[data-action=next]");
        await phaseIs(host, phase, round);
        if (pictures) {
          await host.waitForTimeout(900);
          await shot(host, `projector-${phase}`);
          await shot(ada, `tablet-${phase}`);
        }
      }
      // After a miss the class votes; after a hit nobody is to blame and the coach comes straight away.
      await host.click("[data-action=next]");
      await host.waitForFunction(() => document.body.dataset.phase === "vote" || document.body.dataset.phase === "coach");
      if ((await host.evaluate(() => document.body.dataset.phase)) === "vote") {
        for (const [i, s] of students.entries()) {
          const blame = (round + i) % 4;
          const direction = (round + i) % 2 ? "firmer" : "looser";
          await s.page.waitForSelector("[data-panel=vote]");
          await press(s.page, `[data-panel=vote] button[data-seat="${blame}"]`);
          await press(s.page, `[data-panel=vote] button[data-direction="${direction}"]`);
          await press(s.page, "[data-panel=vote] [data-action=vote]");
          played.push({ round, name: s.name, blame, direction });
          if (pictures && i === 0) {
            await host.waitForSelector(".still-voting[data-still-voting='2']");
            await shot(host, "projector-vote-waiting");
          }
        }
        await host.waitForSelector(".still-voting[data-still-voting='0']");
        if (pictures) {
          await shot(host, "projector-vote");
          await shot(bo, "phone-vote");
        }
        await host.click("[data-action=next]");
      }
      await phaseIs(host, "coach", round);
      for (const s of students) await s.page.waitForSelector(".blame-card");
      if (pictures) {
        await host.waitForTimeout(2500);
        await shot(host, "projector-coach");
        await shot(bo, "phone-coach");
        await shot(ada, "tablet-coach");
        // The walk is over and nothing moves: the projector's canvas stops drawing until something changes.
        await host.waitForSelector(".court-stage[data-asleep='1']", { timeout: 15_000 });
        await host.evaluate(() => {
          const stage = document.querySelector(".court-stage")!;
          const w = window as unknown as { __woke: number };
          w.__woke = 0;
          new MutationObserver(() => void (stage.hasAttribute("data-asleep") || w.__woke++)).observe(stage, { attributes: true, attributeFilter: ["data-asleep"] });
        });
      }
      await host.click("[data-action=next]");
      await phaseIs(host, "adjust", round);
      // Next wakes it: the boards show the new phase.
      if (pictures) await host.waitForFunction(() => (window as unknown as { __woke: number }).__woke > 0);
      for (const [i, s] of students.entries()) {
        await s.page.waitForSelector("[data-panel=adjust]");
        if (i === 1 && round === 2) continue; // Bo leaves the dial alone once: the rule turns it.
        const before = await weightOn(s.page);
        await press(s.page, i === 0 ? "[data-action=follow]" : "button[aria-label=firmer]");
        await s.page.waitForFunction((b) => document.querySelector<HTMLElement>(".stat[data-stat=weight]")?.dataset.value !== b, before);
        setWeights.push({ round, name: s.name, weight: await weightOn(s.page) });
      }
      if (pictures) {
        await shot(host, "projector-adjust");
        await shot(ada, "tablet-adjust");
        await shot(bo, "phone-adjust");
      }
      if (round === 2) {
        // Ada's tablet reloads mid-round: same seat, same handshake, and it says so.
        const seat = await ada.getAttribute(".ctl-seat", "data-seat");
        const weight = await weightOn(ada);
        await ada.reload();
        await ada.waitForSelector(".ctl-banner:not([hidden])", { timeout: 10_000 });
        expect(await ada.locator(".ctl-banner").textContent()).toMatch(/welcome back/i);
        expect(await ada.getAttribute(".ctl-seat", "data-seat")).toBe(seat);
        expect(await weightOn(ada)).toBe(weight);
        await host.waitForFunction(() => document.querySelectorAll(".roster li[data-connected=true]").length === 3);
        await shot(ada, "tablet-rejoined");
      }
      for (const s of students) await press(s.page, "[data-action=done]");
      await host.click("[data-action=next]");
    }
    await phaseIs(host, "summary");
    await host.waitForSelector("[data-screen=class-summary]");
    await shot(host, "projector-summary");
    await bo.waitForSelector("[data-screen=student-summary]");
    await shot(bo, "phone-summary");

    // The host removes the third student and locks the class; a newcomer is told why they cannot join.
    // The students list is folded after the lobby: one tap opens it.
    await host.click(".roster summary");
    await host.click(`.roster li:has-text("${students[2].name}") [data-action=kick]`);
    await cy.waitForSelector("[data-screen=refused][data-reason=kicked]");
    await shot(cy, "phone-kicked");
    await host.waitForFunction(() => document.querySelectorAll(".roster li[data-player]").length === 2);
    // The removed name is listed, with a way to let it back in.
    expect(await host.locator(".roster li[data-banned] .who").textContent()).toBe(students[2].name);
    expect(await host.locator(".roster li[data-banned] [data-action=unban]").count()).toBe(1);
    await host.click("[data-action=lock]");
    await host.waitForSelector(".locked");
    const late = await open(PHONE, qrUrl);
    await late.fill("#nickname", "Late");
    await press(late, "[data-action=join]");
    await late.waitForSelector("[data-screen=refused][data-reason=locked]");
    expect(await late.locator(".friendly-msg").textContent()).toMatch(/locked/i);
    await shot(late, "phone-locked");

    // The report: one row per shot and seat, with the votes that were cast and the weights that were set.
    const report = await downloadText(host, "[data-action=report-csv]");
    expect(report.name).toMatch(/^blame-game-[A-Z2-9]{5}-\d{4}-\d{2}-\d{2}-game-1\.csv$/);
    const csv = report.text;
    const [header, ...rows] = csv.trim().split("\r\n").map((r) => r.split(","));
    const col = (name: string) => header.indexOf(name);
    expect(rows).toHaveLength(3 * 4);
    expect(new Set(rows.map((r) => r[col("shot")]))).toEqual(new Set(["1", "2", "3"]));
    // At least one shot missed and was voted on (at this seed, all but the last).
    expect(played.length).toBeGreaterThanOrEqual(3);
    for (const p of played.filter((x) => x.name !== students[2].name)) {
      const row = rows.find((r) => r[col("shot")] === String(p.round) && r[col("voter")] === p.name);
      expect(row, `${p.name}'s vote in round ${p.round}`).toBeDefined();
      // The sheet counts neurons from 1, as the screen does.
      expect([Number(row![col("voted neuron")]), row![col("voted way")]]).toEqual([p.blame + 1, p.direction]);
    }
    for (const w of setWeights.filter((x) => x.round < 3 && x.name !== students[2].name)) {
      // The handshake a student set in round r is the one their seat shot with in round r + 1.
      const seat = seats[students.findIndex((s) => s.name === w.name)];
      const row = rows.find((r) => r[col("shot")] === String(w.round + 1) && r[col("seat")] === String(seat + 1))!;
      // Rounded to 3 decimals for people (the JSON keeps full precision).
      expect(Math.abs(Number(row[col("handshake")]) - Number(w.weight))).toBeLessThanOrEqual(0.0005);
    }
    const json = JSON.parse((await downloadText(host, "[data-action=report-json]")).text);
    expect(json.lines[0].shots).toHaveLength(3);
    expect(devices.errors).toEqual([]);
  }, 170_000);
});
