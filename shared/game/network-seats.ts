// The class's one network as seats: building it from the settings, who sits where, and the network's
// parameters in the layered form shared/network computes with. Neurons are listed layer by layer, so a
// seat is one index (Player.seat), as in a line.
import { at } from "../checked";
import { layerWidths, type NetworkParams, randomFeedback, randomHandshakes } from "../network";
import type { Rng } from "../random";
import { botName } from "./names";
import type { NetNeuron, Network } from "./network-state";
import type { Settings } from "./settings";
import type { GameState, Player } from "./state";

/** How many neurons each layer of the settings' network has (the last is the shooter alone). */
export function networkWidths(settings: Pick<Settings, "lineLength" | "layerWidth">): number[] {
  return layerWidths(settings.lineLength, settings.layerWidth);
}

/** How many seats the settings' network has. */
export function networkSize(settings: Pick<Settings, "lineLength" | "layerWidth">): number {
  return networkWidths(settings).reduce((a, b) => a + b, 0);
}

/**
 * A fresh network for the settings: bots in every seat, handshakes drawn as a line's are (all positive,
 * from startWeights; with startSigns "mixed" each also gets a random sign), then the feedback wires. One
 * neuron wide and all positive, it draws exactly what buildLine draws.
 */
export function buildNetwork(settings: Settings, rng: Rng): Network {
  const widths = networkWidths(settings);
  const weights = randomHandshakes(rng, widths, { ...settings.startWeights, mixedSigns: settings.startSigns === "mixed" });
  const feedback = randomFeedback(rng, widths);
  const neurons: NetNeuron[] = [];
  widths.forEach((n, layer) => {
    for (let index = 0; index < n; index++) {
      neurons.push({ playerId: null, name: botName(neurons.length), layer, index, weights: at(at(weights, layer), index), bias: 0, adjusted: false, biasAdjusted: false, ready: false });
    }
  });
  return {
    rule: at(settings.rules, 0),
    widths,
    neurons,
    feedback: feedback.flat(),
    current: null,
    history: [],
    streak: 0,
    learnedAt: null,
  };
}

/** The seat of neuron `index` of layer `layer`. */
export function seatOf(widths: readonly number[], layer: number, index: number): number {
  let seat = index;
  for (let l = 0; l < layer; l++) seat += at(widths, l);
  return seat;
}

/** How many handshakes the neuron in `seat` has (the size of the layer before it; 1 in the first layer). */
export function fanIn(network: Pick<Network, "neurons">, seat: number): number {
  return at(network.neurons, seat).weights.length;
}

/** A free (bot) seat: the one asked for if free, else the first, layer by layer; null when every neuron has a person. */
export function freeNetSeat(network: Network, seat?: number): number | null {
  if (seat !== undefined && network.neurons[seat]?.playerId === null) return seat;
  const free = network.neurons.findIndex((n) => n.playerId === null);
  return free >= 0 ? free : null;
}

/** A copy of the network with one neuron changed (every other neuron shared). */
export function withNeuron(network: Network, seat: number, patch: Partial<NetNeuron>): Network {
  const neurons = network.neurons.slice();
  neurons[seat] = { ...at(network.neurons, seat), ...patch };
  return { ...network, neurons };
}

/** The network with a player in a seat, taking over the bot's current handshakes. */
export function sitNet(network: Network, player: Player, seat: number): Network {
  return withNeuron(network, seat, { playerId: player.id, name: player.name });
}

/** The network with a seat given back to a bot (the handshakes stay as the player left them). */
export function unsitNet(network: Network, seat: number): Network {
  return withNeuron(network, seat, { playerId: null, name: botName(seat) });
}

/** The network of a state that plays as one (a programming error otherwise: callers check the shape). */
export function theNetwork(s: Pick<GameState, "network">): Network {
  if (!s.network) throw new Error("This class plays in lines, not as one network.");
  return s.network;
}

/** Handshakes and excitabilities by seat, as the layered parameters shared/network computes with. */
export function networkParams(widths: readonly number[], weights: readonly (readonly number[])[], biases: readonly number[], activation: Settings["activation"]): NetworkParams {
  const w: number[][][] = [];
  const b: number[][] = [];
  let seat = 0;
  for (const n of widths) {
    w.push(weights.slice(seat, seat + n).map((row) => row.slice()));
    b.push(biases.slice(seat, seat + n));
    seat += n;
  }
  return { weights: w, biases: b, activation };
}

/** Per-layer values (layer by layer) flattened to one per seat. */
export function bySeat<T>(layers: readonly (readonly T[])[]): T[] {
  return layers.flat();
}
