import { shoot } from "../line";
import type { LearningRule } from "./rule";
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
  title: "Trial and error",
  summary: "Everyone wiggles their grip a little at random and the line shoots again: wiggles that helped are kept.",
  signalMeaning: "how much your wiggle seemed to help",
  usesError: true,
  rateScale: 1,
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
      signals: gradW,
      extraShots: 1,
    };
  },
};
