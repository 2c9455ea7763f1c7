// How the reducer says no: a typed refusal thrown from anywhere inside an action's rules and turned
// into a GameError by reduce(), and the checks of numbers every rule shares. Sentences in the page's
// language (English on the server).
import type { ErrorCode } from "./actions";
import { type Said, t } from "../i18n/current";
import { english, type MessageValues, type Translator } from "../i18n/translate";
import { en, type MessageId } from "../i18n/messages/en";
import type { WireValue } from "../protocol/wire";

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

/** A refusal's words as data: the message id and values a device renders in its own language. */
export interface RefusalWords {
  id: MessageId;
  values?: Record<string, WireValue>;
}

/**
 * The message a refusal's sentence was made from, among those formatted while it was made (newest
 * wins; shared/i18n/current.ts: recordMessages), or null. A value that is itself an earlier message's
 * words (a setting's name) is sent as that message, so it too reads in the device's language.
 */
export function refusalWords(sentence: string, said: readonly Said[]): RefusalWords | null {
  const at = lastSaying(said, sentence, said.length);
  const found = said[at];
  if (!found) return null;
  if (!found.values) return { id: found.id };
  const values: Record<string, WireValue> = {};
  for (const [name, value] of Object.entries(found.values)) {
    const inner = typeof value === "string" ? said[lastSaying(said, value, at)] : undefined;
    values[name] = inner ? (inner.values ? { id: inner.id, values: inner.values } : { id: inner.id }) : value;
  }
  return { id: found.id, values };
}

/** The index of the last message before `end` whose words were `text`, or -1. */
function lastSaying(said: readonly Said[], text: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) if (said[i]?.text === text) return i;
  return -1;
}

/** A refusal the server words itself: its English sentence (logs, older clients) with the id and values a device renders. */
export function refusalIn(id: MessageId, values?: MessageValues): { message: string } & RefusalWords {
  return values === undefined ? { message: english.t(id), id } : { message: english.t(id, values), id, values };
}

/** Whether `id` names one of the game's messages (a refusal from a newer server may name one this device lacks). */
function known(id: unknown): id is MessageId {
  return typeof id === "string" && Object.hasOwn(en, id);
}

/**
 * A refusal in `tr`'s language, from the message id and values it carries (a value that is a message is
 * put into words first), or null when it carries none this device knows (then the caller words it by its code).
 */
export function sayRefusal(refusal: { id?: unknown; values?: unknown }, tr: Translator): string | null {
  if (!known(refusal.id)) return null;
  const values: MessageValues = {};
  if (typeof refusal.values === "object" && refusal.values !== null) {
    for (const [name, v] of Object.entries(refusal.values as Record<string, unknown>)) {
      if (typeof v === "string" || typeof v === "number") values[name] = v;
      else if (typeof v === "object" && v !== null && known((v as { id?: unknown }).id)) {
        const inner = v as { id: MessageId; values?: MessageValues };
        values[name] = tr.t(inner.id, inner.values);
      } else return null;
    }
  }
  try {
    return tr.t(refusal.id, values);
  } catch {
    // A value missing for this message (a server and a client a version apart): the code's words instead.
    return null;
  }
}
