// Feedback alignment carries the error back over its fixed random wires B, never over the handshakes w.
import { describe, expect, it } from "vitest";
import { ACTIVATIONS, ACTIVATION_NAMES, Rng, RULES } from "../../../shared";
import { randomLine, ruleInput } from "./fixtures";

const backprop = RULES["backprop"];
const feedbackAlignment = RULES["feedback-alignment"];

describe("feedback alignment", () => {
  it.each(ACTIVATION_NAMES)("with B = w it is exactly backprop (%s)", (activation) => {
    const rng = new Rng(11);
    for (let n = 1; n <= 12; n++) {
      const line = randomLine(rng, n, activation, true);
      const input = ruleInput(line, rng.uniform(2, 9), n, 0.01, line.weights.slice());
      expect(feedbackAlignment.propose(input)).toEqual(backprop.propose(input));
    }
  });

  it("each signal is the one above it times B (not w) times the neuron's own slope", () => {
    const rng = new Rng(12);
    for (const activation of ACTIVATION_NAMES) {
      const line = randomLine(rng, 8, activation, true);
      const input = ruleInput(line, 6.5, 5);
      const { signals } = feedbackAlignment.propose(input);
      const act = ACTIVATIONS[activation];
      const { drives } = input.shot.pass;
      expect(signals[7]).toBeCloseTo(act.df(drives[7]) * input.shot.lossSlope, 12);
      for (let i = 0; i < 7; i++) {
        expect(signals[i]).toBeCloseTo(act.df(drives[i]) * input.feedback[i + 1] * signals[i + 1], 12);
      }
    }
  });

  it("changing the handshakes above a neuron but not B leaves the signals it receives unchanged", () => {
    const rng = new Rng(13);
    const line = randomLine(rng, 6, "tanh", true);
    const input = ruleInput(line, 4, 9);
    // Same recorded pass and miss, but every handshake above the first replaced (even flipped in sign).
    const rewired = { ...line, weights: line.weights.map((w, i) => (i === 0 ? w : -3 * w)) };
    const fa = feedbackAlignment.propose(input);
    expect(feedbackAlignment.propose({ ...input, line: rewired })).toEqual(fa);
    // Backprop, which does use the handshakes, changes: the test can tell the difference.
    expect(backprop.propose({ ...input, line: rewired }).signals).not.toEqual(backprop.propose(input).signals);
    // Changing B does change what the lower neurons hear.
    const otherB = input.feedback.map((b) => -b);
    const flipped = feedbackAlignment.propose({ ...input, feedback: otherB });
    expect(flipped.signals[5]).toBe(fa.signals[5]);
    expect(flipped.signals[4]).toBeCloseTo(-fa.signals[4], 12);
    expect(flipped.signals[3]).toBeCloseTo(fa.signals[3], 12);
  });
});
