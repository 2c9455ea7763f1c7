// How the projector's map speaks of the class's votes once the rule has spoken, in the words of the rule
// that scored them, as the phone's own verdict does: backprop's coach says "right", the wires and the nudge
// say "the handshake they blamed most". Trial and error and fire together hand out no blame and hold no
// vote, so nothing is scored under them (nor after a hit). A neuron with one handshake was asked only the
// way: its mark and words speak of the way alone, and the line counts picked handshakes among the others.
// Data first (message id and values).
import { netTeller, type NetSaid } from "./describe-network";
import { type NeighbourhoodMatch, neighbourhoodMatches } from "./network-map";
import type { Network } from "./network-state";
import { networkVotes } from "./network-votes";
import { storyOf } from "./story";

/** Who a vote is scored against: the coach (backprop), the wires (feedback alignment) or the nudge (activity difference). */
export type VoteTeller = "coach" | "wires" | "nudge";

/** The teller a rule's votes are scored against, or null for a rule that holds no vote (it hands out no blame). */
export function voteTeller(rule: string): VoteTeller | null {
  if (!storyOf(rule).blameVote) return null;
  const teller = netTeller(rule);
  return teller === "wires" || teller === "nudge" ? teller : "coach";
}

/** How one neighbourhood's vote fared: both parts as the rule did, only the handshake, only the way, or neither. */
export type MatchKind = "both" | "handshake" | "direction" | "neither";

/** The mark drawn beside a neuron for each kind: a tick, a half, a cross. */
export const MATCH_MARK: Record<MatchKind, string> = { both: "✓", handshake: "½", direction: "½", neither: "✗" };

/**
 * The kind of a scored vote. A neuron with one handshake was asked only the way: that right is all of
 * it ("both", a tick), wrong is none of it ("neither"); its words say so (matchSaid).
 */
export function matchKind(m: Pick<NeighbourhoodMatch, "choice" | "handshakeRight" | "directionRight">): MatchKind {
  if (!m.choice) return m.directionRight ? "both" : "neither";
  return m.handshakeRight && m.directionRight ? "both" : m.handshakeRight ? "handshake" : m.directionRight ? "direction" : "neither";
}

/** The votes the map scores this shot: none before the rule spoke, and none where no vote was held (a hit, or a rule without blame). */
export function scoredMatches(network: Pick<Network, "rule" | "neurons" | "current">): NeighbourhoodMatch[] {
  return networkVotes(network) && voteTeller(network.rule) ? neighbourhoodMatches(network) : [];
}

/** A neuron's mark as words (its tooltip), in the words of the rule that scored it. */
export function matchSaid(rule: string, m: Pick<NeighbourhoodMatch, "choice" | "handshakeRight" | "directionRight">, name: string): NetSaid {
  const teller = voteTeller(rule) ?? "coach";
  // One handshake: no handshake was picked, so the words speak of the way alone.
  if (!m.choice) return { id: "netplay.match.way", values: { name, teller, direction: m.directionRight ? "right" : "wrong" } };
  return { id: `network.match.${matchKind(m)}`, values: { name, teller } };
}

/** The legend's line for the marks, in the rule's words; null when no mark is on the map. */
export function marksLegend(network: Pick<Network, "rule" | "neurons" | "current">): NetSaid | null {
  const teller = voteTeller(network.rule);
  return teller && scoredMatches(network).length > 0 ? { id: "network.legend.marks", values: { teller } } : null;
}

/** The line under the map on how the neighbourhoods' votes matched the rule; null where no vote was held or before the rule spoke. */
export function matchSummary(network: Pick<Network, "rule" | "neurons" | "current">): NetSaid | null {
  const teller = voteTeller(network.rule);
  if (!teller || !network.current?.coach || !networkVotes(network)) return null;
  const matches = scoredMatches(network);
  if (matches.length === 0) return { id: "network.match.none", values: {} };
  const right = matches.filter((m) => m.handshakeRight).length;
  const turned = matches.filter((m) => m.directionRight).length;
  const choosers = matches.filter((m) => m.choice).length;
  if (choosers === matches.length) return { id: "network.match.summary", values: { teller, right, turned, total: matches.length } };
  // Some voters had one handshake only: the handshakes picked are counted among those who had a choice.
  return { id: "netplay.match.summary", values: { teller, right, choosers, turned, total: matches.length } };
}
