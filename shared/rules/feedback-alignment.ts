import { backward } from "../line";
import type { LearningRule } from "./rule";
import { NO_VOTE_AFTER_HIT } from "./story";

/**
 * Feedback alignment (Lillicrap et al. 2016): the error travels back over separate, fixed random
 * feedback wires instead of the handshakes, because a brain cannot send a signal backwards through
 * the same synapse. It helps only when the wires' signs agree with the forward path.
 */
export const feedbackAlignment: LearningRule = {
  id: "feedback-alignment",
  title: "Separate feedback wires",
  summary: "No coach: the note about the miss travels back on its own wires, which were set up at random and never change.",
  signalMeaning: "the error signal that reached you over the feedback wires",
  usesError: true,
  rateScale: 1,
  story: {
    speaker: "nobody",
    carries: "error-note",
    over: "feedback-wires",
    told: "blame",
    blameVote: true,
    secondShot: false,
    words: {
      teller: "the wires",
      step: "Notes on the wires",
      after: "No coach here. The miss is written on a note that travels back on separate wires, not on the handshakes. Each wire got a random strength at the start and never changes.",
      afterHit: "In! Nobody to blame. Small notes still travel back on the wires, so the next shot lands nearer the middle.",
      catch: "A note points the right way only where the wires' signs (+ or −) agree with the handshakes'.",
      vote: "Who will the wires' notes blame most?",
      noVote: NO_VOTE_AFTER_HIT,
      waiting: "Vote cast. Waiting for the notes…",
      cards: "Notes from the wires",
      signal: "note",
      mark: "wires",
      court: "On the court: the dashed arcs over the heads are the wires, thicker for a stronger wire, with its sign (+ or −); the white note rides them back.",
    },
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
