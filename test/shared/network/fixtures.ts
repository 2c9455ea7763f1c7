// Random networks and shots for the network tests, and a flattening helper to compare parameter-shaped arrays.
import { type ActivationName, DEFAULT_COURT, type NetworkParams, type NetworkRuleInput, Rng, shootNetwork } from "../../../shared";

/** A random network of the given widths: handshakes of mixed sign scaled by the fan-in, small excitabilities. */
export function randomNet(rng: Rng, widths: number[], activation: ActivationName, scale = 1): NetworkParams {
  return {
    weights: widths.map((n, l) => {
      const fanIn = l === 0 ? 1 : widths[l - 1];
      return Array.from({ length: n }, () => Array.from({ length: fanIn }, () => (scale * rng.sign() * rng.uniform(0.5, 1.5)) / Math.sqrt(fanIn)));
    }),
    biases: widths.map((n) => Array.from({ length: n }, () => rng.uniform(-0.3, 0.3))),
    activation,
  };
}

/** Random widths: depth layers (the last the shooter's, one wide), the others 1..maxWidth wide. */
export function randomWidths(rng: Rng, maxDepth: number, maxWidth: number): number[] {
  const depth = 1 + rng.int(maxDepth);
  return Array.from({ length: depth }, (_, l) => (l === depth - 1 ? 1 : 1 + rng.int(maxWidth)));
}

/** Feedback wires shaped like the network's handshakes. */
export function randomWires(rng: Rng, net: NetworkParams): number[][][] {
  return net.weights.map((m) => m.map((row) => row.map(() => rng.sign() * rng.uniform(0.5, 1.5))));
}

/** Everything a network rule needs for one shot at distance d. */
export function netInput(net: NetworkParams, d: number, seed = 1, rate = 0.01, feedback?: number[][][]): NetworkRuleInput {
  const rng = new Rng(seed);
  return { net, feedback: feedback ?? randomWires(rng, net), shot: shootNetwork(net, d, DEFAULT_COURT), court: DEFAULT_COURT, rate, rng };
}

/** Every number of a nested array, in order. */
export function flat(x: unknown): number[] {
  return Array.isArray(x) ? x.flatMap(flat) : [x as number];
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
