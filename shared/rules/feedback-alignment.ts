import { backward } from "../line";
import type { LearningRule } from "./rule";

/**
 * Feedback alignment (Lillicrap et al. 2016): the error travels back over separate, fixed random
 * feedback wires instead of the handshakes, because a brain cannot send a signal backwards through
 * the same synapse. It helps only when the wires' signs agree with the forward path.
 */
export const feedbackAlignment: LearningRule = {
  id: "feedback-alignment",
  title: "Separate feedback wires",
  summary: "The coach's notes travel back on their own wires, which were set up at random and never change.",
  signalMeaning: "the error signal that reached you over the feedback wires",
  usesError: true,
  rateScale: 1,
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
