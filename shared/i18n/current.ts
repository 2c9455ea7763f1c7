// The words' language on this device: one translator for the page, set once at start (client/i18n),
// English until then and on the server. shared/ builds its sentences through `t` so that a rule's story,
// a caption or a card reads in the device's language without every caller passing a translator. Words
// only: nothing the engine computes depends on it.
import { english, type Message, type MessageValues, type Translator } from "./translate";
import type { MessageId } from "./messages/en";

let active: Translator = english;

/** Makes `tr` the language of every sentence shared/ builds from now on (the client calls it once, at start). */
export function useTranslator(tr: Translator): void {
  active = tr;
}

/** The translator in use (English unless the page chose another). */
export function activeTranslator(): Translator {
  return active;
}

/** A message in the language in use. */
export function t(id: MessageId, values?: MessageValues): string {
  return active.t(id, values);
}

/** A message `t` formatted: which one, its values, and the words it gave. */
export interface Said extends Message {
  text: string;
}

/**
 * Runs `fn` with the words in use unchanged, noting every message formatted meanwhile (oldest first), so
 * the server can tell which message a refusal's sentence came from and send its id and values to a
 * device that reads another language (shared/game/refusal.ts: refusalWords). Synchronous code only.
 */
export function recordMessages<T>(fn: () => T): { result: T; said: Said[] } {
  const inner = active;
  const said: Said[] = [];
  const t = (id: MessageId, values?: MessageValues): string => {
    const text = inner.t(id, values);
    said.push(values === undefined ? { id, text } : { id, values, text });
    return text;
  };
  active = { code: inner.code, t, say: (m) => t(m.id, m.values), number: (v, d) => inner.number(v, d) };
  try {
    return { result: fn(), said };
  } finally {
    active = inner;
  }
}
