// Reduced motion, honoured everywhere (Playwright's reducedMotion: the browser reports
// prefers-reduced-motion: reduce). Real Chromium, a real server process. On the projector, a student's
// controller, the solo game and the brain lab: no CSS animation or transition runs at any phase
// (document.getAnimations() sampled through a whole round, with the countdown on screen), and the court
// skips its animations: the rule's step shows every card in its first frame. The same round with motion
// allowed shows the countdown's transition and the cards arriving one by one, so the checks can fail.
import type { BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePorts, type Proc, startServerProcess } from "../server/processes";
import { buildClient, type Device, Devices, PHONE, serveDist } from "./browser";

const PROJECTOR: Device = { name: "projector", viewport: { width: 1920, height: 1080 }, isMobile: false, hasTouch: false };
const LAPTOP: Device = { name: "laptop", viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };
type Motion = NonNullable<BrowserContextOptions["reducedMotion"]>;

let server: Awaited<ReturnType<typeof serveDist>>;
let classes: Proc | null = null;
let base = "";
const devices = new Devices();

beforeAll(async () => {
  buildClient();
  server = await serveDist();
  const [port] = await freePorts(1);
  classes = await startServerProcess(port);
  base = `http://127.0.0.1:${port}`;
  await devices.start();
}, 120_000);
afterAll(async () => {
  await devices.close();
  await classes?.stop();
  await server?.close();
});

/**
 * Put into every page before its scripts: records each CSS animation or transition that runs (sampled
 * every 50 ms) and every frame the court writes on its box (its marks: phase and cards shown). The
 * page's own code is not changed.
 */
const WATCH = `(() => {
  window.__moving = [];
  window.__frames = [];
  const sample = () => {
    for (const a of document.getAnimations()) {
      if (a.playState !== "running") continue;
      const t = a.effect && a.effect.target;
      const what = a.animationName || a.transitionProperty || a.constructor.name;
      const where = t ? t.tagName.toLowerCase() + "." + String(t.getAttribute("class") || "").split(" ").join(".") : "?";
      const key = what + " on " + where;
      if (!window.__moving.includes(key)) window.__moving.push(key);
    }
  };
  setInterval(sample, 50);
  const watch = () => {
    new MutationObserver((changes) => {
      for (const c of changes) {
        try {
          const m = JSON.parse(c.target.dataset.story || "null");
          if (m) window.__frames.push({ phase: m.phase, round: m.round, cards: m.cards.length });
        } catch {}
      }
    }).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ["data-story"] });
  };
  if (document.documentElement) watch(); else document.addEventListener("DOMContentLoaded", watch);
})();`;

interface Watched {
  moving: string[];
  frames: { phase: string; round: number; cards: number }[];
}
const watched = (page: Page): Promise<Watched> => page.evaluate(() => {
  const w = window as unknown as { __moving: string[]; __frames: Watched["frames"] };
  return { moving: [...w.__moving], frames: [...w.__frames] };
});

async function open(device: Device, url: string, motion: Motion): Promise<Page> {
  const page = await devices.open(device, "about:blank");
  await page.emulateMedia({ reducedMotion: motion });
  await page.addInitScript(WATCH);
  await page.goto(url);
  return page;
}

const phaseIs = (page: Page, phase: string) => page.waitForFunction((p) => document.body.dataset.phase === p, phase, { timeout: 60_000 });

/** A class on timers (the countdown runs) with one student, through one round: what moved on each page, and the projector court's frames. */
async function classRound(motion: Motion): Promise<{ projector: Watched; student: Watched; lineLength: number }> {
  const host = await open(PROJECTOR, `${base}/class.html?host`, motion);
  host.on("dialog", (d) => void d.accept());
  await host.waitForSelector("[data-screen=create]");
  await host.fill("input[name=lineLength]", "3");
  await host.fill("input[name=maxRounds]", "1");
  await host.click("[data-action=apply-settings]");
  await host.waitForSelector(".join-code");
  const code = (await host.getAttribute(".join-code", "data-code"))!;
  const student = await open(PHONE, `${base}/class.html?code=${code}`, motion);
  await student.fill("#nickname", "Mo");
  await student.locator("[data-action=join]").tap();
  await student.waitForSelector("[data-screen=controller] .ctl-seat");
  await host.waitForFunction(() => document.querySelectorAll(".roster li").length === 1);
  await host.click("[data-action=start]");
  // Timers move the class on: aim, pass, the shot, then the vote (after a miss) with its countdown running.
  await host.waitForFunction(() => document.body.dataset.phase === "vote" || document.body.dataset.phase === "coach", null, { timeout: 60_000 });
  if ((await host.evaluate(() => document.body.dataset.phase)) === "vote") {
    await student.waitForSelector("[data-panel=vote] button[data-seat='0']");
    await host.waitForTimeout(1500);
    await student.locator("[data-panel=vote] button[data-seat='0']").tap();
    await student.locator("[data-panel=vote] button[data-direction=firmer]").tap();
    await student.locator("[data-panel=vote] [data-action=vote]").tap();
  }
  await phaseIs(host, "adjust");
  await student.waitForSelector("[data-panel=adjust] [data-action=done]");
  await host.waitForTimeout(1500);
  await student.locator("[data-panel=adjust] [data-action=done]").tap();
  await phaseIs(host, "summary");
  await host.waitForTimeout(500);
  return { projector: await watched(host), student: await watched(student), lineLength: 3 };
}

/** The first and last frame the court drew in the rule's step. */
function coachFrames(w: Watched): { first: number; last: number } {
  const coach = w.frames.filter((f) => f.phase === "coach");
  expect(coach.length).toBeGreaterThan(0);
  return { first: coach[0].cards, last: coach[coach.length - 1].cards };
}

describe("reduced motion", () => {
  it("the projector and a student's controller: nothing moves by CSS, and the court shows the rule's step at once", async () => {
    const still = await classRound("reduce");
    expect(still.projector.moving).toEqual([]);
    expect(still.student.moving).toEqual([]);
    const { first, last } = coachFrames(still.projector);
    // Every card the step hands out is there in its very first frame.
    expect(last).toBeGreaterThan(0);
    expect(first).toBe(last);
  }, 240_000);

  it("with motion allowed, the same round moves: the countdown's ring eases and the cards arrive one by one", async () => {
    const moving = await classRound("no-preference");
    expect(moving.projector.moving.concat(moving.student.moving).some((m) => m.includes("countdown-ring"))).toBe(true);
    const { first, last } = coachFrames(moving.projector);
    expect(first).toBeLessThan(last);
  }, 240_000);

  it("the solo game and the brain lab: nothing moves by CSS, and the court's rule's step starts complete", async () => {
    const solo = await open(LAPTOP, server.url, "reduce");
    await solo.waitForSelector("body[data-ready='1']");
    await solo.keyboard.press("Enter");
    await solo.waitForSelector("[data-screen=intro]");
    await solo.keyboard.press("Enter");
    await solo.waitForSelector("[data-panel=vote] button[data-seat]", { timeout: 30_000 });
    await solo.keyboard.press("1");
    await solo.keyboard.press("f");
    await solo.keyboard.press("Enter");
    await solo.waitForSelector("[data-panel=adjust] [data-action=done]", { timeout: 30_000 });
    await solo.waitForTimeout(500);
    const w = await watched(solo);
    expect(w.moving).toEqual([]);
    const { first, last } = coachFrames(w);
    expect(last).toBeGreaterThan(0);
    expect(first).toBe(last);

    const lab = await open(LAPTOP, `${server.url}lab.html`, "reduce");
    await lab.waitForSelector("body[data-ready='1']");
    // Guess first (the run waits for a guess), then run the grid in the page's worker for a few seconds.
    await lab.check("input[name='guess']");
    await lab.click("#run");
    await lab.waitForSelector("#lab-status");
    await lab.waitForTimeout(3000);
    expect((await watched(lab)).moving).toEqual([]);
    expect(devices.errors).toEqual([]);
  }, 240_000);
});
