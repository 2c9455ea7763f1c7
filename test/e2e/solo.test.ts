// Solo mode end to end in real Chromium: chapters played by tapping at tablet and phone sizes, the blame on
// screen checked against the shared engine, no console errors, and an offline reload that still plays.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHAPTERS, chapterById } from "../../client/chapters/chapters";
import { buildClient, type Device, launch, PHONE, serveDist, TABLET } from "./browser";
import { expectEngineBlame, playShot, SHOTS, type SeenShot, watchErrors } from "./solo-play";
import { keyboardOnly, kioskIdle, longLineReducedMotion } from "./solo-access";
let server: Awaited<ReturnType<typeof serveDist>>;

/** The guided path, as the solo page must list it: [id, title] in order. */
const CHAPTER_LIST = [
  ["pass", "1. Pass the ball"],
  ["miss", "2. The miss"],
  ["coach", "3. The coach"],
  ["strict", "4. A strict coach"],
  ["deep", "5. A long line"],
  ["wiring", "6. The brain's wiring problem"],
  ["guess", "7. Trial and error"],
  ["network", "8. The network"],
  ["wires", "9. Random wires, right advice"],
  ["dendrites", "10. Two doors"],
];

beforeAll(() => {
  buildClient();
}, 120_000);
beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await server?.close();
});

async function playChapters(device: Device): Promise<void> {
  const { context, close } = await launch(device);
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready='1']");
    await page.screenshot({ path: `${SHOTS}/${device.name}-home.png` });
    // The built page lists exactly the guided path, in order (a fresh profile: nothing done yet).
    const listed = await page.$$eval("[data-chapter]", (els) => els.map((el) => [el.getAttribute("data-chapter"), el.querySelector("span")?.textContent]));
    expect(listed).toEqual(CHAPTER_LIST);

    // Chapter 1: pass the ball, two shots.
    await page.locator("[data-chapter=pass]").tap();
    await page.screenshot({ path: `${SHOTS}/${device.name}-intro.png` });
    await page.locator("[data-action=play]").tap();
    const one: SeenShot[] = [];
    const lastSeat = chapterById("pass")!.settings.lineLength! - 1;
    one.push(await playShot(page, device, "c1s1", { blame: lastSeat, direction: "firmer" }, true));
    one.push(await playShot(page, device, "c1s2", { blame: 0, direction: "looser" }, false));
    await page.waitForSelector("[data-toast=goal]");
    expect(await page.getAttribute(".goal", "data-reached")).toBe("true");
    await page.screenshot({ path: `${SHOTS}/${device.name}-c1-goal.png` });
    expectEngineBlame("pass", one);

    // Chapter 2: the miss, until a shot lands within a metre.
    await page.locator("[data-toast=goal] [data-action=next-chapter]").tap();
    await page.waitForSelector("[data-screen=intro]");
    await page.locator("[data-action=play]").tap();
    const two: SeenShot[] = [];
    for (let k = 0; k < 6 && (await page.locator("[data-toast=goal]").count()) === 0; k++) {
      two.push(await playShot(page, device, `c2s${k + 1}`, { blame: 2, direction: k % 2 ? "looser" : "firmer" }, k === 0));
    }
    expect(await page.locator("[data-toast=goal]").count()).toBe(1);
    expect(two.length).toBeGreaterThanOrEqual(2);
    const misses = two.map((s) => Math.abs(s.miss));
    expect(misses.at(-1)!).toBeLessThan(misses[0]);
    expect(misses.at(-1)!).toBeLessThan(1);
    // The learning curve shows the same misses.
    await page.locator("[data-action=curve]").tap();
    const curve = (await page.locator("[data-screen=curve] .curve-dot").evaluateAll((els) => els.map((e) => (e as SVGElement).dataset.miss!))).map(Number);
    expect(curve).toEqual(two.map((s) => s.miss));
    await page.screenshot({ path: `${SHOTS}/${device.name}-c2-curve.png` });
    expectEngineBlame("miss", two);

    // Every button a finger needs is at least 48 CSS px each way.
    await page.locator("[data-screen=curve] button").tap();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("button")]
        .filter((b) => b.offsetParent !== null)
        .map((b) => ({ text: b.textContent, r: b.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 47.5 || r.height < 47.5)
        .map(({ text }) => text),
    );
    expect(small).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
}

describe("solo game in Chromium", () => {
  it("has the eight chapters, in order, each with a goal", () => {
    expect(CHAPTERS.map((c) => [c.id, c.title])).toEqual(CHAPTER_LIST);
    for (const c of CHAPTERS) expect(c.goal.text.trim(), c.id).not.toBe("");
  });

  it("plays the first chapters by tapping on a tablet", async () => {
    await playChapters(TABLET);
  }, 120_000);

  it("plays the first chapters by tapping on a phone", async () => {
    await playChapters(PHONE);
  }, 120_000);

  it("plays a whole shot with the keyboard alone", async () => {
    await keyboardOnly(server.url);
  }, 60_000);

  it("in kiosk mode offers nothing to type and returns to the start after a minute idle", async () => {
    await kioskIdle(server.url);
  }, 60_000);

  it("plays chapter 5 (a long line) on a phone with reduced motion: animations cut short, goal reached", async () => {
    await longLineReducedMotion(server.url);
  }, 60_000);

  it("reloads and plays a shot offline after one visit", async () => {
    const { context, close } = await launch(TABLET);
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(server.url);
      await page.waitForSelector("body[data-ready='1']");
      // The service worker must have stored the game and taken control of the page.
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 });
      await context.setOffline(true);
      await page.reload();
      await page.waitForSelector("body[data-ready='1']");
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      await page.locator("[data-chapter=pass]").tap();
      await page.locator("[data-action=play]").tap();
      const shot = await playShot(page, TABLET, "offline", { blame: 1, direction: "firmer" }, false);
      expect(Number.isFinite(shot.miss)).toBe(true);
      expectEngineBlame("pass", [shot]);
      await page.screenshot({ path: `${SHOTS}/offline-after-shot.png` });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);
});
