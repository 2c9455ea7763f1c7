// Test helpers for the shared engine: frozen inputs (so any mutation throws) and action drivers.
import { expect } from "vitest";
import { type Action, type ErrorCode, type GameState, reduce } from "../../shared";

/** Freezes an object and everything inside it, so the code under test cannot change it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Applies an action that must succeed, to a deep-frozen input (a mutation would throw). */
export function ok(state: GameState, action: Action, now = 0): GameState {
  const r = reduce(deepFreeze(state), action, now);
  if (!r.ok) throw new Error(`expected ${action.type} to succeed, got ${r.error.code}: ${r.error.message}`);
  return r.state;
}

/** Applies an action that must be refused with `code`, checking the state comes back untouched (same object, same contents). */
export function refused(state: GameState, action: Action, code: ErrorCode, now = 0): string {
  const before = structuredClone(state);
  const r = reduce(deepFreeze(state), action, now);
  expect(r.ok, `${JSON.stringify(action)} should be refused`).toBe(false);
  if (r.ok) return "";
  expect(r.error.code, `${JSON.stringify(action)}: ${r.error.message}`).toBe(code);
  expect(r.error.message.length).toBeGreaterThan(5);
  expect(r.state).toBe(state);
  expect(r.state).toEqual(before);
  return r.error.message;
}

/** Ticks the clock to the current deadline until the phase changes (or the game waits for the host). */
export function tickOn(state: GameState): GameState {
  if (state.deadline === null) throw new Error(`phase ${state.phase} has no deadline`);
  return ok(state, { type: "tick" }, state.deadline);
}

/** Plays an all-bot game (or bots plus idle people) with timer ticks until the summary; returns every state seen. */
export function playByTicks(state: GameState, maxSteps = 10_000): GameState[] {
  const seen = [state];
  let s = state;
  for (let i = 0; i < maxSteps && s.phase !== "summary"; i++) {
    s = tickOn(s);
    seen.push(s);
  }
  return seen;
}
