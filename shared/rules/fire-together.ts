import type { LearningRule } from "./rule";
import { at } from "../checked";

/** How fast unused handshakes fade, so firing together cannot grow a handshake without bound. */
export const DECAY = 0.1;

/**
 * Fire together, wire together (Hebbian): a handshake grows when both neurons fire at once and slowly
 * fades otherwise. It never hears about the miss, so it cannot fix one: the contrast that shows why
 * the brain needs some error signal.
 */
export const fireTogether: LearningRule = {
  id: "fire-together",
  title: "Fire together, wire together",
  summary: "Partners who fire at the same time grip each other harder. Nobody ever hears about the miss.",
  signalMeaning: "how strongly you and the player before you fired together",
  usesError: false,
  rateScale: 1,
  story: {
    speaker: "nobody",
    carries: "nothing",
    over: "no-wires",
    told: "fired-together",
    blameVote: false,
    secondShot: false,
    words: {
      teller: "nobody",
      step: "Fire together, wire together",
      after: "Nobody hears about the miss. Neighbours who fired together grip each other a little harder, and every grip fades a little.",
      afterHit: "In! But nobody hears about it: neighbours who fired together grip harder, as after any shot.",
      catch: "Nothing here knows where the ball landed, so the line cannot fix a miss.",
      vote: null,
      noVote: "No vote: nobody hears about the miss.",
      waiting: "Waiting…",
      cards: "Who fired together",
      signal: "together",
      mark: "firing",
      court: "On the court: the glowing links join neighbours who fired together; their grip grows.",
    },
  },
  propose({ line, shot, rate }) {
    const { inputs, outputs } = shot.pass;
    const together = outputs.map((a, i) => at(inputs, i) * a);
    return {
      weightChanges: together.map((c, i) => rate * (c - DECAY * at(line.weights, i))),
      biasChanges: together.map(() => 0),
      signals: together,
      extraShots: 0,
    };
  },
};
