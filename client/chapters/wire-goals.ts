// Goals for the two chapters about where word of a miss arrives: "wires that learn to be right" (feedback
// alignment's random wires come to agree with the true handshakes) and "two doors" (one shot under each
// rule that sends word back). Both read the network's finished shots through shared pure functions.
import type { GameView } from "../../shared";
import { hasDetail, type NetShotRecord } from "../../shared/game/network-state";
import { CHANCE_FREE_RULES, shotRule } from "../../shared/game/shot-rule";
import { type WireAgreement, wireAgreement } from "../../shared/game/wire-agreement";
import { t } from "../../shared/i18n";
import type { Goal } from "./goals";
import { netShots } from "./network-goals";

/** A layer's agreement above this counts as "the wires point the right way" (1 = exactly the coach's way, 0 = unrelated). */
export const AGREE = 0.5;

/** Each finished shot's agreement, worked out once per record (a record never changes once the rule spoke). */
const agreements = new WeakMap<NetShotRecord, WireAgreement>();

/** How far the wires' advice about each finished shot agreed with the coach's, oldest first (a solo game keeps every shot's record). */
export function shotAgreements(view: GameView): WireAgreement[] {
  const net = view.network;
  if (!net) return [];
  return netShots(view).filter(hasDetail).map((shot) => {
    let a = agreements.get(shot);
    if (!a) {
      a = wireAgreement(net, shot, view.settings.activation, view.settings.court);
      agreements.set(shot, a);
    }
    return a;
  });
}

/** My seat in the view's network, or -1. */
function mySeat(view: GameView, me: string | null): number {
  return me === null ? -1 : (view.players[me]?.seat ?? -1);
}

/** Whether the wires pointed the right way on a shot for my neuron (same way as the coach) and my layer (agreement above AGREE). */
export function pointsRight(a: WireAgreement, layer: number, seat: number): boolean {
  return (a.layers[layer] ?? NaN) > AGREE && (a.neurons[seat] ?? 0) > 0;
}

/** How many of the latest shots in a row the wires pointed the right way for my neuron and my layer. */
export function rightInARow(view: GameView, me: string | null): number {
  const seat = mySeat(view, me);
  const layer = view.network?.neurons[seat]?.layer ?? -1;
  const all = shotAgreements(view);
  let n = 0;
  for (let k = all.length - 1; k >= 0 && pointsRight(all[k], layer, seat); k--) n++;
  return n;
}

/** The wires point the right way for my neuron and my layer on `n` shots in a row. */
export function wiresRight(n: number, text: () => string): Goal {
  return {
    get text() {
      return text();
    },
    reached: (v, me) => rightInARow(v, me) >= n,
    progress: (v, me) => t("chapters.progress.inARow", { done: Math.min(n, rightInARow(v, me)), n }),
  };
}

/** The chance-free rules that have spoken about at least one of the network's shots. */
export function rulesPlayed(view: GameView): Set<string> {
  const net = view.network;
  const played = new Set<string>();
  if (!net) return played;
  for (const shot of netShots(view).filter(hasDetail)) {
    const rule = shotRule(net, shot, view.settings.activation, view.settings.court);
    if (rule) played.add(rule);
  }
  return played;
}

/** One shot under each rule that sends word back (backprop, feedback alignment, activity difference). */
export function everyDoor(text: () => string): Goal {
  const n = CHANCE_FREE_RULES.length;
  return {
    get text() {
      return text();
    },
    reached: (v) => rulesPlayed(v).size >= n,
    progress: (v) => t("chapters.progress.rules", { done: rulesPlayed(v).size, n }),
  };
}
