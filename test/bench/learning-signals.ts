// SCIENCE.md's other measurements, on the engine: how much error signal reaches the first of 12 neurons,
// how well one perturbation estimate points along the true gradient, and backprop against finite differences.
import { type ActivationName, DEFAULT_SETTINGS, type LineParams, RULES, Rng, backward, forward, shoot } from "../../shared";
import { TASK, nodePerturbation, powerLoss, powerShot, weightPerturbation } from "./learning-science";
import { median } from "./learning-stats";

/** SCIENCE.md's figures for the same measurements. */
export const SCIENCE_SIGNALS = {
  deltaRatio: { "tanh g=0.5": 4e-4, "tanh g=1": 0.13, "tanh g=1.5": 1e-4, "identity g=1.5": 82, "identity g=3": 1.7e5 } as Record<string, number>,
  cosine: { 2: 0.41, 4: 0.28, 8: 0.2, 12: 0.16 } as Record<number, number>,
  gradientRelError: 1e-8,
};

function cosine(a: number[], b: number[]): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i] * b[i];
    aa += a[i] * a[i];
    bb += b[i] * b[i];
  }
  return ab / Math.sqrt(aa * bb);
}

/** One case of the fading/exploding signal: |delta_1 / delta_12| for 12 neurons with every weight near g. */
export interface DeltaRatio {
  label: string;
  activation: ActivationName;
  g: number;
  /** Median over 50 lines with w_i = g (1 + 0.1 N(0,1)), b = 0, input x ~ U[0.2, 1]. */
  medianRatio: number;
  /** Every weight exactly g, input 0.6. */
  exactRatio: number;
  science: number;
}

function ratioAt(weights: number[], activation: ActivationName, x: number): number {
  const line: LineParams = { weights, biases: weights.map(() => 0), activation };
  const deltas = backward(line, forward(line, x), 1).deltas;
  return Math.abs(deltas[0] / deltas[weights.length - 1]);
}

/** The error signal reaching the first of 12 neurons, relative to the last (the engine's backward pass). */
export function deltaRatios(): DeltaRatio[] {
  const cases: [ActivationName, number][] = [["tanh", 0.5], ["tanh", 1], ["tanh", 1.5], ["identity", 1.5], ["identity", 3]];
  return cases.map(([activation, g]) => {
    const rng = new Rng(777);
    const ratios = Array.from({ length: 50 }, () => {
      const weights = Array.from({ length: 12 }, () => g * (1 + 0.1 * rng.gaussian()));
      return ratioAt(weights, activation, rng.uniform(TASK.lo, TASK.hi));
    });
    const label = `${activation} g=${g}`;
    return { label, activation, g, medianRatio: median(ratios), exactRatio: ratioAt(new Array(12).fill(g), activation, 0.6), science: SCIENCE_SIGNALS.deltaRatio[label] };
  });
}

/** Mean cosine between one perturbation estimate and the true gradient, for one N. */
export interface CosineRow {
  n: number;
  /** Weight perturbation (the engine's trial-and-error update, mirrored) on SCIENCE's power task, 2N parameters, sigma = WIGGLE. */
  weightPerturbation: number;
  /** The same with sigma = 0.001. */
  weightPerturbationSmallSigma: number;
  /** The engine's own trial-and-error rule on the game's court, against the engine's backprop on the same shot. */
  engineTrialAndErrorOnCourt: number;
  /** Node perturbation's estimate (N noise dimensions) on the power task. */
  nodePerturbation: number;
  /** A random direction in 2N dimensions: E|cos| = sqrt(2 / (pi 2N)) roughly. */
  randomDirection: number;
  science: number;
}

/** One perturbation estimate's cosine with the true gradient, averaged over 2000 (line, input, noise) draws. */
export function perturbationCosines(): CosineRow[] {
  const court = DEFAULT_SETTINGS.court;
  return [2, 4, 8, 12].map((n) => {
    const rng = new Rng(99 + n);
    const samples = 2000;
    let wp = 0;
    let wpSmall = 0;
    let te = 0;
    let np = 0;
    for (let s = 0; s < samples; s++) {
      const line: LineParams = { weights: Array.from({ length: n }, () => rng.uniform(TASK.startW.min, TASK.startW.max)), biases: new Array(n).fill(0), activation: "tanh" };
      const d = rng.uniform(TASK.lo, TASK.hi);
      const shot = powerShot(line, d);
      const back = backward(line, shot.pass, shot.lossSlope);
      const truth = [...back.weightGrads, ...back.biasGrads];
      // rate -1 turns "change = -rate * estimate" into the estimate itself.
      const w = weightPerturbation(line, shot.loss, (l) => powerLoss(l, d), -1, rng);
      wp += cosine([...w.weightChanges, ...w.biasChanges], truth) / samples;
      const ws = weightPerturbation(line, shot.loss, (l) => powerLoss(l, d), -1, rng, 0.001);
      wpSmall += cosine([...ws.weightChanges, ...ws.biasChanges], truth) / samples;
      const node = nodePerturbation(line, shot, d, -1, rng);
      np += cosine([...node.weightChanges, ...node.biasChanges], truth) / samples;
      const courtShot = shoot(line, rng.uniform(court.minDistance, court.maxDistance), court);
      const input = { line, feedback: line.weights, shot: courtShot, court, rate: 1, rng };
      const bp = RULES.backprop.propose(input);
      const est = RULES["trial-and-error"].propose(input);
      te += cosine([...est.weightChanges, ...est.biasChanges], [...bp.weightChanges, ...bp.biasChanges]) / samples;
    }
    let rnd = 0;
    const probe = Array.from({ length: 2 * n }, (_, i) => (i === 0 ? 1 : 0));
    for (let s = 0; s < samples; s++) rnd += Math.abs(cosine(Array.from({ length: 2 * n }, () => rng.gaussian()), probe)) / samples;
    return { n, weightPerturbation: wp, weightPerturbationSmallSigma: wpSmall, engineTrialAndErrorOnCourt: te, nodePerturbation: np, randomDirection: rnd, science: SCIENCE_SIGNALS.cosine[n] };
  });
}

/** The engine's backprop gradient against central finite differences, the largest relative error over 50 lines per N. */
export interface GradientCheckRow {
  n: number;
  /** max over lines of |g - fd| / |g| (vector norms), SCIENCE's power task, tanh, five-point central differences with h = 1e-4. */
  powerTask: number;
  /** The same through the game's court (the chain rule through R(p)). */
  gameCourt: number;
}

function relError(line: LineParams, grad: number[], loss: (l: LineParams) => number): number {
  // Five-point central differences (error O(h^4)), so the comparison measures the engine, not the stencil.
  const h = 1e-4;
  const n = line.weights.length;
  const fd: number[] = [];
  for (const key of ["weights", "biases"] as const) {
    for (let i = 0; i < n; i++) {
      const at = (dv: number): number => loss({ ...line, [key]: line[key].map((v, j) => (j === i ? v + dv : v)) });
      fd.push((8 * (at(h) - at(-h)) - (at(2 * h) - at(-2 * h))) / (12 * h));
    }
  }
  return Math.hypot(...grad.map((g, i) => g - fd[i])) / Math.hypot(...grad);
}

/** Backprop against central finite differences for N = 1..12 on both tasks. */
export function gradientCheck(): GradientCheckRow[] {
  const court = DEFAULT_SETTINGS.court;
  return Array.from({ length: 12 }, (_, k) => k + 1).map((n) => {
    const rng = new Rng(5 + n);
    let powerTask = 0;
    let gameCourt = 0;
    for (let s = 0; s < 50; s++) {
      const line: LineParams = {
        weights: Array.from({ length: n }, () => rng.uniform(TASK.startW.min, TASK.startW.max)),
        biases: Array.from({ length: n }, () => rng.uniform(-0.5, 0.5)),
        activation: "tanh",
      };
      const d = rng.uniform(TASK.lo, TASK.hi);
      const shot = powerShot(line, d);
      const b = backward(line, shot.pass, shot.lossSlope);
      powerTask = Math.max(powerTask, relError(line, [...b.weightGrads, ...b.biasGrads], (l) => powerLoss(l, d)));
      const dist = rng.uniform(court.minDistance, court.maxDistance);
      const cs = shoot(line, dist, court);
      const cb = backward(line, cs.pass, cs.lossSlope);
      gameCourt = Math.max(gameCourt, relError(line, [...cb.weightGrads, ...cb.biasGrads], (l) => shoot(l, dist, court).loss));
    }
    return { n, powerTask, gameCourt };
  });
}
