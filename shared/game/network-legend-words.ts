// The projector map's legend line for the thick lines of the rule's walk back, in the words the phones use
// for that rule: the coach's note (backprop), the wires' note (feedback alignment), the nudge (activity
// difference, where the phone says there is no note, only a nudge), or the change itself under the rules
// that send nothing back (the wiggle, firing together). Data first (message id and values).
import { netTeller, type NetSaid } from "./describe-network";

/** The legend's line for the walk's thick lines under `rule`. */
export function noteLegend(rule: string): NetSaid {
  return { id: "network.legend.note", values: { teller: netTeller(rule) } };
}
