// Playing the solo chapters "Random wires, right advice" and "Two doors" by tapping, for the browser tests
// (solo-chapters-wires, and the guided path). The wires: one shot by hand (a vote, then the dials), then
// jumps of 50 shots until the goal's banner, the gauge and the map's badge read against the engine at each
// stop. The doors: the dendrites on from the start, one shot under each rule switched between shots, each
// rule's own way back on the map. What landed in the engine is read from the device's own log, replayed.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { chapterById } from "../../client/chapters/chapters";
import { rulesPlayed, shotAgreements } from "../../client/chapters/wire-goals";
import type { SavedGame } from "../../client/chapters/saved-game";
import { LocalGame, type Scheduler } from "../../client/source/local-game";
import type { GameView } from "../../shared";
import { en } from "../../shared/i18n";
import { layerBand } from "../../client/ui/wire-panel";
import type { Device } from "./browser";
import { SHOTS } from "./solo-play";
import { axeViolations } from "./solo-access";

/** A scheduler whose clock never moves: the replay is driven only by the log. */
const still: Scheduler = { now: () => 0, every: () => () => {} };

/** The game the page holds now, replayed in Node from the log it keeps on the device (the chapter checked). */
export async function engineOf(page: Page, id: string): Promise<GameView> {
  const raw = await page.evaluate(() => sessionStorage.getItem("blame-game:solo-game"));
  if (!raw) throw new Error("no game kept on the device");
  const saved = JSON.parse(raw) as SavedGame;
  expect(saved.chapter).toBe(id);
  const game = new LocalGame({ settings: saved.settings, seat: saved.seat, scheduler: still });
  for (const intent of saved.log) expect(game.send(intent)).toBeNull();
  const v = game.view();
  game.dispose();
  return v;
}

const phase = (page: Page) => page.evaluate(() => document.body.dataset.phase ?? "");
const round = async (page: Page) => Number(await page.evaluate(() => document.body.dataset.round));

/** Options for a played chapter: screenshots (named after the device) and axe-core at each stop. */
export interface PlayOptions {
  pictures: boolean;
  axe: boolean;
  /** Run once the goal's banner shows, before the chapter's last shot (a reload, say). */
  atGoal?: () => Promise<void>;
}

/** What playing a chapter showed. */
export interface Played {
  bannerAt: number | null;
  violations: string[];
  /** Notes for the report: what each stop showed, and how long each jump took in the page. */
  notes: string[];
}

/** Moves one phase on as a learner does: skips an animation, votes on a miss (the first handshake, the way the miss says), Done at the dials. */
async function step(page: Page, seen?: string): Promise<void> {
  const now = seen ?? (await phase(page));
  if (now === "vote" && (await page.locator("[data-panel=net-vote]").count())) {
    await page.locator('[data-panel=net-vote] button.net-pick[data-handshake="0"]').tap();
    const miss = Number(await page.getAttribute(".net-line .miss", "data-miss"));
    await page.locator(`button[data-direction="${miss < 0 ? "firmer" : "looser"}"]`).tap();
    await page.locator("[data-action=vote]").tap();
    await page.waitForFunction(() => document.body.dataset.phase !== "vote");
    return;
  }
  if (now === "adjust" && (await page.locator("[data-action=done]").count())) {
    await page.locator("[data-action=done]").tap();
    await page.waitForFunction(() => document.body.dataset.phase !== "adjust" || !!document.body.dataset.overlay);
    return;
  }
  const skip = page.locator("[data-action=skip]");
  if (["aim", "pass", "shot", "coach"].includes(now) && (await skip.count())) await skip.tap({ timeout: 2000 }).catch(() => {});
  else await page.waitForTimeout(100);
}

/** Steps until the phase is `want` (or the summary shows). */
async function until(page: Page, want: string): Promise<void> {
  for (let i = 0; i < 200 && (await phase(page)) !== want && !(await page.locator("body[data-overlay=summary]").count()); i++) await step(page);
}

/** Steps until shot `shot` has its rule's word (its coach or adjust phase), never past it: on a slow machine the coach's phase can end between two looks. */
async function untilSpoken(page: Page, shot: number): Promise<void> {
  // The round and the phase in one read, and the step acts on that phase: read apart, a phase that moved on
  // between them (a loaded machine) could have Done tapped on this very shot's dials and skip past it.
  const now = () => page.evaluate(() => ({ round: Number(document.body.dataset.round), phase: document.body.dataset.phase ?? "", over: !!document.querySelector("body[data-overlay=summary]") }));
  const there = (n: { round: number; phase: string }) => n.round === shot && ["coach", "adjust"].includes(n.phase);
  let seen = await now();
  for (let i = 0; i < 200 && !there(seen) && !seen.over && seen.round <= shot; i++) {
    await step(page, seen.phase);
    seen = await now();
  }
  expect(seen, `shot ${shot}: its rule's step`).toMatchObject({ round: shot, phase: expect.stringMatching(/^(coach|adjust)$/) });
}

/** Plays "Random wires, right advice" from its first shot (the intro's Play just tapped) to its summary. */
export async function playWiresChapter(page: Page, device: Device, options: PlayOptions): Promise<Played> {
  const chapter = chapterById("wires")!;
  const seat = chapter.seat;
  const violations: string[] = [];
  const notes: string[] = [];
  const picture = async (what: string) => {
    if (options.pictures) await page.screenshot({ path: `${SHOTS}/${device.name}-wires-${what}.png` });
  };
  const axe = async (where: string) => {
    if (options.axe) violations.push(...(await axeViolations(page, `${device.name} wires ${where}`)));
  };
  await page.waitForSelector("body[data-screen=network] .net-stage .nb-neuron");
  expect(await page.locator(".nb-neuron").count()).toBe(7);
  expect(await page.getAttribute("[data-wire-gauge]", "data-band")).toBe("none");
  expect(await page.textContent("[data-wire-gauge]")).toContain("No shot yet");

  // Shot 1 by hand: the wires' word reaches my neuron; at the dials the gauge says how it agreed.
  await until(page, "adjust");
  const first = await engineOf(page, "wires");
  const a1 = shotAgreements(first).at(-1)!;
  expect(await page.getAttribute("[data-wire-gauge]", "data-band")).toBe("wrong");
  expect(Number(await page.getAttribute("[data-wire-gauge]", "data-agreement"))).toBeCloseTo(a1.layers[1], 3);
  expect(await page.getAttribute("[data-wire-gauge]", "data-mine")).toBe(String(a1.neurons[seat]));
  expect(await page.getAttribute(".net-wire-badge", "data-mine")).toBe("-1");
  // The bar marks where its words turn "the right way" (0.5, three quarters along).
  expect(await page.locator("[data-wire-gauge] .wg-bar .wg-tick").getAttribute("style")).toBe("--at:75%");
  // A share under the wires is a share of their note, not of a coach's blame.
  for (const share of await page.locator(".net-share").allTextContents()) expect(share).toMatch(/% of the wires' note$/);
  // My wire from the shooter against the shooter's handshake with me: opposite signs at first.
  const signs = page.locator(".wg-signs");
  expect(Number(await signs.getAttribute("data-wire")) * Number(await signs.getAttribute("data-handshake"))).toBe(-1);
  notes.push(`shot 1: layer agreement ${a1.layers[1].toFixed(2)}, my wire ${a1.neurons[seat]}`);
  await picture("shot1");
  await axe("shot 1");

  // Jumps of 50 until the goal's banner: each stops at the dials with the gauge read from the engine.
  let bannerAt: number | null = null;
  for (let jump = 1; jump <= 4 && bannerAt === null; jump++) {
    const before = (await engineOf(page, "wires")).network!.history.length;
    const took = await page.evaluate(() => {
      const t0 = performance.now();
      document.querySelector<HTMLButtonElement>("[data-action=fast-forward]")?.click();
      return performance.now() - t0;
    });
    await page.waitForFunction(() => document.body.dataset.phase === "adjust");
    const v = await engineOf(page, "wires");
    const shots = v.network!.history.length;
    const a = shotAgreements(v).at(-1)!;
    const reached = chapter.goal.reached(v, "host");
    // Fifty more shots, or fewer when the goal came first; the jump stops at the dials.
    expect(shots === before + 50 || reached).toBe(true);
    expect(Number(await page.getAttribute("[data-wire-gauge]", "data-agreement"))).toBeCloseTo(a.layers[1], 3);
    expect(await page.getAttribute(".net-wire-badge", "data-mine")).toBe(String(a.neurons[seat]));
    // The badge is about my own wire; when it is right but my layer is not yet, it says so.
    const badge = (await page.textContent(".net-wire-badge")) ?? "";
    if (a.neurons[seat] > 0) {
      expect(badge).toContain(en["chapters.wires.youRight"]);
      expect(badge.includes(en["chapters.wires.layerNotYet"])).toBe(layerBand(a.layers[1]) !== "right");
    }
    // The curve's ends are labelled where a phone hides its caption.
    expect(await page.locator(".wg-figure .wg-ends span").allTextContents()).toEqual([en["chapters.wires.right"], en["chapters.wires.ends"]]);
    expect(await page.locator(".wg-figure .wg-ends").isVisible()).toBe(true);
    // One sentence for the jump in the live log, not one per phase on the way.
    expect(await page.locator("#live > *").count()).toBeLessThanOrEqual(3);
    notes.push(`jump ${jump}: to shot ${shots} in ${took.toFixed(0)} ms, layer agreement ${a.layers[1].toFixed(2)}, my wire ${a.neurons[seat]}, goal ${reached}`);
    if (await page.locator("[data-toast=goal]").count()) bannerAt = await round(page);
    await picture(`jump${jump}`);
    if (jump === 1) await axe("jump");
  }
  expect(bannerAt).not.toBeNull();
  await options.atGoal?.();
  expect(await page.getAttribute("[data-wire-gauge]", "data-band")).toBe("right");
  const signsEnd = page.locator(".wg-signs");
  expect(Number(await signsEnd.getAttribute("data-wire")) * Number(await signsEnd.getAttribute("data-handshake"))).toBe(1);
  await picture("goal");
  await axe("goal");
  // The chapter ends one shot later.
  for (let i = 0; i < 200 && !(await page.locator("body[data-overlay=summary]").count()); i++) await step(page);
  await page.waitForSelector("body[data-overlay=summary]");
  return { bannerAt, violations, notes };
}

/** Plays "Two doors" from its first shot to its summary: each of the three rules in turn, switched at the dials. */
export async function playDoorsChapter(page: Page, device: Device, options: PlayOptions): Promise<Played> {
  const chapter = chapterById("dendrites")!;
  const violations: string[] = [];
  const notes: string[] = [];
  const picture = async (what: string) => {
    if (options.pictures) await page.screenshot({ path: `${SHOTS}/${device.name}-doors-${what}.png` });
  };
  await page.waitForSelector("body[data-screen=network] .net-stage .nb-neuron");
  // Two compartments from the start.
  await page.waitForSelector(".network-board[data-dendrites=true] .nb-top");
  expect(await page.getAttribute("[data-action=dendrites]", "aria-pressed")).toBe("true");
  const mechanisms: Record<string, string> = { backprop: "handshakes", "feedback-alignment": "feedback-wires", "activity-difference": "nudge" };
  let bannerAt: number | null = null;
  for (const [k, rule] of (chapter.ruleSwitch ?? []).entries()) {
    if ((await page.getAttribute("[data-rule-switch]", "data-rule-switch")) !== rule) {
      await page.locator(`[data-rule-switch] button[data-rule="${rule}"]`).tap();
      await page.waitForSelector(`[data-rule-switch="${rule}"] button[data-rule="${rule}"][aria-pressed=true]`);
    }
    expect(await page.getAttribute(".rs-says", "data-says")).toBe(rule);
    // Finish this shot's dials (after the first), then on to the rule's walk (shown through adjust too).
    if (k > 0) await step(page);
    await untilSpoken(page, k + 1);
    await page.waitForSelector(`.network-board[data-walk="${mechanisms[rule]}"] .nb-step`);
    await page.waitForTimeout(900);
    expect(await page.getAttribute(".nb-dendrites", "data-dendrites-note")).toBe(rule);
    // The doors sentence is shown whole inside the caption, not cut by its height on a phone.
    // Both boxes in one read: the map redraws its caption as the phase moves on, and two reads could straddle a redraw.
    const { note, caption } = await page.evaluate(() => {
      const box = (e: Element | null) => (e ? (({ y, height }) => ({ y, height }))(e.getBoundingClientRect()) : null);
      return { note: box(document.querySelector(".nb-dendrites")), caption: box(document.querySelector(".nb-caption")) };
    });
    expect(note && caption && note.y >= caption.y - 1 && note.y + note.height <= caption.y + caption.height + 1, `${rule}: ${JSON.stringify({ note, caption })}`).toBe(true);
    // Each rule by its own way back: separate wires only under feedback alignment, the compare mark only under activity difference.
    expect((await page.locator(".nb-wire").count()) > 0).toBe(rule === "feedback-alignment");
    expect((await page.locator(".nb-compare").count()) > 0).toBe(rule === "activity-difference");
    notes.push(`${rule}: walk ${mechanisms[rule]}, caption "${(await page.textContent(".nb-dendrites")) ?? ""}"`);
    await picture(rule);
    if (options.axe) violations.push(...(await axeViolations(page, `${device.name} doors ${rule}`)));
    await until(page, "adjust");
    const v = await engineOf(page, "dendrites");
    expect([...rulesPlayed(v)].sort()).toEqual([...(chapter.ruleSwitch ?? []).slice(0, k + 1)].sort());
    if (bannerAt === null && (await page.locator("[data-toast=goal]").count())) bannerAt = await round(page);
  }
  expect(bannerAt).toBe(3);
  await picture("goal");
  for (let i = 0; i < 200 && !(await page.locator("body[data-overlay=summary]").count()); i++) await step(page);
  await page.waitForSelector("body[data-overlay=summary]");
  return { bannerAt, violations, notes };
}
