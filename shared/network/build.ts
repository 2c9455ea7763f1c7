// Making networks: from a line, at random for a given shape, and after a rule's proposal.
import type { ActivationName, LineParams } from "../line";
import type { Rng } from "../random";
import type { Handshakes, NetworkParams } from "./network";
import type { NetworkProposal } from "./rules";
import { at } from "../checked";

/** The widths of a network `depth` layers deep (the shooter's layer included) whose layers before the shooter are `width` wide. */
export function layerWidths(depth: number, width: number): number[] {
  return Array.from({ length: depth }, (_, l) => (l === depth - 1 ? 1 : width));
}

/** The line as a network one neuron wide: neuron i is layer i. */
export function networkFromLine(line: LineParams): NetworkParams {
  return { weights: line.weights.map((w) => [[w]]), biases: line.biases.map((b) => [b]), activation: line.activation };
}

/** A line's feedback wires as the network's feedback matrices. */
export function feedbackFromLine(feedback: readonly number[]): Handshakes[] {
  return feedback.map((f) => [[f]]);
}

/** How the starting handshakes are drawn: magnitudes in [min, max], shared over each neuron's handshakes; mixed signs or all positive. */
export interface StartWeights {
  min: number;
  max: number;
  mixedSigns: boolean;
}

/**
 * Random matrices for the given widths: each entry a sign times U[min, max], divided by the number of
 * neurons it adds up with (the layer before), so a wide layer drives the next as hard as one neuron does.
 * The draws go layer by layer, neuron by neuron: one wide, it draws exactly what the line's setup draws.
 */
export function randomHandshakes(rng: Rng, widths: readonly number[], start: StartWeights): number[][][] {
  return widths.map((n, l) => {
    const fanIn = l === 0 ? 1 : at(widths, l - 1);
    return Array.from({ length: n }, () =>
      Array.from({ length: fanIn }, () => (start.mixedSigns ? rng.sign() : 1) * rng.uniform(start.min, start.max) / fanIn),
    );
  });
}

/** A network of the given widths with random handshakes and no excitability. */
export function randomNetwork(rng: Rng, widths: readonly number[], activation: ActivationName, start: StartWeights): NetworkParams {
  return { weights: randomHandshakes(rng, widths, start), biases: widths.map((n) => new Array<number>(n).fill(0)), activation };
}

/** Fixed random feedback wires for a network: random signs, strengths U[0.5, 1.5] shared as the handshakes are. */
export function randomFeedback(rng: Rng, widths: readonly number[]): number[][][] {
  return randomHandshakes(rng, widths, { min: 0.5, max: 1.5, mixedSigns: true });
}

/** The network after every change of a proposal is made in full. */
export function applyProposal(net: NetworkParams, p: Pick<NetworkProposal, "weightChanges" | "biasChanges">): NetworkParams {
  return {
    ...net,
    weights: net.weights.map((m, l) => m.map((row, j) => row.map((w, i) => w + at(at(at(p.weightChanges, l), j), i)))),
    biases: net.biases.map((v, l) => v.map((b, j) => b + at(at(p.biasChanges, l), j))),
  };
}
