// The whole guided path in real Chromium on one device (solo-chapters.test.ts plays it on a phone,
// solo-chapters-tablet.test.ts on a tablet: two files, so two workers play them at once). Every chapter is
// played to its end by tapping, one after the other (Next chapter), and in each what the screen says is
// held against the rule that is running. Backprop's coach walks beside the neurons, never on them; feedback
// alignment's wires are drawn with the engine's strengths; trial and error asks no vote and nothing on the
// page speaks of a coach or blame; bots hold still where the learner's hand is the lesson; a fading note is
// explained once, when the engine says it faded; each chapter's goal comes as a banner above the court and
// the chapter ends one shot later with its takeaway and the rule's own heading over the summary.
// The learner plays at 4x with sound off and the numbers shown (their stored preferences), so nothing
// needs skipping.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Chapter, CHAPTERS } from "../../client/chapters/chapters";
import type { CourtMarks } from "../../client/scenes/story-marks";
import { heatTitle } from "../../client/ui/summary";
import { createGame, type Direction, type GameState, reduce, signalNews, signalSentence, storyOf, wiresAgreeing } from "../../shared";
import { buildClient, type Device, launch, serveDist } from "./browser";
import { SHOTS, watchErrors } from "./solo-play";
import { playNetworkChapter } from "./network-play";
import { playDoorsChapter, playWiresChapter } from "./wires-play";
import { courtMarks, phase, visibleWords } from "./story-play";

/** What one shot showed. */
interface Seen {
  round: number;
  /** The vote's question, or null when no vote was asked. */
  question: string | null;
  vote: { blame: number; direction: Direction } | null;
  /** Every frame of the court sampled during the rule's step, and the court at its end. */
  step: CourtMarks[];
  end: CourtMarks;
  /** Words a person could see on the page in every phase of the shot (the court's own words are in its marks). */
  words: string[];
  /** The status panel's fading/exploding/stuck sentence, if any. */
  news: { kind: string; text: string } | null;
  /** The feedback wires that agree with their handshakes, as the panel says (feedback alignment). */
  wiresAgree: string | null;
  /** The handshakes drawn under the neurons ("w 0.98"), at the end of the step. */
  handshakes: number[];
}

/** The game's own name is the Blame Game under every rule: left out of the words checked. */
const spoken = (words: string[]) => words.join(" | ").replace(/the blame game/gi, "the game");

/** The learner's turn of the dial in chapter 2: 0.4 firmer after a short miss, looser after a long one (a person's bold move). */
async function turnBoldly(page: Page, miss: number): Promise<void> {
  if (Math.abs(miss) < 1) return;
  const button = page.locator(`button[aria-label=${miss < 0 ? "firmer" : "looser"}]`);
  for (let k = 0; k < 40; k++) {
    const change = Number(await page.getAttribute("[data-panel=adjust] .readout", "data-change"));
    if (Math.abs(change) >= 0.4) break;
    await button.tap();
  }
}

/** Plays one shot from wherever it is to the next shot (or the summary), by tapping; returns what it showed. */
async function playShot(page: Page, chapter: Chapter): Promise<Seen> {
  const words: string[] = [];
  // The court's marks during the rule's step and what its panel said are recorded in the page, by round, as
  // they change (see playPath): a step of 1.25 s at 4x was missed by polling from here on a loaded machine.
  let question: string | null = null;
  let vote: Seen["vote"] = null;
  const n = chapter.settings.lineLength!;
  let seenPhase = "";
  // Until the rule speaks (its step, or already the dials after it, if a loaded machine looked away through the step).
  for (let i = 0; i < 400 && !["coach", "adjust"].includes(await phase(page)); i++) {
    const now = await phase(page);
    if (now === "summary") throw new Error("the chapter ended before this shot");
    if (now === "vote") {
      await page.waitForSelector("[data-panel=vote]");
      words.push(...(await visibleWords(page)));
      if (await page.locator("[data-panel=vote] legend").count()) {
        question = await page.locator("[data-panel=vote] legend").first().textContent();
        // The shooter: the one nearest the miss (in these chapters the coach always blames it most).
        vote = { blame: n - 1, direction: "firmer" };
        await page.locator(`[data-panel=vote] button[data-seat="${vote.blame}"]`).tap();
        await page.locator(`[data-panel=vote] button[data-direction="${vote.direction}"]`).tap();
        await page.locator("[data-action=vote]").tap();
      }
      await page.waitForFunction(() => document.body.dataset.phase !== "vote");
      continue;
    }
    // At 4x the pass and the shot take under two seconds: watched, not skipped (a Skip racing the phase's
    // own end would land on the next panel's Skip and skip the rule's step).
    if (now !== seenPhase) {
      seenPhase = now;
      words.push(...(await visibleWords(page)));
    }
    await page.waitForTimeout(50);
  }
  // Its words while it shows (on a loaded machine the step may already be over: the page kept its panel).
  words.push(...(await visibleWords(page)));
  // The rule's step plays out (1.25 s at 4x); the page kept each of its court's marks and what its panel said.
  await page.waitForFunction(() => document.body.dataset.phase !== "coach");
  await page.waitForSelector("[data-panel=adjust] [data-action=done]");
  const round = Number(await page.evaluate(() => document.body.dataset.round));
  const kept = await page.evaluate((r) => {
    const w = window as unknown as { coachMarks: Record<string, string[]>; coachPanels: Record<string, unknown> };
    return { marks: w.coachMarks[r] ?? [], panel: w.coachPanels[r] ?? null };
  }, String(round));
  const panel = kept.panel as { news: { kind: string; text: string } | null; wiresAgree: string | null } | null;
  expect(panel, `shot ${round}: the rule's step panel showed`).not.toBeNull();
  const { news, wiresAgree } = panel!;
  const step = kept.marks.map((json) => JSON.parse(json) as CourtMarks).filter((m) => m.phase === "coach");
  await page.waitForFunction(() => JSON.parse(document.querySelector("#court")?.getAttribute("data-story") ?? "{}").phase === "adjust");
  const end = (await courtMarks(page))!;
  words.push(...(await visibleWords(page)));
  const handshakes = end.words.filter((w) => w.startsWith("w ")).map((w) => Number(w.split("\n")[0].slice(2)));
  if (chapter.id === "miss") await turnBoldly(page, await missOf(page));
  if (chapter.strictnessDial && round === 1) await page.locator("[data-strictness='0.003']").tap();
  await page.locator("[data-action=done]").tap();
  await page.waitForFunction(() => document.body.dataset.phase !== "adjust");
  return { round, question, vote, step, end, words, news, wiresAgree, handshakes };
}

/** The miss of the shot on screen, from the court's words ("3.1 m short", "0.4 m long", "In!"). */
async function missOf(page: Page): Promise<number> {
  const words = ((await courtMarks(page))?.words ?? []).join(" ");
  const m = /(\d+(?:\.\d+)?) m (short|long)/.exec(words);
  return m ? Number(m[1]) * (m[2] === "short" ? -1 : 1) : 0;
}

/** The engine's judgement of each shot's note (said once a game), replaying the chapter with the votes the learner cast and an untouched dial. */
function engineNews(chapter: Chapter, votes: (Seen["vote"])[]): (string | null)[] {
  let t = 0;
  const must = (r: ReturnType<typeof reduce>): GameState => {
    if (!r.ok) throw new Error(r.error.message);
    return r.state;
  };
  let s = must(reduce(createGame("host", chapter.settings), { type: "join", by: "host", name: "You", line: 0, seat: chapter.seat }, t));
  s = must(reduce(s, { type: "start", by: "host" }, t));
  const out: (string | null)[] = [];
  for (const v of votes) {
    while (s.phase !== "vote" && s.phase !== "coach") s = must(reduce(s, { type: "next", by: "host" }, (t += 1000)));
    if (s.phase === "vote" && v) s = must(reduce(s, { type: "vote", by: "host", blame: v.blame, direction: v.direction }, (t += 1000)));
    while (s.phase !== "coach") s = must(reduce(s, { type: "next", by: "host" }, (t += 1000)));
    const news = signalNews(s.lines[0], s.settings.activation);
    out.push(news ? signalSentence(news, s.lines[0].rule) : null);
    s = must(reduce(s, { type: "next", by: "host" }, (t += 1000)));
    s = must(reduce(s, { type: "ready", by: "host" }, (t += 1000)));
  }
  return out;
}

/** Checks what every shot of a chapter showed against the rule the chapter runs. */
function checkStory(chapter: Chapter, seen: Seen[]): void {
  const rule = chapter.settings.rules![0];
  const story = storyOf(rule);
  for (const shot of seen) {
    const at = `${chapter.id} shot ${shot.round}`;
    // A vote only where the rule hands out blame, with the rule's own question.
    if (!story.blameVote) expect(shot.question, at).toBeNull();
    if (shot.question !== null) expect(shot.question, at).toBe(story.words.vote);
    for (const m of [...shot.step, shot.end]) expect(m.rule, at).toBe(rule);
    // Only backprop has a coach, and it walks beside the neurons: its body's centre never on a face.
    expect(shot.step.some((m) => m.coach), at).toBe(story.speaker === "coach");
    for (const m of shot.step.filter((x) => x.coachAt)) {
      for (const f of m.faces) expect(Math.hypot(m.coachAt!.x - f.x, m.coachAt!.y - f.y), at).toBeGreaterThanOrEqual(m.radius);
    }
    const court = [...shot.step, shot.end].flatMap((m) => m.words);
    // Without a coach nothing says one walks, hands out or suggests anything (feedback alignment may say "No
    // coach here"); where the rule hands out no blame, neither word appears at all.
    if (story.speaker !== "coach") expect(spoken([...shot.words, ...court]), at).not.toMatch(/coach (walks|hands|gives|reaches|suggests)|the coach's|✔ coach/i);
    if (!story.blameVote) expect(spoken([...shot.words, ...court]), at).not.toMatch(/coach|blame/i);
    // Feedback alignment: the wires drawn with the engine's own fixed strengths, and the panel's count of wires that agree.
    expect(shot.step.length, at).toBeGreaterThan(0);
    if (story.over === "feedback-wires") {
      const line = createGame("host", chapter.settings).lines[0];
      for (const m of [shot.step.at(-1)!, shot.end]) {
        expect(m.wires.map((w) => [w.from, w.to]), at).toEqual([1, 2, 3].map((i) => [i, i - 1]));
        for (const w of m.wires) expect(w.strength, at).toBe(line.feedback[w.from]);
      }
      expect(Number(shot.wiresAgree), at).toBe(wiresAgreeing(line, line.neurons.map((x) => x.weight)).agree);
    } else {
      expect(shot.end.wires, at).toEqual([]);
    }
    // Trial and error: the second shot is drawn, and every card says kept or reversed with it.
    if (story.secondShot) {
      expect(shot.end.second, at).not.toBeNull();
      for (const c of shot.end.cards) expect(c.text, at).toMatch(shot.end.second!.kept ? /kept$/ : /reversed$/);
    }
  }
}

/** Plays every chapter of the guided path on one device (the built client served at `url`), from chapter 1 to the finale. */
async function playPath(device: Device, url: string): Promise<void> {
  const { context, close } = await launch(device);
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.addInitScript(() => localStorage.setItem("blame-game:prefs", JSON.stringify({ muted: true, speed: 4, showValues: true })));
    // Every change of the court's marks during a rule's step, kept in the page (playShot reads and clears them).
    await page.addInitScript(() => {
      // Kept by round (a chapter's rounds start at 1: playPath clears both at each chapter's intro).
      const w = window as unknown as { coachMarks: Record<string, string[]>; coachPanels: Record<string, unknown> };
      w.coachMarks = {};
      w.coachPanels = {};
      new MutationObserver((changes) => {
        for (const c of changes) {
          const json = (c.target as Element).getAttribute("data-story");
          if (json && json.includes('"phase":"coach"')) (w.coachMarks[document.body.dataset.round ?? ""] ??= []).push(json);
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-story"] });
      // What the rule's step panel said (its note's health, the wires that agree), kept as it shows: the step
      // ends on its own, and reading the panel from here after it had gone read nothing.
      new MutationObserver(() => {
        const panel = document.querySelector("[data-panel=coach]");
        if (!panel) return;
        const news = panel.querySelector("[data-health]");
        const wires = panel.querySelector("[data-wires-agree]");
        w.coachPanels[document.body.dataset.round ?? ""] = {
          news: news ? { kind: news.getAttribute("data-health"), text: news.textContent } : null,
          wiresAgree: wires ? wires.getAttribute("data-wires-agree") : null,
        };
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${url}?chapter=${CHAPTERS[0].id}`);
    await page.waitForSelector("body[data-ready='1']");
    const measured: string[] = [];
    for (const [index, chapter] of CHAPTERS.entries()) {
      const started = Date.now();
      await page.waitForSelector("[data-screen=intro]");
      // A new chapter's rounds start at 1 again: what the page kept of the last one goes.
      await page.evaluate(() => {
        const w = window as unknown as { coachMarks: Record<string, string[]>; coachPanels: Record<string, unknown> };
        w.coachMarks = {};
        w.coachPanels = {};
      });
      await page.locator("[data-screen=intro] [data-action=play]").tap();
      await page.waitForFunction(() => !document.body.dataset.overlay);
      if (chapter.settings.shape === "network") {
        // Played on its own screen (the map, not the court): solo-network.test.ts checks it in full.
        // The wires and the doors have their own ways to play (wires-play.ts; solo-chapters-wires.test.ts checks them in full).
        const quiet = { pictures: false, axe: false };
        const play = chapter.id === "wires" ? playWiresChapter : chapter.id === "dendrites" ? playDoorsChapter : playNetworkChapter;
        const { bannerAt } = await play(page, device, quiet);
        expect(bannerAt, `${chapter.id}: goal reached`).not.toBeNull();
        expect(await page.textContent("[data-screen=summary] p.good")).toBe(`✔ ${chapter.takeaway}`);
        await page.screenshot({ path: `${SHOTS}/chapters-${device.name}-${chapter.id}-summary.png` });
        measured.push(`${chapter.id}: to shot ${String(bannerAt)}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
        await page.locator(index < CHAPTERS.length - 1 ? "[data-screen=summary] [data-action=next-chapter]" : "[data-screen=summary] [data-action=finale]").tap();
        continue;
      }
      const seen: Seen[] = [];
      let goalAt: number | null = null;
      for (let k = 0; k < chapter.settings.maxRounds! && (await phase(page)) !== "summary"; k++) {
        seen.push(await playShot(page, chapter));
        if (goalAt === null && (await page.locator("[data-toast=goal]").count())) {
          goalAt = seen.at(-1)!.round;
          // The goal: a banner with the takeaway above the court, never over it.
          expect(await page.textContent("[data-toast=goal] .takeaway")).toBe(chapter.takeaway);
          const [banner, court] = await Promise.all(["[data-toast=goal]", "#court"].map((s) => page.locator(s).boundingBox()));
          expect(banner!.y + banner!.height, chapter.id).toBeLessThanOrEqual(court!.y + 0.5);
          if (index === 5 || index === 6) await page.screenshot({ path: `${SHOTS}/chapters-${device.name}-${chapter.id}-goal.png` });
        }
      }
      // The chapter ends one shot after its goal, with its takeaway and the rule's own heading over the summary.
      await page.waitForSelector("[data-screen=summary]");
      expect(goalAt, `${chapter.id}: goal reached`).not.toBeNull();
      expect(seen.at(-1)!.round, chapter.id).toBe(goalAt! + 1);
      expect(await page.textContent("[data-screen=summary] p.good")).toBe(`✔ ${chapter.takeaway}`);
      expect(await page.textContent("[data-screen=summary] [data-heat-title]")).toBe(heatTitle(chapter.settings.rules![0]).title);
      if (!storyOf(chapter.settings.rules![0]).blameVote) expect(spoken(await visibleWords(page, "[data-screen=summary]"))).not.toMatch(/coach|blame/i);
      checkStory(chapter, seen);
      // A fading note is explained on the shot the engine says it first faded, and only then.
      // (Where the learner turned a dial the line is theirs, not the replay's: there, each kind is said at most once.)
      const news = seen.map((s) => s.news?.text ?? null);
      if (chapter.id !== "miss" && !chapter.strictnessDial) expect(news, chapter.id).toEqual(engineNews(chapter, seen.map((s) => s.vote)));
      const kinds = seen.flatMap((s) => (s.news ? [s.news.kind] : []));
      expect(new Set(kinds).size, chapter.id).toBe(kinds.length);
      if (chapter.id === "deep") expect(seen.filter((s) => s.news?.kind === "fading")).toHaveLength(1);
      // Where the learner's hand is the lesson the bots hold: every handshake but the learner's stays as it was.
      if (chapter.hand) {
        const first = seen[0].handshakes;
        expect(first.length, chapter.id).toBe(chapter.settings.lineLength);
        for (const s of seen.slice(1)) s.handshakes.forEach((w, i) => (i === chapter.seat ? null : expect(w, `${chapter.id} seat ${i}`).toBe(first[i])));
        expect(seen.at(-1)!.handshakes[chapter.seat]).not.toBe(first[chapter.seat]);
      }
      await page.screenshot({ path: `${SHOTS}/chapters-${device.name}-${chapter.id}-summary.png` });
      measured.push(`${chapter.id}: ${seen.length} shots, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      const next = page.locator(index < CHAPTERS.length - 1 ? "[data-screen=summary] [data-action=next-chapter]" : "[data-screen=summary] [data-action=finale]");
      await next.tap();
    }
    await page.waitForSelector("[data-screen=finale]");
    console.log(`${device.name}: ${measured.join("; ")}`);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
}

/** The guided path's test on one device: builds and serves the client, then plays the whole path on it. */
export function guidedPathTest(device: Device, title: string): void {
  let server: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    buildClient();
    server = await serveDist();
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });
  describe("the guided path, every chapter to its end, in Chromium", () => {
    it(title, () => playPath(device, server.url), 900_000);
  });
}
