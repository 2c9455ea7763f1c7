// Trial and error (weight perturbation): an unbiased but noisy estimate of the gradient, paid for with an extra shot.
import { describe, expect, it } from "vitest";
import { Rng, RULES } from "../../../shared";
import { cosine, randomLine, ruleInput } from "./fixtures";

const backprop = RULES["backprop"];
const trialAndError = RULES["trial-and-error"];

describe("trial and error", () => {
  it.each([2, 5, 12])("is right on average over many seeds and noisy in any one (N = %i)", (n) => {
    const line = randomLine(new Rng(31 + n), n, "tanh");
    const input = ruleInput(line, 6, 1, 0.01);
    const bp = backprop.propose(input);
    const truth = [...bp.weightChanges, ...bp.biasChanges];
    const runs = 4000;
    const mean = new Array<number>(2 * n).fill(0);
    let singleCos = 0;
    for (let seed = 0; seed < runs; seed++) {
      const p = trialAndError.propose({ ...input, rng: new Rng(1000 + seed) });
      expect(p.extraShots).toBe(1);
      const est = [...p.weightChanges, ...p.biasChanges];
      est.forEach((e, i) => (mean[i] += e / runs));
      singleCos += cosine(est, truth) / runs;
    }
    // The average estimate points where the gradient does...
    expect(cosine(mean, truth)).toBeGreaterThan(0.97);
    // ...with the right size (unbiased, not merely aligned)...
    expect(Math.hypot(...mean) / Math.hypot(...truth)).toBeGreaterThan(0.85);
    expect(Math.hypot(...mean) / Math.hypot(...truth)).toBeLessThan(1.15);
    // ...but a single estimate is far off, and worse with more neurons (about 1/sqrt(2N)).
    expect(singleCos).toBeLessThan(0.75);
    expect(singleCos).toBeGreaterThan(0.3 / Math.sqrt(2 * n));
  });

  it("a single wiggle's agreement with the gradient falls as the line grows (about 1/sqrt(2N))", () => {
    const meanCosine = (n: number): number => {
      let c = 0;
      const lines = 20;
      const seeds = 100;
      for (let l = 0; l < lines; l++) {
        const line = randomLine(new Rng(100 + l), n, "tanh");
        const input = ruleInput(line, new Rng(l).uniform(2, 9), 1, 0.01);
        const bp = backprop.propose(input);
        const truth = [...bp.weightChanges, ...bp.biasChanges];
        for (let seed = 0; seed < seeds; seed++) {
          const p = trialAndError.propose({ ...input, rng: new Rng(seed) });
          c += cosine([...p.weightChanges, ...p.biasChanges], truth) / (lines * seeds);
        }
      }
      return c;
    };
    const [c2, c4, c8, c12] = [2, 4, 8, 12].map(meanCosine);
    expect(c2).toBeGreaterThan(c4);
    expect(c4).toBeGreaterThan(c8);
    expect(c8).toBeGreaterThan(c12);
    expect(c2).toBeGreaterThan(0.3);
    expect(c12).toBeLessThan(0.22);
  });
});
