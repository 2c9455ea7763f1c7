// The backprop coach proposes exactly -rate times the gradient, and shows each neuron its error signal.
import { describe, expect, it } from "vitest";
import { ACTIVATION_NAMES, Rng, backward, RULES } from "../../../shared";
import { randomLine, ruleInput } from "./fixtures";

const backprop = RULES["backprop"];

describe("backprop coach", () => {
  it.each(ACTIVATION_NAMES)("proposes -rate * gradient for every weight and bias (%s)", (activation) => {
    const rng = new Rng(7);
    for (let n = 1; n <= 12; n++) {
      const line = randomLine(rng, n, activation, true);
      const input = ruleInput(line, rng.uniform(2, 9), n, 0.003);
      const back = backward(line, input.shot.pass, input.shot.lossSlope);
      const p = backprop.propose(input);
      p.weightChanges.forEach((c, i) => expect(c).toBe(-0.003 * back.weightGrads[i]));
      p.biasChanges.forEach((c, i) => expect(c).toBe(-0.003 * back.biasGrads[i]));
      expect(p.signals).toEqual(back.deltas);
      expect(p.extraShots).toBe(0);
    }
  });

  it("a small step along its proposal lowers the loss", () => {
    const rng = new Rng(3);
    for (let k = 0; k < 50; k++) {
      const line = randomLine(rng, 1 + rng.int(12), "tanh");
      const input = ruleInput(line, rng.uniform(2, 9), k, 1e-6);
      if (input.shot.loss < 1e-6) continue;
      const p = backprop.propose(input);
      const next = { ...line, weights: line.weights.map((w, i) => w + p.weightChanges[i]), biases: line.biases.map((b, i) => b + p.biasChanges[i]) };
      expect(ruleInput(next, input.shot.distance).shot.loss).toBeLessThan(input.shot.loss);
    }
  });
});
