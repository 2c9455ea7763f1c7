import type { Direction } from "../line";
import type { RuleId } from "../rules";
import type { Network } from "./network-state";
import type { Settings } from "./settings";

/** The round's phases, in order; `lobby` before the first shot and `summary` after the last. */
export const PHASES = ["lobby", "aim", "pass", "shot", "vote", "coach", "adjust", "summary"] as const;
/** One phase of the round. */
export type Phase = (typeof PHASES)[number];

/** A player's guess before the coach speaks: who is most to blame, and which way to turn their own dial. */
export interface Vote {
  /** Seat index (0 = first neuron) the voter blames most. */
  blame: number;
  /** Which way the voter thinks their own handshake should go. */
  direction: Direction;
}

/** A vote once the coach has spoken. */
export interface ScoredVote extends Vote {
  blameRight: boolean;
  directionRight: boolean;
}

/** One neuron: a seat in a line, held by a person or a bot. */
export interface Neuron {
  /** The player in this seat, or null for a bot. */
  playerId: string | null;
  /** What the projector shows: the player's nickname or the bot's name. */
  name: string;
  /** Handshake (weight) and excitability (bias). */
  weight: number;
  bias: number;
  /** Whether the player adjusted their dial this round (bots and untouched dials follow the rule). */
  adjusted: boolean;
  /** Whether the player said they are done adjusting. */
  ready: boolean;
}

/** What the coach said about one line after its shot. */
export interface CoachReport {
  /** Each neuron's share of the blame on its handshake (sums to 1). */
  shares: number[];
  /** Which way the rule turns each handshake. */
  directions: Direction[];
  /** The signal each neuron received (its meaning depends on the rule). */
  signals: number[];
  /** The rule's proposed changes: the ghost marks on the dials. */
  weightChanges: number[];
  biasChanges: number[];
  /** The neuron the coach blames most. */
  mostToBlame: number;
}

/** One shot of one line, kept for replays, charts and the class report. */
export interface ShotRecord {
  round: number;
  distance: number;
  power: number;
  landing: number;
  miss: number;
  hit: boolean;
  /** Each neuron's input and output during the pass. */
  inputs: number[];
  outputs: number[];
  weights: number[];
  biases: number[];
  /** Filled in when the coach has spoken. */
  coach: CoachReport | null;
  /** Votes by player id, scored once the coach has spoken. */
  votes: Record<string, Vote | ScoredVote>;
  /** Shots the rule used on top of this one (trial and error shoots twice). */
  extraShots: number;
}

/** One line of neurons (a team). */
export interface Line {
  rule: RuleId;
  neurons: Neuron[];
  /** Fixed random feedback wires (for feedback alignment), drawn once per line. */
  feedback: number[];
  /** This round's shot, from the pass onwards; null before it. */
  current: ShotRecord | null;
  /** Past shots, oldest first, at most LIMITS.history. */
  history: ShotRecord[];
  /** Hits in a row, and the shot on which the line first hit 3 in a row (null until then). */
  streak: number;
  learnedAt: number | null;
}

/** A person in the game. */
export interface Player {
  id: string;
  name: string;
  /** Where they sit: line and seat index (in one network: line 0 and the neuron's index, layer by layer). */
  line: number;
  seat: number;
  connected: boolean;
  /** Points for votes that agreed with the coach. */
  score: number;
  votesCast: number;
  /** Votes that named the neuron the coach blamed most (in one network: the handshake the rule changed most). */
  blameRight: number;
  /**
   * In one network: the votes cast with more than one handshake to pick from (blameRight counts among these;
   * a neuron with one handshake votes only on the way). Optional: a class saved before it existed has none (read as 0).
   */
  choiceVotes?: number;
  directionRight: number;
}

/** The whole game: everything a view needs and everything needed to replay it. */
export interface GameState {
  settings: Settings;
  phase: Phase;
  /** Shots taken so far; the current shot's number during a round. */
  round: number;
  /** Where the hoop stands this round, m. */
  distance: number;
  /** The host replays the same distance next round. */
  replayNext: boolean;
  /** When the current phase ends by itself (ms, the caller's clock), or null if it waits for the host. */
  deadline: number | null;
  /** While paused: the milliseconds the phase had left. */
  pausedRemaining: number | null;
  paused: boolean;
  locked: boolean;
  hostId: string;
  players: Record<string, Player>;
  /** Names the host removed: nobody may join under them (or a look-alike) until the host lets them back. */
  banned: string[];
  /** The lines (teams); empty when the class plays as one network. */
  lines: Line[];
  /** The class's one network (Settings.shape "network"), or null when it plays in lines. */
  network: Network | null;
  /** The seeded generator's state between actions. */
  rngState: number;
  /**
   * How many of the network's latest shots keep their full record; older ones keep a summary. Absent: every
   * shot (solo, whose chapters draw curves over the shots' handshakes). A class sets CLASS_NET_DETAIL (replay.ts).
   */
  netDetail?: number;
}
