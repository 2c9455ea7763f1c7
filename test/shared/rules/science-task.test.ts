// The power task without shot physics (output the power 0.5 d for d ~ U[0.2, 1], L = e^2/2 with
// e = p - 0.5 d): the engine's backprop coach, fed dL/dp as the shot's lossSlope, must learn it with the
// shortest line (2 neurons) and the longest (12). npm run bench:learning measures 2, 4, 8 and 12.
import { describe, expect, it } from "vitest";
import { DEFAULT_COURT, type LineParams, RULES, Rng, type Shot, forward } from "../../../shared";

/** A Shot-like record for the power task: the rules read pass and lossSlope (= e = p - 0.5 d). */
function powerShot(line: LineParams, d: number): Shot {
  const pass = forward(line, d);
  const e = pass.power - 0.5 * d;
  return { distance: d, pass, landing: pass.power, miss: e, loss: (e * e) / 2, hit: Math.abs(e) < 0.05, lossSlope: e };
}

function worstMiss(line: LineParams): number {
  let worst = 0;
  for (let k = 0; k <= 16; k++) {
    const d = 0.2 + (0.8 * k) / 16;
    worst = Math.max(worst, Math.abs(forward(line, d).power - 0.5 * d));
  }
  return worst;
}

describe("backprop on the power task", () => {
  it.each([
    [2, 0.45],
    [12, 0.1],
  ])("N = %i at rate %f: every seed's largest held-out miss falls under 0.05 within 6000 updates", (n, rate) => {
    for (let seed = 1; seed <= 5; seed++) {
      const rng = new Rng(seed);
      let line: LineParams = { weights: Array.from({ length: n }, () => rng.uniform(0.5, 1.5)), biases: new Array(n).fill(0), activation: "tanh" };
      const before = worstMiss(line);
      let learnedAt: number | null = null;
      for (let t = 0; t < 6000 && learnedAt === null; t++) {
        const shot = powerShot(line, rng.uniform(0.2, 1));
        const p = RULES.backprop.propose({ line, feedback: line.weights, shot, court: DEFAULT_COURT, rate, rng });
        line = { ...line, weights: line.weights.map((w, i) => w + p.weightChanges[i]), biases: line.biases.map((b, i) => b + p.biasChanges[i]) };
        if (worstMiss(line) < 0.05) learnedAt = t;
      }
      expect(before, `seed ${seed} must start off target`).toBeGreaterThan(0.05);
      expect(learnedAt, `seed ${seed}`).not.toBeNull();
    }
  });
});
