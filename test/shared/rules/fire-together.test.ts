// Fire together, wire together: listens to activity only, never to the miss, so it cannot fix one.
import { describe, expect, it } from "vitest";
import { DECAY } from "../../../shared/rules/fire-together";
import { type Court, DEFAULT_COURT, type LineParams, Rng, shoot, RULES } from "../../../shared";
import { randomLine, ruleInput } from "./fixtures";

const fireTogether = RULES["fire-together"];

describe("fire together", () => {
  it("proposes the same for two shots with the same activity but different hoops and misses", () => {
    const line = randomLine(new Rng(51), 5, "tanh");
    const a = ruleInput(line, 3, 1);
    const far: typeof a.shot = { ...a.shot, distance: 8.5, miss: -5, loss: 12.5, lossSlope: -90, hit: false };
    const p = fireTogether.propose(a);
    expect(fireTogether.propose({ ...a, shot: far, court: { ...DEFAULT_COURT, maxSpeed: 6 } })).toEqual(p);
    expect(fireTogether.usesError).toBe(false);
    // Its signal is co-activity: what came in times what went out; the excitability never moves.
    p.signals.forEach((s, i) => expect(s).toBe(a.shot.pass.inputs[i] * a.shot.pass.outputs[i]));
    p.weightChanges.forEach((c, i) => expect(c).toBeCloseTo(a.rate * (p.signals[i] - DECAY * line.weights[i]), 14));
    expect(p.biasChanges.every((c) => c === 0)).toBe(true);
  });

  it("cannot fix a miss: trained alike whether the ball lands short or long, so it misses on one court or the other", () => {
    const train = (court: Court, seed: number): LineParams => {
      let line = randomLine(new Rng(seed), 4, "tanh");
      for (let k = 0; k < 1000; k++) {
        const p = fireTogether.propose({ line, feedback: [], shot: shoot(line, 5, court), court, rate: 0.05, rng: new Rng(k) });
        line = { ...line, weights: line.weights.map((w, i) => w + p.weightChanges[i]), biases: line.biases.map((b, i) => b + p.biasChanges[i]) };
      }
      return line;
    };
    // Two courts where the same power lands in very different places (a weaker arm on the second).
    const weak: Court = { ...DEFAULT_COURT, maxSpeed: 6 };
    for (let seed = 1; seed <= 10; seed++) {
      const strong = train(DEFAULT_COURT, seed);
      expect(train(weak, seed)).toEqual(strong);
      const misses = [shoot(strong, 5, DEFAULT_COURT).miss, shoot(strong, 5, weak).miss];
      expect(misses.some((m) => Math.abs(m) > 1)).toBe(true);
    }
  });
});
