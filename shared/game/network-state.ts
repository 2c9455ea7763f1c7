// A class played as one network instead of lines (Settings.shape "network"): the state's types. Every
// neuron is a seat, listed layer by layer (layer 0 first, the shooter last), so a seat is one index as in
// a line. Engine: network-round.ts; the maths: shared/network.
import type { Direction } from "../line";
import type { RuleId } from "../rules";

/** One neuron of the class's network: a seat held by a person or a bot. */
export interface NetNeuron {
  /** The player in this seat, or null for a bot. */
  playerId: string | null;
  /** What the projector shows: the player's nickname or the bot's name. */
  name: string;
  /** Its layer (0 takes the hoop's distance; the last layer is the shooter alone) and its place in that layer. */
  layer: number;
  index: number;
  /** One handshake per neuron of the layer before, in that layer's order (layer 0: one, with the distance). */
  weights: number[];
  /** Excitability. */
  bias: number;
  /** Whether the player adjusted any dial this round (bots and untouched dials follow the rule). */
  adjusted: boolean;
  /** Whether that turn set the excitability too, so it stands even where it was at the shot ("keep all"). */
  biasAdjusted: boolean;
  /** Whether the player said they are done adjusting. */
  ready: boolean;
}

/** A guess in a network, before the rule speaks: which of my own handshakes carries the blame, and which way to turn it. */
export interface NetVote {
  /** Index of the neighbour before me (in its layer) whose handshake with me I blame most. */
  handshake: number;
  direction: Direction;
}

/** A network vote once the rule has spoken. */
export interface ScoredNetVote extends NetVote {
  /**
   * The voter had a choice (more than one handshake) and picked the one the rule changes most. False for a
   * neuron with one handshake: it had nothing to pick, so only the way is scored (network-votes hasChoice).
   */
  handshakeRight: boolean;
  /** The rule turns that handshake the way the voter said. */
  directionRight: boolean;
}

/** What the rule said about the network after its shot; per neuron lists follow the seat order. */
export interface NetCoachReport {
  /** What each neuron was told (its delta under backprop; see NetworkProposal.signals). */
  signals: number[];
  /** weightChanges[seat][i]: the change to that neuron's handshake with neuron i of the layer before. */
  weightChanges: number[][];
  biasChanges: number[];
  /** Each neuron's share of the blame: the size of its handshakes' changes over the whole network's (sums to 1). */
  shares: number[];
  /** The seat with the largest share. */
  mostToBlame: number;
  /** Trial and error only: where the second shot, taken with everyone's wiggle, landed (its miss: landing - distance). */
  retry?: { landing: number; miss: number };
}

/** What every shot of the network keeps however old: where it landed and the blame's shares (the board's and the phones' summaries read no more). */
export interface NetShotSummary {
  round: number;
  distance: number;
  power: number;
  landing: number;
  miss: number;
  hit: boolean;
  /** Shots the rule used on top of this one (trial and error shoots twice). */
  extraShots: number;
  /** Each neuron's share of the blame (a student's end screen averages theirs over the game), once the rule has spoken. */
  coach: Pick<NetCoachReport, "shares"> | null;
}

/** One shot of the network in full, as the map, the phones and the report read the one being played. */
export interface NetShotRecord extends NetShotSummary {
  /** Each neuron's output during the pass, by seat (its inputs are the outputs of the layer before, or the distance). */
  outputs: number[];
  /** The handshakes and excitabilities the shot was taken with, by seat. */
  weights: number[][];
  biases: number[];
  /** Filled in when the rule has spoken. */
  coach: NetCoachReport | null;
  /** Votes by player id, scored once the rule has spoken. */
  votes: Record<string, NetVote | ScoredNetVote>;
}

/** A shot in the network's history: its full record while among the latest (Network.history), else its summary. */
export type NetShot = NetShotRecord | NetShotSummary;

/**
 * How many of a class's latest shots keep their full record (GameState.netDetail): nothing in a classroom
 * reads more of an older shot than its summary, and at 31 neurons a full shot costs the server ~24 KB
 * (engine and Schema state), a summary ~1-2 KB (test/bench/load-network-memory.ts).
 */
export const CLASS_NET_DETAIL = 3;

/** Whether a shot of the history still has its full record. */
export function hasDetail(shot: NetShot): shot is NetShotRecord {
  return "outputs" in shot;
}

/** The class's one network. */
export interface Network {
  rule: RuleId;
  /** How many neurons each layer has; the last is 1 (the shooter). */
  widths: number[];
  /** Every neuron, layer by layer. */
  neurons: NetNeuron[];
  /** Fixed random feedback wires (feedback alignment), shaped like the handshakes: feedback[seat][i]. */
  feedback: number[][];
  current: NetShotRecord | null;
  /** Past shots, oldest first, at most LIMITS.history: the latest in full, older ones summarized (GameState.netDetail). */
  history: NetShot[];
  streak: number;
  learnedAt: number | null;
}

/** The full record of a shot that must still have one (throws on a summary: a reader went further back than the game keeps). */
export function fullShot(shot: NetShot): NetShotRecord {
  if (!hasDetail(shot)) throw new Error(`Shot ${shot.round} keeps only its summary`);
  return shot;
}
