import type { Court, LineParams, Shot } from "../line";
import type { Rng } from "../random";
import type { RuleStory } from "./story";

/** Everything a learning rule may look at after a shot. */
export interface RuleInput {
  line: LineParams;
  /** The line's fixed random feedback wires (feedback[i]: from neuron i back to neuron i - 1). */
  feedback: readonly number[];
  /** The shot just taken. */
  shot: Shot;
  court: Court;
  /** The learning rate (the coach's strictness), already scaled for this rule. */
  rate: number;
  /** The only source of chance a rule may use. */
  rng: Rng;
}

/** What a rule proposes after a shot; players may follow it, exaggerate it or ignore it. */
export interface Proposal {
  /** The change to each neuron's handshake (weight). */
  weightChanges: number[];
  /** The change to each neuron's excitability (bias). */
  biasChanges: number[];
  /** What each neuron was told: the signal the coach card shows (its meaning depends on the rule). */
  signals: number[];
  /** Shots the rule needed beyond the one just taken (trial and error shoots again to compare). */
  extraShots: number;
}

/** A learning rule: one of the brain lab's ways to turn a miss into changes. */
export interface LearningRule {
  id: RuleId;
  /** The game's name for it. */
  title: string;
  /** One sentence a 12-year-old can follow. */
  summary: string;
  /** What the signal on a neuron's card means under this rule. */
  signalMeaning: string;
  /** Whether the rule listens to the miss at all. */
  usesError: boolean;
  /** Multiplies the coach's strictness into this rule's learning rate (rules differ in scale). */
  rateScale: number;
  /** What the screen shows of this rule after a shot: who speaks, what travels back and over what (story.ts). */
  story: RuleStory;
  /** Proposes changes for every neuron. Pure: its only chance comes from input.rng. */
  propose(input: RuleInput): Proposal;
}

/** The learning rules' ids. */
export type RuleId = "backprop" | "feedback-alignment" | "activity-difference" | "trial-and-error" | "fire-together";
