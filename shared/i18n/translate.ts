// Turns a message id and its values into words in one language, with ICU plurals and Intl numbers
// (intl-messageformat: no hand-written plural logic). Pure: the client, the server and the tests share it.
import { IntlMessageFormat } from "intl-messageformat";
import { en, type MessageId, type Messages } from "./messages/en";

/** The values a message fills in: numbers go through the language's plural rules and number format. */
export type MessageValues = Record<string, string | number>;

/** A message as data: which one, with what values (what shared/ hands a view to put into words). */
export interface Message {
  id: MessageId;
  values?: MessageValues;
}

/** Words in one language. */
export interface Translator {
  /** The language's code, as given. */
  readonly code: string;
  /** The message in this language (English where this language lacks it), its values filled in. */
  t(id: MessageId, values?: MessageValues): string;
  /** A message given as data. */
  say(message: Message): string;
  /** A number as this language writes it, with at most `digits` decimals. */
  number(value: number, digits?: number): string;
}

/** A translator for `code` over `messages` (missing ones fall back to English; compiled once each, on first use). */
export function createTranslator(code: string, messages: Partial<Messages>): Translator {
  const compiled = new Map<MessageId, IntlMessageFormat>();
  const formats = new Map<number, Intl.NumberFormat>();
  const compile = (id: MessageId): IntlMessageFormat => {
    let f = compiled.get(id);
    if (!f) {
      const own = messages[id];
      f = own === undefined ? new IntlMessageFormat(en[id], "en") : new IntlMessageFormat(own, code);
      compiled.set(id, f);
    }
    return f;
  };
  const t = (id: MessageId, values?: MessageValues): string => String(compile(id).format(values));
  return {
    code,
    t,
    say: (m) => t(m.id, m.values),
    number(value, digits = 2) {
      let f = formats.get(digits);
      if (!f) {
        f = new Intl.NumberFormat(code, { maximumFractionDigits: digits });
        formats.set(digits, f);
      }
      return f.format(value);
    },
  };
}

/** English, always at hand (the source language; also what a test or the server uses by default). */
export const english: Translator = createTranslator("en", en);

/**
 * The test language: every message wrapped in ⟦ ⟧, so a browser test can find any visible words that did
 * not come from the message files.
 */
export function pseudoMessages(): Messages {
  const out = {} as Record<MessageId, string>;
  for (const id of Object.keys(en) as MessageId[]) out[id] = `⟦${en[id]}⟧`;
  return out;
}
