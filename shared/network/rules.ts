// Every learning rule of shared/rules, generalised from the line to a network. Each mirrors its line
// rule's arithmetic operation for operation, so a network one neuron wide proposes exactly what the line
// rule proposes (test/shared/network/line-regression.test.ts).
import { ACTIVATIONS, type Court } from "../line";
import type { Rng } from "../random";
import type { RuleId } from "../rules";
import { NUDGE } from "../rules/activity-difference";
import { DECAY } from "../rules/fire-together";
import { WIGGLE } from "../rules/trial-and-error";
import { at } from "../checked";
import {
  type Handshakes,
  type NetworkParams,
  type NetworkShot,
  backwardNetwork,
  sendBack,
  shootNetwork,
} from "./network";

/** Everything a rule may look at after a network's shot. */
export interface NetworkRuleInput {
  net: NetworkParams;
  /** Fixed random feedback wires, shaped like the handshakes (feedback[l]: from layer l back to l - 1). */
  feedback: readonly Handshakes[];
  shot: NetworkShot;
  court: Court;
  /** The learning rate, already scaled for the rule. */
  rate: number;
  /** The only source of chance a rule may use. */
  rng: Rng;
}

/** What a rule proposes for a network, shaped like its parameters. */
export interface NetworkProposal {
  weightChanges: number[][][];
  biasChanges: number[][];
  /**
   * What each neuron was told (signals[l][j]): the error that reached it, how its firing changed, the
   * sum of its handshakes' random wiggles, or the sum of how strongly it fired with each neuron before it.
   */
  signals: number[][];
  /** Shots beyond the one just taken. */
  extraShots: number;
  /** Trial and error: where its second shot (with every wiggle) landed and by how much it missed. */
  retry?: { landing: number; miss: number };
}

/** A learning rule for a network: pure, its only chance from input.rng. */
export type NetworkRule = (input: NetworkRuleInput) => NetworkProposal;

/** a sum begun from the first term (a one-term sum is that term, exactly). */
function total(xs: readonly number[]): number {
  let s = at(xs, 0);
  for (let i = 1; i < xs.length; i++) s += at(xs, i);
  return s;
}

/** Gradient descent on a backward pass (backprop's and feedback alignment's shared update). */
function descend(input: NetworkRuleInput, feedback?: readonly Handshakes[]): NetworkProposal {
  const { net, shot, rate } = input;
  const back = backwardNetwork(net, shot.pass, shot.lossSlope, feedback);
  return {
    weightChanges: back.weightGrads.map((m) => m.map((row) => row.map((g) => -rate * g))),
    biasChanges: back.biasGrads.map((v) => v.map((g) => -rate * g)),
    signals: back.deltas,
    extraShots: 0,
  };
}

/** Backprop: the exact gradient, the error carried back over the transpose of the handshakes. */
export const networkBackprop: NetworkRule = (input) => descend(input);

/** Feedback alignment: the error carried back over the fixed random feedback matrices instead. */
export const networkFeedbackAlignment: NetworkRule = (input) => descend(input, input.feedback);

/**
 * Activity difference: the shooter is nudged toward the target; each layer's drive is pushed by how the
 * layer above changed its firing (over the handshakes), and each neuron learns from its own change.
 */
export const networkActivityDifference: NetworkRule = ({ net, shot, rate }) => {
  const act = ACTIVATIONS[net.activation];
  const { drives, outputs, inputs } = shot.pass;
  const layers = drives.length;
  const diff = new Array<number[]>(layers);
  let push = [-NUDGE * shot.lossSlope];
  for (let l = layers - 1; l >= 0; l--) {
    const z = at(drives, l);
    const a = at(outputs, l);
    const d = push.map((p, j) => act.f(at(z, j) + p) - at(a, j));
    diff[l] = d;
    if (l > 0) push = sendBack(at(net.weights, l), d);
  }
  const scale = rate / NUDGE;
  return {
    weightChanges: diff.map((d, l) => d.map((dj) => at(inputs, l).map((x) => scale * dj * x))),
    biasChanges: diff.map((d) => d.map((dj) => scale * dj)),
    signals: diff,
    extraShots: 0,
  };
};

/**
 * Trial and error (weight perturbation): every handshake and excitability wiggles at random (all the
 * handshakes' wiggles drawn first, layer by layer, then the excitabilities'), the network shoots again
 * at the same hoop, and each keeps its wiggle in proportion to how much the second shot improved.
 */
export const networkTrialAndError: NetworkRule = ({ net, shot, court, rate, rng }) => {
  const xiW = net.weights.map((m) => m.map((row) => row.map(() => WIGGLE * rng.gaussian())));
  const xiB = net.biases.map((v) => v.map(() => WIGGLE * rng.gaussian()));
  const wiggled: NetworkParams = {
    ...net,
    weights: net.weights.map((m, l) => m.map((row, j) => row.map((w, i) => w + at(at(at(xiW, l), j), i)))),
    biases: net.biases.map((v, l) => v.map((b, j) => b + at(at(xiB, l), j))),
  };
  const retry = shootNetwork(wiggled, shot.distance, court);
  const k = (retry.loss - shot.loss) / (WIGGLE * WIGGLE);
  return {
    // The same grouping as the line's rule: -rate * (k * xi) for handshakes, -rate * k * xi for excitabilities.
    weightChanges: xiW.map((m) => m.map((row) => row.map((x) => -rate * (k * x)))),
    biasChanges: xiB.map((v) => v.map((x) => -rate * k * x)),
    signals: xiW.map((m) => m.map(total)),
    extraShots: 1,
    // What the phones tell: the change is -rate * k * wiggle, so whether it keeps the wiggle depends on this shot.
    retry: { landing: retry.landing, miss: retry.miss },
  };
};

/** Fire together: each handshake grows with both ends' firing and fades; the miss is never read. */
export const networkFireTogether: NetworkRule = ({ net, shot, rate }) => {
  const { inputs, outputs } = shot.pass;
  // together[l][j][i] = input_i * a_j, in the line's order (input * a).
  const together = outputs.map((a, l) => a.map((aj) => at(inputs, l).map((x) => x * aj)));
  return {
    weightChanges: together.map((m, l) => m.map((row, j) => row.map((c, i) => rate * (c - DECAY * at(at(at(net.weights, l), j), i))))),
    biasChanges: together.map((m) => m.map(() => 0)),
    signals: together.map((m) => m.map(total)),
    extraShots: 0,
  };
};

/** Every network rule, by the line rule's id. */
export const NETWORK_RULES: Record<RuleId, NetworkRule> = {
  backprop: networkBackprop,
  "feedback-alignment": networkFeedbackAlignment,
  "activity-difference": networkActivityDifference,
  "trial-and-error": networkTrialAndError,
  "fire-together": networkFireTogether,
};
