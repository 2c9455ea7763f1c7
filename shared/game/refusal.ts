// How the reducer says no: a typed refusal thrown from anywhere inside an action's rules and turned
// into a GameError by reduce(), and the checks of numbers every rule shares. Sentences in the page's
// language (English on the server).
import type { ErrorCode } from "./actions";
import { t } from "../i18n/current";

/** Why the reducer refused an action: thrown inside it, caught by reduce() and returned as a GameError. */
export class Refusal extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}

/** Refuses the action being applied, with a code for programs and a sentence for people. */
export function refuse(code: ErrorCode, message: string): never {
  throw new Refusal(code, message);
}

/** A finite number within [min, max], or a refusal naming what was wrong (`what`: the value's name, in the page's language). */
export function number(v: unknown, what: string, min: number, max: number): number {
  if (typeof v !== "number" || Number.isNaN(v)) refuse("not-a-number", t("game.refuse.number", { what }));
  if (!Number.isFinite(v) || v < min || v > max) refuse("out-of-range", t("game.refuse.range", { what, min, max }));
  return v;
}

/** A whole number within [min, max], or a refusal naming what was wrong. */
export function integer(v: unknown, what: string, min: number, max: number): number {
  const n = number(v, what, min, max);
  if (!Number.isInteger(n)) refuse("out-of-range", t("game.refuse.whole", { what }));
  return n;
}
