import { directionOf } from "../line";
import type { Rng } from "../random";
import { RULES } from "../rules";
import { playedByBot } from "./lines";
import { allVotedInNetwork, networkVotes } from "./network-votes";
import type { CoachReport, GameState, Line, ScoredVote, Vote } from "./state";
import { at } from "../checked";

/** The election results for one line: votes per seat, and per direction. */
export interface Tally {
  /** blame[i]: how many voted neuron i most to blame. */
  blame: number[];
  firmer: number;
  looser: number;
  total: number;
}

/**
 * Whether a line votes on blame after this shot: only when its rule hands out blame (backprop, the
 * feedback wires, the nudge: a share and a direction per neuron) and the shot missed (after a hit there
 * is nobody to blame). Trial and error and fire together never ask; votes are scored only where this holds.
 */
export function lineVotes(line: Pick<Line, "rule" | "current">): boolean {
  const shot = line.current;
  return shot !== null && !shot.hit && Object.hasOwn(RULES, line.rule) && RULES[line.rule].story.blameVote;
}

/**
 * Whether the game has a vote after this shot. The phase machine is one per game, so with several lines
 * (teams with different rules) the vote is held when any line needs it; the other lines see their rule's
 * story instead of the ballot, and their people's votes are never asked for nor scored.
 */
export function voteNeeded(state: Pick<GameState, "lines"> & Partial<Pick<GameState, "network">>): boolean {
  // One network votes as one line does (network-votes.ts).
  return state.lines.some(lineVotes) || networkVotes(state.network ?? null);
}

/**
 * Whether every person asked to vote has voted: the connected people in lines that vote (see
 * lineVotes; people in the other lines are not asked). False when nobody is asked, so a vote of bots
 * alone runs its timer, as before. For the reducer's "everyone has voted: move on".
 */
export function allVoted(state: Pick<GameState, "lines" | "players"> & Partial<Pick<GameState, "network">>): boolean {
  // One network: its people vote on their own handshakes (network-votes.ts).
  if (state.network) return allVotedInNetwork({ network: state.network, players: state.players });
  let asked = 0;
  for (const line of state.lines) {
    if (!lineVotes(line)) continue;
    for (const n of line.neurons) {
      if (n.playerId === null || playedByBot(state, n)) continue;
      asked++;
      if (!line.current?.votes[n.playerId]) return false;
    }
  }
  return asked > 0;
}

/** Counts a line's votes. */
export function tally(votes: Record<string, Vote>, lineLength: number): Tally {
  const t: Tally = { blame: new Array(lineLength).fill(0), firmer: 0, looser: 0, total: 0 };
  for (const v of Object.values(votes)) {
    if (v.blame >= 0 && v.blame < lineLength) t.blame[v.blame] = at(t.blame, v.blame) + 1;
    if (v.direction === "firmer") t.firmer++;
    else t.looser++;
    t.total++;
  }
  return t;
}

/** Scores one vote against the coach: was the most-blamed neuron right, and the voter's own direction? */
export function scoreVote(vote: Vote, coach: CoachReport, voterSeat: number): ScoredVote {
  return {
    ...vote,
    blameRight: vote.blame === coach.mostToBlame,
    directionRight: vote.direction === coach.directions[voterSeat],
  };
}

/** Points for a scored vote: one for the right neuron, one for the right direction. */
export function votePoints(v: ScoredVote): number {
  return (v.blameRight ? 1 : 0) + (v.directionRight ? 1 : 0);
}

/**
 * A bot's vote, as a person who half-understands the game might cast it: usually the coach's
 * answer, sometimes a guess.
 */
export function botVote(coach: CoachReport, seat: number, rng: Rng): Vote {
  const blame = rng.next() < 0.7 ? coach.mostToBlame : rng.int(coach.shares.length);
  const direction = rng.next() < 0.8 ? at(coach.directions, seat) : rng.next() < 0.5 ? "firmer" : "looser";
  return { blame, direction };
}

/** The index of the largest value (the first on a tie). */
export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (at(values, i) > at(values, best)) best = i;
  return best;
}

/** Builds the coach's report from a rule's proposal. */
export function coachReport(weightChanges: number[], biasChanges: number[], signals: number[], shares: number[]): CoachReport {
  return {
    shares,
    directions: weightChanges.map(directionOf),
    signals,
    weightChanges,
    biasChanges,
    mostToBlame: argmax(shares),
  };
}
