// What the views of one network read off it: a neuron's neighbours, the election on every connection,
// and how well each neighbourhood's vote matched the rule. Pure; seats are listed layer by layer.
import { at } from "../checked";
import { seatOf } from "./network-seats";
import type { Network, NetVote } from "./network-state";

/** The seats a neuron shakes hands with: the layer before (its handshakes, in order) and the layer after. */
export interface Neighbours {
  before: number[];
  after: number[];
}

/** Votes on one handshake, by the way they said to turn it. */
export interface ConnectionVotes {
  firmer: number;
  looser: number;
  total: number;
}

/** The seats before and after `seat` that it shakes hands with (layer 0 has none before: it takes the distance). */
export function neighbours(network: Pick<Network, "widths" | "neurons">, seat: number): Neighbours {
  const { layer } = at(network.neurons, seat);
  const range = (l: number): number[] => (l < 0 || l >= network.widths.length ? [] : Array.from({ length: at(network.widths, l) }, (_, i) => seatOf(network.widths, l, i)));
  return { before: range(layer - 1), after: range(layer + 1) };
}

/** The votes of this shot by the voter's seat: people by the seat they hold now, bots by their `bot:<seat>` key. */
export function votesBySeat(network: Pick<Network, "neurons" | "current">): { seat: number; vote: NetVote }[] {
  const votes = network.current?.votes ?? {};
  const seatOfPlayer = new Map<string, number>();
  network.neurons.forEach((n, seat) => n.playerId !== null && seatOfPlayer.set(n.playerId, seat));
  const out: { seat: number; vote: NetVote }[] = [];
  for (const [id, vote] of Object.entries(votes)) {
    const seat = id.startsWith("bot:") ? Number(id.slice(4)) : seatOfPlayer.get(id);
    if (seat !== undefined && Number.isInteger(seat) && seat >= 0 && seat < network.neurons.length) out.push({ seat, vote });
  }
  return out;
}

/** connectionVotes(network)[seat][i]: the votes on the handshake between `seat` and neuron i of the layer before, split by direction. */
export function connectionVotes(network: Pick<Network, "neurons" | "current">): ConnectionVotes[][] {
  const counts = network.neurons.map((n) => n.weights.map((): ConnectionVotes => ({ firmer: 0, looser: 0, total: 0 })));
  for (const { seat, vote } of votesBySeat(network)) {
    const c = at(counts, seat)[vote.handshake];
    if (!c) continue;
    if (vote.direction === "firmer") c.firmer++;
    else c.looser++;
    c.total++;
  }
  return counts;
}
