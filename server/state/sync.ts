// Copies the engine's view into the room's Schema state, by reference: the reducer shares every
// unchanged line, neuron and record between states, so an unchanged object is skipped whole and only
// what really changed is written (and so patched). Invariant: each Schema node mirrors `prev`.
import type { ArraySchema, MapSchema } from "@colyseus/schema";
import type {
  CoachReport,
  GameView,
  Line,
  NetNeuron,
  NetShot,
  NetShotRecord,
  Network,
  Neuron,
  Player,
  ScoredVote,
  Settings,
  ShotRecord,
  Vote,
} from "../../shared";
import {
  ClassroomState,
  CoachSchema,
  LineSchema,
  NetNeuronSchema,
  NetShotSchema,
  NetworkSchema,
  NeuronSchema,
  PlayerSchema,
  RowSchema,
  SettingsSchema,
  ShotSchema,
  VoteSchema,
} from "./schema";
import { hasDetail } from "../../shared/game/network-state";
import { packCoach, packShotNumbers, packShotSummary, packVote } from "../../shared/protocol/packed-shot";

/** Brings `state` from mirroring `prev` (undefined: nothing yet) to mirroring `next`. */
export function syncState(state: ClassroomState, next: GameView, prev?: GameView): void {
  if (next === prev) return;
  syncSettings(state.settings, next.settings, prev?.settings);
  state.phase = next.phase;
  state.round = next.round;
  state.distance = next.distance;
  state.replayNext = next.replayNext;
  state.deadline = next.deadline ?? undefined;
  state.pausedRemaining = next.pausedRemaining ?? undefined;
  state.paused = next.paused;
  state.locked = next.locked;
  state.hostId = next.hostId;
  syncMap(state.players, next.players, prev?.players, () => new PlayerSchema(), syncPlayer);
  syncValues(state.banned, next.banned, prev?.banned);
  syncObjects(state.lines, next.lines, prev?.lines, () => new LineSchema(), syncLine);
  if (next.network === null) state.network = undefined;
  else if (state.network === undefined) syncNetwork((state.network = new NetworkSchema()), next.network);
  else syncNetwork(state.network, next.network, prev?.network ?? undefined);
}

function syncSettings(s: SettingsSchema, next: Settings, prev?: Settings): void {
  if (next === prev) return;
  s.shape = next.shape;
  s.layerWidth = next.layerWidth;
  s.lineLength = next.lineLength;
  s.teams = next.teams;
  s.maxTeams = next.maxTeams;
  s.activation = next.activation;
  syncValues(s.rules, next.rules, prev?.rules);
  s.strictness = next.strictness;
  s.voteSeconds = next.voteSeconds;
  s.adjustSeconds = next.adjustSeconds;
  s.autoAdvance = next.autoAdvance;
  s.pace = next.pace;
  s.bots = next.bots;
  s.maxRounds = next.maxRounds;
  s.hoop.fixedRounds = next.hoop.fixedRounds;
  s.hoop.fixedDistance = next.hoop.fixedDistance;
  s.startWeights.min = next.startWeights.min;
  s.startWeights.max = next.startWeights.max;
  s.startSigns = next.startSigns;
  Object.assign(s.court, next.court);
  s.seed = next.seed;
}

function syncPlayer(s: PlayerSchema, next: Player, prev?: Player): void {
  if (next === prev) return;
  s.id = next.id;
  s.name = next.name;
  s.line = next.line;
  s.seat = next.seat;
  s.connected = next.connected;
  s.score = next.score;
  s.votesCast = next.votesCast;
  s.choiceVotes = next.choiceVotes;
  s.blameRight = next.blameRight;
  s.directionRight = next.directionRight;
}

function syncLine(s: LineSchema, next: Line, prev?: Line): void {
  if (next === prev) return;
  s.rule = next.rule;
  syncObjects(s.neurons, next.neurons, prev?.neurons, () => new NeuronSchema(), syncNeuron);
  syncValues(s.feedback, next.feedback, prev?.feedback);
  if (next.current === null) s.current = undefined;
  else if (next.current !== prev?.current) {
    // Once the coach has filed the shot, the same node also sits in history: never edit it in place then.
    if (s.current === undefined || filed.has(s.current)) syncShot((s.current = new ShotSchema()), next.current);
    else syncShot(s.current, next.current, prev?.current ?? undefined);
  }
  syncHistory(s, next.history, prev?.history, next.current);
  s.streak = next.streak;
  s.learnedAt = next.learnedAt ?? undefined;
}

/**
 * History only grows (and would drop its oldest past the limit); records never change once filed.
 * The record the coach files is the line's `current` too: it goes in as the same Schema node, so the
 * patch carries a reference to it instead of the whole shot again. A changed slot gets a new node.
 */
/** Shot nodes placed in a history (they may also be a line's `current`). */
const filed = new WeakSet<ShotSchema>();

function syncHistory(s: LineSchema, next: readonly ShotRecord[], prev: readonly ShotRecord[] | undefined, current: ShotRecord | null): void {
  if (next === prev) return;
  const arr = s.history;
  for (const [i, shot] of next.entries()) {
    if (i < arr.length && prev?.[i] === shot) continue;
    let node = shot === current ? s.current : undefined;
    if (node === undefined) syncShot((node = new ShotSchema()), shot);
    filed.add(node);
    if (i < arr.length) arr[i] = node;
    else arr.push(node);
  }
  while (arr.length > next.length) arr.pop();
}

function syncNeuron(s: NeuronSchema, next: Neuron, prev?: Neuron): void {
  if (next === prev) return;
  s.playerId = next.playerId ?? undefined;
  s.name = next.name;
  s.weight = next.weight;
  s.bias = next.bias;
  s.adjusted = next.adjusted;
  s.ready = next.ready;
}

function syncShot(s: ShotSchema, next: ShotRecord, prev?: ShotRecord): void {
  if (next === prev) return;
  s.round = next.round;
  s.distance = next.distance;
  s.power = next.power;
  s.landing = next.landing;
  s.miss = next.miss;
  s.hit = next.hit;
  syncValues(s.inputs, next.inputs, prev?.inputs);
  syncValues(s.outputs, next.outputs, prev?.outputs);
  syncValues(s.weights, next.weights, prev?.weights);
  syncValues(s.biases, next.biases, prev?.biases);
  if (next.coach === null) s.coach = undefined;
  else if (s.coach === undefined) syncCoach((s.coach = new CoachSchema()), next.coach);
  else syncCoach(s.coach, next.coach, prev?.coach ?? undefined);
  syncMap(s.votes, next.votes, prev?.votes, () => new VoteSchema(), syncVote);
  s.extraShots = next.extraShots;
}

function syncCoach(s: CoachSchema, next: CoachReport, prev?: CoachReport): void {
  if (next === prev) return;
  syncValues(s.shares, next.shares, prev?.shares);
  syncValues(s.directions, next.directions, prev?.directions);
  syncValues(s.signals, next.signals, prev?.signals);
  syncValues(s.weightChanges, next.weightChanges, prev?.weightChanges);
  syncValues(s.biasChanges, next.biasChanges, prev?.biasChanges);
  s.mostToBlame = next.mostToBlame;
}

function syncVote(s: VoteSchema, next: Vote | ScoredVote, prev?: Vote | ScoredVote): void {
  if (next === prev) return;
  s.blame = next.blame;
  s.direction = next.direction;
  s.blameRight = "blameRight" in next ? next.blameRight : undefined;
  s.directionRight = "directionRight" in next ? next.directionRight : undefined;
}

/** The class's one network, as syncLine does a line: the filed shot is the same node as `current`. */
function syncNetwork(s: NetworkSchema, next: Network, prev?: Network): void {
  if (next === prev) return;
  s.rule = next.rule;
  syncValues(s.widths, next.widths, prev?.widths);
  syncObjects(s.neurons, next.neurons, prev?.neurons, () => new NetNeuronSchema(), syncNetNeuron);
  syncRows(s.feedback, next.feedback, prev?.feedback);
  if (next.current === null) s.current = undefined;
  else if (next.current !== prev?.current) {
    if (s.current === undefined || netFiled.has(s.current)) syncNetShot((s.current = new NetShotSchema()), next.current);
    else syncNetShot(s.current, next.current, prev?.current ?? undefined);
  }
  syncNetHistory(s, next.history, prev?.history, next.current);
  s.streak = next.streak;
  s.learnedAt = next.learnedAt ?? undefined;
}

/** Network shot nodes placed in the history (they may also be the network's `current`). */
const netFiled = new WeakSet<NetShotSchema>();

/**
 * The history in two parts (see NetworkSchema): its old shots' summaries into `past` as strings, its latest
 * full records into `history` as nodes. The engine keeps the summaries first (network-round.ts `filed`).
 */
function syncNetHistory(s: NetworkSchema, next: readonly NetShot[], prev: readonly NetShot[] | undefined, current: NetShotRecord | null): void {
  if (next === prev) return;
  const nextOld = next.filter((shot) => !hasDetail(shot));
  const prevOld = prev?.filter((shot) => !hasDetail(shot));
  syncWindow(s.past, nextOld, prevOld, (shot, i, arr) => {
    const packed = packShotSummary(shot);
    if (i < arr.length) arr[i] = packed;
    else arr.push(packed);
  });
  syncFull(s, next.filter(hasDetail), prev?.filter(hasDetail), current);
}

/**
 * Brings `arr` from mirroring `prev` to mirroring `next`, a list that keeps its elements in place and only
 * grows at its end or drops its first ones (the history, or a part of it): an element not in `prev` at
 * its place is written with `put`, and dropped ones are shifted off (else every slot would differ, and
 * each round would rewrite them all).
 */
function syncWindow<S, T>(arr: ArraySchema<S>, next: readonly T[], prev: readonly T[] | undefined, put: (value: T, i: number, arr: ArraySchema<S>) => void): void {
  const first = next[0];
  const dropped = prev !== undefined && first !== undefined && prev[0] !== first ? prev.indexOf(first) : -1;
  if (prev !== undefined && dropped > 0 && arr.length === prev.length) {
    for (let i = 0; i < dropped; i++) arr.shift();
    prev = prev.slice(dropped);
  }
  for (const [i, value] of next.entries()) {
    if (i < arr.length && prev?.[i] === value) continue;
    put(value, i, arr);
  }
  while (arr.length > next.length) arr.pop();
}

/** The latest full records, as syncHistory: they never change once filed; the one just filed goes in as the `current` node. */
function syncFull(s: NetworkSchema, next: readonly NetShotRecord[], prev: readonly NetShotRecord[] | undefined, current: NetShotRecord | null): void {
  syncWindow(s.history, next, prev, (shot, i, arr) => {
    let node = shot === current ? s.current : undefined;
    if (node === undefined) syncNetShot((node = new NetShotSchema()), shot);
    netFiled.add(node);
    if (i < arr.length) arr[i] = node;
    else arr.push(node);
  });
}

function syncNetNeuron(s: NetNeuronSchema, next: NetNeuron, prev?: NetNeuron): void {
  if (next === prev) return;
  s.playerId = next.playerId ?? undefined;
  s.name = next.name;
  s.layer = next.layer;
  s.index = next.index;
  syncValues(s.weights, next.weights, prev?.weights);
  s.bias = next.bias;
  s.adjusted = next.adjusted;
  s.biasAdjusted = next.biasAdjusted;
  s.ready = next.ready;
}

/** A shot's lists as packed strings (see NetShotSchema): each repacked only when the engine replaced it. */
function syncNetShot(s: NetShotSchema, next: NetShotRecord, prev?: NetShotRecord): void {
  if (next === prev) return;
  s.round = next.round;
  s.distance = next.distance;
  s.power = next.power;
  s.landing = next.landing;
  s.miss = next.miss;
  s.hit = next.hit;
  if (prev === undefined || next.outputs !== prev.outputs || next.biases !== prev.biases || next.weights !== prev.weights) s.numbers = packShotNumbers(next);
  if (next.coach === null) s.coach = undefined;
  else if (s.coach === undefined || next.coach !== prev?.coach) s.coach = packCoach(next.coach);
  syncPacked(s.votes, next.votes, prev?.votes, packVote);
  s.extraShots = next.extraShots;
}

/** A record of values by key as packed strings: added, replaced where the engine replaced it, or deleted. */
function syncPacked<T>(map: MapSchema<string>, next: Readonly<Record<string, T>>, prev: Readonly<Record<string, T>> | undefined, pack: (v: T) => string): void {
  if (next === prev) return;
  for (const [key, value] of Object.entries(next)) {
    if (prev !== undefined && prev[key] === value && Object.hasOwn(prev, key)) continue;
    const packed = pack(value);
    if (map.get(key) !== packed) map.set(key, packed);
  }
  const gone = prev === undefined ? Array.from(map.keys()) : Object.keys(prev);
  for (const key of gone) if (!Object.hasOwn(next, key)) map.delete(key);
}

/** A number[][] as rows, each written where it differs. */
function syncRows(arr: ArraySchema<RowSchema>, next: readonly (readonly number[])[], prev?: readonly (readonly number[])[]): void {
  syncObjects(arr, next, prev, () => new RowSchema(), (r, n, p) => syncValues(r.values, n, p));
}

/** A list of plain values, written element by element where they differ. */
function syncValues<T extends number | string>(arr: ArraySchema<T>, next: readonly T[], prev?: readonly T[]): void {
  if (next === prev) return;
  let i = -1;
  for (const value of next) {
    i++;
    // arr mirrors prev: an element equal to prev's is skipped without reading the Schema array (a Proxy).
    if (prev !== undefined && i < prev.length && Object.is(prev[i], value)) continue;
    if (i >= arr.length) arr.push(value);
    else if (!Object.is(arr[i], value)) arr[i] = value;
  }
  while (arr.length > next.length) arr.pop();
}

/** A list of objects: each element synced in place against the element it mirrored. */
function syncObjects<S, T>(arr: ArraySchema<S>, next: readonly T[], prev: readonly T[] | undefined, make: () => S, sync: (s: S, n: T, p?: T) => void): void {
  if (next === prev) return;
  let i = -1;
  for (const value of next) {
    i++;
    // The element the reducer left alone (all neurons but one on a dial turn): its node mirrors it already.
    if (prev !== undefined && i < prev.length && prev[i] === value) continue;
    const existing = arr[i];
    if (existing !== undefined) {
      sync(existing, value, prev?.[i]);
    } else {
      const s = make();
      sync(s, value);
      arr.push(s);
    }
  }
  while (arr.length > next.length) arr.pop();
}

/** A record of objects by key: added, synced in place, or deleted. */
function syncMap<S, T>(map: MapSchema<S>, next: Readonly<Record<string, T>>, prev: Readonly<Record<string, T>> | undefined, make: () => S, sync: (s: S, n: T, p?: T) => void): void {
  if (next === prev) return;
  for (const [key, value] of Object.entries(next)) {
    // Unchanged entries (most of them: one vote or one player changes at a time) are not even looked up.
    if (prev !== undefined && prev[key] === value && Object.hasOwn(prev, key)) continue;
    const existing = map.get(key);
    if (existing !== undefined) {
      sync(existing, value, prev?.[key]);
    } else {
      const s = make();
      sync(s, value);
      map.set(key, s);
    }
  }
  if (prev === undefined) {
    for (const key of Array.from(map.keys())) if (!Object.hasOwn(next, key)) map.delete(key);
  } else {
    for (const key in prev) if (!Object.hasOwn(next, key)) map.delete(key);
  }
}
