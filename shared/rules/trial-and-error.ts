import { type Court, type LineParams, type Shot, shoot } from "../line";
import { t } from "../i18n/current";
import { storyWords } from "./story";
import type { LearningRule, Proposal } from "./rule";
import { at } from "../checked";

/**
 * The size of each random wiggle. Small enough that the loss changes almost linearly with it (at 0.05
 * the curvature swamped the estimate and trial and error failed outright from four neurons up, where
 * it should only be slow: see bench:learning's table on SCIENCE.md's task).
 */
export const WIGGLE = 0.01;

/**
 * Trial and error (weight perturbation): every neuron wiggles its handshake and excitability a little
 * at random, the line shoots again at the same hoop, and each keeps its wiggle in proportion to how much
 * the second shot improved. It needs no coach, but the more neurons, the more the wiggles drown each
 * other out.
 */
export const trialAndError: LearningRule = {
  id: "trial-and-error",
  get title() {
    return t("rules.trial-and-error.title");
  },
  get summary() {
    return t("rules.trial-and-error.summary");
  },
  get signalMeaning() {
    return t("rules.trial-and-error.signalMeaning");
  },
  usesError: true,
  rateScale: 1,
  story: {
    speaker: "nobody",
    carries: "verdict",
    over: "no-wires",
    told: "own-wiggle",
    // Each neuron's change is its own random wiggle times one number shared by all (did the shot improve?):
    // nothing picks out a neuron, so there is no share of anything to vote on.
    blameVote: false,
    secondShot: true,
    words: storyWords("trial-and-error", null, "rules.trial-and-error.noVote"),
  },
  propose({ line, shot, court, rate, rng }) {
    const n = line.weights.length;
    const xiW = Array.from({ length: n }, () => WIGGLE * rng.gaussian());
    const xiB = Array.from({ length: n }, () => WIGGLE * rng.gaussian());
    const wiggled = {
      ...line,
      weights: line.weights.map((w, i) => w + at(xiW, i)),
      biases: line.biases.map((b, i) => b + at(xiB, i)),
    };
    const retry = shoot(wiggled, shot.distance, court);
    // dL * xi / sigma^2 estimates the gradient without ever computing it.
    const k = (retry.loss - shot.loss) / (WIGGLE * WIGGLE);
    const gradW = xiW.map((x) => k * x);
    return {
      weightChanges: gradW.map((g) => -rate * g),
      biasChanges: xiB.map((x) => -rate * k * x),
      // What a neuron knows of all this: its own wiggle (and the one verdict everyone hears).
      signals: xiW,
      extraShots: 1,
    };
  },
};

/** Trial and error's second shot: the shot the wiggled line took, and whether the line keeps its wiggle. */
export interface SecondShot {
  shot: Shot;
  /** The second shot missed by less, so every neuron keeps its wiggle (else it goes the other way). */
  kept: boolean;
}

/**
 * Rebuilds the second shot trial and error took from what it proposed, so every view can draw it: the
 * signals are the handshakes' wiggles, and every change is its wiggle times one factor shared by the
 * whole line (-rate * dL / WIGGLE², positive when the second shot was closer). Null when nothing changed.
 */
export function secondShot(line: LineParams, distance: number, court: Court, proposal: Pick<Proposal, "weightChanges" | "biasChanges" | "signals">): SecondShot | null {
  const { weightChanges, biasChanges, signals } = proposal;
  let best = 0;
  for (let i = 1; i < signals.length; i++) if (Math.abs(at(signals, i)) > Math.abs(at(signals, best))) best = i;
  const factor = at(weightChanges, best) / at(signals, best);
  if (factor === 0 || !Number.isFinite(factor)) return null;
  const wiggled = {
    ...line,
    weights: line.weights.map((w, i) => w + at(signals, i)),
    biases: line.biases.map((b, i) => b + at(biasChanges, i) / factor),
  };
  return { shot: shoot(wiggled, distance, court), kept: factor > 0 };
}
