// A class is its log: the creator's settings, the time it began, and every accepted action with the
// time the reducer got it. The reducer is pure and seeded, so replaying the log gives back exactly the
// state the class had: this is how a restarted server recovers every class.
import { parseMessage } from "../protocol/messages";
import type { Action, GameError } from "./actions";
import { CLASS_NET_DETAIL } from "./network-state";
import { createGame, reduce } from "./reducer";
import type { GameState } from "./state";

/** One accepted action and the time (ms) the reducer applied it at. */
export interface LoggedAction {
  at: number;
  action: Action;
}

/** A new class: the creator's settings (validated like a "configure" message, or none) applied at `now`. */
export function startGame(hostId: string, settings: unknown, now: number): { ok: true; state: GameState } | { ok: false; error: GameError } {
  // A class keeps only its latest shots in full: with 100 classes on a server, 200 full shots each would not fit.
  const game: GameState = { ...createGame(hostId), netDetail: CLASS_NET_DETAIL };
  if (settings === undefined || settings === null) return { ok: true, state: game };
  const parsed = parseMessage("configure", { settings }, hostId);
  if (!parsed.ok) return parsed;
  const configured = reduce(game, parsed.action, now);
  return configured.ok ? configured : { ok: false, error: configured.error };
}

/**
 * The state a class reaches from its start through its log; throws if an entry no longer applies (a
 * log that does not belong to this engine). `visit` sees each entry with the states around it.
 */
export function replayGame<E extends LoggedAction>(hostId: string, settings: unknown, createdAt: number, log: Iterable<E>, visit?: (entry: E, before: GameState, after: GameState) => void): GameState {
  const start = startGame(hostId, settings, createdAt);
  if (!start.ok) throw new Error(`The class's settings no longer apply: ${start.error.message}`);
  let state = start.state;
  let n = 0;
  for (const entry of log) {
    const result = reduce(state, entry.action, entry.at);
    if (!result.ok) throw new Error(`Log entry ${n} (${entry.action.type}) no longer applies: ${result.error.message}`);
    visit?.(entry, state, result.state);
    state = result.state;
    n++;
  }
  return state;
}
