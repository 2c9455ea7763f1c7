// The room's Schema state: a field-for-field mirror of the shared GameView (shared/game/state.ts).
// Integers use "number"; every real number a client must show exactly uses "float64", because
// Schema's "number" silently sends small-error reals as float32. Schema cannot carry null: a null
// field in the view is an absent field here (see shared/protocol/wire-view.ts, which puts the nulls back).
// Nor can it nest arrays: a number[][] is an array of RowSchema ({ values }), which wire-view unwraps.
import { ArraySchema, MapSchema, Schema, type } from "@colyseus/schema";

/** Where the hoop stands in the first shots (Settings.hoop). */
export class HoopSchema extends Schema {
  @type("number") fixedRounds = 0;
  @type("float64") fixedDistance = 0;
}

/** The range starting handshakes are drawn from (Settings.startWeights). */
export class RangeSchema extends Schema {
  @type("float64") min = 0;
  @type("float64") max = 0;
}

/** The court's physics (Settings.court). */
export class CourtSchema extends Schema {
  @type("float64") maxSpeed = 0;
  @type("float64") angle = 0;
  @type("float64") releaseAboveRim = 0;
  @type("float64") gravity = 0;
  @type("float64") minDistance = 0;
  @type("float64") maxDistance = 0;
  @type("float64") hoopRadius = 0;
}

/** The host's settings (Settings). */
export class SettingsSchema extends Schema {
  @type("string") shape = "";
  @type("number") layerWidth = 0;
  @type("number") lineLength = 0;
  @type("number") teams = 0;
  @type("number") maxTeams = 0;
  @type("string") activation = "";
  @type(["string"]) rules = new ArraySchema<string>();
  @type("float64") strictness = 0;
  @type("number") voteSeconds = 0;
  @type("number") adjustSeconds = 0;
  @type("boolean") autoAdvance = false;
  @type("string") pace = "";
  @type("string") bots = "";
  @type("number") maxRounds = 0;
  @type(HoopSchema) hoop = new HoopSchema();
  @type(RangeSchema) startWeights = new RangeSchema();
  @type("string") startSigns = "";
  @type(CourtSchema) court = new CourtSchema();
  @type("number") seed = 0;
}

/** One vote; blameRight/directionRight appear once the coach has scored it (Vote | ScoredVote). */
export class VoteSchema extends Schema {
  @type("number") blame = 0;
  @type("string") direction = "";
  @type("boolean") blameRight?: boolean;
  @type("boolean") directionRight?: boolean;
}

/** What the coach said about one line (CoachReport). */
export class CoachSchema extends Schema {
  @type(["float64"]) shares = new ArraySchema<number>();
  @type(["string"]) directions = new ArraySchema<string>();
  @type(["float64"]) signals = new ArraySchema<number>();
  @type(["float64"]) weightChanges = new ArraySchema<number>();
  @type(["float64"]) biasChanges = new ArraySchema<number>();
  @type("number") mostToBlame = 0;
}

/** One shot of one line (ShotRecord); `coach` is absent until the coach has spoken. */
export class ShotSchema extends Schema {
  @type("number") round = 0;
  @type("float64") distance = 0;
  @type("float64") power = 0;
  @type("float64") landing = 0;
  @type("float64") miss = 0;
  @type("boolean") hit = false;
  @type(["float64"]) inputs = new ArraySchema<number>();
  @type(["float64"]) outputs = new ArraySchema<number>();
  @type(["float64"]) weights = new ArraySchema<number>();
  @type(["float64"]) biases = new ArraySchema<number>();
  @type(CoachSchema) coach?: CoachSchema;
  @type({ map: VoteSchema }) votes = new MapSchema<VoteSchema>();
  @type("number") extraShots = 0;
}

/** One seat (Neuron); `playerId` is absent for a bot. */
export class NeuronSchema extends Schema {
  @type("string") playerId?: string;
  @type("string") name = "";
  @type("float64") weight = 0;
  @type("float64") bias = 0;
  @type("boolean") adjusted = false;
  @type("boolean") ready = false;
}

/** One line of neurons, a team (Line); `current` and `learnedAt` are absent while null. */
export class LineSchema extends Schema {
  @type("string") rule = "";
  @type([NeuronSchema]) neurons = new ArraySchema<NeuronSchema>();
  @type(["float64"]) feedback = new ArraySchema<number>();
  @type(ShotSchema) current?: ShotSchema;
  @type([ShotSchema]) history = new ArraySchema<ShotSchema>();
  @type("number") streak = 0;
  @type("number") learnedAt?: number;
}

/** One row of a number[][] (Schema has no nested arrays): a neuron's handshakes, wires or changes. */
export class RowSchema extends Schema {
  @type(["float64"]) values = new ArraySchema<number>();
}

/**
 * One shot of the network (NetShotRecord); `coach` is absent until the rule has spoken. Its lists travel
 * packed into strings (shared/protocol/packed-shot.ts; wire-view.ts unpacks them): a class keeps up to
 * 200 shots, and as nodes and arrays each cost the server ~200 KB of change tracking, as strings ~8 KB.
 * Only a class's latest shots are kept in full (NetworkSchema.history); older ones travel as summaries.
 */
export class NetShotSchema extends Schema {
  @type("number") round = 0;
  @type("float64") distance = 0;
  @type("float64") power = 0;
  @type("float64") landing = 0;
  @type("float64") miss = 0;
  @type("boolean") hit = false;
  /** outputs, biases and weights (packShotNumbers). */
  @type("string") numbers = "";
  /** The rule's report (packCoach). */
  @type("string") coach?: string;
  /** Votes by player id (packVote). */
  @type({ map: "string" }) votes = new MapSchema<string>();
  @type("number") extraShots = 0;
}

/** One neuron of the network (NetNeuron); `playerId` is absent for a bot. */
export class NetNeuronSchema extends Schema {
  @type("string") playerId?: string;
  @type("string") name = "";
  @type("number") layer = 0;
  @type("number") index = 0;
  @type(["float64"]) weights = new ArraySchema<number>();
  @type("float64") bias = 0;
  @type("boolean") adjusted = false;
  @type("boolean") biasAdjusted = false;
  @type("boolean") ready = false;
}

/** The class's one network (Network); `current` and `learnedAt` are absent while null. */
export class NetworkSchema extends Schema {
  @type("string") rule = "";
  @type(["number"]) widths = new ArraySchema<number>();
  @type([NetNeuronSchema]) neurons = new ArraySchema<NetNeuronSchema>();
  @type([RowSchema]) feedback = new ArraySchema<RowSchema>();
  @type(NetShotSchema) current?: NetShotSchema;
  /**
   * The history's old shots (NetShotSummary, oldest first), one packed string each (packShotSummary, ~0.4 KB
   * at 31 neurons): no node and no change tracking per shot. wire-view.ts puts them before `history`.
   */
  @type(["string"]) past = new ArraySchema<string>();
  /** The history's latest shots, those that keep their full record (NetShotRecord). */
  @type([NetShotSchema]) history = new ArraySchema<NetShotSchema>();
  @type("number") streak = 0;
  @type("number") learnedAt?: number;
}

/** A person in the game (Player). */
export class PlayerSchema extends Schema {
  @type("string") id = "";
  @type("string") name = "";
  @type("number") line = 0;
  @type("number") seat = 0;
  @type("boolean") connected = false;
  @type("number") score = 0;
  @type("number") votesCast = 0;
  /** In one network: votes cast with more than one handshake to pick (absent in a class saved before it existed, as in Player). */
  @type("number") choiceVotes?: number;
  @type("number") blameRight = 0;
  @type("number") directionRight = 0;
}

/** The whole game as every client sees it (GameView); `deadline` and `pausedRemaining` are absent while null. */
export class ClassroomState extends Schema {
  @type(SettingsSchema) settings = new SettingsSchema();
  @type("string") phase = "";
  @type("number") round = 0;
  @type("float64") distance = 0;
  @type("boolean") replayNext = false;
  @type("float64") deadline?: number;
  @type("float64") pausedRemaining?: number;
  @type("boolean") paused = false;
  @type("boolean") locked = false;
  @type("string") hostId = "";
  @type({ map: PlayerSchema }) players = new MapSchema<PlayerSchema>();
  @type(["string"]) banned = new ArraySchema<string>();
  @type([LineSchema]) lines = new ArraySchema<LineSchema>();
  /** Absent while the class plays in lines (GameView.network null). */
  @type(NetworkSchema) network?: NetworkSchema;
}
