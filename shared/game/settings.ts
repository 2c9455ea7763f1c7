import { type ActivationName, type Court, DEFAULT_COURT } from "../line";
import type { RuleId } from "../rules";
import { at } from "../checked";

/** Bounds every setting is checked against (the reducer refuses anything outside them). */
export const LIMITS = {
  lineLength: { min: 2, max: 12 },
  teams: { min: 1, max: 8 },
  strictness: { min: 0.0001, max: 1 },
  /** Seconds for the vote and adjust timers. */
  timer: { min: 5, max: 600 },
  maxRounds: { min: 1, max: 200 },
  fixedRounds: { min: 0, max: 200 },
  /** The largest handshake or excitability a player may dial in. */
  weight: 5,
  /** Nicknames, characters. */
  name: { min: 1, max: 20 },
  /** Shots kept in each line's history. */
  history: 200,
  /** Neurons in each layer of a class played as one network (the shooter's layer is always 1). */
  layerWidth: { min: 1, max: 6 },
  /** The most neurons (seats) one network may have: 6 layers of 6 and a shooter. */
  networkSeats: 37,
} as const;

/** How the hoop moves between shots. */
export interface HoopSettings {
  /** The hoop stays at `fixedDistance` for the first `fixedRounds` shots, then moves at random. */
  fixedRounds: number;
  /** Where the fixed hoop stands, m. */
  fixedDistance: number;
}

/** What bots do at adjust: "follow" the line's rule, or "hold" their handshake and excitability as they are. */
export type BotMode = "follow" | "hold";
/** Every bot mode, for validation and forms. */
export const BOT_MODES: readonly BotMode[] = ["follow", "hold"];

/** Who moves the game on where the class talks: the timers, or the teacher. */
export type Pace = "timers" | "teacher";
/** Every pace, for validation and forms. */
export const PACES: readonly Pace[] = ["timers", "teacher"];

/** How a class plays: in lines of single neurons (teams), or all together as one network. */
export type Shape = "lines" | "network";
/** Every shape, for validation and forms. */
export const SHAPES: readonly Shape[] = ["lines", "network"];

/** The signs of a network's starting handshakes: all positive (the game's first start), or mixed at random. */
export type StartSigns = "positive" | "mixed";
/** Every start-sign choice, for validation. */
export const START_SIGNS: readonly StartSigns[] = ["positive", "mixed"];

/** Everything a host can set. The defaults are what a teacher gets without touching anything. */
export interface Settings {
  /** Lines (teams of single neurons) or one network; in a network `lineLength` is its depth (the shooter's layer included). */
  shape: Shape;
  /** In one network: the neurons in each layer before the shooter. */
  layerWidth: number;
  lineLength: number;
  /** Number of lines (teams) in the game now; it grows by itself as people join (see maxTeams). */
  teams: number;
  /** The most lines a class grows to when every seat is taken (the teacher's cap on seats: maxTeams x lineLength). */
  maxTeams: number;
  activation: ActivationName;
  /** The learning rule of each team; team t uses rules[t % rules.length]. */
  rules: RuleId[];
  /** The coach's strictness: the learning rate. */
  strictness: number;
  /** Seconds to vote and to adjust. */
  voteSeconds: number;
  adjustSeconds: number;
  /** Move on by itself when a timer runs out (or everyone is done); false: every phase waits for the host (tools and tests). */
  autoAdvance: boolean;
  /**
   * "timers": every phase moves on by itself. "teacher": the animations still play and the vote and adjust
   * timers still run, but after the shot and after the rule's step (where the class talks) the game waits
   * for the host's "next". Everyone voted (or done) moves on in both.
   */
  pace: Pace;
  /** What bots (and seats a bot plays while its person is away) do at adjust: follow the rule, or hold their dials. */
  bots: BotMode;
  /** The game ends after this many shots. */
  maxRounds: number;
  hoop: HoopSettings;
  /** The starting handshakes are drawn from [min, max]. */
  startWeights: { min: number; max: number };
  /**
   * In one network: the starting handshakes all positive, or each + or - at random. Feedback alignment's
   * wires come to point the right way only from a mixed start (test/bench/alignment.ts).
   */
  startSigns: StartSigns;
  court: Court;
  /** Seed for everything random in the game. */
  seed: number;
}

/** Seconds the animated phases last (pass, shot, coach); the host can skip ahead. */
export const ANIMATION_SECONDS = { aim: 1.5, pass: 3, shot: 2.5, coach: 5 } as const;

/**
 * The default settings, chosen with `npm run bench:learning`'s classroom-budget table: with them the
 * coach's line hits 3 in a row after a median of 5 shots (every seed within the 15-shot lesson) while
 * trial and error gets there in under a fifth of games. Strictness 0.01 made the line overshoot back and
 * forth (misses of -1.9 m then +7.5 m); 0.003 is below that edge. A wider start range (0.5-1.5) left
 * some lines saturated and slow; a 0.35 m hoop forgives a little more than a real rim (0.23 m).
 */
export const DEFAULT_SETTINGS: Settings = {
  shape: "lines",
  layerWidth: 4,
  lineLength: 5,
  teams: 1,
  maxTeams: 6,
  activation: "tanh",
  rules: ["backprop"],
  strictness: 0.003,
  voteSeconds: 25,
  adjustSeconds: 20,
  autoAdvance: true,
  pace: "timers",
  bots: "follow",
  maxRounds: 15,
  hoop: { fixedRounds: 6, fixedDistance: 5 },
  startWeights: { min: 0.8, max: 1.2 },
  startSigns: "positive",
  court: { ...DEFAULT_COURT, hoopRadius: 0.35 },
  seed: 1,
};

/** The learning rule of team t. */
export function teamRule(settings: Settings, team: number): RuleId {
  return at(settings.rules, team % settings.rules.length);
}
