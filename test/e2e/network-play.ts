// Playing the solo chapter "The network" by tapping, for the browser tests (solo-network, and the guided
// path): the map in the court's place with the learner's neuron ringed, a vote on a neighbour's handshake
// after every miss, the coach's walk on the map, one dial turned by hand on the first shot and "follow
// all" after that. What landed in the engine is read from the device: the game's log the tab keeps for a
// reload (sessionStorage), replayed by a LocalGame in Node, must hold the votes tapped and the dials shown.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { chapterById } from "../../client/chapters/chapters";
import type { SavedGame } from "../../client/chapters/saved-game";
import { LocalGame, type Scheduler } from "../../client/source/local-game";
import type { Direction, GameView } from "../../shared";
import type { Device } from "./browser";
import { SHOTS } from "./solo-play";
import { axeViolations } from "./solo-access";

const chapter = chapterById("network");
/** The learner's neuron in the chapter. */
export const SEAT = chapter?.seat ?? -1;

/** A scheduler whose clock never moves: the replay is driven only by the log. */
const still: Scheduler = { now: () => 0, every: () => () => {} };

/** The game the page holds now, replayed in Node from the log it keeps on the device. */
export async function engineView(page: Page): Promise<GameView> {
  const raw = await page.evaluate(() => sessionStorage.getItem("blame-game:solo-game"));
  if (!raw) throw new Error("no game kept on the device");
  const saved = JSON.parse(raw) as SavedGame;
  expect(saved.chapter).toBe("network");
  const game = new LocalGame({ settings: saved.settings, seat: saved.seat, scheduler: still });
  for (const intent of saved.log) expect(game.send(intent)).toBeNull();
  const v = game.view();
  game.dispose();
  return v;
}

const phase = (page: Page) => page.evaluate(() => document.body.dataset.phase ?? "");

/** One vote as tapped. */
export interface Tapped {
  round: number;
  handshake: number;
  direction: Direction;
}

/** What playing the chapter showed. */
export interface NetworkPlayed {
  votes: Tapped[];
  /** The shot on which the goal's banner came. */
  bannerAt: number | null;
  /** axe-core's findings in each phase it was run in (empty unless asked for). */
  violations: string[];
}

/**
 * Plays the network chapter from its first shot (the intro's Play just tapped) to its summary by tapping.
 * `pictures`: screenshots of the vote, the walk, the dials (named after the device); `axe`: axe-core there too.
 */
export async function playNetworkChapter(page: Page, device: Device, options: { pictures: boolean; axe: boolean }): Promise<NetworkPlayed> {
  const violations: string[] = [];
  const axe = async (where: string) => {
    if (options.axe) violations.push(...(await axeViolations(page, `${device.name} ${where}`)));
  };
  const picture = async (what: string) => {
    if (options.pictures) await page.screenshot({ path: `${SHOTS}/${device.name}-network-${what}.png` });
  };
  await page.waitForSelector("body[data-screen=network] .net-stage .nb-neuron");
    // The map is where the court was, and it rings the learner's neuron (the middle of the middle layer).
    expect(await page.locator("#court").evaluate((el) => getComputedStyle(el).visibility)).toBe("hidden");
    expect(await page.getAttribute(".net-stage", "data-me")).toBe(String(SEAT));
    expect(await page.locator(".nb-neuron").count()).toBe(10);
    // Both read in one evaluate: the map may redraw its neurons as it settles, and a locator's element read
    // after a redraw is detached (its computed stroke is "").
    const { ring, other } = await page.evaluate((seat) => {
      const stroke = (s: number) => getComputedStyle(document.querySelector(`.nb-neuron[data-seat="${s}"] .nb-body`)!).stroke;
      return { ring: stroke(seat), other: stroke(3) };
    }, SEAT);
    expect(ring).toBe("rgb(230, 159, 0)");
    expect(other).not.toBe(ring);
    const box = await page.locator(".net-stage .nb-map").boundingBox();
    expect(box && box.height).toBeGreaterThan(150);

    const votes: Tapped[] = [];
    const checked = new Set<string>();
    let turnedByHand = false;
    let bannerAt: number | null = null;
    for (let i = 0; i < 600; i++) {
      if (await page.locator("body[data-overlay=summary]").count()) break;
      if (bannerAt === null && (await page.locator("[data-toast=goal]").count())) bannerAt = Number(await page.evaluate(() => document.body.dataset.round));
      const now = await phase(page);
      if (now === "vote" && (await page.locator("[data-panel=net-vote]").count())) {
        const round = Number(await page.evaluate(() => document.body.dataset.round));
        // My neighbours only: the three neurons of the layer before, one row each.
        expect(await page.locator("[data-panel=net-vote] button.net-pick").count()).toBe(3);
        const handshake = votes.length % 3;
        const direction: Direction = Number(await page.getAttribute(".net-line .miss", "data-miss")) < 0 ? "firmer" : "looser";
        await page.locator(`[data-panel=net-vote] button.net-pick[data-handshake="${handshake}"]`).tap();
        await page.locator(`button[data-direction="${direction}"]`).tap();
        if (!checked.has("vote")) {
          checked.add("vote");
          await picture("vote");
          await axe("vote");
        }
        await page.locator("[data-action=vote]").tap();
        votes.push({ round, handshake, direction });
        // The vote landed in the engine as tapped (my seat's handshake with that neighbour, that way).
        await page.waitForFunction(() => document.body.dataset.phase !== "vote");
        const shot = (await engineView(page)).network?.current;
        expect(shot?.round).toBe(round);
        expect(shot?.votes.host).toMatchObject({ handshake, direction });
        continue;
      }
      if (now === "coach" && !checked.has("coach")) {
        checked.add("coach");
        // The walk back, layer by layer, on the map: one step per layer the note crosses.
        await page.waitForSelector(".network-board[data-walk] .nb-step");
        await page.waitForTimeout(900);
        expect(await page.locator(".nb-step").count()).toBeGreaterThanOrEqual(3);
        expect(await page.locator(".nb-walk-words").count()).toBe(1);
        await picture("coach");
        await axe("coach");
        if (options.pictures) {
          // The dendrites: each neuron drawn with a base and a top, and back again.
          await page.locator("[data-action=dendrites]").tap();
          await page.waitForSelector(".network-board[data-dendrites=true] .nb-top");
          await picture("dendrites");
          await page.locator("[data-action=dendrites]").tap();
          await page.waitForSelector(".network-board[data-dendrites=false]");
        }
        continue;
      }
      if (now === "adjust" && (await page.locator("[data-panel=net-adjust]").count())) {
        // Three handshakes and the excitability, each with the coach's suggestion.
        expect(await page.locator("[data-panel=net-adjust] input[type=range]").count()).toBe(4);
        await page.locator("[data-action=follow-all]").tap();
        if (!turnedByHand) {
          turnedByHand = true;
          // One dial by hand: the second handshake a step firmer than the coach's suggestion.
          await page.locator('[data-dial-row=handshake][data-handshake="1"] button[data-step="1"]').tap();
          const shown = await page.locator("[data-panel=net-adjust] output.net-readout").evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.value)));
          await page.waitForTimeout(400);
          const v = await engineView(page);
          const mine = v.network?.neurons[SEAT];
          expect(mine?.adjusted).toBe(true);
          expect(mine?.weights).toEqual(shown.slice(0, 3));
          expect(mine?.bias).toBe(shown[3]);
          // Followed exactly, the second dial would show the coach's value: it shows a step more.
          const rec = v.network?.current;
          const follow = (rec?.weights[SEAT]?.[1] ?? 0) + (rec?.coach?.weightChanges[SEAT]?.[1] ?? 0);
          expect(shown[1]).toBeGreaterThan(follow);
          await picture("adjust");
          await axe("adjust");
        }
        await page.locator("[data-action=done]").tap();
        await page.waitForFunction(() => document.body.dataset.phase !== "adjust");
        continue;
      }
      const skip = page.locator("[data-action=skip]");
      if (["aim", "pass", "shot", "coach"].includes(now) && (await skip.count())) await skip.tap({ timeout: 2000 }).catch(() => {});
      else await page.waitForTimeout(100);
    }
  await page.waitForSelector("body[data-overlay=summary]");
  return { votes, bannerAt, violations };
}
