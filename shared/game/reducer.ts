import { ACTIVATIONS } from "../line";
import { Rng } from "../random";
import { RULES } from "../rules";
import type { Action, ErrorCode, GameError } from "./actions";
import { buildLines, freeSeat, playedByBot, sit, unsit } from "./lines";
import { cleanName, generatedName, nameKey } from "./names";
import { allVoted, lineVotes } from "./votes";
import { advance, enter } from "./round";
import { DEFAULT_SETTINGS, LIMITS, type Settings, teamRule } from "./settings";
import type { GameState, Player } from "./state";
import { at } from "../checked";

/** What an action did: the new state, or a refusal with the state unchanged. */
export type Result = { ok: true; state: GameState } | { ok: false; error: GameError; state: GameState };

/** A new game in the lobby, hosted by `hostId`, every seat a bot. */
export function createGame(hostId: string, settings: Partial<Settings> = {}): GameState {
  const full: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const rng = new Rng(full.seed);
  const lines = buildLines(full, rng);
  return {
    settings: full,
    phase: "lobby",
    round: 0,
    distance: full.hoop.fixedDistance,
    replayNext: false,
    deadline: null,
    pausedRemaining: null,
    paused: false,
    locked: false,
    hostId,
    players: {},
    banned: [],
    lines,
    rngState: rng.state,
  };
}

class Refusal extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}

function refuse(code: ErrorCode, message: string): never {
  throw new Refusal(code, message);
}

/**
 * The game's one rule book: applies an action at time `now` (ms). Pure: the state passed in is never
 * changed; a refused action returns it as it was, with a typed error saying why.
 */
export function reduce(state: GameState, action: Action, now: number): Result {
  try {
    return { ok: true, state: apply(state, action, now) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, error: { code: e.code, message: e.message }, state };
    throw e;
  }
}

function apply(state: GameState, action: Action, now: number): GameState {
  if (typeof action !== "object" || action === null) refuse("bad-action", "An action must be an object.");
  const s: GameState = { ...state };
  switch (action.type) {
    case "join":
      join(s, action.by, action.name, action.line, action.seat);
      return s;
    case "leave": {
      if (action.by !== action.player) host(s, action.by);
      const p = s.players[action.player] ?? refuse("unknown-player", "That player is not in this game.");
      s.lines = s.lines.slice();
      unsit(s.lines, p.line, p.seat);
      const { [p.id]: _gone, ...rest } = s.players;
      s.players = rest;
      // Removed by the host: the name stays out of this class until the host lets it back in.
      if (action.by !== action.player && !isBanned(s, p.name)) s.banned = [...s.banned, p.name];
      return s;
    }
    case "unban": {
      host(s, action.by);
      if (typeof action.name !== "string") refuse("bad-action", "Say which name to let back in.");
      const key = nameKey(action.name);
      if (!isBanned(s, action.name)) refuse("unknown-player", "That name was not removed from this class.");
      s.banned = s.banned.filter((b) => nameKey(b) !== key);
      return s;
    }
    case "connection": {
      if (action.player === s.hostId && !s.players[action.player]) {
        // The projector went dark: hold the game until the host is back.
        if (!action.connected) pause(s, now);
        return s;
      }
      const p = s.players[action.player] ?? refuse("unknown-player", "That player is not in this game.");
      s.players = { ...s.players, [p.id]: { ...p, connected: action.connected } };
      if (!action.connected && p.id === s.hostId) pause(s, now);
      return s;
    }
    case "configure":
      host(s, action.by);
      configure(s, action.settings);
      return s;
    case "start":
      host(s, action.by);
      if (s.phase !== "lobby" && s.phase !== "summary") refuse("wrong-phase", "The game has already started.");
      if (s.phase === "summary") restart(s);
      s.paused = false;
      enter(s, "aim", now);
      return s;
    case "next":
      host(s, action.by);
      if (s.phase === "lobby" || s.phase === "summary") refuse("wrong-phase", `There is no next phase in the ${s.phase}.`);
      if (action.replay !== undefined && typeof action.replay !== "boolean") refuse("bad-action", "replay must be true or false.");
      if (action.replay) s.replayNext = true;
      s.paused = false;
      advance(s, now);
      return s;
    case "pause":
      host(s, action.by);
      if (s.phase === "lobby" || s.phase === "summary") refuse("wrong-phase", "Nothing is running to pause.");
      pause(s, now);
      return s;
    case "resume":
      host(s, action.by);
      if (!s.paused) refuse("wrong-phase", "The game is not paused.");
      s.paused = false;
      s.deadline = s.pausedRemaining === null ? null : now + s.pausedRemaining;
      s.pausedRemaining = null;
      return s;
    case "lock":
      host(s, action.by);
      if (typeof action.locked !== "boolean") refuse("bad-action", "locked must be true or false.");
      s.locked = action.locked;
      return s;
    case "end":
      host(s, action.by);
      if (s.phase === "summary") refuse("wrong-phase", "The game has already ended.");
      s.phase = "summary";
      s.deadline = null;
      s.paused = false;
      s.pausedRemaining = null;
      return s;
    case "setHoop": {
      host(s, action.by);
      const { court } = s.settings;
      const d = number(action.distance, "The hoop's distance", court.minDistance, court.maxDistance);
      s.settings = { ...s.settings, hoop: { fixedDistance: d, fixedRounds: LIMITS.maxRounds.max } };
      if (s.phase === "lobby" || s.phase === "aim") s.distance = d;
      return s;
    }
    case "vote":
      vote(s, action.by, action.blame, action.direction, now);
      return s;
    case "adjust":
      adjust(s, action.by, action.weight, action.bias);
      return s;
    case "ready": {
      const { line, seat } = seated(s, action.by);
      if (s.phase !== "adjust") refuse("wrong-phase", "You can only say you are done while adjusting.");
      updateNeuron(s, line, seat, { ready: true });
      if (s.settings.autoAdvance && !s.paused && everyone(s, (n) => n.ready)) advance(s, now);
      return s;
    }
    case "tick":
      // Most ticks find nothing due: hand back the same object, so callers can skip work by identity.
      if (s.paused || s.deadline === null || now < s.deadline) return state;
      advance(s, now);
      return s;
    default:
      return refuse("bad-action", `Unknown action "${String((action as { type?: unknown }).type)}".`);
  }
}

function host(s: GameState, by: string): void {
  if (by !== s.hostId) refuse("not-host", "Only the host can do that.");
}

function pause(s: GameState, now: number): void {
  if (s.paused || s.phase === "lobby" || s.phase === "summary") return;
  s.paused = true;
  s.pausedRemaining = s.deadline === null ? null : Math.max(0, s.deadline - now);
  s.deadline = null;
}

/** A finite number within [min, max], or a refusal naming what was wrong. */
function number(v: unknown, what: string, min: number, max: number): number {
  if (typeof v !== "number" || Number.isNaN(v)) refuse("not-a-number", `${what} must be a number.`);
  if (!Number.isFinite(v) || v < min || v > max) refuse("out-of-range", `${what} must be between ${min} and ${max}.`);
  return v;
}

function integer(v: unknown, what: string, min: number, max: number): number {
  const n = number(v, what, min, max);
  if (!Number.isInteger(n)) refuse("out-of-range", `${what} must be a whole number.`);
  return n;
}

function seated(s: GameState, by: string): Player {
  return s.players[by] ?? refuse("not-seated", "You do not have a seat in this game.");
}

function updateNeuron(s: GameState, line: number, seat: number, patch: Partial<GameState["lines"][number]["neurons"][number]>): void {
  s.lines = s.lines.slice();
  const from = at(s.lines, line);
  const l = { ...from, neurons: from.neurons.slice() };
  l.neurons[seat] = { ...at(from.neurons, seat), ...patch };
  s.lines[line] = l;
}

/** Whether every connected person in a seat satisfies `done` (false when nobody is connected). */
function everyone(s: GameState, done: (n: GameState["lines"][number]["neurons"][number], line: number) => boolean): boolean {
  let people = 0;
  for (let li = 0; li < s.lines.length; li++) {
    for (const n of at(s.lines, li).neurons) {
      if (playedByBot(s, n)) continue;
      people++;
      if (!done(n, li)) return false;
    }
  }
  return people > 0;
}

function join(s: GameState, by: string, rawName: string, line?: number, seat?: number): void {
  if (typeof by !== "string" || by.length === 0 || by.length > 64) refuse("bad-action", "A player needs an id.");
  if (s.players[by]) refuse("bad-action", "You already have a seat.");
  if (s.locked) refuse("locked", "This class is locked: ask your teacher to unlock it.");
  if (line !== undefined) integer(line, "The line", 0, s.lines.length - 1);
  if (seat !== undefined) integer(seat, "The seat", 0, s.settings.lineLength - 1);
  const rng = new Rng(s.rngState);
  let name: string;
  if (typeof rawName !== "string") refuse("bad-name", "A nickname must be text.");
  if (rawName.trim() === "") {
    // A generated name, made unique if needed.
    do name = generatedName(rng);
    while (nameTaken(s, name) || isBanned(s, name));
  } else {
    const cleaned = cleanName(rawName);
    if (!cleaned.ok) refuse("bad-name", cleaned.message);
    name = cleaned.name;
    if (isBanned(s, name)) refuse("banned", "Your teacher removed that name from this class.");
    if (nameTaken(s, name)) refuse("name-taken", `Someone here is already called ${name}. Try another nickname.`);
  }
  const place = freeSeat(s.lines, line, seat) ?? refuse("full", "Every seat is taken: this class is full.");
  const player: Player = {
    id: by,
    name,
    line: place.line,
    seat: place.seat,
    connected: true,
    score: 0,
    votesCast: 0,
    blameRight: 0,
    directionRight: 0,
  };
  s.players = { ...s.players, [by]: player };
  s.lines = s.lines.slice();
  sit(s.lines, player, place.line, place.seat);
  s.rngState = rng.state;
}

/** Whether someone here already has this name, or one that looks the same on a projector. */
function nameTaken(s: GameState, name: string): boolean {
  const key = nameKey(name);
  return Object.values(s.players).some((p) => nameKey(p.name) === key);
}

/** Whether the host removed this name (or one that looks the same). */
function isBanned(s: GameState, name: string): boolean {
  const key = nameKey(name);
  return s.banned.some((b) => nameKey(b) === key);
}

function vote(s: GameState, by: string, blame: unknown, direction: unknown, now: number): void {
  const p = seated(s, by);
  if (s.phase !== "vote") refuse("wrong-phase", "Voting is closed right now.");
  if (s.paused) refuse("paused", "The game is paused.");
  const b = integer(blame, "The neuron you blame", 0, s.settings.lineLength - 1);
  if (direction !== "firmer" && direction !== "looser") refuse("bad-action", 'The direction must be "firmer" or "looser".');
  const line = at(s.lines, p.line);
  const rec = line.current ?? refuse("wrong-phase", "There is no shot to vote on.");
  if (!lineVotes(line)) refuse("wrong-phase", "Your line has nobody to blame this time: no vote.");
  if (rec.votes[by]) refuse("already-voted", "You have already voted this round.");
  s.lines = s.lines.slice();
  s.lines[p.line] = { ...line, current: { ...rec, votes: { ...rec.votes, [by]: { blame: b, direction } } } };
  // Everyone asked (people in lines that vote) has voted: move on.
  if (s.settings.autoAdvance && allVoted(s)) advance(s, now);
}

function adjust(s: GameState, by: string, weight: unknown, bias: unknown): void {
  const p = seated(s, by);
  if (s.phase !== "adjust") refuse("wrong-phase", "You can only turn your dial while adjusting.");
  if (s.paused) refuse("paused", "The game is paused.");
  const w = number(weight, "Your handshake", -LIMITS.weight, LIMITS.weight);
  const patch: { weight: number; adjusted: true; bias?: number } = { weight: w, adjusted: true };
  if (bias !== undefined) patch.bias = number(bias, "Your excitability", -LIMITS.weight, LIMITS.weight);
  updateNeuron(s, p.line, p.seat, patch);
}

const SHAPE_KEYS = ["lineLength", "teams", "activation", "startWeights", "court", "seed"] as const;

function configure(s: GameState, patch: unknown): void {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) refuse("bad-action", "Settings must be an object.");
  const p = patch as Partial<Settings>;
  const next: Settings = { ...s.settings };
  const known = new Set<string>(Object.keys(DEFAULT_SETTINGS));
  for (const key of Object.keys(p)) if (!known.has(key)) refuse("bad-action", `Unknown setting "${key}".`);
  const reshapes = SHAPE_KEYS.some((k) => k in p);
  if (reshapes && s.phase !== "lobby" && s.phase !== "summary") {
    refuse("wrong-phase", "The line's shape can only change in the lobby or after the game.");
  }
  if (p.lineLength !== undefined) next.lineLength = integer(p.lineLength, "Line length", LIMITS.lineLength.min, LIMITS.lineLength.max);
  if (p.teams !== undefined) next.teams = integer(p.teams, "Number of lines", LIMITS.teams.min, LIMITS.teams.max);
  if (p.activation !== undefined) {
    if (typeof p.activation !== "string" || !Object.hasOwn(ACTIVATIONS, p.activation)) refuse("bad-action", `Unknown activation "${String(p.activation)}".`);
    next.activation = p.activation;
  }
  if (p.rules !== undefined) {
    if (!Array.isArray(p.rules) || p.rules.length < 1 || p.rules.length > LIMITS.teams.max) refuse("bad-action", "rules must be a list of 1 to 8 learning rules.");
    for (const r of p.rules) if (typeof r !== "string" || !Object.hasOwn(RULES, r)) refuse("bad-action", `Unknown learning rule "${String(r)}".`);
    next.rules = p.rules.slice();
  }
  if (p.strictness !== undefined) next.strictness = number(p.strictness, "The coach's strictness", LIMITS.strictness.min, LIMITS.strictness.max);
  if (p.voteSeconds !== undefined) next.voteSeconds = integer(p.voteSeconds, "The vote timer", LIMITS.timer.min, LIMITS.timer.max);
  if (p.adjustSeconds !== undefined) next.adjustSeconds = integer(p.adjustSeconds, "The adjust timer", LIMITS.timer.min, LIMITS.timer.max);
  if (p.autoAdvance !== undefined) {
    if (typeof p.autoAdvance !== "boolean") refuse("bad-action", "autoAdvance must be true or false.");
    next.autoAdvance = p.autoAdvance;
  }
  if (p.maxRounds !== undefined) next.maxRounds = integer(p.maxRounds, "The number of shots", Math.max(LIMITS.maxRounds.min, s.round), LIMITS.maxRounds.max);
  if (p.hoop !== undefined) {
    const h = p.hoop as Partial<Settings["hoop"]>;
    if (typeof h !== "object" || h === null) refuse("bad-action", "hoop must be an object.");
    next.hoop = {
      fixedRounds: integer(h.fixedRounds ?? next.hoop.fixedRounds, "Shots at a fixed hoop", LIMITS.fixedRounds.min, LIMITS.fixedRounds.max),
      fixedDistance: number(h.fixedDistance ?? next.hoop.fixedDistance, "The hoop's distance", next.court.minDistance, next.court.maxDistance),
    };
  }
  if (p.startWeights !== undefined) {
    const w = p.startWeights as Partial<Settings["startWeights"]>;
    if (typeof w !== "object" || w === null) refuse("bad-action", "startWeights must be an object.");
    const min = number(w.min, "The smallest starting handshake", -LIMITS.weight, LIMITS.weight);
    const max = number(w.max, "The largest starting handshake", min, LIMITS.weight);
    next.startWeights = { min, max };
  }
  if (p.seed !== undefined) next.seed = integer(p.seed, "The seed", 0, 2 ** 32 - 1);
  if (p.court !== undefined) refuse("bad-action", "The court cannot be changed in a running game.");
  const people = Object.keys(s.players).length;
  if (next.lineLength * next.teams < people) refuse("out-of-range", `${people} players need at least ${people} seats.`);
  s.settings = next;
  if (reshapes) {
    reseat(s);
  } else if (p.rules !== undefined) {
    s.lines = s.lines.map((l, t) => ({ ...l, rule: teamRule(next, t) }));
  }
}

/** New lines for new settings, with every person seated again in join order. */
function reseat(s: GameState): void {
  const rng = new Rng(s.settings.seed);
  const lines = buildLines(s.settings, rng);
  const players: Record<string, Player> = {};
  for (const p of Object.values(s.players)) {
    const place = freeSeat(lines) ?? refuse("out-of-range", "There are not enough seats for everyone here.");
    const moved = { ...p, line: place.line, seat: place.seat };
    sit(lines, moved, place.line, place.seat);
    players[p.id] = moved;
  }
  s.lines = lines;
  s.players = players;
  s.rngState = rng.state;
}

/** A new game with the same people: fresh lines, scores back to zero. */
function restart(s: GameState): void {
  s.round = 0;
  s.replayNext = false;
  for (const p of Object.values(s.players)) {
    s.players = { ...s.players, [p.id]: { ...p, score: 0, votesCast: 0, blameRight: 0, directionRight: 0 } };
  }
  reseat(s);
}
