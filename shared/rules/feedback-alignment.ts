import { backward } from "../line";
import { t } from "../i18n/current";
import { storyWords } from "./story";
import type { LearningRule } from "./rule";

/**
 * Feedback alignment (Lillicrap et al. 2016): the error travels back over separate, fixed random
 * feedback wires instead of the handshakes, because a brain cannot send a signal backwards through
 * the same synapse. It helps only when the wires' signs agree with the forward path.
 */
export const feedbackAlignment: LearningRule = {
  id: "feedback-alignment",
  get title() {
    return t("rules.feedback-alignment.title");
  },
  get summary() {
    return t("rules.feedback-alignment.summary");
  },
  get signalMeaning() {
    return t("rules.feedback-alignment.signalMeaning");
  },
  usesError: true,
  rateScale: 1,
  story: {
    speaker: "nobody",
    carries: "error-note",
    over: "feedback-wires",
    told: "blame",
    blameVote: true,
    secondShot: false,
    words: storyWords("feedback-alignment", "rules.feedback-alignment.vote", "rules.noVoteAfterHit"),
  },
  propose({ line, feedback, shot, rate }) {
    const back = backward(line, shot.pass, shot.lossSlope, feedback);
    return {
      weightChanges: back.weightGrads.map((g) => -rate * g),
      biasChanges: back.biasGrads.map((g) => -rate * g),
      signals: back.deltas,
      extraShots: 0,
    };
  },
};
