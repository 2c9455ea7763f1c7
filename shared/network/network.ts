// A network: layers of neurons between the hoop's distance and the shooter, every neuron of a layer
// shaking hands with every neuron of the layer before. The line is the network whose layers are all one
// wide, and every sum here starts from its first term (never from 0) so that case gives the line's numbers
// bit for bit (test/shared/network/line-regression.test.ts).
import { ACTIVATIONS, type ActivationName, type Court, landing, landingSlope, scaleDistance } from "../line";
import { at } from "../checked";

/** A matrix of handshakes between two layers: m[j][i] joins neuron i of the layer before to neuron j. */
export type Handshakes = readonly (readonly number[])[];

/** The network's parameters: weights[l] are layer l's handshakes (layer 0's come from the one input), biases[l][j] each neuron's excitability. */
export interface NetworkParams {
  weights: readonly Handshakes[];
  biases: readonly (readonly number[])[];
  activation: ActivationName;
}

/** The ball's trip through the network, every value recorded per layer. */
export interface NetworkPass {
  /** What layer l received: inputs[0] is [x], inputs[l] = outputs[l - 1]. */
  inputs: number[][];
  /** Each neuron's drive z = sum_i w_ji * input_i + b_j. */
  drives: number[][];
  /** Each neuron's output f(z). */
  outputs: number[][];
  /** The shot's power: the shooter's (the last layer's only neuron) output. */
  power: number;
}

/** One shot of a network: the pass, the landing and the miss (as the line's Shot). */
export interface NetworkShot {
  distance: number;
  pass: NetworkPass;
  landing: number;
  /** e = landing - distance. */
  miss: number;
  /** L = e² / 2. */
  loss: number;
  hit: boolean;
  /** dL/dp = e * R'(p). */
  lossSlope: number;
}

/** The backward pass through a network. */
export interface NetworkBackward {
  /** deltas[l][j] = dL/dz of neuron j in layer l (or what the feedback wires say it is). */
  deltas: number[][];
  /** weightGrads[l][j][i] = deltas[l][j] * inputs[l][i]. */
  weightGrads: number[][][];
  /** biasGrads[l][j] = deltas[l][j]. */
  biasGrads: number[][];
}

/** How many neurons each layer has (the last is the shooter's layer). */
export function widthsOf(net: Pick<NetworkParams, "biases">): number[] {
  return net.biases.map((b) => b.length);
}

/** sum_i row[i] * v[i], begun from the first product so a one-term sum is exactly that product. */
function dot(row: readonly number[], v: readonly number[]): number {
  let s = at(row, 0) * at(v, 0);
  for (let i = 1; i < row.length; i++) s += at(row, i) * at(v, i);
  return s;
}

/** Runs the ball through the network from input x. */
export function forwardNetwork(net: NetworkParams, x: number): NetworkPass {
  const act = ACTIVATIONS[net.activation];
  const inputs: number[][] = [];
  const drives: number[][] = [];
  const outputs: number[][] = [];
  let a = [x];
  for (let l = 0; l < net.weights.length; l++) {
    inputs.push(a);
    const w = at(net.weights, l);
    const b = at(net.biases, l);
    const z = w.map((row, j) => dot(row, a) + at(b, j));
    drives.push(z);
    a = z.map((v) => act.f(v));
    outputs.push(a);
  }
  return { inputs, drives, outputs, power: at(a, 0) };
}

/** Shoots at a hoop d metres away: the forward pass, then the line's projectile. */
export function shootNetwork(net: NetworkParams, distance: number, court: Court): NetworkShot {
  const pass = forwardNetwork(net, scaleDistance(distance, court));
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
 * What each neuron of the layer below hears: sum_j m[j][i] * signal[j], the signal sent back over the
 * matrix m (the handshakes themselves for backprop: their transpose).
 */
export function sendBack(m: Handshakes, signal: readonly number[]): number[] {
  const below = at(m, 0).length;
  const heard = new Array<number>(below);
  for (let i = 0; i < below; i++) {
    let s = at(at(m, 0), i) * at(signal, 0);
    for (let j = 1; j < m.length; j++) s += at(at(m, j), i) * at(signal, j);
    heard[i] = s;
  }
  return heard;
}

/**
 * Carries the error back through the network. `feedback[l]` is the matrix the signal crosses on its way
 * back from layer l to layer l - 1 (feedback[0] is unused): the handshakes (the default: backprop) or
 * fixed random wires (feedback alignment).
 */
export function backwardNetwork(
  net: NetworkParams,
  pass: NetworkPass,
  lossSlope: number,
  feedback: readonly Handshakes[] = net.weights,
): NetworkBackward {
  const act = ACTIVATIONS[net.activation];
  const layers = pass.drives.length;
  const deltas = new Array<number[]>(layers);
  let upstream = [lossSlope]; // dL/da of each neuron in layer l
  for (let l = layers - 1; l >= 0; l--) {
    const drives = at(pass.drives, l);
    const delta = upstream.map((u, j) => act.df(at(drives, j)) * u);
    deltas[l] = delta;
    if (l > 0) upstream = sendBack(at(feedback, l), delta);
  }
  return {
    deltas,
    weightGrads: deltas.map((d, l) => outer(d, at(pass.inputs, l))),
    biasGrads: deltas.map((d) => d.slice()),
  };
}

/** m[j][i] = a[j] * b[i]. */
function outer(a: readonly number[], b: readonly number[]): number[][] {
  return a.map((x) => b.map((y) => x * y));
}
