import { ACTIVATIONS, type ActivationName } from "./activations";
import { type Court, landing, landingSlope, scaleDistance } from "./court";
import { at } from "../checked";

/** The line's parameters: neuron i has handshake (weight) weights[i] and excitability (bias) biases[i]. */
export interface LineParams {
  weights: readonly number[];
  biases: readonly number[];
  activation: ActivationName;
}

/** The ball's trip down the line (the forward pass), every intermediate value recorded. */
export interface ForwardPass {
  /** What each neuron received: inputs[0] is the scaled distance x, inputs[i] = outputs[i - 1]. */
  inputs: number[];
  /** Each neuron's drive z_i = w_i * input_i + b_i. */
  drives: number[];
  /** Each neuron's output a_i = f(z_i). */
  outputs: number[];
  /** The shot's power p: the last neuron's output. */
  power: number;
}

/** One shot: the pass, where the ball landed and how far it missed. */
export interface Shot {
  distance: number;
  pass: ForwardPass;
  /** Where the ball came down, m. */
  landing: number;
  /** e = landing - distance: negative is short, positive is long. */
  miss: number;
  /** L = e² / 2. */
  loss: number;
  /** |e| under the hoop's radius. */
  hit: boolean;
  /** dL/dp = e * R'(p): how the loss moves with the shot's power. */
  lossSlope: number;
}

/** The coach's walk back (the backward pass). */
export interface BackwardPass {
  /** delta_i = dL/dz_i: the error signal as it reaches neuron i. */
  deltas: number[];
  /** dL/dw_i = delta_i * input_i: the blame on each handshake. */
  weightGrads: number[];
  /** dL/db_i = delta_i: the blame on each excitability. */
  biasGrads: number[];
}

/** Runs the ball down the line from input x. */
export function forward(line: LineParams, x: number): ForwardPass {
  const act = ACTIVATIONS[line.activation];
  const inputs: number[] = [];
  const drives: number[] = [];
  const outputs: number[] = [];
  let a = x;
  for (let i = 0; i < line.weights.length; i++) {
    inputs.push(a);
    const z = at(line.weights, i) * a + at(line.biases, i);
    drives.push(z);
    a = act.f(z);
    outputs.push(a);
  }
  return { inputs, drives, outputs, power: a };
}

/** Shoots at a hoop d metres away: the forward pass, then the projectile. */
export function shoot(line: LineParams, distance: number, court: Court): Shot {
  const pass = forward(line, scaleDistance(distance, court));
  const land = landing(pass.power, court);
  const miss = land - distance;
  return {
    distance,
    pass,
    landing: land,
    miss,
    loss: (miss * miss) / 2,
    hit: Math.abs(miss) < court.hoopRadius,
    lossSlope: miss * landingSlope(pass.power, court),
  };
}

/**
 * Carries the error back down the line. `feedback[i]` is the strength the signal crosses on its way
 * back from neuron i to neuron i - 1 (feedback[0] is unused): the handshakes themselves for backprop
 * (the default), fixed random wires for feedback alignment.
 */
export function backward(
  line: LineParams,
  pass: ForwardPass,
  lossSlope: number,
  feedback: readonly number[] = line.weights,
): BackwardPass {
  const act = ACTIVATIONS[line.activation];
  const n = line.weights.length;
  const deltas = new Array<number>(n);
  let upstream = lossSlope; // dL/da_i, as seen by neuron i
  for (let i = n - 1; i >= 0; i--) {
    const delta = act.df(at(pass.drives, i)) * upstream;
    deltas[i] = delta;
    upstream = at(feedback, i) * delta;
  }
  return {
    deltas,
    weightGrads: deltas.map((d, i) => d * at(pass.inputs, i)),
    biasGrads: deltas.slice(),
  };
}

/** Each neuron's share of the blame: |g_i| / sum |g_j| (equal shares when nobody is to blame). */
export function blameShares(grads: readonly number[]): number[] {
  const total = grads.reduce((s, g) => s + Math.abs(g), 0);
  if (!(total > 0) || !Number.isFinite(total)) return grads.map(() => 1 / grads.length);
  return grads.map((g) => Math.abs(g) / total);
}

/** Which way a change turns a handshake. */
export type Direction = "firmer" | "looser";

/** The direction of a proposed change: up is firmer, down (or none) is looser. */
export function directionOf(change: number): Direction {
  return change > 0 ? "firmer" : "looser";
}
