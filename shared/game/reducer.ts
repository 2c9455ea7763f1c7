// The game's one rule book: the dispatch of every action. Joining (join.ts), the host's settings
// (configure.ts) and the round's phases (round.ts) live beside it; refusals in refusal.ts.
import { at } from "../checked";
import { t } from "../i18n/current";
import { Rng } from "../random";
import type { Action, GameError } from "./actions";
import { configure, restart } from "./configure";
import { isBanned, join } from "./join";
import { buildLines, dialValue, playedByBot, unsit } from "./lines";
import { adjustInNetwork, everyoneInNetwork, readyInNetwork, voteInNetwork } from "./network-round";
import { buildNetwork, unsitNet } from "./network-seats";
import { nameKey } from "./name-checks";
import { integer, number, Refusal, refuse } from "./refusal";
import { advance, enter, fileLandedShot, phaseSeconds } from "./round";
import { DEFAULT_SETTINGS, LIMITS, type Settings } from "./settings";
import { extraTime, settleEarly } from "./extra-time";
import type { GameState, Player } from "./state";
import { allVoted, lineVotes } from "./votes";

/** What an action did: the new state, or a refusal with the state unchanged. */
export type Result = { ok: true; state: GameState } | { ok: false; error: GameError; state: GameState };

/** A new game in the lobby, hosted by `hostId`, every seat a bot. */
export function createGame(hostId: string, settings: Partial<Settings> = {}): GameState {
  const full: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const rng = new Rng(full.seed);
  const network = full.shape === "network" ? buildNetwork(full, rng) : null;
  const lines = network ? [] : buildLines(full, rng);
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
    network,
    rngState: rng.state,
  };
}

/**
 * The game's one rule book: applies an action at time `now` (ms). Pure: the state passed in is never
 * changed; a refused action returns it as it was, with a typed error saying why.
 */
export function reduce(state: GameState, action: Action, now: number): Result {
  try {
    return { ok: true, state: settleEarly(state, apply(state, action, now), now) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, error: { code: e.code, message: e.message }, state };
    throw e;
  }
}

function apply(state: GameState, action: Action, now: number): GameState {
  if (typeof action !== "object" || action === null) refuse("bad-action", t("game.refuse.notObject"));
  // More time: a vote as the ball lands, a dial as the rule speaks, a late turn before the pass (extra-time.ts).
  const early = extraTime(state, action);
  if (early) return early;
  const s: GameState = { ...state };
  switch (action.type) {
    case "join":
      join(s, action.by, action.name, action.line, action.seat);
      return s;
    case "leave": {
      if (action.by !== action.player) host(s, action.by);
      const p = s.players[action.player] ?? refuse("unknown-player", t("game.refuse.unknownPlayer"));
      if (s.network) s.network = unsitNet(s.network, p.seat);
      else {
        s.lines = s.lines.slice();
        unsit(s.lines, p.line, p.seat);
      }
      const { [p.id]: _gone, ...rest } = s.players;
      s.players = rest;
      // Removed by the host: the name stays out of this class until the host lets it back in.
      if (action.by !== action.player && !isBanned(s, p.name)) s.banned = [...s.banned, p.name];
      return s;
    }
    case "unban": {
      host(s, action.by);
      if (typeof action.name !== "string") refuse("bad-action", t("game.refuse.unbanWho"));
      const key = nameKey(action.name);
      if (!isBanned(s, action.name)) refuse("unknown-player", t("game.refuse.notBanned"));
      s.banned = s.banned.filter((b) => nameKey(b) !== key);
      return s;
    }
    case "connection": {
      if (action.player === s.hostId && !s.players[action.player]) {
        // The projector went dark: hold the game until the host is back.
        if (!action.connected) pause(s, now);
        return s;
      }
      const p = s.players[action.player] ?? refuse("unknown-player", t("game.refuse.unknownPlayer"));
      s.players = { ...s.players, [p.id]: { ...p, connected: action.connected } };
      if (!action.connected && p.id === s.hostId) pause(s, now);
      return s;
    }
    case "configure":
      host(s, action.by);
      configure(s, action.settings);
      retime(s, state, now);
      return s;
    case "start":
      host(s, action.by);
      if (s.phase !== "lobby" && s.phase !== "summary") refuse("wrong-phase", t("game.refuse.started"));
      if (s.phase === "summary") restart(s);
      s.paused = false;
      enter(s, "aim", now);
      return s;
    case "next":
      host(s, action.by);
      if (s.phase === "lobby" || s.phase === "summary") refuse("wrong-phase", t("game.refuse.noNext", { phase: s.phase }));
      if (action.replay !== undefined && typeof action.replay !== "boolean") refuse("bad-action", t("game.refuse.trueFalse", { field: "replay" }));
      if (action.replay) s.replayNext = true;
      s.paused = false;
      advance(s, now);
      return s;
    case "pause":
      host(s, action.by);
      if (s.phase === "lobby" || s.phase === "summary") refuse("wrong-phase", t("game.refuse.nothingToPause"));
      pause(s, now);
      return s;
    case "resume":
      host(s, action.by);
      if (!s.paused) refuse("wrong-phase", t("game.refuse.notPaused"));
      s.paused = false;
      s.deadline = s.pausedRemaining === null ? null : now + s.pausedRemaining;
      s.pausedRemaining = null;
      return s;
    case "lock":
      host(s, action.by);
      if (typeof action.locked !== "boolean") refuse("bad-action", t("game.refuse.trueFalse", { field: "locked" }));
      s.locked = action.locked;
      return s;
    case "end":
      host(s, action.by);
      if (s.phase === "summary") refuse("wrong-phase", t("game.refuse.ended"));
      fileLandedShot(s);
      s.phase = "summary";
      s.deadline = null;
      s.paused = false;
      s.pausedRemaining = null;
      return s;
    case "setHoop": {
      host(s, action.by);
      const { court } = s.settings;
      const d = number(action.distance, t("game.what.distance"), court.minDistance, court.maxDistance);
      s.settings = { ...s.settings, hoop: { fixedDistance: d, fixedRounds: LIMITS.maxRounds.max } };
      if (s.phase === "lobby" || s.phase === "aim") s.distance = d;
      return s;
    }
    case "vote":
      vote(s, action.by, action.blame, action.handshake, action.direction, now);
      return s;
    case "adjust":
      adjust(s, action.by, action.weight, action.weights, action.bias);
      return s;
    case "ready": {
      const p = seated(s, action.by);
      if (s.phase !== "adjust") refuse("wrong-phase", t("game.refuse.readyWhen"));
      if (s.network) readyInNetwork(s, p);
      else updateNeuron(s, p.line, p.seat, { ready: true });
      if (s.settings.autoAdvance && !s.paused && everyone(s, (n) => n.ready)) advance(s, now);
      return s;
    }
    case "tick":
      // Most ticks find nothing due: hand back the same object, so callers can skip work by identity.
      if (s.paused || s.deadline === null || now < s.deadline) return state;
      advance(s, now);
      return s;
    default:
      return refuse("bad-action", t("game.refuse.unknownAction", { type: String((action as { type?: unknown }).type) }));
  }
}

/** A running phase whose pace changed: a phase that now waits for the host stops its clock; one that now runs by itself starts it. */
function retime(s: GameState, before: GameState, now: number): void {
  if (s.paused || s.phase === "lobby" || s.phase === "summary") return;
  const seconds = phaseSeconds(s.phase, s.settings);
  if (seconds === null && s.settings.pace !== before.settings.pace) s.deadline = null;
  else if (seconds !== null && s.deadline === null) s.deadline = now + seconds * 1000;
}

function host(s: GameState, by: string): void {
  if (by !== s.hostId) refuse("not-host", t("game.refuse.notHost"));
}

function pause(s: GameState, now: number): void {
  if (s.paused || s.phase === "lobby" || s.phase === "summary") return;
  s.paused = true;
  s.pausedRemaining = s.deadline === null ? null : Math.max(0, s.deadline - now);
  s.deadline = null;
}

function seated(s: GameState, by: string): Player {
  return s.players[by] ?? refuse("not-seated", t("game.refuse.notSeated"));
}

function updateNeuron(s: GameState, line: number, seat: number, patch: Partial<GameState["lines"][number]["neurons"][number]>): void {
  s.lines = s.lines.slice();
  const from = at(s.lines, line);
  const l = { ...from, neurons: from.neurons.slice() };
  l.neurons[seat] = { ...at(from.neurons, seat), ...patch };
  s.lines[line] = l;
}

/** Whether every connected person in a seat satisfies `done` (false when nobody is connected). */
function everyone(s: GameState, done: (n: { ready: boolean }, line: number) => boolean): boolean {
  const net = s.network;
  if (net) return everyoneInNetwork(s, (seat) => done(at(net.neurons, seat), 0));
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

function vote(s: GameState, by: string, blame: unknown, handshake: unknown, direction: unknown, now: number): void {
  const p = seated(s, by);
  if (s.phase !== "vote") refuse("wrong-phase", t("game.refuse.voteClosed"));
  if (s.paused) refuse("paused", t("game.refuse.paused"));
  if (s.network) {
    voteInNetwork(s, p, blame, handshake, direction);
  } else {
    lineVote(s, p, blame, handshake, direction);
  }
  // Everyone asked has voted: move on (teacher-paced too).
  if (s.settings.autoAdvance && allVoted(s)) advance(s, now);
}

function lineVote(s: GameState, p: Player, blame: unknown, handshake: unknown, direction: unknown): void {
  if (handshake !== undefined) refuse("bad-action", t("game.refuse.lineVoteHandshake"));
  if (blame === undefined) refuse("bad-action", t("game.refuse.lineVoteWhich"));
  const b = integer(blame, t("game.what.blame"), 0, s.settings.lineLength - 1);
  if (direction !== "firmer" && direction !== "looser") refuse("bad-action", t("game.refuse.direction"));
  const line = at(s.lines, p.line);
  const rec = line.current ?? refuse("wrong-phase", t("game.refuse.noShot"));
  if (!lineVotes(line)) refuse("wrong-phase", t("game.refuse.noVote"));
  if (rec.votes[p.id]) refuse("already-voted", t("game.refuse.alreadyVoted"));
  s.lines = s.lines.slice();
  s.lines[p.line] = { ...line, current: { ...rec, votes: { ...rec.votes, [p.id]: { blame: b, direction } } } };
}

function adjust(s: GameState, by: string, weight: unknown, weights: unknown, bias: unknown): void {
  const p = seated(s, by);
  if (s.phase !== "adjust") refuse("wrong-phase", t("game.refuse.adjustWhen"));
  if (s.paused) refuse("paused", t("game.refuse.paused"));
  if (s.network) return adjustInNetwork(s, p, weight, weights, bias);
  if (weights !== undefined) refuse("bad-action", t("game.refuse.lineAdjustList"));
  if (weight === undefined) refuse("bad-action", t("game.refuse.lineAdjustNone"));
  const w = dialValue(weight, t("game.what.weight"));
  const patch: { weight: number; adjusted: true; bias?: number } = { weight: w, adjusted: true };
  if (bias !== undefined) patch.bias = dialValue(bias, t("game.what.bias"));
  updateNeuron(s, p.line, p.seat, patch);
}
