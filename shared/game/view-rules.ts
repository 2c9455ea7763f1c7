// What the screens read off the game, decided once here so the court, the panels and the projector agree:
// whose line a person sees, who still has to vote, the vote as bars, whether the class agreed with the
// coach, how long a phase's animation and timer last, and a learning rule's title. Pure: no DOM.
import { type RuleId, RULES } from "../rules";
import { playedByBot } from "./lines";
import { phaseSeconds } from "./round";
import { ANIMATION_SECONDS, type Settings } from "./settings";
import type { GameState, Neuron, Phase, ShotRecord } from "./state";
import { type Tally, tally } from "./votes";
import { at } from "../checked";
import { lineVotes } from "./votes";

/** The people of a game, which is all these helpers read of it (a GameState and a GameView both fit). */
type People = Pick<GameState, "players">;

/** The line a person sits in (line 0 for a watcher, or for nobody). */
export function lineOf(game: People, me: string | null): number {
  return (me !== null && game.players[me]?.line) || 0;
}

/** Whether a seat is played by a bot right now (no person, or the person is away): the engine's playedByBot, for a view. */
export function seatPlayedByBot(game: People, neuron: Neuron): boolean {
  return playedByBot(game, neuron);
}

/** How many people in line `li` still have to vote (bots and absent people vote by themselves). */
export function stillToVote(game: People & Pick<GameState, "lines">, li: number): number {
  const line = at(game.lines, li);
  // A line with nobody to blame (a hit, or a rule without blame) asks nobody to vote.
  if (!lineVotes(line)) return 0;
  const votes = line.current?.votes ?? {};
  return line.neurons.filter((n) => n.playerId !== null && !seatPlayedByBot(game, n) && !votes[n.playerId]).length;
}

/** A line's vote as bars: the tally, each seat's bar as a share of the longest (0..1), and the coach's pick. */
export interface VoteBars {
  tally: Tally;
  /** bars[i]: seat i's votes over the most any seat got (all 0 before anyone has voted). */
  bars: number[];
  /** The coach's most-blamed seat, or -1 before the coach has spoken. */
  coachPick: number;
}

/** The vote of a shot in a line of `lineLength` seats, as bars. */
export function voteBars(shot: ShotRecord, lineLength: number): VoteBars {
  const t = tally(shot.votes, lineLength);
  // At least 1, so an empty vote draws empty bars instead of dividing by zero.
  const most = Math.max(1, ...t.blame);
  return { tally: t, bars: t.blame.map((b) => b / most), coachPick: shot.coach?.mostToBlame ?? -1 };
}

/** Whether the class agreed with the coach: someone voted, and the coach's most-blamed seat got the most votes (a tie for the most counts). */
export function classAgreed(shot: ShotRecord, lineLength: number): boolean {
  const coach = shot.coach;
  if (!coach) return false;
  const t = tally(shot.votes, lineLength);
  return t.total > 0 && t.blame[coach.mostToBlame] === Math.max(...t.blame);
}

/** Seconds a phase's animation lasts on the court (0: the phase has no animation). */
export function animationSeconds(phase: Phase): number {
  return Object.hasOwn(ANIMATION_SECONDS, phase) ? ANIMATION_SECONDS[phase as keyof typeof ANIMATION_SECONDS] : 0;
}

/** A phase's full timer in seconds as the engine sets it on entering the phase, whether or not it is auto-advancing now (null: no timer). */
export function timerSeconds(phase: Phase, settings: Settings): number | null {
  // phaseSeconds says null once the host turns auto-advance off or paces the game, but a deadline already set still runs its full length.
  return phaseSeconds(phase, { ...settings, autoAdvance: true, pace: "timers" });
}

/** Whether a running game stands still until the host moves it on (teacher-paced: after the shot, after the rule's step); not while paused. */
export function waitingForTeacher(game: Pick<GameState, "phase" | "deadline" | "paused">): boolean {
  return !game.paused && game.deadline === null && game.phase !== "lobby" && game.phase !== "summary";
}

/** A learning rule's title from the engine (shared/rules), or the id itself for a rule this build does not know. */
export function ruleTitle(rule: string): string {
  return Object.hasOwn(RULES, rule) ? RULES[rule as RuleId].title : rule;
}

/** Shots the game has on record (the history the board and the report read): a round ended before its shot is recorded does not count. */
export function shotsTaken(game: Pick<GameState, "lines" | "network">): number {
  const last = (h: readonly { round: number }[]) => h.at(-1)?.round ?? 0;
  return game.network ? last(game.network.history) : Math.max(0, ...game.lines.map((l) => last(l.history)));
}

/** What a lines student's end screen says of their votes: cast ones, none cast, or none held (the rule holds no vote). */
export function studentVotesKind(player: Pick<GameState["players"][string], "votesCast">, rule: string): "cast" | "none" | "no-vote-rule" {
  if (player.votesCast > 0) return "cast";
  // A rule that hands out no blame never opens a vote: "you did not vote" would read as a skipped turn.
  return Object.hasOwn(RULES, rule) && !RULES[rule as RuleId].story.blameVote ? "no-vote-rule" : "none";
}
