// Each rule tells its own story (DESIGN.md): after a shot the screen shows the mechanism of the rule that
// is running, never the coach's by default. A rule's story says who speaks, what travels back and over
// which connections, what each neuron is told, whether a vote on blame makes sense, whether the line
// shoots a second time, and the words a 12-year-old reads. test/shared/rules/story.test.ts holds every
// story against its rule's own definition (its proposals), so the words cannot drift from the maths.
// The words are read from the message files (area "rules") each time they are used, so they come out in
// the page's language even though the rules are built once, at module load.
import { t } from "../i18n/current";
import type { MessageId } from "../i18n/messages/en";
import type { RuleId } from "./rule";

/** Who talks to the line after the shot: only backprop has a coach. */
export type Speaker = "coach" | "nobody";

/**
 * What travels back down the line after the shot: a note with the error on it (backprop, feedback
 * alignment), a nudge felt as a change in firing (activity difference), one word for everybody, better or
 * worse (trial and error), or nothing at all (fire together).
 */
export type Carried = "error-note" | "nudge" | "verdict" | "nothing";

/** The connections it travels over: the handshakes themselves, separate fixed random wires, or none (the verdict reaches everyone at once). */
export type Route = "handshakes" | "feedback-wires" | "no-wires";

/**
 * What each neuron learns from: its share of the blame and a direction (worked out from the note it
 * received), how its own firing changed when the line was nudged, its own random wiggle (kept or undone
 * by the verdict), or how strongly it fired together with the neuron before it.
 */
export type Told = "blame" | "activity-change" | "own-wiggle" | "fired-together";

/** The sentences a rule's story needs on screen: short, for a 12-year-old, in our own words. */
export interface StoryWords {
  /** Who or what tells each neuron what to change: "the coach", "the wires", "the nudge", "the wiggle", "nobody". */
  teller: string;
  /** The rule's step after the shot, in a few words (a heading): "The coach walks back". */
  step: string;
  /** What happens after a miss, while the court shows it. */
  after: string;
  /** What happens after a hit. */
  afterHit: string;
  /** The honest catch: what this rule cannot do, or why a brain could not do it this way. */
  catch: string;
  /** The vote's question, for rules that hand out blame (null: this rule never asks for a vote). */
  vote: string | null;
  /** Why there is no vote on blame, for rules that hand out none. */
  noVote: string;
  /** After voting, while the rule has not spoken yet. */
  waiting: string;
  /** The heading over the neurons' cards. */
  cards: string;
  /** The name of what reaches each neuron, before its size in words ("note: tiny"). */
  signal: string;
  /** The name of the rule's suggestion on a dial ("▼ coach"). */
  mark: string;
  /** What the court draws for this rule, so a child can find it there ("On the court: ..."). */
  court: string;
}

/** What the screen shows of a rule after a shot. */
export interface RuleStory {
  speaker: Speaker;
  carries: Carried;
  over: Route;
  told: Told;
  /**
   * Whether a vote on blame makes sense: the rule gives each neuron its own share of the blame and a
   * direction, worked out from the miss (a vote is scored only against such a rule).
   */
  blameVote: boolean;
  /** Whether the line shoots a second time at the same hoop before anything changes. */
  secondShot: boolean;
  words: StoryWords;
}

/** The story words every rule has its own message for (rules.<id>.<word>); the vote's are given per rule. */
const OWN_WORDS = ["teller", "step", "after", "afterHit", "catch", "waiting", "cards", "signal", "mark", "court"] as const;

/**
 * A rule's story words, each read in the page's language when used (getters): `vote` is the message of
 * its vote's question (null: it never asks), `noVote` the one saying why there is no vote.
 */
export function storyWords(rule: RuleId, vote: MessageId | null, noVote: MessageId): StoryWords {
  const words = {} as StoryWords;
  for (const key of OWN_WORDS) Object.defineProperty(words, key, { get: () => t(`rules.${rule}.${key}`), enumerable: true });
  Object.defineProperty(words, "vote", { get: () => (vote === null ? null : t(vote)), enumerable: true });
  Object.defineProperty(words, "noVote", { get: () => t(noVote), enumerable: true });
  return words;
}

/** Why there is no vote after a hit, whatever the rule (English; noVoteAfterHit() says it in the page's language). */
export const NO_VOTE_AFTER_HIT = "In! Nobody to blame, so no vote this time.";

/** Why there is no vote after a hit, whatever the rule, in the page's language. */
export function noVoteAfterHit(): string {
  return t("rules.noVoteAfterHit");
}

/** A signal's size in one word, for a child: never a number in scientific notation. */
export type SizeWord = "tiny" | "small" | "medium" | "big" | "huge";

/** Bounds of the size words, as a multiple of the reference signal: under 0.1 is tiny, under 0.5 small, under 2 medium, under 10 big. */
const SIZE_WORDS: readonly [number, SizeWord][] = [
  [0.1, "tiny"],
  [0.5, "small"],
  [2, "medium"],
  [10, "big"],
];

/**
 * The size of a signal against a reference (the signal the shooter got, where the story starts): a note
 * that fades on its way back reads "tiny" at the front of the line, one that blows up reads "huge".
 */
export function sizeWord(signal: number, reference: number): SizeWord {
  const ref = Math.abs(reference);
  // Against nothing, any signal is huge and no signal is tiny.
  const ratio = ref > 0 && Number.isFinite(ref) ? Math.abs(signal) / ref : Math.abs(signal) > 0 ? Infinity : 0;
  for (const [below, word] of SIZE_WORDS) if (ratio < below) return word;
  return "huge";
}

/** A size word as the page's language writes it ("tiny" in English). */
export function sizeText(word: SizeWord): string {
  return t(`rules.size.${word}`);
}
