// Activity difference: learns from (nudged - free) activity only, and tends to backprop as the nudge shrinks.
import { describe, expect, it } from "vitest";
import { ACTIVATIONS, ACTIVATION_NAMES, type Court, RULES, Rng } from "../../../shared";
import { cosine, randomLine, ruleInput, untouchable } from "./fixtures";

const activityDifference = RULES["activity-difference"];
const backprop = RULES["backprop"];

describe("activity difference", () => {
  it.each(ACTIVATION_NAMES)("approaches backprop's update as the nudge shrinks (%s)", (activation) => {
    const rng = new Rng(21);
    for (let n = 2; n <= 12; n += 2) {
      const line = randomLine(rng, n, activation);
      const input = ruleInput(line, rng.uniform(2, 9), n, 0.01);
      const bp = backprop.propose(input);
      const target = [...bp.weightChanges, ...bp.biasChanges];
      const errors: number[] = [];
      // The nudge is NUDGE * dL/dp: shrinking the miss the rule sees shrinks the nudge by the same factor.
      for (const s of [1, 1e-2, 1e-4]) {
        const p = activityDifference.propose({ ...input, shot: { ...input.shot, lossSlope: s * input.shot.lossSlope } });
        const got = [...p.weightChanges, ...p.biasChanges].map((c) => c / s);
        const err = Math.hypot(...got.map((g, i) => g - target[i])) / Math.hypot(...target);
        errors.push(err);
        if (s === 1e-4) expect(cosine(got, target)).toBeGreaterThan(1 - 1e-8);
      }
      // The gap shrinks with the nudge (linear activations are exact at any nudge, up to rounding).
      expect(errors[2]).toBeLessThan(1e-4);
      expect(errors[1]).toBeLessThanOrEqual(errors[0] * 0.05 + 1e-9);
      expect(errors[2]).toBeLessThanOrEqual(errors[1] * 0.05 + 1e-9);
    }
  });

  it("uses only activities: never the feedback wires, the court, chance or the miss itself", () => {
    const rng = new Rng(22);
    const line = randomLine(rng, 5, "tanh");
    const input = ruleInput(line, 7, 3);
    const { pass, lossSlope } = input.shot;
    const p = activityDifference.propose({
      line,
      shot: { pass, lossSlope } as typeof input.shot,
      rate: input.rate,
      feedback: untouchable<number[]>("feedback"),
      court: untouchable<Court>("court"),
      rng: untouchable<Rng>("rng"),
    });
    expect(p).toEqual(activityDifference.propose(input));
  });

  it("each signal is the neuron's nudged activity minus its free activity", () => {
    const rng = new Rng(23);
    const line = randomLine(rng, 4, "sigmoid");
    const input = ruleInput(line, 3, 4);
    const { signals, weightChanges } = activityDifference.propose(input);
    const act = ACTIVATIONS.sigmoid;
    const { drives, outputs, inputs } = input.shot.pass;
    // Settle the nudged line from the top: the output is pushed toward the target, each lower neuron feels the change above it.
    let push = -0.01 * input.shot.lossSlope;
    for (let i = 3; i >= 0; i--) {
      const nudged = act.f(drives[i] + push);
      expect(signals[i]).toBeCloseTo(nudged - outputs[i], 14);
      push = line.weights[i] * (nudged - outputs[i]);
      expect(Math.sign(weightChanges[i])).toBe(Math.sign(signals[i] * inputs[i]));
    }
  });
});
