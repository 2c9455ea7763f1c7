import { ACTIVATIONS } from "../line";
import { t } from "../i18n/current";
import { storyWords } from "./story";
import type { LearningRule } from "./rule";
import { at } from "../checked";

/** How hard the output is nudged toward the target, per unit of dL/dp (small, so differences stay local). */
export const NUDGE = 0.01;

/**
 * Activity difference (NGRAD, the 2020 paper's proposal): the output is nudged toward the target and
 * the nudge spreads back down the line as a change in activity; each neuron learns from how its own
 * activity moved (nudged minus free) times what came in. No error number is ever sent: only activity.
 */
export const activityDifference: LearningRule = {
  id: "activity-difference",
  get title() {
    return t("rules.activity-difference.title");
  },
  get summary() {
    return t("rules.activity-difference.summary");
  },
  get signalMeaning() {
    return t("rules.activity-difference.signalMeaning");
  },
  usesError: true,
  rateScale: 1,
  story: {
    speaker: "nobody",
    carries: "nudge",
    over: "handshakes",
    told: "activity-change",
    // To first order, a neuron's (nudged - free) firing is -NUDGE times backprop's error signal there:
    // the change in firing IS a share of the blame with a direction, read out locally (story.test.ts).
    blameVote: true,
    secondShot: false,
    words: storyWords("activity-difference", "rules.activity-difference.vote", "rules.noVoteAfterHit"),
  },
  propose({ line, shot, rate }) {
    const act = ACTIVATIONS[line.activation];
    const { drives, outputs, inputs } = shot.pass;
    const n = drives.length;
    const diff = new Array<number>(n);
    // The nudge enters the last neuron's drive; each lower neuron's drive is pushed by what changed above it.
    let push = -NUDGE * shot.lossSlope;
    for (let i = n - 1; i >= 0; i--) {
      const d = act.f(at(drives, i) + push) - at(outputs, i);
      diff[i] = d;
      push = at(line.weights, i) * d;
    }
    const scale = rate / NUDGE;
    return {
      weightChanges: diff.map((d, i) => scale * d * at(inputs, i)),
      biasChanges: diff.map((d) => scale * d),
      signals: diff,
      extraShots: 0,
    };
  },
};
