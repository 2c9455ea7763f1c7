// Random lines and shots for the learning-rule tests.
import { type ActivationName, DEFAULT_COURT, type LineParams, Rng, type RuleInput, shoot } from "../../../shared";

/** A random line of n neurons with weights in [0.5, 1.5] (signs mixed when `mixed`), small biases. */
export function randomLine(rng: Rng, n: number, activation: ActivationName, mixed = false): LineParams {
  return {
    weights: Array.from({ length: n }, () => (mixed ? rng.sign() : 1) * rng.uniform(0.5, 1.5)),
    biases: Array.from({ length: n }, () => rng.uniform(-0.3, 0.3)),
    activation,
  };
}

/** Everything a rule needs for one shot of `line` at distance d. */
export function ruleInput(line: LineParams, d: number, seed = 1, rate = 0.01, feedback?: number[]): RuleInput {
  const rng = new Rng(seed);
  return {
    line,
    feedback: feedback ?? line.weights.map(() => rng.sign() * rng.uniform(0.5, 1.5)),
    shot: shoot(line, d, DEFAULT_COURT),
    court: DEFAULT_COURT,
    rate,
    rng,
  };
}

/** Cosine of the angle between two vectors. */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  a.forEach((x, i) => {
    ab += x * b[i];
    aa += x * x;
    bb += b[i] * b[i];
  });
  return ab / Math.sqrt(aa * bb);
}

/** An object that throws when anything reads it: proves a rule never looks there. */
export function untouchable<T extends object>(what: string): T {
  return new Proxy({} as T, {
    get(_t, key) {
      throw new Error(`the rule read ${what}.${String(key)}`);
    },
  });
}
