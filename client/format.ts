// The game's numbers in words and digits, for every view: the court (scenes/), the panels (ui/) and the
// projector (classroom/). It sits below all of them, so the court need not import the panels' folder.
import type { Direction } from "../shared";

/** A miss in words: "1.2 m short", "0.4 m long", or a hit. */
export function formatMiss(miss: number, hit: boolean): string {
  if (hit) return `In! (${Math.abs(miss).toFixed(2)} m off centre)`;
  const m = Math.abs(miss);
  const size = m >= 10 ? m.toFixed(0) : m >= 1 ? m.toFixed(1) : m.toFixed(2);
  return `${size} m ${miss < 0 ? "short" : "long"}`;
}

/** A share of the blame as a whole percent. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A direction with a shape beside the word, so it never depends on colour. */
export function directionLabel(d: Direction): string {
  return d === "firmer" ? "▲ firmer" : "▼ looser";
}

/** A handshake or other value, short and signed. */
export function formatValue(v: number): string {
  const a = Math.abs(v);
  if (a !== 0 && (a < 0.001 || a >= 1000)) return v.toExponential(1);
  return v.toFixed(a < 0.1 ? 3 : 2);
}

/** Seconds left before a deadline, for a timer (null when there is none). */
export function secondsLeft(deadline: number | null, now: number): number | null {
  return deadline === null ? null : Math.max(0, Math.ceil((deadline - now) / 1000));
}
