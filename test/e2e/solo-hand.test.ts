// The player's hand in real Chromium: the dial moves visibly with each tap and says the change, the next
// shot shows what following or ignoring would have done, a double tap on Vote does not skip the coach,
// phones in landscape can vote and press Done, a kiosk keeps its visitor and resets between visitors, and
// a reload mid-round comes back to the same round.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClient, type Device, launch, PHONE, serveDist, TABLET } from "./browser";
import { DEFAULT_PREFS } from "../../client/ui/prefs";
import { AFTER_SHOT, expectOnScreen, phaseOf, readDial, skipTo, voteAndAdjust } from "./hand-play";
import { SHOTS, watchErrors } from "./solo-play";

let server: Awaited<ReturnType<typeof serveDist>>;

const SMALL_PHONE: Device = { name: "phone-small", viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };
const LANDSCAPE: Device = { name: "phone-landscape", viewport: { width: 844, height: 390 }, isMobile: true, hasTouch: true };
const SMALL_LANDSCAPE: Device = { name: "phone-small-landscape", viewport: { width: 640, height: 360 }, isMobile: true, hasTouch: true };
const TABLET_PORTRAIT: Device = { name: "tablet-portrait", viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true };
const PROJECTOR: Device = { name: "big", viewport: { width: 1920, height: 1080 }, isMobile: false, hasTouch: true };

/** The dial's parts a hand needs, all on screen at once. */
const DIAL_PARTS = ["[data-dial=weight]", "button[aria-label=looser]", "button[aria-label=firmer]", "[data-panel=adjust] .ghost", "[data-action=follow]", "[data-action=done]"];

beforeAll(() => {
  buildClient();
}, 120_000);
beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await server?.close();
});

/** Opens a chapter and plays it to its first adjust phase. */
async function toFirstAdjust(device: Device, chapter: string, url = server.url) {
  const browser = await launch(device);
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${url}?chapter=${chapter}`);
  await page.locator("[data-action=play]").tap();
  await page.waitForFunction(() => !document.body.dataset.overlay);
  await skipTo(page, AFTER_SHOT);
  await voteAndAdjust(page);
  return { ...browser, page, errors };
}

describe("the player's hand, in Chromium", () => {
  for (const device of [PHONE, SMALL_PHONE]) {
    it(`on a ${device.viewport.width}x${device.viewport.height} phone the dial moves visibly with each tap and says the change`, async () => {
      const { page, errors, close } = await toFirstAdjust(device, "pass");
      try {
        // Dial, −/+, the coach's mark, Follow and Done: all on screen, nothing to scroll.
        await expectOnScreen(page, DIAL_PARTS);
        expect(await page.evaluate(() => document.querySelector("#panel")!.scrollTop)).toBe(0);
        const start = await readDial(page);
        // Untouched, the hand follows the coach: the dial sits on the coach's mark and says so.
        expect(start.readout).toMatch(/coach [+-]0\.\d{3}/);
        expect(start.readout).toMatch(/\(\+0\.\d{3}\)/);
        expect(start.readout).not.toMatch(/e-/);
        // The coach's suggestion is a good part of the dial: it spans about three either side.
        const coachChange = start.change;
        expect(coachChange).not.toBe(0);
        expect((start.max - start.min) / Math.abs(coachChange)).toBeGreaterThan(5);
        expect((start.max - start.min) / Math.abs(coachChange)).toBeLessThan(7);
        await page.screenshot({ path: `${SHOTS}/hand-${device.name}-adjust.png` });
        // Three taps of +: the thumb moves at least 5 px each time, the readout's change grows each time.
        let last = start;
        for (let k = 0; k < 3; k++) {
          await page.locator("button[aria-label=firmer]").tap();
          const now = await readDial(page);
          expect(now.thumbX - last.thumbX).toBeGreaterThan(5);
          expect(now.change).toBeGreaterThan(last.change);
          expect(now.readout).not.toBe(last.readout);
          last = now;
        }
        await page.screenshot({ path: `${SHOTS}/hand-${device.name}-firmer.png` });
        // One tap each: ignore (back where it was), double, follow.
        await page.locator("[data-action=ignore]").tap();
        expect((await readDial(page)).change).toBe(0);
        expect(await page.getAttribute("[data-action=ignore]", "aria-pressed")).toBe("true");
        await page.locator("[data-action=double]").tap();
        expect((await readDial(page)).change).toBeCloseTo(2 * coachChange, 9);
        await page.locator("[data-action=follow]").tap();
        expect((await readDial(page)).change).toBeCloseTo(coachChange, 9);
        // Past the end: the dial zooms out instead of stopping.
        for (let k = 0; k < 20; k++) await page.locator("button[aria-label=firmer]").tap();
        const far = await readDial(page);
        expect(far.max).toBeGreaterThan(start.max);
        expect(far.value).toBeGreaterThan(start.max);
        // My own way: twice the coach's change on top of following. Done, and the next shot says what if.
        await page.locator("[data-action=ignore]").tap();
        for (let k = 0; k < 10; k++) await page.locator("button[aria-label=firmer]").tap();
        const mine = await readDial(page);
        await page.locator("[data-action=done]").tap();
        // The next shot: a vote after a miss, or (a hit has nobody to blame) the coach at once.
        const after = await skipTo(page, AFTER_SHOT);
        const whatIf = page.locator("[data-what-if]");
        await whatIf.waitFor();
        if (after === "vote") {
          // With the what-if above them, the seats, my direction and Vote still fit without scrolling.
          await expectOnScreen(page, ["[data-what-if]", "[data-panel=vote] button[data-seat='0']", "[data-panel=vote] button[data-seat='2']", "[data-panel=vote] button[data-direction=firmer]", "[data-panel=vote] button[data-direction=looser]", "[data-action=vote]"]);
          expect(Number(await whatIf.getAttribute("data-actual-miss"))).toBe(Number(await page.getAttribute("[data-panel=vote] .miss", "data-miss")));
        }
        const followed = Number(await whatIf.getAttribute("data-followed-miss"));
        const ignored = Number(await whatIf.getAttribute("data-ignored-miss"));
        const actual = Number(await whatIf.getAttribute("data-actual-miss"));
        // Firmer than the coach's mark throws further than following would have; not turning, shorter still.
        expect(mine.change).toBeGreaterThan(coachChange);
        expect(actual).toBeGreaterThan(followed);
        expect(followed).toBeGreaterThan(ignored);
        expect(await whatIf.textContent()).toMatch(/What if\? You turned your own way\. Following the coach exactly: (\d+ cm|less than 1 cm) shorter/);
        await page.screenshot({ path: `${SHOTS}/hand-${device.name}-what-if.png` });
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }, 90_000);
  }

  it("names what suggests the change when there is no coach (trial and error: the change the second shot gives, which may go against the wiggle)", async () => {
    const { page, errors, close } = await toFirstAdjust(PHONE, "guess");
    try {
      expect(await page.textContent("[data-panel=adjust] .ghost")).toBe("▼ change");
      const dial = await readDial(page);
      expect(dial.readout).toMatch(/change/);
      expect(dial.readout).not.toMatch(/coach/);
      await expectOnScreen(page, DIAL_PARTS);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  it("puts chapter 4's strictness dial first on a phone, with the hand's dial and Done still on screen", async () => {
    const { page, errors, close } = await toFirstAdjust(SMALL_PHONE, "strict");
    try {
      const order = await page.evaluate(() => [...document.querySelectorAll("[data-panel=adjust] > *")].map((e) => e.className.split(" ")[0]));
      expect(order.slice(0, 3)).toEqual(["panel-head", "strictness", "dial"]);
      await expectOnScreen(page, [...DIAL_PARTS, "[data-strictness='0.002']"]);
      await page.screenshot({ path: `${SHOTS}/hand-phone-small-strict.png` });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  it("ignores the second tap of a double tap on Vote: the coach is not skipped", async () => {
    const { context, close } = await launch(PHONE);
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${server.url}?chapter=coach`);
      await page.locator("[data-action=play]").tap();
      await skipTo(page, "vote");
      await page.locator("[data-panel=vote] button[data-seat='0']").tap();
      await page.locator("[data-panel=vote] button[data-direction=firmer]").tap();
      const box = (await page.locator("[data-action=vote]").boundingBox())!;
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await page.touchscreen.tap(x, y);
      await page.waitForTimeout(120);
      await page.touchscreen.tap(x, y);
      // The coach walks (5 s): still walking well after the second tap.
      await page.waitForTimeout(700);
      expect(await phaseOf(page)).toBe("coach");
      // And Skip is nowhere near where Vote was.
      const skip = (await page.locator("[data-action=skip]").boundingBox())!;
      const overlaps = skip.x < box.x + box.width && box.x < skip.x + skip.width && skip.y < box.y + box.height && box.y < skip.y + skip.height;
      expect(overlaps).toBe(false);
      await page.screenshot({ path: `${SHOTS}/hand-double-tap-coach.png` });
      // A deliberate tap on Skip, later, still works.
      await page.locator("[data-action=skip]").tap();
      await page.waitForSelector("[data-panel=adjust]");
      // Done double-tapped: the next shot's aim is not skipped either.
      const done = (await page.locator("[data-action=done]").boundingBox())!;
      await page.touchscreen.tap(done.x + done.width / 2, done.y + done.height / 2);
      await page.waitForTimeout(100);
      await page.touchscreen.tap(done.x + done.width / 2, done.y + done.height / 2);
      await page.waitForTimeout(300);
      expect(await phaseOf(page)).toBe("aim");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  for (const device of [LANDSCAPE, SMALL_LANDSCAPE]) {
    it(`votes and turns the dial on a phone in landscape (${device.viewport.width}x${device.viewport.height})`, async () => {
      const { context, close } = await launch(device);
      try {
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(`${server.url}?chapter=pass`);
        await page.locator("[data-action=play]").tap();
        let votes = 0;
        for (let shot = 1; shot <= 2; shot++) {
          if ((await skipTo(page, AFTER_SHOT)) === "vote") {
            // Every seat, Firmer, Looser and Vote on screen and uncovered: nothing sticky lies over another.
            await expectOnScreen(page, ["[data-panel=vote] button[data-seat='0']", "[data-panel=vote] button[data-seat='2']", "[data-panel=vote] button[data-direction=firmer]", "[data-panel=vote] button[data-direction=looser]", "[data-action=vote]"]);
            await page.screenshot({ path: `${SHOTS}/hand-${device.name}-vote-${shot}.png` });
            await page.locator("[data-panel=vote] button[data-seat='2']").tap();
            await page.locator("[data-panel=vote] button[data-direction=firmer]").tap();
            await page.locator("[data-action=vote]").tap();
            votes++;
            await page.waitForTimeout(450);
          }
          await skipTo(page, "adjust");
          await expectOnScreen(page, DIAL_PARTS);
          await page.locator("button[aria-label=firmer]").tap();
          await page.screenshot({ path: `${SHOTS}/hand-${device.name}-adjust-${shot}.png` });
          await page.locator("[data-action=done]").tap();
          await page.waitForFunction(() => document.body.dataset.phase !== "adjust");
        }
        // The first shot (2.5 m short) always asks for a vote.
        expect(votes).toBeGreaterThan(0);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }, 90_000);
  }

  for (const device of [TABLET_PORTRAIT, PROJECTOR]) {
    it(`gives the court the room on a ${device.viewport.width}x${device.viewport.height} screen`, async () => {
      const { page, errors, close } = await toFirstAdjust(device, "pass");
      try {
        const court = await page.evaluate(() => {
          const r = document.querySelector("#court")!.getBoundingClientRect();
          return { w: r.width, h: r.height, area: r.width * r.height };
        });
        const { width, height } = device.viewport;
        // The court has at least half the screen; the panel is never wider than 460 px.
        expect(court.area).toBeGreaterThan(0.45 * width * height);
        expect(await page.evaluate(() => document.querySelector("#panel")!.getBoundingClientRect().width)).toBeLessThanOrEqual(Math.max(460, width));
        await expectOnScreen(page, DIAL_PARTS);
        await page.screenshot({ path: `${SHOTS}/hand-${device.name}-adjust.png` });
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }, 60_000);
  }

  it("reloaded mid-round, comes back to the same round with the same hand", async () => {
    const { page, errors, close } = await toFirstAdjust(PHONE, "miss");
    try {
      // Chapter 2 opens the dial wide: a few taps move the handshake a lot.
      for (let k = 0; k < 4; k++) await page.locator("button[aria-label=firmer]").tap();
      const before = await readDial(page);
      const round = await page.evaluate(() => document.body.dataset.round);
      await page.reload();
      await page.waitForSelector("[data-panel=adjust] [data-dial=weight]");
      expect(await page.evaluate(() => document.body.dataset.round)).toBe(round);
      expect(await page.evaluate(() => document.body.dataset.overlay ?? "")).toBe("");
      const after = await readDial(page);
      expect(after.value).toBeCloseTo(before.value, 12);
      expect(after.readout).toBe(before.readout);
      // Into the next shot (its vote, or the coach after a hit), and reload again: the same shot, the same miss.
      await page.locator("[data-action=done]").tap();
      const phase = await skipTo(page, AFTER_SHOT);
      const miss = await page.getAttribute("[data-what-if]", "data-actual-miss");
      await page.reload();
      await page.waitForSelector("[data-what-if]");
      expect(await page.getAttribute("[data-what-if]", "data-actual-miss")).toBe(miss);
      expect(await phaseOf(page)).toBe(phase);
      expect(await page.evaluate(() => document.body.dataset.round)).toBe("2");
      await page.screenshot({ path: `${SHOTS}/hand-reloaded-vote.png` });
      // Home forgets it: a reload then opens the chapter's card again (the address asks for chapter 2), not the old game.
      await page.locator("[data-action=home]").tap();
      await page.waitForSelector("body[data-overlay=home]");
      await page.reload();
      await page.waitForSelector("body[data-overlay=intro]");
      expect(await phaseOf(page)).toBe("lobby");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);

  it("in a kiosk: a first screen for a stranger, back cannot leave, and an idle reset restores sound and speed", async () => {
    const { context, close } = await launch(TABLET);
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.clock.install();
      await page.goto(`${server.url}?kiosk=1`);
      await page.waitForSelector("body[data-overlay=welcome]");
      expect(await page.locator("[data-screen=welcome] button").count()).toBe(2);
      await expectOnScreen(page, ["[data-action=begin]"]);
      await page.screenshot({ path: `${SHOTS}/hand-kiosk-welcome.png` });
      await page.locator("[data-action=begin]").tap();
      await page.waitForSelector("[data-screen=intro]");
      await page.locator("[data-action=play]").tap();
      await page.waitForFunction(() => !document.body.dataset.overlay);
      // The visitor mutes the sound and speeds the game up.
      await page.locator("[data-action=mute]").tap();
      await page.locator("[aria-label='Speed 1 times']").tap();
      expect(await page.textContent("[data-action=mute]")).toBe("♪ off");
      expect(await page.locator("[aria-label='Speed 2 times']").count()).toBe(1);
      const url = page.url();
      // Back (twice), as the button or an edge swipe does: still the same page, the same game.
      for (let k = 0; k < 2; k++) {
        await page.goBack().catch(() => null);
        await page.waitForTimeout(200);
        expect(page.url()).toBe(url);
        expect(await page.evaluate(() => document.body.dataset.kiosk)).toBe("1");
        expect(["aim", "pass", "shot", "vote"]).toContain(await phaseOf(page));
      }
      // A minute without a tap once the game waits for the visitor (the shot plays on by itself first):
      // back to the first screen, sound on, normal speed, for the next visitor.
      await page.waitForSelector("body[data-phase=vote]");
      await page.clock.fastForward(61_000);
      await page.waitForSelector("body[data-overlay=welcome]");
      const prefs = await page.evaluate(() => JSON.parse(localStorage.getItem("blame-game:prefs") ?? "{}") as unknown);
      expect(prefs).toEqual({ ...DEFAULT_PREFS });
      await page.locator("[data-action=more]").tap();
      await page.locator("[data-chapter=pass]").tap();
      await page.locator("[data-action=play]").tap();
      await page.waitForFunction(() => !document.body.dataset.overlay);
      expect(await page.textContent("[data-action=mute]")).toBe("♪ on");
      expect(await page.locator("[aria-label='Speed 1 times']").count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  it("ends a chapter a shot after its goal, with a banner that leaves the court alone, then the finale after the last", async () => {
    const { context, close } = await launch(PHONE);
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${server.url}?chapter=pass`);
      await page.locator("[data-action=play]").tap();
      for (let shot = 1; shot <= 2; shot++) {
        await skipTo(page, AFTER_SHOT);
        await voteAndAdjust(page, 2);
        if (shot < 2) {
          await page.locator("[data-action=done]").tap();
          await page.waitForFunction(() => document.body.dataset.phase !== "adjust");
        }
      }
      // Goal (2 shots) reached: the banner sits above the court, not over it.
      await page.waitForSelector("[data-toast=goal]");
      const banner = (await page.locator("#banner").boundingBox())!;
      const court = (await page.locator("#court").boundingBox())!;
      expect(banner.y + banner.height).toBeLessThanOrEqual(court.y + 0.5);
      await page.screenshot({ path: `${SHOTS}/hand-goal-banner.png` });
      // One more shot, then the summary (not the chapter's six).
      await page.locator("[data-action=done]").tap();
      await skipTo(page, AFTER_SHOT);
      await voteAndAdjust(page, 2);
      await page.locator("[data-action=done]").tap();
      await page.waitForSelector("body[data-overlay=summary]");
      expect(await page.evaluate(() => document.body.dataset.round)).toBe("3");
      const summary = page.locator("[data-screen=summary]");
      // The heat map has its shot numbers and its legend.
      expect(await summary.locator(".heat-axis").count()).toBe(3);
      expect(await summary.locator(".heat-key").count()).toBe(3);
      await page.screenshot({ path: `${SHOTS}/hand-summary.png`, fullPage: true });
      // The finale, from the last chapter: every rule side by side, and the way to free play.
      await page.evaluate(() => localStorage.setItem("blame-game:chapters-done", JSON.stringify(["pass", "miss", "coach", "strict", "deep", "wiring", "guess", "network", "wires", "dendrites"])));
      await page.locator("[data-screen=summary] button:has-text('Home')").tap();
      await page.locator("[data-action=finale]").tap();
      await page.waitForSelector("[data-screen=finale]");
      expect(await page.locator("[data-screen=finale] .rule-card").count()).toBe(5);
      expect(await page.textContent("[data-rule=backprop] .race")).toMatch(/three in a row by shot \d+/);
      expect(await page.textContent("[data-rule=fire-together] .race")).toMatch(/never/);
      await page.screenshot({ path: `${SHOTS}/hand-finale.png`, fullPage: true });
      await page.locator("[data-screen=finale] [data-action=free-play]").tap();
      await page.waitForSelector("[data-screen=settings]");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);
});
