import { backward } from "../line";
import type { LearningRule } from "./rule";

/** The backprop coach: the exact gradient, carried back over the handshakes themselves. */
export const backprop: LearningRule = {
  id: "backprop",
  title: "Backprop coach",
  summary: "The coach walks back down the line and tells each player exactly how much the miss was their fault.",
  signalMeaning: "the error signal that reached you",
  usesError: true,
  rateScale: 1,
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
