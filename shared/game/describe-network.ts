// What one neuron of a class's network may know (DESIGN: only its neighbours' values), and the screen
// reader's sentences for it: where I sit, what each neighbour handed me over which handshake, and what the
// rule suggests for each of my handshakes, in the rule's own words (only backprop has a coach).
import { t } from "../i18n/current";
import type { MessageId } from "../i18n/messages/en";
import { type Direction, directionOf, scaleDistance } from "../line";
import { distanceValues } from "./describe";
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

/**
 * How big a change is as shown: none at all, too small to show at its decimals (it would read 0.000, a
 * way "by nothing"), or big enough to show with its way.
 */
export type ChangeSize = "zero" | "tiny" | "some";

/** A suggestion as my table shows it: whether the rule changes this handshake most, and how many decimals it shows. */
export interface ShownSuggestion {
  change: number;
  direction: Direction;
  /** The handshake a vote is scored against (network-votes mostChanged): the table marks it (never a change too small to show, nor an only handshake). */
  most: boolean;
  digits: number;
  size: ChangeSize;
}

/** The size of a change shown at `digits` decimals. */
export function changeSize(change: number, digits: number): ChangeSize {
  if (change === 0) return "zero";
  return Number(Math.abs(change).toFixed(digits)) === 0 ? "tiny" : "some";
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
  return s.map((x, i) => {
    const shown = i === top || i === second ? digits : SHOWN_DIGITS;
    const size = changeSize(x.change, shown);
    // One handshake is trivially the most changed: nothing to mark (its vote has no "which" either).
    return { ...x, most: i === top && size === "some" && s.length > 1, digits: shown, size };
  });
}

/** Trial and error's verdict on its second shot: it landed closer (everyone keeps their wiggle), farther (everyone turns the other way), or just as close (nothing changes). */
export type RetryVerdict = "kept" | "reversed" | "none";

/**
 * Trial and error's second shot as a phone tells it (null under any other rule, or before it spoke): its
 * miss, and the verdict the rule drew from it. The rule's change is -rate * k * wiggle with k growing with
 * how much worse the second shot was (shared/network/rules.ts), so a closer second shot keeps each wiggle's
 * way and a farther one turns it around.
 */
export function netRetry(shot: Pick<NetShotRecord, "miss" | "coach"> | null): { miss: number; verdict: RetryVerdict } | null {
  const retry = shot?.coach?.retry;
  if (!shot || !retry) return null;
  // The rule compares the two losses, miss² / 2: the same order as the misses' squares.
  const before = shot.miss * shot.miss;
  const after = retry.miss * retry.miss;
  return { miss: retry.miss, verdict: after < before ? "kept" : after > before ? "reversed" : "none" };
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
    // Layer 0 is handed the hoop's distance, not a ball from a neighbour. Layers are counted as the class's
    // form and the intros count them: those before the shooter, the shooter on its own.
    { id: "netplay.describe.seat", values: { index: hood.index + 1, width: hood.width, layer: hood.layer + 1, layers: hood.layers - 1, shooter: hood.layer === hood.layers - 1 ? "yes" : "no", first: hood.layer === 0 ? "yes" : "no", before: hood.incoming.length, after: hood.outgoing.length } },
  ];
  for (const n of hood.incoming) if (n.value !== null) out.push(inSaid(n, n.value, hood.hoop));
  if (hood.output !== null) out.push({ id: "netplay.describe.out", values: { value: hood.output } });
  return out;
}

/** Trial and error's second shot in words: where it landed, and so whether everyone keeps their wiggle (empty under other rules). */
export function describeRetry(shot: NetShotRecord | null, court: Pick<GameView["settings"]["court"], "hoopRadius">): NetSaid[] {
  const retry = netRetry(shot);
  if (!retry) return [];
  const side = Math.abs(retry.miss) < court.hoopRadius ? "middle" : retry.miss < 0 ? "short" : "long";
  return [{ id: "netplay.describe.second", values: { ...distanceValues(Math.abs(retry.miss)), side, kept: retry.verdict } }];
}

/** What the rule suggests for each of my handshakes, in its own words (empty before it spoke). */
export function describeSuggestions(network: Network, hood: Neighbourhood): NetSaid[] {
  const s = shownSuggestions(network.current, hood.seat);
  if (!s) return [];
  const teller = netTeller(network.rule);
  const retry = netRetry(network.current);
  // The most-changed handshake is said as such: two changes may sound alike at three decimals.
  return s.map((x, i): NetSaid => {
    const n = hood.incoming[i];
    const name = n ? nameOf(n) : "";
    // No change, or one that would read "by 0.000": the handshake stays (almost) as it is, with no way to turn.
    if (x.size !== "some") return { id: "netplay.describe.still", values: { teller, name, exact: x.size === "zero" ? "yes" : "no", limit: 10 ** -x.digits } };
    // Said at the decimals the table shows (more where the two biggest would look alike), never "by 0.000".
    const values = { teller, name, dir: x.direction, change: Number(Math.abs(x.change).toFixed(x.digits)), most: x.most ? "yes" : "no" };
    // Trial and error: the change is not the wiggle itself but follows the second shot (kept or turned around).
    if (retry) return { id: "netplay.describe.suggestWiggle", values: { ...values, kept: retry.verdict } };
    return { id: "netplay.describe.suggest", values };
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
      // One handshake: nothing to pick, only the way (its count selects the words).
      return [{ id: "netplay.describe.vote", values: { count: hood.incoming.length } }];
    case "coach":
    case "adjust":
      return [...describeRetry(network.current, view.settings.court), ...describeSuggestions(network, hood)];
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
      // One person among bots (a solo chapter) has no class around it: say that every other neuron is a bot.
      return { id: (view.network?.neurons.filter((n) => n.playerId !== null).length ?? 0) === 1 ? "netplay.wait.alone" : "netplay.wait.network", values: {} };
  }
}

/** One sentence in the page's language. */
export function sayNet(s: NetSaid): string {
  return t(s.id, s.values);
}
