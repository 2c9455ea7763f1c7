// The screen reader's story: what happens on the court, in order, as sentences built from the engine's
// numbers. Each sentence is data (a message id and its values) so each language words it (message area
// "describe"; numbers stay numbers, so each language formats them). Every rule is told in its own words:
// only backprop has a coach, and fire together never mentions blame.
import { activeTranslator } from "../i18n/current";
import { describe as describeMessages } from "../i18n/messages/en/describe";
import { english, type Translator } from "../i18n/translate";
import { directionOf } from "../line";
import { type RuleId, RULES, sizeWord, type SizeWord } from "../rules";
import { at } from "../checked";
import type { GameView } from "./view";
import type { Line, ShotRecord } from "./state";
import { secondShotOf, storyCards, storyOf } from "./story";
import { lineOf, ruleTitle } from "./view-rules";

/** The English words of every sentence (the message area "describe", English being the source language). */
export const DESCRIBE_EN = describeMessages;

/** The id of one sentence of the story. */
export type DescribeId = keyof typeof describeMessages | "story.after" | "story.afterHit";

/** One sentence of the story as data: the message, and its values (numbers stay numbers, so each language formats them). */
export interface Said {
  id: DescribeId;
  values: Record<string, string | number>;
}

/** Lines longer than this are told in part: the front, the shooter, and the learner with the neighbours. */
export const TOLD_IN_FULL = 6;

/**
 * Who suggests the change under a rule, as a key every language's message selects on (the rule's mark in
 * English: the words themselves are translated, so a message cannot select on them).
 */
function tellerOf(rule: string): "coach" | "wires" | "nudge" | "wiggle" | "firing" {
  const story = storyOf(rule);
  if (story.speaker === "coach") return "coach";
  if (story.over === "feedback-wires") return "wires";
  if (story.carries === "nudge") return "nudge";
  return story.told === "own-wiggle" ? "wiggle" : "firing";
}

/** "you" or "other" with the neuron's number from 1, the shape every message takes for a neuron. */
function who(seat: number, mine: number, key = "who", seatKey = "seat"): Record<string, string | number> {
  return { [key]: seat === mine ? "you" : "other", [seatKey]: seat + 1 };
}

/** A distance in the unit a child reads: whole centimetres under a metre, metres to one decimal above. */
export function distanceValues(metres: number): { unit: "cm" | "m"; size: number } {
  const m = Math.abs(metres);
  return m < 0.995 ? { unit: "cm", size: Math.round(m * 100) } : { unit: "m", size: Math.round(m * 10) / 10 };
}

/**
 * The seats a story tells about, in order, with gaps as [first, last] runs to skip: every seat of a short
 * line; of a long one the front, the learner and the neighbours, and the shooter.
 */
export function toldSeats(count: number, mine: number): (number | [number, number])[] {
  if (count <= TOLD_IN_FULL) return Array.from({ length: count }, (_, i) => i);
  const keep = new Set([0, count - 1, mine - 1, mine, mine + 1].filter((s) => s >= 0 && s < count));
  const out: (number | [number, number])[] = [];
  let run: number | null = null;
  for (let s = 0; s < count; s++) {
    if (keep.has(s)) {
      if (run !== null) out.push([run, s - 1]);
      run = null;
      out.push(s);
    } else if (run === null) run = s;
  }
  return out;
}

/** The ball's way down the line: each handover with what came in and what went on. */
export function describePass(shot: Pick<ShotRecord, "inputs" | "outputs">, mine: number): Said[] {
  const out: Said[] = [];
  for (const s of toldSeats(shot.outputs.length, mine)) {
    if (Array.isArray(s)) {
      out.push({ id: "describe.pass.skip", values: { first: s[0] + 1, last: s[1] + 1 } });
      continue;
    }
    const nums = { input: at(shot.inputs, s), output: at(shot.outputs, s) };
    if (s === 0) out.push({ id: "describe.pass.start", values: { ...who(0, mine, "to", "toSeat"), ...nums } });
    else out.push({ id: "describe.pass", values: { ...who(s - 1, mine, "from", "fromSeat"), ...who(s, mine, "to", "toSeat"), ...nums } });
  }
  return out;
}

/** The shot: who shoots with what power, and where the ball lands. */
export function describeShot(shot: Pick<ShotRecord, "power" | "miss" | "hit" | "outputs">, mine: number): Said[] {
  const shooter = shot.outputs.length - 1;
  return [{ id: "describe.shoot", values: { ...who(shooter, mine), power: shot.power } }, landing(shot.miss, shot.hit)];
}

function landing(miss: number, hit: boolean): Said {
  const d = distanceValues(miss);
  return hit ? { id: "describe.land.hit", values: d } : { id: "describe.land.miss", values: { ...d, side: miss < 0 ? "short" : "long" } };
}

/**
 * What the line's rule does after the shot, in its own words: its story, then what reaches each neuron
 * (walking back from the shooter when something travels back; front to back otherwise). Empty before it spoke.
 */
export function describeStory(line: Pick<Line, "rule" | "current">, mine: number, settings: Pick<GameView["settings"], "activation" | "court">): Said[] {
  const shot = line.current;
  const report = shot?.coach;
  const cards = shot ? storyCards(line.rule, shot) : null;
  if (!shot || !report || !cards) return [];
  const story = storyOf(line.rule);
  const out: Said[] = [{ id: shot.hit ? "story.afterHit" : "story.after", values: { rule: line.rule } }];
  const order = toldSeats(cards.length, mine);
  const walksBack = story.told === "blame" || story.told === "activity-change";
  if (walksBack) order.reverse();
  if (story.secondShot) {
    const second = secondShotOf(line.rule, shot, settings);
    if (second) {
      const d = distanceValues(second.shot.miss);
      out.push({ id: "describe.second", values: { ...d, side: second.shot.hit ? "middle" : second.shot.miss < 0 ? "short" : "long", kept: second.kept ? "yes" : "no" } });
    }
  }
  const shooter = at(report.signals, cards.length - 1);
  for (const s of order) {
    if (Array.isArray(s)) {
      if (walksBack) out.push({ id: "describe.back.skip", values: { teller: tellerOf(line.rule), first: s[1] + 1, last: s[0] + 1 } });
      continue;
    }
    const card = at(cards, s);
    const signal = at(report.signals, s);
    const base = { ...who(s, mine), dir: card.direction };
    switch (story.told) {
      case "blame": {
        const kind = story.speaker === "coach" ? "coach" : "wires";
        const size = sizeWord(signal, shooter);
        out.push(card.share === null ? { id: `describe.told.${kind}.hit`, values: { ...base, size } } : { id: `describe.told.${kind}`, values: { ...base, size, share: card.share } });
        break;
      }
      case "activity-change": {
        const firing = { before: at(shot.outputs, s), after: at(shot.outputs, s) + signal };
        out.push(card.share === null ? { id: "describe.told.nudge.hit", values: { ...base, ...firing } } : { id: "describe.told.nudge", values: { ...base, ...firing, share: card.share } });
        break;
      }
      case "own-wiggle":
        out.push({ id: "describe.told.wiggle", values: { ...who(s, mine), wiggle: directionOf(signal), verdict: card.verdict ?? "none" } });
        break;
      case "fired-together": {
        const how = signal < 0 ? "apart" : signal < 0.1 ? "hardly" : signal >= 0.5 ? "strong" : "bit";
        const before = s === 0 ? { before: "start", beforeSeat: 0 } : who(s - 1, mine, "before", "beforeSeat");
        out.push({ id: "describe.told.together", values: { ...who(s, mine), ...before, how, grows: at(report.weightChanges, s) > 0 ? "yes" : "no" } });
        break;
      }
    }
  }
  return out;
}

/** The sentences to say as a phase begins, for the learner `me` (a watcher without a seat hears the line's story without "you"). */
export function describePhase(view: GameView, me: string | null): Said[] {
  const line = view.lines[lineOf(view, me)];
  if (!line) return [];
  const mine = me !== null ? (view.players[me]?.seat ?? -1) : -1;
  const shot = line.current;
  switch (view.phase) {
    case "aim":
      return [{ id: "describe.aim", values: { round: view.round, rounds: view.settings.maxRounds, distance: view.distance } }];
    case "pass":
      return shot ? describePass(shot, mine) : [];
    case "shot":
      return shot ? describeShot(shot, mine) : [];
    case "coach":
      return describeStory(line, mine, view.settings);
    case "adjust": {
      const report = shot?.coach;
      if (!shot || !report || mine < 0) return [];
      const before = at(shot.weights, mine);
      return [{ id: "describe.adjust", values: { teller: tellerOf(line.rule), before, after: before + at(report.weightChanges, mine) } }];
    }
    case "summary": {
      const hits = line.history.filter((h) => h.hit).length;
      return [{ id: "describe.summary", values: { hits, shots: line.history.length } }];
    }
    default:
      return [];
  }
}

/** A summary of the screen for someone who cannot see it: the shot, my place in the line, the rule, my handshake, the last shot, what happens now. */
export function describeScreen(view: GameView, me: string | null): Said[] {
  const line = view.lines[lineOf(view, me)];
  if (!line) return [];
  const count = line.neurons.length;
  const mine = me !== null ? (view.players[me]?.seat ?? -1) : -1;
  const out: Said[] = [];
  if (view.round > 0) out.push({ id: "describe.screen.shot", values: { round: view.round, rounds: view.settings.maxRounds, distance: view.distance } });
  if (mine >= 0) {
    const place = count === 1 ? "only" : mine === 0 ? "first" : mine === count - 1 ? "last" : "middle";
    out.push({ id: "describe.screen.seat", values: { seat: mine + 1, count, place, prev: mine, next: mine + 2 } });
  } else {
    out.push({ id: "describe.screen.watch", values: { count } });
  }
  out.push({ id: "describe.screen.rule", values: { title: ruleTitle(line.rule) } });
  if (mine >= 0) out.push({ id: "describe.screen.weight", values: { weight: at(line.neurons, mine).weight } });
  const last = line.current ?? line.history.at(-1) ?? null;
  if (last && view.phase !== "aim" && view.phase !== "pass") out.push(landing(last.miss, last.hit));
  out.push({ id: "describe.screen.phase", values: { phase: view.phase, step: storyOf(line.rule).words.step } });
  return out;
}

const SIZE_WORDS = new Set<string>(["tiny", "small", "medium", "big", "huge"] satisfies SizeWord[]);

/** The rule whose story words a "story.*" sentence reads (backprop's for an id this build does not know, as storyOf). */
function ruleOf(values: Said["values"]): RuleId {
  const rule = String(values.rule);
  return Object.hasOwn(RULES, rule) ? (rule as RuleId) : "backprop";
}

/** One sentence in the words of `tr` (the rule's own story words for the story's ids; a note's size word in the same language). */
export function sayIn(tr: Translator, s: Said): string {
  if (s.id === "story.after" || s.id === "story.afterHit") return tr.t(`rules.${ruleOf(s.values)}.${s.id === "story.after" ? "after" : "afterHit"}`);
  const size = s.values.size;
  // The size of a note is a size word ("tiny"), worded here in the sentence's language; a distance's size is a number.
  const values = typeof size === "string" && SIZE_WORDS.has(size) ? { ...s.values, size: tr.t(`rules.size.${size as SizeWord}`) } : s.values;
  return tr.t(s.id, values);
}

/** One sentence in the page's language. */
export function say(s: Said): string {
  return sayIn(activeTranslator(), s);
}

/** One sentence in English, whatever the page's language. */
export function sayEnglish(s: Said): string {
  return sayIn(english, s);
}
