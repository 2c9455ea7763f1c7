// The one path every change takes, in the browser (LocalGame) and on the server (the room): a client's
// message is parsed, the action reduced, and the caller told whether anything changed, so that views,
// logs and patches are skipped when nothing did (most clock ticks).
import { parseMessage } from "../protocol/messages";
import type { Action, GameError } from "./actions";
import { reduce } from "./reducer";
import type { GameState } from "./state";

/** What one action did: refused (state unchanged), or accepted with the new state and whether it differs. */
export type Applied = { ok: true; action: Action; state: GameState; changed: boolean } | { ok: false; error: GameError };

/** Whether two states hold the same value in every field, by reference (the reducer copies the top level even for a no-op). */
export function sameState(a: GameState, b: GameState): boolean {
  if (a === b) return true;
  for (const key of Object.keys(a) as (keyof GameState)[]) if (a[key] !== b[key]) return false;
  return true;
}

/** Applies an action at `now`. */
export function applyAction(state: GameState, action: Action, now: number): Applied {
  const result = reduce(state, action, now);
  if (!result.ok) return { ok: false, error: result.error };
  return { ok: true, action, state: result.state, changed: !sameState(result.state, state) };
}

/** Parses a client's message (type and payload as sent, from player `by`) and applies it; `seq` is the client's number for it, if it sent a valid one. */
export function applyIntent(state: GameState, type: unknown, payload: unknown, by: string, now: number): Applied & { seq?: number } {
  const parsed = parseMessage(type, payload, by);
  if (!parsed.ok) return parsed;
  return { ...applyAction(state, parsed.action, now), seq: parsed.seq };
}
