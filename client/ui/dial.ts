import { clampParam, LIMITS, RULE_IDS, type RuleId } from "../../shared";
import { type MessageId, t } from "../../shared/i18n";
import { fixed } from "../format";

/** A dial's span of handshakes. */
export interface DialRange {
  min: number;
  max: number;
}

/** The wide dial's range around a handshake: one unit either side, within the engine's limits. */
export function dialRange(weight: number, ghost: number): DialRange {
  const lo = Math.min(weight, ghost) - 1;
  const hi = Math.max(weight, ghost) + 1;
  return { min: Math.max(-LIMITS.weight, lo), max: Math.min(LIMITS.weight, hi) };
}

/** Where a value sits on a dial, as a fraction 0..1 of its width. */
export function dialFraction(value: number, range: DialRange): number {
  if (range.max <= range.min) return 0.5;
  return Math.max(0, Math.min(1, (value - range.min) / (range.max - range.min)));
}

/** A tenth of the coach's suggestion, never below 0.001 (the old dial's step; the dial now steps by `tapStep`). */
export function dialStep(suggestedChange: number): number {
  return Math.max(0.001, Math.abs(suggestedChange) / 10);
}

/**
 * The smallest suggestion the near dial scales to: a rule that proposes (next to) nothing still gets a
 * dial whose taps move the handshake by a readable amount.
 */
export const MIN_SUGGESTION = 0.005;
/** How many suggestions the near dial spans either side of the handshake. */
export const NEAR_SPAN = 3;
/** Taps of − or + from one end of the dial to the other. */
export const TAPS_ACROSS = 30;

/** The size a near dial is scaled to: the suggestion, or MIN_SUGGESTION when it is smaller. */
export function suggestionScale(suggestedChange: number): number {
  const s = Math.abs(suggestedChange);
  return Number.isFinite(s) ? Math.max(MIN_SUGGESTION, s) : MIN_SUGGESTION;
}

/**
 * The near dial: `times` suggestions either side of the handshake the shot was taken with (NEAR_SPAN at
 * first; it doubles each time a tap pushes past an end), within the engine's limits.
 */
export function nearRange(before: number, suggestedChange: number, times: number = NEAR_SPAN): DialRange {
  const half = times * suggestionScale(suggestedChange);
  return { min: clampParam(before - half), max: clampParam(before + half) };
}

/** One tap of − or + (or an arrow key): a thirtieth of the dial (a fifth of the suggestion on the first near dial). */
export function tapStep(range: DialRange): number {
  return (range.max - range.min) / TAPS_ACROSS;
}

/** Whether a value is past either end of a range (by more than rounding). */
export function pastEnd(value: number, range: DialRange): boolean {
  const eps = (range.max - range.min) * 1e-9;
  return value < range.min - eps || value > range.max + eps;
}

/**
 * The range after a tap that wanted `value`: unchanged while the value fits, otherwise the near dial
 * doubles (as often as needed) until it fits, and stops growing at the engine's limits.
 */
export function grownRange(before: number, suggestedChange: number, times: number, value: number): { range: DialRange; times: number } {
  let t = times;
  let range = nearRange(before, suggestedChange, t);
  while (pastEnd(value, range) && (range.min > -LIMITS.weight || range.max < LIMITS.weight) && t < 1e6) {
    t *= 2;
    range = nearRange(before, suggestedChange, t);
  }
  return { range, times: t };
}

/** Decimal places that show one step of a range (2 to 5): a step always changes the digits shown. */
export function decimalsFor(range: DialRange): number {
  const step = tapStep(range);
  if (!(step > 0)) return 3;
  return Math.max(2, Math.min(5, Math.ceil(-Math.log10(step) - 1e-9)));
}

/** A handshake with a fixed number of decimals (plain digits in the page's language, never scientific notation; never "-0.00"). */
export function formatHandshake(v: number, decimals: number): string {
  return fixed(v, decimals);
}

/** A change, signed: "+0.012", "-0.004", "0" when it rounds to nothing at these decimals. */
export function formatChange(change: number, decimals: number): string {
  if (Number(Math.abs(change).toFixed(decimals)) === 0) return change === 0 ? fixed(0, 0) : `≈${fixed(0, 0)}`;
  return `${change > 0 ? "+" : "-"}${fixed(Math.abs(change), decimals)}`;
}

/** Who or what suggests a change under each rule: the word on the dial's mark and readout, and how following it is said. */
export interface Suggester {
  /** Short word on the mark ("coach"). */
  mark: string;
  /** The follow button's words. */
  follow: string;
  /** One sentence on where the suggestion comes from. */
  from: string;
  /** Who hands out the blame a vote is scored against, and the verdict on a vote: "✔ the coach agrees", "✘ the coach blames neuron 3 most". */
  blamer: { who: string; agrees: string; blames(most: number): string };
}

/** Only backprop has a coach; every other rule's suggestion is named for what carries it. */
export const SUGGESTERS: Record<RuleId, Suggester> = Object.fromEntries(RULE_IDS.map((rule) => [rule, suggester(rule)])) as Record<RuleId, Suggester>;

/** A rule's suggester, its words read from the message files when used (so in the page's language). */
function suggester(rule: RuleId): Suggester {
  const say = (part: string, values?: Record<string, number>) => t(`solo.suggester.${rule}.${part}` as MessageId, values);
  return {
    get mark() {
      return say("mark");
    },
    get follow() {
      return say("follow");
    },
    get from() {
      return say("from");
    },
    blamer: {
      get who() {
        return say("who");
      },
      get agrees() {
        return say("agrees");
      },
      blames: (most) => say("blames", { most }),
    },
  };
}

/** The suggester for a rule id (backprop's coach for an id this client does not know). */
export function suggesterFor(rule: string): Suggester {
  return (SUGGESTERS as Record<string, Suggester | undefined>)[rule] ?? SUGGESTERS.backprop;
}

/** The three one-tap choices: ignore (keep the old handshake), follow, double the suggestion. */
export function choices(before: number, suggestedChange: number): { ignore: number; follow: number; double: number } {
  return { ignore: before, follow: clampParam(before + suggestedChange), double: clampParam(before + 2 * suggestedChange) };
}
