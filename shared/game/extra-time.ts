// More time in class without slowing the class: a student's input is taken in the phases around the
// class's vote and dial where nothing of theirs is used yet. The vote opens as the ball lands (the
// shot), the dial as the rule's step reaches the student (the coach: the card is already computed),
// and a late turn of the dial still counts until the next pass uses it (the aim). The class's clocks
// never change: the vote still closes when the rule's step starts (it scores the votes), the dial
// still closes for the class at the end of adjust. A device with "more time" on offers these windows.
// A class played as one network has the same windows, on each person's own handshakes (network-round.ts).
import { at } from "../checked";
import { t } from "../i18n/current";
import type { Action } from "./actions";
import { dialValue, playedByBot } from "./lines";
import { adjustInNetwork, everyoneInNetwork, readyInNetwork, voteInNetwork } from "./network-round";
import type { Network } from "./network-state";
import { networkVotes } from "./network-votes";
import { integer, refuse } from "./refusal";
import { advance } from "./round";
import type { GameState, Neuron, Player } from "./state";
import { allVoted, lineVotes } from "./votes";

/** The phases where a student's vote or dial is taken outside the class's own vote and adjust phases. */
export const EXTRA_TIME_PHASES = { vote: ["shot"], adjust: ["coach", "aim"], ready: ["coach", "aim"] } as const;

/** Whether a vote is taken now from a student in `line` (the class's vote, or the shot just landed for a line that votes). */
export function voteOpen(state: Pick<GameState, "phase" | "paused">, line: Parameters<typeof lineVotes>[0]): boolean {
  return !state.paused && (state.phase === "vote" || state.phase === "shot") && lineVotes(line);
}

/** Whether a vote is taken now from a person in the class's one network (the class's vote, or the shot just landed and the network votes). */
export function netVoteOpen(state: Pick<GameState, "phase" | "paused">, network: Pick<Network, "rule" | "current"> | null): boolean {
  return !state.paused && (state.phase === "vote" || state.phase === "shot") && networkVotes(network);
}

/** Whether a student's dial is taken now (`line`: their line, or the class's one network): the class's adjust, the rule's step once its card is out, or a late turn before the next pass. */
export function dialOpen(state: Pick<GameState, "phase" | "paused" | "round">, line: { current: { coach: unknown } | null }): boolean {
  if (state.paused) return false;
  if (state.phase === "adjust") return true;
  if (state.phase === "coach") return !!line.current?.coach;
  return state.phase === "aim" && state.round > 1;
}

/**
 * Takes a vote, dial or "done" outside the class's own phase (see the file's head), or returns null to
 * leave the action to the reducer's usual rules. Never changes `state`; refusals are thrown as usual.
 */
export function extraTime(state: GameState, action: Action): GameState | null {
  if (state.paused) return null;
  const phases: readonly string[] | undefined = (EXTRA_TIME_PHASES as Record<string, readonly string[]>)[action.type];
  if (!phases?.includes(state.phase) || !("by" in action)) return null;
  const p = state.players[action.by];
  if (!p) return null;
  if (state.network) return inNetwork(state, state.network, action, p);
  const line = at(state.lines, p.line);
  if (action.type === "vote") {
    if (!lineVotes(line)) return null;
    const rec = line.current ?? refuse("wrong-phase", t("game.refuse.noShot"));
    if (rec.votes[p.id]) refuse("already-voted", t("game.refuse.alreadyVoted"));
    const blame = integer(action.blame, t("game.what.blame"), 0, state.settings.lineLength - 1);
    if (action.direction !== "firmer" && action.direction !== "looser") refuse("bad-action", t("game.refuse.direction"));
    const s = { ...state, lines: state.lines.slice() };
    // Kept with the others: the rule's step scores it, and everyone voted ends the class's vote at once (settleEarly).
    s.lines[p.line] = { ...line, current: { ...rec, votes: { ...rec.votes, [p.id]: { blame, direction: action.direction } } } };
    return s;
  }
  if (!dialOpen(state, line)) return null;
  // A late "done" before the pass has nothing left to finish: taken, nothing changes.
  if (action.type === "ready") return state.phase === "aim" ? state : withNeuron(state, p, { ready: true });
  if (action.type !== "adjust") return null;
  // As an adjust in its own phase (dialValue: -0 made 0, since the class log's JSON has no -0 and a replay must match).
  const patch: Partial<Neuron> = { weight: dialValue(action.weight, t("game.what.weight")) };
  if (action.bias !== undefined) patch.bias = dialValue(action.bias, t("game.what.bias"));
  // At the rule's step the turn is kept like one made in adjust (the rule does not override it). Before the
  // pass the rule's change is already applied: the turn replaces it, and the next round's dial starts fresh.
  if (state.phase === "coach") patch.adjusted = true;
  return withNeuron(state, p, patch);
}

/** extraTime for a person in the class's one network: their vote on their own handshakes, their dials, "done". */
function inNetwork(state: GameState, network: Network, action: Action, p: Player): GameState | null {
  const s = { ...state };
  if (action.type === "vote") {
    // No vote after this shot (a hit, a rule without blame): the reducer refuses it as usual.
    if (!networkVotes(network)) return null;
    // Validated and kept as in the class's vote: the rule's step scores it, everyone voted ends the vote at once.
    voteInNetwork(s, p, action.blame, action.handshake, action.direction);
    return s;
  }
  if (!dialOpen(state, network)) return null;
  if (action.type === "ready") {
    if (state.phase === "aim") return state;
    readyInNetwork(s, p);
    return s;
  }
  if (action.type !== "adjust") return null;
  // At the rule's step a turn is this round's own (kept at the end of adjust); before the pass it only
  // replaces the rule's change, and this round's dials start fresh (as a line's late turn).
  adjustInNetwork(s, p, action.weight, action.weights, action.bias, state.phase === "coach");
  return s;
}

/**
 * After any action: a vote or adjust phase just entered in which every person is already done (they
 * used their extra time) moves on at once, so early answers never leave the class waiting on a clock.
 */
export function settleEarly(before: GameState, after: GameState, now: number): GameState {
  if (after.phase === before.phase || after.paused || !after.settings.autoAdvance) return after;
  const done = after.phase === "vote" ? allVoted(after) : after.phase === "adjust" ? everyoneReady(after) : false;
  if (!done) return after;
  const s = { ...after };
  advance(s, now);
  return s;
}

/** Whether every connected person in a seat has said they are done (false when nobody is). */
function everyoneReady(s: GameState): boolean {
  const net = s.network;
  if (net) return everyoneInNetwork(s, (seat) => at(net.neurons, seat).ready);
  let people = 0;
  for (const line of s.lines) {
    for (const n of line.neurons) {
      if (playedByBot(s, n)) continue;
      people++;
      if (!n.ready) return false;
    }
  }
  return people > 0;
}

function withNeuron(state: GameState, p: Player, patch: Partial<Neuron>): GameState {
  const s = { ...state, lines: state.lines.slice() };
  const line = at(s.lines, p.line);
  const neurons = line.neurons.slice();
  neurons[p.seat] = { ...at(neurons, p.seat), ...patch };
  s.lines[p.line] = { ...line, neurons };
  return s;
}
