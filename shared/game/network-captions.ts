// The projector's caption when the class plays as one network: one or two plain sentences per phase from
// the engine's numbers, in the words of the network's rule (only backprop has a coach; fire together never
// mentions blame). Data first (message id and values), said through the page's translator.
import { t } from "../i18n/current";
import { at } from "../checked";
import { netTeller, type NetSaid } from "./describe-network";
import type { Network } from "./network-state";
import { networkVotes } from "./network-votes";
import { storyOf } from "./story";
import type { GameView } from "./view";
import { ruleTitle } from "./view-rules";

/** A miss as a caption says it: metres rounded for people, and the side. */
function missValues(miss: number): { metres: number; side: "short" | "long" } {
  const m = Math.abs(miss);
  const digits = m >= 10 ? 0 : m >= 1 ? 1 : 2;
  return { metres: Number(m.toFixed(digits)), side: miss < 0 ? "short" : "long" };
}

/** The people playing (not bots) in the network, and how many of them said they are done. */
function people(view: GameView, network: Network): { people: number; done: number } {
  const mine = network.neurons.filter((n) => n.playerId !== null && view.players[n.playerId]?.connected !== false);
  return { people: mine.length, done: mine.filter((n) => n.ready).length };
}

/**
 * Whether this shot is the network's third hit in a row, said as the ball lands: the rule's step (which
 * counts the streak and sets learnedAt) runs only after the shot phase, so the shot phase looks ahead.
 */
function learnsNow(network: Network): boolean {
  return !!network.current?.hit && network.learnedAt === null && network.streak + 1 >= 3;
}

/** The hoop at aim, as a line's caption says it (captions.ts aimCaption): it starts moving, it moved, or it stands. */
function aimSaid(view: GameView, network: Network): NetSaid {
  const { fixedRounds } = view.settings.hoop;
  const previous = network.history.at(-1)?.distance;
  const values = { round: view.round, rounds: view.settings.maxRounds, distance: Math.round(view.distance * 10) / 10 };
  if (fixedRounds > 0 && view.round === fixedRounds + 1) return { id: "caption.aim-hoop-moves", values };
  if (view.round > fixedRounds + 1 && previous !== undefined && previous !== view.distance) return { id: "caption.aim-hoop-moved", values };
  return { id: "caption.aim", values };
}

/** The network's caption for the phase (empty when the class plays in lines). */
export function networkCaption(view: GameView): NetSaid[] {
  const network = view.network;
  if (!network) return [];
  const shot = network.current;
  const teller = netTeller(network.rule);
  // Once the step has counted the streak, the shot that learned is still celebrated, as a line's caption does.
  const learned: NetSaid[] = network.learnedAt !== null && network.learnedAt === view.round ? [{ id: "netplay.caption.learned", values: {} }] : [];
  switch (view.phase) {
    case "lobby":
      return [{ id: "netplay.caption.lobby", values: {} }];
    case "aim":
      return [aimSaid(view, network)];
    case "pass":
      return [{ id: "netplay.caption.pass", values: {} }];
    case "shot":
      if (!shot) return [];
      return [
        shot.hit ? { id: "caption.shot-hit", values: {} } : { id: "caption.shot-miss", values: missValues(shot.miss) },
        ...(learnsNow(network) ? [{ id: "netplay.caption.learned", values: {} } as const] : []),
      ];
    case "vote": {
      if (!shot) return [];
      const miss = missValues(shot.miss);
      if (!networkVotes(network)) return [{ id: "netplay.caption.noVote", values: { ...miss, noVote: shot.hit ? t("rules.noVoteAfterHit") : storyOf(network.rule).words.noVote } }];
      const voters = network.neurons.filter((n) => n.playerId !== null && view.players[n.playerId]?.connected !== false);
      const waiting = voters.filter((n) => n.playerId !== null && !shot.votes[n.playerId]).length;
      return [{ id: "netplay.caption.vote", values: { ...miss, waiting } }];
    }
    case "coach": {
      const c = shot?.coach;
      if (!shot || !c) return [];
      const blames = storyOf(network.rule).told === "blame" || storyOf(network.rule).told === "activity-change";
      const top = blames && !shot.hit ? c.mostToBlame : -1;
      // How each neighbourhood's vote matched is the map's own caption (network-board.ts), not repeated here.
      return [{ id: "netplay.caption.coach", values: { teller, seat: top < 0 ? "none" : "some", name: top < 0 ? "" : at(network.neurons, top).name, share: top < 0 ? 0 : Math.round(at(c.shares, top) * 100) } }, ...learned];
    }
    case "adjust":
      return [...learned, { id: "netplay.caption.adjust", values: { title: ruleTitle(network.rule), ...people(view, network) } }];
    default:
      return learned;
  }
}
