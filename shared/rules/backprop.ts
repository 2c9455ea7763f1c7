import { backward } from "../line";
import type { LearningRule } from "./rule";
import { NO_VOTE_AFTER_HIT } from "./story";

/** The backprop coach: the exact gradient, carried back over the handshakes themselves. */
export const backprop: LearningRule = {
  id: "backprop",
  title: "Backprop coach",
  summary: "The coach walks back down the line and tells each player exactly how much the miss was their fault.",
  signalMeaning: "the error signal that reached you",
  usesError: true,
  rateScale: 1,
  story: {
    speaker: "coach",
    carries: "error-note",
    over: "handshakes",
    told: "blame",
    blameVote: true,
    secondShot: false,
    words: {
      teller: "the coach",
      step: "The coach walks back",
      after: "The coach walks back from the hoop along the same handshakes the ball came through, and gives every neuron a note: its share of the blame and which way to turn.",
      afterHit: "In! Nobody to blame. The coach still walks back with small notes, so the next shot lands nearer the middle.",
      catch: "For this, a real neuron would have to send a message backwards through its own handshake. That is the part scientists find hard to believe.",
      vote: "Who is most to blame?",
      noVote: NO_VOTE_AFTER_HIT,
      waiting: "Vote cast. Waiting for the coach…",
      cards: "The coach's cards",
      signal: "note",
      mark: "coach",
      court: "On the court: the green coach stops beside each neuron; the white square is its note, as big as the error that reached it.",
    },
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
