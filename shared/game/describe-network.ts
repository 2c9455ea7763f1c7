// What one neuron of a class's network may know (DESIGN: only its neighbours' values), and the screen
// reader's sentences for it: where I sit, what each neighbour handed me over which handshake, and what the
// rule suggests for each of my handshakes, in the rule's own words (only backprop has a coach).
import { t } from "../i18n/current";
import type { MessageId } from "../i18n/messages/en";
import { type Direction, directionOf, scaleDistance } from "../line";
import { storyOf } from "./story";
import type { NetShotRecord, Network } from "./network-state";
import { neighbours } from "./network-view";
import { mostChanged } from "./network-votes";
import type { GameView } from "./view";

/** Who suggests the change under a rule, as a key messages select on (the words themselves are translated). */
export type NetTeller = "coach" | "wires" | "nudge" | "wiggle" | "firing";

/** The teller key of a rule: the coach (backprop), the wires, the nudge, the wiggle, or firing together. */
export function netTeller(rule: string): NetTeller {
  const story = storyOf(rule);
  if (story.speaker === "coach") return "coach";
  if (story.over === "feedback-wires") return "wires";
  if (story.carries === "nudge") return "nudge";
  return story.told === "own-wiggle" ? "wiggle" : "firing";
}

/** One of my handshakes: with a neuron of the layer before (or, in layer 0, with the hoop's distance). */
export interface InNeighbour {
  /** The neighbour's seat, or null for the hoop's distance. */
  seat: number | null;
  name: string | null;
  /** What it handed me on this round's pass (null before the pass). */
  value: number | null;
  /** My handshake with it. */
  weight: number;
}

/** A neuron's neighbourhood: its place, its incoming handshakes, and whom it passes on to. */
export interface Neighbourhood {
  seat: number;
  /** Layer and place in it, from 0. */
  layer: number;
  index: number;
  /** How many layers (the shooter's included) and how many neurons in my layer. */
  layers: number;
  width: number;
  incoming: InNeighbour[];
  /** The neurons of the next layer (empty for the shooter). */
  outgoing: { seat: number; name: string }[];
  bias: number;
  /** My output on this round's pass (null before it). */
  output: number | null;
  /** The hoop's distance this round, m (null before the pass), and the nearest and farthest hoop (fed in as 0 and 1). */
  hoop: { metres: number | null; near: number; far: number };
}

/** What the neuron in `seat` may see of the network: only its neighbours (network-view's), and only this round's values. */
export function neighbourhood(network: Network, seat: number, court: GameView["settings"]["court"]): Neighbourhood {
  const me = network.neurons[seat];
  if (!me) throw new Error(`No neuron in seat ${seat}`);
  const { before, after } = neighbours(network, seat);
  const shot = network.current;
  const incoming: InNeighbour[] = me.weights.map((weight, i) => {
    const s = before[i];
    // Layer 0 shakes hands with the hoop's distance, as the pass feeds it in (scaled).
    if (s === undefined) return { seat: null, name: null, value: shot ? scaleDistance(shot.distance, court) : null, weight };
    return { seat: s, name: network.neurons[s]?.name ?? "", value: shot ? (shot.outputs[s] ?? null) : null, weight };
  });
  return {
    seat,
    layer: me.layer,
    index: me.index,
    layers: network.widths.length,
    width: network.widths[me.layer] ?? 1,
    incoming,
    outgoing: after.map((s) => ({ seat: s, name: network.neurons[s]?.name ?? "" })),
    bias: me.bias,
    output: shot ? (shot.outputs[seat] ?? null) : null,
    hoop: { metres: shot ? shot.distance : null, near: court.minDistance, far: court.maxDistance },
  };
}

/** The rule's suggestion for one of my handshakes: the change and its way (null before the rule spoke). */
export function suggestions(shot: NetShotRecord | null, seat: number): { change: number; direction: Direction }[] | null {
  const changes = shot?.coach?.weightChanges[seat];
  return changes ? changes.map((change) => ({ change, direction: directionOf(change) })) : null;
}

/** Decimals a suggestion shows by default. */
const SHOWN_DIGITS = 3;
/** At most this many: changes that still look alike here are truly alike for a child. */
const MAX_DIGITS = 6;

/** A suggestion as my table shows it: whether the rule changes this handshake most, and how many decimals it shows. */
export interface ShownSuggestion {
  change: number;
  direction: Direction;
  /** The handshake a vote is scored against (network-votes mostChanged): the table marks it. */
  most: boolean;
  digits: number;
}

/**
 * The rule's suggestions for my table (null before it spoke): the most-changed handshake marked, and when
 * the two biggest changes look the same at 3 decimals, those two show more, one at a time until they differ.
 */
export function shownSuggestions(shot: NetShotRecord | null, seat: number): ShownSuggestion[] | null {
  const s = suggestions(shot, seat);
  const report = shot?.coach;
  if (!s || !report) return null;
  const top = mostChanged(report, seat);
  const second = s.reduce((best, x, i) => (i !== top && (best < 0 || Math.abs(x.change) > Math.abs(s[best]?.change ?? 0)) ? i : best), -1);
  const a = Math.abs(s[top]?.change ?? 0);
  const b = second < 0 ? a : Math.abs(s[second]?.change ?? 0);
  let digits = SHOWN_DIGITS;
  if (second >= 0 && a !== b) while (digits < MAX_DIGITS && a.toFixed(digits) === b.toFixed(digits)) digits++;
  return s.map((x, i) => ({ ...x, most: i === top, digits: i === top || i === second ? digits : SHOWN_DIGITS }));
}

/** One sentence about a network as data: a message id and its values (numbers stay numbers). */
export interface NetSaid {
  id: MessageId;
  values: Record<string, string | number>;
}

/** A neighbour's name for a sentence: its name, or the hoop's distance. */
function nameOf(n: InNeighbour): string {
  return n.name ?? t("netplay.in.distance");
}

/** What one neighbour handed me; the hoop's distance says its metres and how they come in (scaled: the nearest hoop is 0, the farthest 1). */
function inSaid(n: InNeighbour, value: number, d: Neighbourhood["hoop"]): NetSaid {
  if (n.seat === null && d.metres !== null) return { id: "netplay.describe.inDistance", values: { metres: Math.round(d.metres * 10) / 10, value, weight: n.weight, near: d.near, far: d.far, low: 0, high: 1 } };
  return { id: "netplay.describe.in", values: { name: nameOf(n), value, weight: n.weight } };
}

/** Where I sit and who my neighbours are, then what each handed me and what I passed on (once the ball went through). */
export function describeNeighbours(hood: Neighbourhood): NetSaid[] {
  const out: NetSaid[] = [
    // Layer 0 is handed the hoop's distance, not a ball from a neighbour.
    { id: "netplay.describe.seat", values: { index: hood.index + 1, width: hood.width, layer: hood.layer + 1, layers: hood.layers, first: hood.layer === 0 ? "yes" : "no", before: hood.incoming.length, after: hood.outgoing.length } },
  ];
  for (const n of hood.incoming) if (n.value !== null) out.push(inSaid(n, n.value, hood.hoop));
  if (hood.output !== null) out.push({ id: "netplay.describe.out", values: { value: hood.output } });
  return out;
}

/** What the rule suggests for each of my handshakes, in its own words (empty before it spoke). */
export function describeSuggestions(network: Network, hood: Neighbourhood): NetSaid[] {
  const s = shownSuggestions(network.current, hood.seat);
  if (!s) return [];
  const teller = netTeller(network.rule);
  // The most-changed handshake is said as such: two changes may sound alike at three decimals.
  return s.map((x, i) => {
    const n = hood.incoming[i];
    return { id: "netplay.describe.suggest", values: { teller, name: n ? nameOf(n) : "", dir: x.direction, change: Math.abs(x.change), most: x.most ? "yes" : "no" } };
  });
}

/** The sentences to say as a phase begins for the person in `seat` of the class's network. */
export function describeNetworkPhase(view: GameView, seat: number): NetSaid[] {
  const network = view.network;
  if (!network || !network.neurons[seat]) return [];
  const hood = neighbourhood(network, seat, view.settings.court);
  switch (view.phase) {
    case "pass":
    case "shot":
      return describeNeighbours(hood).slice(1);
    case "vote":
      return [{ id: "netplay.describe.vote", values: { count: hood.incoming.length } }];
    case "coach":
    case "adjust":
      return describeSuggestions(network, hood);
    default:
      return describeNeighbours(hood).slice(0, 1);
  }
}

/** What a network phone says while it waits with no control of its own: the hoop at aim (as a line's phone says), the ball passing, the shot. */
export function netWaitSaid(view: GameView): NetSaid {
  switch (view.phase) {
    case "aim": {
      const distance = Math.round(view.distance * 10) / 10;
      const last = view.network?.history.at(-1);
      return last && last.distance !== view.distance ? { id: "student.aim.moves", values: { distance } } : { id: "student.aim.at", values: { round: view.round, distance } };
    }
    case "pass":
      return { id: "netplay.wait.pass", values: {} };
    case "shot":
      return { id: "student.wait.shot", values: {} };
    default:
      // Mid-game never "waiting for your teacher to start": the lobby and any other wait say where I am.
      return { id: "netplay.wait.network", values: {} };
  }
}

/** One sentence in the page's language. */
export function sayNet(s: NetSaid): string {
  return t(s.id, s.values);
}
