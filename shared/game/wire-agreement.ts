// "Wires that learn to be right": under feedback alignment the blame reaches each hidden neuron over fixed
// random wires, not over the handshakes. How well does that advice agree with what a coach who knew the
// true handshakes (backprop) would have said about the same shot? Both backward passes are worked out here
// from the shot's own handshakes and compared as cosines (1 = the same direction, 0 = unrelated, -1 =
// opposite), as test/bench/alignment.ts measures it. The shooter's own blame is the same under both and
// is left out of every cosine. Pure: numbers only.
import { at } from "../checked";
import type { ActivationName, Court } from "../line";
import { backwardNetwork, shootNetwork } from "../network";
import { networkParams } from "./network-seats";
import { hasDetail, type NetShotRecord, type Network } from "./network-state";

/** How far the wires' advice agreed with the true handshakes' on one shot. */
export interface WireAgreement {
  /** Cosine over every hidden neuron's blame (NaN when either side is all zeros). */
  hidden: number;
  /** Cosine per hidden layer (layer 0 first; the shooter's layer has none). */
  layers: number[];
  /** Per seat: 1 the wires told this neuron the same way as the coach would, -1 the opposite way, 0 either said nothing. */
  neurons: number[];
}

/** cos(a, b): their dot product over both lengths, or NaN when either is all zeros. */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = at(a, i);
    const y = at(b, i);
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  return aa === 0 || bb === 0 ? NaN : ab / Math.sqrt(aa * bb);
}

/** The blame each neuron hears about one shot (by layer): over the wires, and over the handshakes themselves. */
export function bothBlames(
  network: Pick<Network, "widths" | "feedback">,
  shot: Pick<NetShotRecord, "weights" | "biases" | "distance">,
  activation: ActivationName,
  court: Court,
): { wires: number[][]; coach: number[][] } {
  const params = networkParams(network.widths, shot.weights, shot.biases, activation);
  const feedback = networkParams(network.widths, network.feedback, shot.biases, activation).weights;
  const played = shootNetwork(params, shot.distance, court);
  return {
    wires: backwardNetwork(params, played.pass, played.lossSlope, feedback).deltas,
    coach: backwardNetwork(params, played.pass, played.lossSlope).deltas,
  };
}

/** How far the wires' advice about one shot agreed with the coach's, overall, per hidden layer and per neuron. */
export function wireAgreement(
  network: Pick<Network, "widths" | "feedback">,
  shot: Pick<NetShotRecord, "weights" | "biases" | "distance">,
  activation: ActivationName,
  court: Court,
): WireAgreement {
  const { wires, coach } = bothBlames(network, shot, activation, court);
  const hiddenLayers = network.widths.length - 1;
  const layers = Array.from({ length: hiddenLayers }, (_, l) => cosine(at(wires, l), at(coach, l)));
  const flat = (d: number[][]) => d.slice(0, hiddenLayers).flat();
  const neurons = wires.flatMap((layer, l) => layer.map((w, j) => Math.sign(w * at(at(coach, l), j))));
  return { hidden: cosine(flat(wires), flat(coach)), layers, neurons };
}

/** Cosine of the handshakes the blame crosses back (layer 1 on) with the wires that carry it instead: how far the handshakes have come to fit the wires. */
export function handshakesFitWires(network: Pick<Network, "widths" | "feedback">, weights: readonly (readonly number[])[]): number {
  const first = at(network.widths, 0);
  return cosine(weights.slice(first).flat(), network.feedback.slice(first).flat());
}

/** The agreement of a hidden layer on each of the network's finished shots that keep their record (all in solo), oldest first (NaN where a side was all zeros). */
export function layerAgreementCurve(network: Pick<Network, "widths" | "feedback" | "history">, layer: number, activation: ActivationName, court: Court): number[] {
  return network.history.filter(hasDetail).map((shot) => at(wireAgreement(network, shot, activation, court).layers, layer));
}
