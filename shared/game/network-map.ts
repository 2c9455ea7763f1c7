// The drawing model of a class's network for any screen (the projector's SVG board, a test page): where
// each neuron stands, how thick each handshake is drawn, how the class voted on each handshake, whether
// each neighbourhood's vote matched the rule, and the rule's note carried back layer by layer, to scale.
// Pure: numbers only, no DOM; the board (client/classroom/network-board.ts) draws them.
import { directionOf } from "../line";
import type { RuleId } from "../rules";
import type { NetCoachReport, Network, NetVote } from "./network-state";
import { hasChoice } from "./network-votes";

/** The rectangle a map is drawn in, px. */
export interface Box {
  width: number;
  height: number;
}

/** One neuron's place on the map. */
export interface NeuronSpot {
  seat: number;
  layer: number;
  index: number;
  x: number;
  y: number;
}

/** Where everything stands: the hoop's distance on the left, the layers left to right, the shooter on the right. */
export interface MapLayout {
  /** The hoop's distance, the input every neuron of layer 0 shakes hands with. */
  input: { x: number; y: number };
  neurons: NeuronSpot[];
  /** Every neuron's circle radius, px. */
  radius: number;
  /** Horizontal room for a name under a neuron, px (the space between columns). */
  labelWidth: number;
  /** Vertical room between two neurons of a layer, px. */
  rowGap: number;
}

/** Room kept around the map for names and strokes, px. */
const MARGIN = 12;
/** Room under each circle for its name, px. */
export const NAME_ROOM = 22;

/** The seat of neuron `index` of `layer` (seats run layer by layer). */
export function seatOf(widths: readonly number[], layer: number, index: number): number {
  let seat = index;
  for (let l = 0; l < layer; l++) seat += widths[l] ?? 0;
  return seat;
}

/**
 * Places the neurons of a network with these layer widths in `box`: one column for the hoop's distance
 * and one per layer, each layer's neurons spread evenly down its column, circles as big as the tighter of
 * the two gaps allows (28 px at most) so names fit under them.
 */
export function networkLayout(widths: readonly number[], box: Box): MapLayout {
  const columns = widths.length + 1;
  const colGap = (box.width - 2 * MARGIN) / columns;
  const tallest = Math.max(1, ...widths);
  const rowGap = (box.height - 2 * MARGIN) / tallest;
  const radius = Math.max(6, Math.min(28, colGap * 0.2, (rowGap - NAME_ROOM) * 0.42));
  const colX = (c: number) => MARGIN + colGap * (c + 0.5);
  const midY = box.height / 2;
  const neurons: NeuronSpot[] = [];
  widths.forEach((n, layer) => {
    // A layer's neurons sit centred on the middle row; the name hangs under each circle, so the circle sits a little high.
    const top = midY - (n * rowGap) / 2;
    for (let index = 0; index < n; index++) {
      neurons.push({ seat: neurons.length, layer, index, x: colX(layer + 1), y: top + rowGap * (index + 0.5) - NAME_ROOM / 2 });
    }
  });
  return { input: { x: colX(0), y: midY - NAME_ROOM / 2 }, neurons, radius, labelWidth: colGap - 4, rowGap };
}

/** One handshake on the map: neuron `to` (a seat) with neuron `i` of the layer before, or with the distance (`from` -1). */
export interface Connection {
  to: number;
  i: number;
  /** The seat at the other end, or -1 for the hoop's distance. */
  from: number;
}

/** Every handshake of the network, seat by seat, each in its neuron's order. */
export function connections(network: Pick<Network, "widths">): Connection[] {
  const out: Connection[] = [];
  network.widths.forEach((n, layer) => {
    const before = layer === 0 ? 1 : (network.widths[layer - 1] ?? 0);
    for (let j = 0; j < n; j++) {
      const to = seatOf(network.widths, layer, j);
      for (let i = 0; i < before; i++) out.push({ to, i, from: layer === 0 ? -1 : seatOf(network.widths, layer - 1, i) });
    }
  });
  return out;
}

/** Thinnest and thickest strokes, px. */
export const STROKE_MIN = 1;
export const STROKE_MAX = 9;

/** A handshake's stroke: its weight, its width (STROKE_MIN..STROKE_MAX px by |weight| over the network's largest) and its sign's colour key. */
export interface Stroke extends Connection {
  weight: number;
  width: number;
  sign: "positive" | "negative";
}

/** Each handshake's stroke from the handshakes the neurons hold now. */
export function connectionStrokes(network: Pick<Network, "widths" | "neurons">): Stroke[] {
  const all = connections(network).map((c) => ({ ...c, weight: network.neurons[c.to]?.weights[c.i] ?? 0 }));
  const largest = Math.max(0, ...all.map((c) => Math.abs(c.weight)).filter(Number.isFinite));
  return all.map((c) => ({
    ...c,
    width: largest > 0 && Number.isFinite(c.weight) ? STROKE_MIN + ((STROKE_MAX - STROKE_MIN) * Math.abs(c.weight)) / largest : STROKE_MIN,
    sign: c.weight < 0 ? "negative" : "positive",
  }));
}

/** Colour-blind-safe colours (Okabe-Ito): votes to turn a handshake firmer, looser, and no vote. */
export const VOTE_COLOURS = { firmer: "#56b4e9", looser: "#e69f00", none: "#5b6b8c" } as const;

/** The class's votes on one handshake this shot. */
export interface VoteColour extends Connection {
  firmer: number;
  looser: number;
  total: number;
  /** Firmer's colour, looser's, or a blend by their split; the no-vote grey when nobody voted for it. */
  colour: string;
}

/** The seat of each player id in the network. */
function seatsByPlayer(network: Pick<Network, "neurons">): Map<string, number> {
  const seats = new Map<string, number>();
  network.neurons.forEach((n, seat) => {
    if (n.playerId !== null) seats.set(n.playerId, seat);
  });
  return seats;
}

/** Mixes two #rrggbb colours, `share` of the first. */
function blend(a: string, b: string, share: number): string {
  const ch = (hex: string, k: number) => parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16);
  return `#${[0, 1, 2].map((k) => Math.round(share * ch(a, k) + (1 - share) * ch(b, k)).toString(16).padStart(2, "0")).join("")}`;
}

/** The colour of a handshake whose votes are `firmerShare` firmer and the rest looser. */
export function voteBlend(firmerShare: number): string {
  return blend(VOTE_COLOURS.firmer, VOTE_COLOURS.looser, firmerShare);
}

/** Each handshake coloured by the votes cast for it this shot (a vote names one of the voter's own handshakes). */
export function voteColours(network: Pick<Network, "widths" | "neurons" | "current">): VoteColour[] {
  const seats = seatsByPlayer(network);
  const counts = new Map<string, { firmer: number; looser: number }>();
  for (const [player, vote] of Object.entries(network.current?.votes ?? {})) {
    const seat = seats.get(player);
    if (seat === undefined) continue;
    const key = `${seat}:${vote.handshake}`;
    const c = counts.get(key) ?? { firmer: 0, looser: 0 };
    c[vote.direction] += 1;
    counts.set(key, c);
  }
  return connections(network).map((c) => {
    const { firmer, looser } = counts.get(`${c.to}:${c.i}`) ?? { firmer: 0, looser: 0 };
    const total = firmer + looser;
    return { ...c, firmer, looser, total, colour: total === 0 ? VOTE_COLOURS.none : voteBlend(firmer / total) };
  });
}

/** How one neighbourhood's vote (a neuron and the handshakes it holds) compared with what the rule did. */
export interface NeighbourhoodMatch {
  seat: number;
  vote: NetVote;
  /** The neuron had more than one handshake to pick from (without, only the way was asked: network-votes hasChoice). */
  choice: boolean;
  /** There was a choice and the voted handshake is the one the rule changed most (the first on a tie, as the engine counts). */
  handshakeRight: boolean;
  /** The rule turned that handshake the way the vote said. */
  directionRight: boolean;
  /** Taken from the engine's scored vote (true) or worked out here from the rule's report (false). */
  fromEngine: boolean;
}

/**
 * Scores one vote against the rule's report for the voter's seat as the engine does (network-votes.ts):
 * the handshake the rule changed most (the first on a tie), and the way it turned the one voted for.
 */
function matchOf(vote: NetVote, coach: NetCoachReport, seat: number): { handshakeRight: boolean; directionRight: boolean } {
  const changes = coach.weightChanges[seat] ?? [];
  const mine = changes[vote.handshake];
  if (mine === undefined) return { handshakeRight: false, directionRight: false };
  const sizes = changes.map(Math.abs);
  return { handshakeRight: hasChoice(coach, seat) && sizes.indexOf(Math.max(...sizes)) === vote.handshake, directionRight: directionOf(mine) === vote.direction };
}

/** Every neighbourhood's match this shot, once the rule has spoken (empty before); the engine's scores when it gave them. */
export function neighbourhoodMatches(network: Pick<Network, "neurons" | "current">): NeighbourhoodMatch[] {
  const coach = network.current?.coach;
  if (!coach) return [];
  const seats = seatsByPlayer(network);
  const out: NeighbourhoodMatch[] = [];
  for (const [player, vote] of Object.entries(network.current?.votes ?? {})) {
    const seat = seats.get(player);
    if (seat === undefined) continue;
    const scored = "handshakeRight" in vote ? vote : null;
    const { handshakeRight, directionRight } = scored ?? matchOf(vote, coach, seat);
    out.push({ seat, vote: { handshake: vote.handshake, direction: vote.direction }, choice: hasChoice(coach, seat), handshakeRight, directionRight, fromEngine: scored !== null });
  }
  return out.sort((a, b) => a.seat - b.seat);
}

/**
 * How a rule's word about the miss reaches the neurons: back over the handshakes themselves (backprop's
 * coach), over separate fixed wires (feedback alignment), as a nudge sent back over the handshakes
 * (activity difference); null for the rules that carry nothing back (trial and error, fire together).
 */
export type WalkMechanism = "handshakes" | "feedback-wires" | "nudge";

/** How each rule carries its word back, or null. */
export const WALK_MECHANISM: Record<RuleId, WalkMechanism | null> = {
  backprop: "handshakes",
  "feedback-alignment": "feedback-wires",
  "activity-difference": "nudge",
  "trial-and-error": null,
  "fire-together": null,
};

/** One connection's share of the note on its way back: part = signal_j * m_ji, from neuron `to` (seat) back to neuron `from`. */
export interface WalkPart extends Connection {
  part: number;
  /** Stroke width, px: |part| over the largest |part| of the whole walk, so fading and exploding show across layers. */
  width: number;
}

/** One step of the walk: the note leaving layer `layer` for the layer before it. */
export interface WalkStep {
  layer: number;
  parts: WalkPart[];
  /** What each neuron of the layer before heard: the sum of its parts (before its own slope), by seat. */
  heard: { seat: number; value: number }[];
}

/** The rule's note carried back layer by layer, from the shooter. */
export interface CoachWalk {
  mechanism: WalkMechanism;
  /** What the shooter was told first (its signal). */
  shooter: number;
  steps: WalkStep[];
  /** The largest |part| in the walk (the scale of every width). */
  largest: number;
}

/** Thinnest and thickest strokes of the walk, px (a part of exactly 0 is drawn at 0). */
export const WALK_MIN = 0.5;
export const WALK_MAX = 14;

/**
 * The rule's note carried back through the current shot, layer by layer from the shooter: each
 * connection's share, signal_j * m_ji, where signal is what the rule told neuron j (its report's signals)
 * and m the matrix the note crosses (the handshakes the shot was taken with; the feedback wires under
 * feedback alignment). Null before the rule has spoken, and for rules that send nothing back.
 */
export function coachWalk(network: Pick<Network, "rule" | "widths" | "feedback" | "current">): CoachWalk | null {
  const mechanism = WALK_MECHANISM[network.rule];
  const shot = network.current;
  if (!mechanism || !shot?.coach) return null;
  const { signals } = shot.coach;
  const matrix = mechanism === "feedback-wires" ? network.feedback : shot.weights;
  const widths = network.widths;
  const steps: WalkStep[] = [];
  for (let layer = widths.length - 1; layer >= 1; layer--) {
    const parts: WalkPart[] = [];
    const below = widths[layer - 1] ?? 0;
    const heard = Array.from({ length: below }, (_, i) => ({ seat: seatOf(widths, layer - 1, i), value: 0 }));
    for (let j = 0; j < (widths[layer] ?? 0); j++) {
      const to = seatOf(widths, layer, j);
      for (let i = 0; i < below; i++) {
        const part = (signals[to] ?? 0) * (matrix[to]?.[i] ?? 0);
        parts.push({ to, i, from: seatOf(widths, layer - 1, i), part, width: 0 });
        const h = heard[i];
        // Summed in the engine's order (j = 0 first) so the sums are sendBack's to the last bit.
        if (h) h.value = j === 0 ? part : h.value + part;
      }
    }
    steps.push({ layer, parts, heard });
  }
  const largest = Math.max(0, ...steps.flatMap((s) => s.parts.map((p) => Math.abs(p.part))).filter(Number.isFinite));
  for (const p of steps.flatMap((s) => s.parts)) p.width = walkWidth(p.part, largest);
  return { mechanism, shooter: signals[signals.length - 1] ?? 0, steps, largest };
}

/** A part's stroke width, px, against the walk's largest part. */
export function walkWidth(part: number, largest: number): number {
  if (!Number.isFinite(part)) return WALK_MAX;
  if (part === 0 || !(largest > 0)) return 0;
  return Math.max(WALK_MIN, (WALK_MAX * Math.abs(part)) / largest);
}
