// Which rule spoke about a finished shot of the network. A shot's record keeps what the rule told every
// neuron (its signals) but not the rule's name, and a solo chapter may switch the rule between shots; the
// three rules that send word back read no chance, so each is asked again about the same shot and the one
// whose signals match to the bit is the one that spoke. Pure.
import type { ActivationName, Court } from "../line";
import { NETWORK_RULES, shootNetwork } from "../network";
import { Rng } from "../random";
import type { RuleId } from "../rules";
import { networkParams } from "./network-seats";
import type { NetShotRecord, Network } from "./network-state";

/** The rules whose word about a shot is fixed by the shot alone (no chance), in the order they are tried. */
export const CHANCE_FREE_RULES = ["backprop", "feedback-alignment", "activity-difference"] as const satisfies readonly RuleId[];

/** The chance-free rule whose signals are exactly the shot's, or null (not spoken yet, or another rule). */
export function shotRule(
  network: Pick<Network, "widths" | "feedback">,
  shot: Pick<NetShotRecord, "weights" | "biases" | "distance" | "coach">,
  activation: ActivationName,
  court: Court,
): (typeof CHANCE_FREE_RULES)[number] | null {
  const told = shot.coach?.signals;
  if (!told) return null;
  const net = networkParams(network.widths, shot.weights, shot.biases, activation);
  const feedback = networkParams(network.widths, network.feedback, shot.biases, activation).weights;
  const played = shootNetwork(net, shot.distance, court);
  for (const rule of CHANCE_FREE_RULES) {
    // The rate scales only the changes, never the signals; the generator is never read by these rules.
    const signals = NETWORK_RULES[rule]({ net, feedback, shot: played, court, rate: 1, rng: new Rng(0) }).signals.flat();
    if (signals.length === told.length && signals.every((x, i) => x === told[i])) return rule;
  }
  return null;
}
