import { LIMITS } from "../../shared";

/** The fine dial's range around a handshake: one unit either side, within the engine's limits. */
export function dialRange(weight: number, ghost: number): { min: number; max: number } {
  const lo = Math.min(weight, ghost) - 1;
  const hi = Math.max(weight, ghost) + 1;
  return { min: Math.max(-LIMITS.weight, lo), max: Math.min(LIMITS.weight, hi) };
}

/** Where a value sits on a dial, as a fraction 0..1 of its width. */
export function dialFraction(value: number, range: { min: number; max: number }): number {
  if (range.max <= range.min) return 0.5;
  return Math.max(0, Math.min(1, (value - range.min) / (range.max - range.min)));
}

/** One step of the − / + buttons: a tenth of the coach's suggestion, never below 0.001. */
export function dialStep(suggestedChange: number): number {
  return Math.max(0.001, Math.abs(suggestedChange) / 10);
}
