import { backward } from "../line";
import { t } from "../i18n/current";
import { storyWords } from "./story";
import type { LearningRule } from "./rule";

/** The backprop coach: the exact gradient, carried back over the handshakes themselves. */
export const backprop: LearningRule = {
  id: "backprop",
  get title() {
    return t("rules.backprop.title");
  },
  get summary() {
    return t("rules.backprop.summary");
  },
  get signalMeaning() {
    return t("rules.backprop.signalMeaning");
  },
  usesError: true,
  rateScale: 1,
  story: {
    speaker: "coach",
    carries: "error-note",
    over: "handshakes",
    told: "blame",
    blameVote: true,
    secondShot: false,
    words: storyWords("backprop", "rules.backprop.vote", "rules.noVoteAfterHit"),
  },
  propose({ line, shot, rate }) {
    const back = backward(line, shot.pass, shot.lossSlope);
    return {
      weightChanges: back.weightGrads.map((g) => -rate * g),
      biasChanges: back.biasGrads.map((g) => -rate * g),
      signals: back.deltas,
      extraShots: 0,
    };
  },
};
