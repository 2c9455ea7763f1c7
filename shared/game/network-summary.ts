// The end of a class played as one network, for the projector's map and each student's phone: how the
// network's shots went (learned, or its hits and closest miss), and one student's own part in it (their
// votes against the rule, or why the rule held none; their neuron's average share after a miss), from the
// view alone: every shot of the history keeps its shares, even once summarized (network-state.ts). Data first.
import type { NetSaid } from "./describe-network";
import { voteTeller } from "./network-match-words";
import type { Network } from "./network-state";
import type { Player } from "./state";

/** How the network's game went: no shot, learned (3 in a row), or not yet. */
export interface NetworkResult {
  kind: "none" | "learned" | "not-yet";
  shots: number;
  hits: number;
  said: NetSaid;
}

/** A miss in metres as people read it: whole metres from 10 m, one decimal from 1 m, else two. */
function metres(miss: number): number {
  return Number(miss.toFixed(miss >= 10 ? 0 : miss >= 1 ? 1 : 2));
}

/** How the network's shots went, from its history. */
export function networkResult(network: Pick<Network, "history" | "learnedAt">): NetworkResult {
  const shots = network.history;
  const hits = shots.filter((s) => s.hit).length;
  if (shots.length === 0) return { kind: "none", shots: 0, hits: 0, said: { id: "network.summary.none", values: {} } };
  if (network.learnedAt !== null) return { kind: "learned", shots: shots.length, hits, said: { id: "network.summary.learned", values: { shots: shots.length, learned: network.learnedAt } } };
  const closest = metres(Math.min(...shots.map((s) => Math.abs(s.miss))));
  return { kind: "not-yet", shots: shots.length, hits, said: { id: "network.summary.notYet", values: { shots: shots.length, hits, metres: closest } } };
}

/**
 * The neuron in `seat`'s average share of what the rule handed out after a miss (its blame, the wires'
 * note, the nudge), over the missed shots the rule spoke about; null under a rule without blame or before
 * any such shot.
 */
export function averageShare(network: Pick<Network, "rule" | "history">, seat: number): number | null {
  if (!voteTeller(network.rule)) return null;
  const shares = network.history.flatMap((s) => {
    const share = s.hit ? undefined : s.coach?.shares[seat];
    return share === undefined ? [] : [share];
  });
  return shares.length === 0 ? null : shares.reduce((a, b) => a + b, 0) / shares.length;
}

/** A student's end screen in a network, after the title and points: the network's result, their votes against the rule (or why there was no vote), their neuron's average share. */
export function studentNetSummary(
  network: Pick<Network, "rule" | "history" | "learnedAt">,
  player: Pick<Player, "seat" | "votesCast" | "choiceVotes" | "blameRight" | "directionRight">,
): NetSaid[] {
  const out: NetSaid[] = [networkResult(network).said];
  const teller = voteTeller(network.rule);
  const values = { teller: teller ?? "coach", votes: player.votesCast, handshake: player.blameRight, direction: player.directionRight };
  // The right handshake counts only the votes with one to pick: a neuron with one handshake votes on the way alone.
  const choices = player.choiceVotes ?? 0;
  // The two rules without blame say why they hold no vote (their own sentence in the rules' messages).
  if (!teller) out.push({ id: network.rule === "trial-and-error" ? "rules.trial-and-error.noVote" : "rules.fire-together.noVote", values: {} });
  else if (player.votesCast === 0) out.push({ id: "student.summary.noVotes", values: {} });
  else if (choices >= player.votesCast) out.push({ id: "netplay.summary.votes", values });
  else out.push({ id: "netplay.summary.ways", values: { ...values, choices } });
  const share = averageShare(network, player.seat);
  if (teller && share !== null) out.push({ id: "netplay.summary.share", values: { teller, share } });
  return out;
}

