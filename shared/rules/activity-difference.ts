import { ACTIVATIONS } from "../line";
import type { LearningRule } from "./rule";
import { NO_VOTE_AFTER_HIT } from "./story";
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
  title: "Nudge and compare",
  summary: "The last player is nudged toward the right shot; everyone feels the nudge ripple back and learns from how their own firing changed.",
  signalMeaning: "how much your firing changed when the line was nudged",
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
    words: {
      teller: "the nudge",
      step: "Nudge and compare",
      after: "No coach and no note. The shooter is nudged toward a better shot, the nudge spreads back through the handshakes, and each neuron compares how it fires now with how it fired before.",
      afterHit: "In! Nobody to blame. A tiny nudge toward the middle still spreads back, and each neuron compares its firing.",
      catch: "Only changes in firing travel back, and real neurons can do that. How much a neuron's firing changed works out as its share of the blame.",
      vote: "Who will the nudge blame most?",
      noVote: NO_VOTE_AFTER_HIT,
      waiting: "Vote cast. Waiting for the nudge…",
      cards: "What the nudge changed",
      signal: "nudge",
      mark: "nudge",
      court: "On the court: the yellow glow is the nudge. Over each head, ▲ means it fired a little more, ▼ a little less.",
    },
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
