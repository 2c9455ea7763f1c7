import { t } from "../i18n/current";
import { storyWords } from "./story";
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
  get title() {
    return t("rules.fire-together.title");
  },
  get summary() {
    return t("rules.fire-together.summary");
  },
  get signalMeaning() {
    return t("rules.fire-together.signalMeaning");
  },
  usesError: false,
  rateScale: 1,
  story: {
    speaker: "nobody",
    carries: "nothing",
    over: "no-wires",
    told: "fired-together",
    blameVote: false,
    secondShot: false,
    words: storyWords("fire-together", null, "rules.fire-together.noVote"),
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
