// The words' language on this device: one translator for the page, set once at start (client/i18n),
// English until then and on the server. shared/ builds its sentences through `t` so that a rule's story,
// a caption or a card reads in the device's language without every caller passing a translator. Words
// only: nothing the engine computes depends on it.
import { english, type MessageValues, type Translator } from "./translate";
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
