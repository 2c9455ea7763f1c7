// The neighbours' democracy: in one network each person votes on which of their own handshakes carries
// the blame and which way to turn it; the rule's report per seat, bots' votes and the scoring.
import { at } from "../checked";
import { directionOf } from "../line";
import type { NetworkProposal } from "../network";
import type { Rng } from "../random";
import { RULES } from "../rules";
import { playedByBot } from "./lines";
import { bySeat } from "./network-seats";
import type { NetCoachReport, Network, NetVote, ScoredNetVote } from "./network-state";
import type { GameState } from "./state";
import { argmax } from "./votes";

/** Whether the network votes after this shot: its rule hands out blame and the shot missed (as lineVotes). */
export function networkVotes(network: Pick<Network, "rule" | "current"> | null): boolean {
  const shot = network?.current;
  return !!network && !!shot && !shot.hit && Object.hasOwn(RULES, network.rule) && RULES[network.rule].story.blameVote;
}

/** Whether every connected person in a voting network has voted (false when nobody is asked, as allVoted). */
export function allVotedInNetwork(s: Pick<GameState, "network" | "players">): boolean {
  const net = s.network;
  if (!net || !networkVotes(net)) return false;
  let asked = 0;
  for (const n of net.neurons) {
    if (n.playerId === null || playedByBot(s, n)) continue;
    asked++;
    if (!net.current?.votes[n.playerId]) return false;
  }
  return asked > 0;
}

/** The rule's layered proposal as a report per seat: shares are each neuron's sum of |change| over the network's. */
export function netCoachReport(p: Pick<NetworkProposal, "weightChanges" | "biasChanges" | "signals" | "retry">): NetCoachReport {
  const weightChanges = bySeat(p.weightChanges);
  const sizes = weightChanges.map((row) => row.reduce((s, c) => s + Math.abs(c), 0));
  const total = sizes.reduce((a, b) => a + b, 0);
  // Nothing changed (or a broken number): everyone shares alike, as the line's blameShares does.
  const shares = !(total > 0) || !Number.isFinite(total) ? sizes.map(() => 1 / sizes.length) : sizes.map((x) => x / total);
  const report: NetCoachReport = { signals: bySeat(p.signals), weightChanges, biasChanges: bySeat(p.biasChanges), shares, mostToBlame: argmax(shares) };
  // Only trial and error shoots again; the other rules' reports carry no retry at all.
  if (p.retry) report.retry = { landing: p.retry.landing, miss: p.retry.miss };
  return report;
}

/**
 * Whether the neuron in `seat` has a handshake to pick: more than one (every neuron of layer 0, and every
 * neuron of a network one wide, has only one, so its "which" would always be right). Without a choice
 * its vote is on the way alone.
 */
export function hasChoice(report: Pick<NetCoachReport, "weightChanges">, seat: number): boolean {
  return (report.weightChanges[seat]?.length ?? 0) > 1;
}

/** The handshake of `seat` the rule changes most (the first on a tie). */
export function mostChanged(report: NetCoachReport, seat: number): number {
  return argmax(at(report.weightChanges, seat).map(Math.abs));
}

/**
 * Scores a vote against the rule: the voter's most-changed handshake (only where there was a choice:
 * hasChoice), and the way the rule turns the one they chose.
 */
export function scoreNetVote(vote: NetVote, report: NetCoachReport, seat: number): ScoredNetVote {
  const changes = at(report.weightChanges, seat);
  const change = changes[vote.handshake];
  return {
    handshake: vote.handshake,
    direction: vote.direction,
    handshakeRight: hasChoice(report, seat) && vote.handshake === mostChanged(report, seat),
    directionRight: change !== undefined && vote.direction === directionOf(change),
  };
}

/** Points for a scored network vote: one for the right handshake (never without a choice), one for the right direction. */
export function netVotePoints(v: ScoredNetVote): number {
  return (v.handshakeRight ? 1 : 0) + (v.directionRight ? 1 : 0);
}

/**
 * A bot's vote, as botVote casts a line's: usually the rule's answer, sometimes a guess. It draws from
 * the generator exactly as botVote does, so a network one wide plays a line's game draw for draw (with one
 * handshake it still draws for "which", and the draw picks handshake 0).
 */
export function netBotVote(report: NetCoachReport, seat: number, rng: Rng): NetVote {
  const changes = at(report.weightChanges, seat);
  const handshake = rng.next() < 0.7 ? mostChanged(report, seat) : rng.int(changes.length);
  const direction = rng.next() < 0.8 ? directionOf(at(changes, handshake)) : rng.next() < 0.5 ? "firmer" : "looser";
  return { handshake, direction };
}
