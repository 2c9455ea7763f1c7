// A class of 24 in a default class (lines of 5, up to 6 lines): three real Chromium phones and 21
// colyseus.js students (the client's NetworkGame) against a real server process, the projector a real
// page. Nobody is refused and the class grows past its first line; at the summary the teacher makes the
// lines longer and everyone is seated again without joining again; then a teacher-paced game: after the
// shot and after the coach the phones say "Waiting for your teacher" and only the host's Next moves on,
// while everyone voting (and everyone done) still moves on by itself.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, useClassServer } from "./class-server";
import { NetworkGame } from "../../client/source/network-game";
import { ANIMATION_SECONDS, type GameView, lineVotes } from "../../shared";
import { type Device, PHONE } from "./browser";

const PROJECTOR: Device = { name: "projector", viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false };
/** The phones' nicknames: the first two join first, the third as the 24th student (into the fifth line). */
const PAGES = ["Ada", "Bo", "Cy"];

const cls = useClassServer(120_000);
const { devices } = cls;
const bots = cls.students as NetworkGame[];

// No time limits: the machine may be slow; a wait fails only if the thing never happens (vitest's own limit).
const FOREVER = { timeout: 0 };

async function phaseIs(page: Page, phase: string, round?: number): Promise<void> {
  await page.waitForFunction(([p, r]) => document.body.dataset.phase === p && (r === null || document.body.dataset.round === String(r)), [phase, round ?? null] as const, FOREVER);
}

/** Waits until the colyseus.js student's view satisfies `ok`. */
async function viewWhere(s: NetworkGame, ok: (v: GameView) => boolean): Promise<GameView> {
  for (;;) {
    const v = s.view();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function joinPage(code: string, name: string): Promise<Page> {
  const page = await devices.open(PHONE, `${cls.base}/class.html?code=${code}`);
  await page.fill("#nickname", name);
  await page.locator("[data-action=join]").tap();
  await page.waitForSelector("[data-screen=controller] .ctl-seat", FOREVER);
  return page;
}

describe("a class of 24 grows, reshapes at the summary, and plays teacher-paced", () => {
  it("seats everyone, reseats without re-joining, and waits for the teacher only where the class talks", async () => {
    const host = await devices.open(PROJECTOR, `${cls.base}/class.html?host`);
    // End asks first.
    host.on("dialog", (d) => void d.accept());
    await host.waitForSelector("[data-screen=create]");
    // A default class: nothing changed in the form.
    await host.click("[data-action=apply-settings]");
    await host.waitForSelector(".join-code");
    const code = (await host.getAttribute(".join-code", "data-code"))!;
    const endpoint = cls.base.replace(/^http/, "ws");

    const pages: Page[] = [];
    for (const name of PAGES.slice(0, 2)) pages.push(await joinPage(code, name));
    // A join that is refused throws (JoinError): every one of these must be seated.
    for (let i = 0; i < 21; i++) bots.push(await NetworkGame.join({ endpoint, code, name: `Kid ${i + 1}`, store: null }));
    pages.push(await joinPage(code, PAGES[2]));
    const all = await viewWhere(bots[0], (v) => Object.keys(v.players).length === 24);
    // 24 in lines of 5: five lines, one seat left for a bot; nobody shares a seat.
    expect(all.lines).toHaveLength(5);
    expect(new Set(Object.values(all.players).map((p) => `${p.line}/${p.seat}`)).size).toBe(24);
    await host.waitForFunction(() => document.querySelector(".phase-sub")?.textContent?.startsWith("24 joined · 5 lines · 1 free seat"), undefined, FOREVER);
    // Cy came 24th, so the fifth line (opened for the 21st) is where the phone says it sits.
    expect(await pages[2].getAttribute(".ctl-seat", "data-line")).toBe("4");
    await host.screenshot({ path: join(SHOTS, "classroom-grow-lobby.png") });

    // A default game, ended at once by the teacher: the summary.
    await host.click("[data-action=start]");
    await phaseIs(host, "aim", 1);
    await host.click("[data-action=end]");
    await phaseIs(host, "summary");
    const ids = Object.keys(all.players).sort();

    // At the summary: lines of 6, two shots, teacher-paced. Everyone is seated again, no one re-joins.
    await host.click("[data-action=settings]");
    await host.waitForSelector(".settings-box:not([hidden]) .class-settings");
    // The class grew to 5 lines; asking for 1 lets it take as many lines of 6 as it needs (4).
    expect(await host.inputValue(".settings-box input[name=teams]")).toBe("5");
    await host.fill(".settings-box input[name=teams]", "1");
    await host.fill(".settings-box input[name=lineLength]", "6");
    await host.fill(".settings-box input[name=maxRounds]", "2");
    await host.check(".settings-box input[name=pace][value=teacher]");
    // Teacher-paced keeps "move on by itself" on: the animations and timers still run.
    expect(await host.isChecked(".settings-box input[name=autoAdvance]")).toBe(true);
    await host.screenshot({ path: join(SHOTS, "classroom-grow-settings.png") });
    await host.click(".settings-box [data-action=apply-settings]");
    const reshaped = await viewWhere(bots[0], (v) => v.settings.lineLength === 6);
    expect(reshaped.settings.pace).toBe("teacher");
    expect(reshaped.settings.autoAdvance).toBe(true);
    expect(reshaped.lines).toHaveLength(4);
    expect(reshaped.lines.every((l) => l.neurons.length === 6 && l.neurons.every((n) => n.playerId !== null))).toBe(true);
    expect(Object.keys(reshaped.players).sort()).toEqual(ids);
    // Each colyseus student is still themselves, now in the new shape.
    for (const s of bots) expect(reshaped.players[s.me!].seat).toBeLessThan(6);
    // The phones follow without a reload: their seat is the one the server gave their name.
    for (const [i, page] of pages.entries()) {
      const p = Object.values(reshaped.players).find((x) => x.name === PAGES[i])!;
      await page.waitForFunction(([l, s]) => {
        const el = document.querySelector(".ctl-seat");
        return el?.getAttribute("data-line") === l && el.getAttribute("data-seat") === s;
      }, [String(p.line), String(p.seat)] as const, FOREVER);
    }

    // The teacher-paced game.
    await host.click("[data-action=settings]");
    await host.click("[data-action=start]");
    await phaseIs(host, "shot", 1);
    // The shot's animation plays, then the game holds: no deadline, and the phones say why.
    for (const page of pages) await page.waitForSelector("[data-waiting=teacher]", FOREVER);
    expect(await pages[0].locator("[data-waiting=teacher]").textContent()).toMatch(/Waiting for your teacher/);
    await pages[0].screenshot({ path: join(SHOTS, "classroom-grow-phone-waiting.png") });
    // Twice the animation's length later it still stands at the shot: only Next moves it on.
    await host.waitForTimeout(2 * ANIMATION_SECONDS.shot * 1000);
    expect(bots[0].view().phase).toBe("shot");
    expect(bots[0].view().deadline).toBeNull();
    await host.click("[data-action=next]");
    const after = await viewWhere(bots[0], (v) => v.phase === "vote" || v.phase === "coach");
    if (after.phase === "vote") {
      // Everyone asked votes; the game moves on by itself, the host presses nothing.
      const askedLine = (v: GameView, name: string) => lineVotes(v.lines[Object.values(v.players).find((p) => p.name === name)!.line]);
      for (const [i, page] of pages.entries()) {
        if (!askedLine(after, PAGES[i])) continue;
        await page.waitForSelector("[data-panel=vote]", FOREVER);
        await page.locator(`[data-panel=vote] button[data-seat="${i}"]`).tap();
        await page.locator("[data-panel=vote] button[data-direction=firmer]").tap();
        await page.locator("[data-panel=vote] [data-action=vote]").tap();
      }
      for (const [i, s] of bots.entries()) {
        const v = s.view();
        if (lineVotes(v.lines[v.players[s.me!].line])) expect(await s.send({ type: "vote", blame: i % 6, direction: i % 2 ? "firmer" : "looser" })).toBeNull();
      }
    }
    await phaseIs(host, "coach", 1);
    // The rule's step plays, then holds for the class to talk, the phones saying so under the card.
    for (const page of pages) await page.waitForSelector("[data-waiting=teacher]", FOREVER);
    await host.waitForTimeout(2 * ANIMATION_SECONDS.coach * 1000);
    expect(bots[0].view().phase).toBe("coach");
    expect(bots[0].view().deadline).toBeNull();
    await host.click("[data-action=next]");
    await phaseIs(host, "adjust", 1);
    // The adjust timer runs (a deadline), and everyone done moves on to the next shot by itself.
    expect((await viewWhere(bots[0], (v) => v.phase === "adjust")).deadline).not.toBeNull();
    for (const page of pages) {
      await page.waitForSelector("[data-action=done]", FOREVER);
      await page.locator("[data-action=done]").tap();
    }
    for (const s of bots) expect(await s.send({ type: "ready" })).toBeNull();
    await phaseIs(host, "aim", 2);
    // Nobody was refused or dropped along the way.
    expect(Object.keys(bots[0].view().players).sort()).toEqual(ids);
    expect(devices.errors).toEqual([]);
  }, 600_000);
});
