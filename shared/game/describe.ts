// The screen reader's story: what happens on the court, in order, as sentences built from the engine's
// numbers. Each sentence is data (a message id and its values) so a translation can word it; the English
// words are ICU messages below (DESCRIBE_EN), ready to move into a message file. Every rule is told in its
// own words: only backprop has a coach, and fire together never mentions blame.
import { IntlMessageFormat } from "intl-messageformat";
import { directionOf } from "../line";
import { sizeWord, type StoryWords } from "../rules";
import { at } from "../checked";
import type { GameView } from "./view";
import type { Line, ShotRecord } from "./state";
import { secondShotOf, storyCards, storyOf } from "./story";
import { lineOf, ruleTitle } from "./view-rules";

/** The English words of every sentence, as ICU messages ({who, select, you {...} other {...}} names "you" or a neuron). */
export const DESCRIBE_EN = {
  "describe.aim": "Shot {round} of {rounds}. The hoop is {distance, number, ::.0} metres away.",
  "describe.pass.start":
    "{to, select, you {The ball starts with you: {input, number, ::.00} in, you pass {output, number, ::.00} on.} other {The ball starts at neuron {toSeat}: {input, number, ::.00} in, {output, number, ::.00} on.}}",
  "describe.pass":
    "The ball goes from {from, select, you {you} other {neuron {fromSeat}}} to {to, select, you {you: {input, number, ::.00} in, you pass {output, number, ::.00} on.} other {neuron {toSeat}: {input, number, ::.00} in, {output, number, ::.00} on.}}",
  "describe.pass.skip": "The ball goes on through neurons {first} to {last}.",
  "describe.shoot": "{who, select, you {You shoot} other {Neuron {seat} shoots}} with power {power, number, ::.00}.",
  "describe.land.miss":
    "The shot lands {unit, select, cm {{size, plural, one {# centimetre} other {# centimetres}}} other {{size, plural, one {# metre} other {# metres}}}} {side, select, short {short} other {long}}.",
  "describe.land.hit":
    "In! The ball lands {unit, select, cm {{size, plural, one {# centimetre} other {# centimetres}}} other {{size, plural, one {# metre} other {# metres}}}} from the middle of the hoop.",
  "describe.back.skip": "{teller, select, coach {The coach walks on past} other {It travels on past}} neurons {first} to {last}.",
  "describe.told.coach":
    "The coach reaches {who, select, you {you} other {neuron {seat}}}: {share, number, ::percent} of the blame, grip {dir, select, firmer {firmer} other {looser}}. The note is {size}.",
  "describe.told.coach.hit": "The coach reaches {who, select, you {you} other {neuron {seat}}} with a {size} note: grip {dir, select, firmer {firmer} other {looser}}.",
  "describe.told.wires":
    "A note reaches {who, select, you {you} other {neuron {seat}}} over the feedback wire: {share, number, ::percent} of the blame, grip {dir, select, firmer {firmer} other {looser}}. The note is {size}.",
  "describe.told.wires.hit": "A {size} note reaches {who, select, you {you} other {neuron {seat}}} over the feedback wire: grip {dir, select, firmer {firmer} other {looser}}.",
  "describe.told.nudge":
    "The nudge reaches {who, select, you {you} other {neuron {seat}}}: firing {before, number, ::.00} becomes {after, number, ::.00}. That works out as {share, number, ::percent} of the blame: grip {dir, select, firmer {firmer} other {looser}}.",
  "describe.told.nudge.hit":
    "The nudge reaches {who, select, you {you} other {neuron {seat}}}: firing {before, number, ::.00} becomes {after, number, ::.00}, so grip {dir, select, firmer {firmer} other {looser}}.",
  "describe.second":
    "The second shot lands {unit, select, cm {{size, plural, one {# centimetre} other {# centimetres}}} other {{size, plural, one {# metre} other {# metres}}}} {side, select, short {short} long {long} other {from the middle}}: {kept, select, yes {closer, so everyone keeps their wiggle.} other {farther, so everyone goes the other way instead.}}",
  "describe.told.wiggle":
    "{who, select, you {You} other {Neuron {seat}}} wiggled {wiggle, select, firmer {firmer} other {looser}}: {verdict, select, kept {kept.} reversed {turned the other way.} other {no change.}}",
  "describe.told.together":
    "{who, select, you {You} other {Neuron {seat}}} and {before, select, start {the ball's start} you {you} other {neuron {beforeSeat}}} {how, select, strong {fired together strongly} bit {fired together a bit} hardly {hardly fired together} other {fired apart, one up and one down}}: the grip {grows, select, yes {grows} other {fades}}.",
  "describe.adjust":
    "Your turn: your handshake was {before, number, ::.000}. {teller, select, coach {The coach suggests} wires {The note on the wire suggests} nudge {The nudge suggests} wiggle {Your wiggle makes it} other {The firing makes it}} {after, number, ::.000}.",
  "describe.summary": "Game over: {hits, plural, one {# hit} other {# hits}} in {shots, plural, one {# shot} other {# shots}}.",
  "describe.screen.shot": "Shot {round} of {rounds}. The hoop is {distance, number, ::.0} metres away.",
  "describe.screen.seat":
    "You are neuron {seat} of {count}. {place, select, first {The ball starts with you and you pass it to neuron {next}.} last {You get the ball from neuron {prev} and you shoot.} only {You take the ball and shoot.} other {You get the ball from neuron {prev} and pass it to neuron {next}.}}",
  "describe.screen.watch": "You are watching a line of {count} neurons.",
  "describe.screen.rule": "The rule: {title}.",
  "describe.screen.weight": "Your handshake: {weight, number, ::.00}.",
  "describe.screen.phase":
    "Now: {phase, select, lobby {waiting to start} aim {the hoop is set} pass {the ball is passing} shot {the shot} vote {the vote} coach {{step}} adjust {everyone turns their handshake} other {the game is over}}.",
} as const satisfies Record<string, string>;

/** The id of one sentence of the story. */
export type DescribeId = keyof typeof DESCRIBE_EN | "story.after" | "story.afterHit";

/** One sentence of the story as data: the message, and its values (numbers stay numbers, so each language formats them). */
export interface Said {
  id: DescribeId;
  values: Record<string, string | number>;
}

/** Lines longer than this are told in part: the front, the shooter, and the learner with the neighbours. */
export const TOLD_IN_FULL = 6;

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
      if (walksBack) out.push({ id: "describe.back.skip", values: { teller: story.words.mark, first: s[1] + 1, last: s[0] + 1 } });
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
        out.push({ id: "describe.told.wiggle", values: { ...who(s, mine), wiggle: directionOf(signal), verdict: card.change === "kept" ? "kept" : card.change === "reversed" ? "reversed" : "none" } });
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
      return [{ id: "describe.adjust", values: { teller: storyOf(line.rule).words.mark, before, after: before + at(report.weightChanges, mine) } }];
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

const compiled = new Map<string, IntlMessageFormat>();

/** One sentence in English (the rule's own story words for the story's ids). */
export function sayEnglish(s: Said): string {
  if (s.id === "story.after" || s.id === "story.afterHit") {
    const key: keyof StoryWords = s.id === "story.after" ? "after" : "afterHit";
    return storyOf(String(s.values.rule)).words[key];
  }
  let f = compiled.get(s.id);
  if (!f) {
    f = new IntlMessageFormat(DESCRIBE_EN[s.id], "en");
    compiled.set(s.id, f);
  }
  return String(f.format(s.values));
}
