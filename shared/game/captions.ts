// The projector's caption: one or two plain sentences per phase, read off the engine's numbers. A caption
// is data (a message id and its values); the messages live in the `captions` message area of every
// language, and renderCaption says them through the page's translator (shared/i18n `t`). Words
// that belong to a rule (who tells, the vote's question, why a hit still changes something) come from
// the rule's story (shared/rules/story.ts) through the `rule` parameter: written once, there.
import { t } from "../i18n/current";
import type { MessageId } from "../i18n/messages/en";
import { captions as captionMessages } from "../i18n/messages/en/captions";
import { type Direction, directionOf } from "../line";
import type { RuleStory } from "../rules";
import { at } from "../checked";
import { storyCards, storyOf } from "./story";
import { classAgreed, ruleTitle, seatPlayedByBot, stillToVote } from "./view-rules";
import { lineVotes, tally } from "./votes";
import type { GameView } from "./view";
import type { Line, ShotRecord } from "./state";

/** The English messages by caption id, ICU MessageFormat (the source is the `captions` message area); `{teller}`, `{Teller}`, `{vote}`, `{afterHit}` and `{title}` come from the caption's rule. */
export const CAPTION_MESSAGES = Object.fromEntries(
  Object.entries(captionMessages).flatMap(([key, text]) => (key.startsWith("caption.list.") ? [] : [[key.slice("caption.".length), text]])),
) as Record<CaptionId, string>;

/** A caption's message id. */
export type CaptionId = Exclude<keyof typeof captionMessages, `caption.list.${string}`> extends `caption.${infer Id}` ? Id : never;

/** A caption as data, shaped as shared/i18n's Message: the message and its values (`rule`: whose story fills the rule's words). */
export interface Caption {
  id: CaptionId;
  values: Record<string, string | number>;
}

/** A miss as the caption says it: metres rounded for people (as the board shows them), and the side. */
function missParams(miss: number): { metres: number; side: "short" | "long" } {
  const m = Math.abs(miss);
  const digits = m >= 10 ? 0 : m >= 1 ? 1 : 2;
  return { metres: Number(m.toFixed(digits)), side: miss < 0 ? "short" : "long" };
}

/** How a player turned their dial against the rule's change: followed it, went further, went softer, left it, or turned it the other way. */
export type HandChoice = "followed" | "bolder" | "softer" | "kept" | "against";

/** How the person in seat `seat` turned their handshake this round against the rule's change (null: nobody turned it, or the rule has not spoken). */
export function handChoice(line: Pick<Line, "neurons" | "current">, seat: number): HandChoice | null {
  const n = line.neurons[seat];
  const shot = line.current;
  if (!n || !n.adjusted || !shot?.coach) return null;
  const proposed = at(shot.coach.weightChanges, seat);
  const made = n.weight - at(shot.weights, seat);
  if (proposed === 0) return made === 0 ? "followed" : "against";
  const ratio = made / proposed;
  if (ratio < 0) return "against";
  if (ratio < 0.25) return "kept";
  if (ratio < 0.75) return "softer";
  return ratio <= 1.5 ? "followed" : "bolder";
}

/** The seats a person plays in line `li` (not bots, not people who are away). */
function people(view: GameView, line: Line): number[] {
  return line.neurons.flatMap((n, i) => (n.playerId !== null && !seatPlayedByBot(view, n) ? [i] : []));
}

/** Which way the rule turns everyone: all one way, or mixed with the counts. */
function turn(directions: readonly Direction[]): { turn: "firmer" | "looser" | "mixed"; firmer: number; looser: number } {
  const firmer = directions.filter((d) => d === "firmer").length;
  const looser = directions.length - firmer;
  return { turn: looser === 0 ? "firmer" : firmer === 0 ? "looser" : "mixed", firmer, looser };
}

/** What the rule said about line `li`'s shot, in the rule's own words (empty before it has spoken). */
function ruleSpoke(view: GameView, li: number, line: Line, shot: ShotRecord): Caption[] {
  const c = shot.coach;
  if (!c) return [];
  const story = storyOf(line.rule);
  const rule = line.rule;
  const out: Caption[] = [];
  if (story.told === "own-wiggle") {
    const cards = storyCards(rule, shot) ?? [];
    const verdict = cards[0]?.change;
    if (shot.hit) out.push({ id: "coach-hit", values: { rule } });
    out.push({ id: "coach-wiggle", values: { rule, kept: verdict === "kept" ? "kept" : verdict === "reversed" ? "reversed" : "none" } });
  } else if (story.told === "fired-together") {
    const together = c.weightChanges.filter((w) => w > 0).length;
    out.push(shot.hit ? { id: "coach-hit", values: { rule } } : { id: "coach-together", values: { rule, ...missParams(shot.miss), together } });
  } else if (shot.hit) {
    out.push(c.weightChanges.every((w) => w === 0) ? { id: "coach-hit-still", values: { rule } } : { id: "coach-hit", values: { rule } });
  } else {
    const seat = c.mostToBlame;
    out.push({ id: "coach-blame", values: { rule, ...missParams(shot.miss), ...turn(c.weightChanges.map(directionOf)), seat: seat + 1, share: Math.round(at(c.shares, seat) * 100) } });
    if (lineVotes({ rule, current: shot }) && tally(shot.votes, line.neurons.length).total > 0) {
      const t = tally(shot.votes, line.neurons.length);
      out.push(classAgreed(shot, line.neurons.length) ? { id: "vote-agreed", values: { line: li + 1 } } : { id: "vote-other", values: { line: li + 1, picked: t.blame.indexOf(Math.max(...t.blame)) + 1 } });
    }
  }
  return out;
}

/** The lines that learned (3 in a row) on this very shot: each is celebrated once, on the shot it happened. */
function learnedNow(view: GameView): Caption[] {
  if (view.phase !== "coach" && view.phase !== "adjust") return [];
  return view.lines.flatMap((l, li) => (l.learnedAt === view.round ? [{ id: "learned" as const, values: { line: li + 1 } }] : []));
}

/** What happens to the hoop at this aim: it starts moving, it moved, or it stands where it stood. */
function aimCaption(view: GameView): Caption {
  const { fixedRounds } = view.settings.hoop;
  const previous = view.lines[0]?.history.at(-1)?.distance;
  const values = { round: view.round, rounds: view.settings.maxRounds, distance: view.distance };
  if (fixedRounds > 0 && view.round === fixedRounds + 1) return { id: "aim-hoop-moves", values };
  if (view.round > fixedRounds + 1 && previous !== undefined && previous !== view.distance) return { id: "aim-hoop-moved", values };
  return { id: "aim", values };
}

/** The adjust phase: who is done, and who went further than their rule. */
function adjustCaptions(view: GameView, lis: number[]): Caption[] {
  let done = 0;
  let total = 0;
  let bolder = 0;
  for (const li of lis) {
    const line = at(view.lines, li);
    for (const seat of people(view, line)) {
      total++;
      if (at(line.neurons, seat).ready) done++;
      if (handChoice(line, seat) === "bolder") bolder++;
    }
  }
  const first = at(view.lines, at(lis, 0));
  const out: Caption[] = [];
  if (total === 0) out.push({ id: "adjust-bots", values: { rule: first.rule } });
  else out.push(lis.length === 1 ? { id: "adjust", values: { rule: first.rule, done, people: total } } : { id: "adjust-lines", values: { done, people: total } });
  if (bolder > 0) out.push({ id: "bolder", values: { rule: first.rule, count: bolder } });
  const { fixedRounds } = view.settings.hoop;
  if (view.round >= view.settings.maxRounds) out.push({ id: "last-shot", values: {} });
  else if (fixedRounds > 0 && view.round === fixedRounds) out.push({ id: "hoop-next", values: {} });
  return out;
}

/** The summary: which line learned first (the earliest 3 in a row), or that none did. */
function summaryCaption(view: GameView): Caption {
  let best = -1;
  view.lines.forEach((l, li) => {
    if (l.learnedAt !== null && (best < 0 || l.learnedAt < (at(view.lines, best).learnedAt ?? Infinity))) best = li;
  });
  if (best < 0) {
    const rounds = Math.max(0, ...view.lines.map((l) => l.history.length));
    // "The line" for one line; a game ended before its third shot could not have got 3 in a row: say so.
    return { id: "summary-none", values: { rounds, lines: view.lines.length, short: rounds < 3 ? "yes" : "no" } };
  }
  const l = at(view.lines, best);
  return { id: "summary-first", values: { line: best + 1, rule: l.rule, shot: l.learnedAt ?? 0 } };
}

/**
 * The caption for line `li` alone, in its rule's words: what just happened and what happens next. The
 * same view always gives the same captions.
 */
export function lineCaption(view: GameView, li: number): Caption[] {
  const line = at(view.lines, li);
  const shot = line.current;
  const learned = learnedNow(view).filter((c) => c.values.line === li + 1);
  switch (view.phase) {
    case "lobby":
      return [{ id: "lobby", values: {} }];
    case "aim":
      return [aimCaption(view)];
    case "pass":
      return [{ id: "pass", values: {} }];
    case "shot":
      if (!shot) return [];
      return [shot.hit ? { id: "shot-hit", values: {} } : { id: "shot-miss", values: missParams(shot.miss) }];
    case "vote":
      if (!shot) return [];
      if (!lineVotes(line)) return shot.hit ? [{ id: "shot-hit", values: {} }] : [{ id: "shot-miss", values: missParams(shot.miss) }];
      return [{ id: "vote", values: { rule: line.rule, ...missParams(shot.miss), waiting: stillToVote(view, li) } }];
    case "coach":
      return shot ? [...ruleSpoke(view, li, line, shot), ...learned] : [];
    case "adjust":
      return [...learned, ...adjustCaptions(view, [li])];
    case "summary":
      return [summaryCaption(view)];
  }
}

/** The projector's caption for the whole game: one line's own caption, or what all the lines share. */
export function projectorCaption(view: GameView): Caption[] {
  if (view.lines.length === 1 || view.phase === "lobby" || view.phase === "aim" || view.phase === "pass" || view.phase === "summary") return lineCaption(view, 0);
  const lis = view.lines.map((_, li) => li);
  switch (view.phase) {
    case "shot":
      return [{ id: "shot-lines", values: { hits: view.lines.filter((l) => l.current?.hit).length, lines: view.lines.length } }];
    case "vote":
      return [{ id: "vote-lines", values: { waiting: lis.reduce((a, li) => a + stillToVote(view, li), 0) } }];
    case "coach": {
      const coached = lis.filter((li) => storyOf(at(view.lines, li).rule).speaker === "coach").map((li) => li + 1);
      return [{ id: "coach-lines", values: { coached: coached.length, which: listed(coached) } }, ...learnedNow(view)];
    }
    case "adjust":
      return [...learnedNow(view), ...adjustCaptions(view, lis)];
  }
}

/** Numbers as a list for a sentence, in the page's language: "2", "2 and 3", "1, 2 and 4". */
function listed(items: readonly number[]): string {
  if (items.length <= 1) return items.join("");
  const head = items.slice(0, -1).map(String).reduce((first, next) => t("caption.list.more", { first, next }));
  return t("caption.list.two", { first: head, last: String(items.at(-1)) });
}

/** The rule's words a message may use, for a caption's `rule` parameter. */
function ruleWords(rule: string): Record<string, string> {
  const story: RuleStory = storyOf(rule);
  const w = story.words;
  return { teller: w.teller, Teller: w.teller.charAt(0).toUpperCase() + w.teller.slice(1), vote: w.vote ?? "", afterHit: w.afterHit, title: ruleTitle(rule) };
}

/** A caption in the page's language (English on the server and in tests). */
export function renderCaption(caption: Caption): string {
  const rule = caption.values.rule;
  return t(`caption.${caption.id}` as MessageId, { ...caption.values, ...(typeof rule === "string" ? ruleWords(rule) : {}) });
}

/** Captions in the page's language, one sentence after another. */
export function renderCaptions(captions: readonly Caption[]): string {
  return captions.map(renderCaption).join(" ");
}
