// The game's numbers in words and digits, for every view: the court (scenes/), the panels (ui/) and the
// projector (classroom/). It sits below all of them, so the court need not import the panels' folder.
import type { Direction } from "../shared";
import { activeTranslator, t } from "../shared/i18n";

const FIXED = new Map<string, Intl.NumberFormat>();
/** A number with exactly `digits` decimals as the page's language writes it (no grouping; "-0.00" reads "0.00"). */
export function fixed(v: number, digits: number): string {
  const code = activeTranslator().code;
  const key = `${code}|${digits}`;
  let f = FIXED.get(key);
  if (!f) {
    f = new Intl.NumberFormat(code, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
    FIXED.set(key, f);
  }
  // A value that rounds to nothing reads "0.00", never "-0.00".
  return f.format(Number(v.toFixed(digits)) === 0 ? 0 : v);
}

/** A miss in words: "1.2 m short", "0.4 m long", or a hit. */
export function formatMiss(miss: number, hit: boolean): string {
  if (hit) return t("solo.miss.hit", { distance: fixed(Math.abs(miss), 2) });
  const m = Math.abs(miss);
  const distance = fixed(m, m >= 10 ? 0 : m >= 1 ? 1 : 2);
  return t(miss < 0 ? "solo.miss.short" : "solo.miss.long", { distance });
}

/** A share of the blame as a whole percent, as the page's language writes one ("24%", "24 %"). */
export function percent(share: number): string {
  return new Intl.NumberFormat(activeTranslator().code, { style: "percent", maximumFractionDigits: 0 }).format(Math.round(share * 100) / 100);
}

/** A direction with a shape beside the word, so it never depends on colour. */
export function directionLabel(d: Direction): string {
  return t(d === "firmer" ? "solo.direction.firmer" : "solo.direction.looser");
}

/** A handshake or other value, short and signed. */
export function formatValue(v: number): string {
  const a = Math.abs(v);
  if (a !== 0 && (a < 0.001 || a >= 1000)) return v.toExponential(1);
  return fixed(v, a < 0.1 ? 3 : 2);
}

/** Seconds left before a deadline, for a timer (null when there is none). */
export function secondsLeft(deadline: number | null, now: number): number | null {
  return deadline === null ? null : Math.max(0, Math.ceil((deadline - now) / 1000));
}
