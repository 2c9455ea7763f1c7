// Turns a message id and its values into words in one language, with ICU plurals and Intl numbers
// (intl-messageformat: no hand-written plural logic). Pure: the client, the server and the tests share it.
import { IntlMessageFormat } from "intl-messageformat";
import { en, type MessageId } from "./messages/en";

/** The values a message fills in: numbers go through the language's plural rules and number format. */
export type MessageValues = Record<string, string | number>;

/** A message as data: which one, with what values (what shared/ hands a view to put into words). */
export interface Message<Id extends string = MessageId> {
  id: Id;
  values?: MessageValues;
}

/** Words in one language (over the game's messages, or another set such as the guide's). */
export interface Translator<Id extends string = MessageId> {
  /** The language's code, as given. */
  readonly code: string;
  /** The message in this language (English where this language lacks it), its values filled in. */
  t(id: Id, values?: MessageValues): string;
  /** A message given as data. */
  say(message: Message<Id>): string;
  /** A number as this language writes it, with at most `digits` decimals. */
  number(value: number, digits?: number): string;
}

/**
 * A translator for `code` over `messages` (missing ones fall back to `source`, English; compiled once
 * each, on first use). `source` is the game's messages unless a page brings its own set (the guide).
 */
export function createTranslator<Id extends string = MessageId>(code: string, messages: Partial<Record<Id, string>>, source: Record<Id, string> = en as Record<Id, string>): Translator<Id> {
  const compiled = new Map<Id, IntlMessageFormat>();
  const formats = new Map<number, Intl.NumberFormat>();
  const compile = (id: Id): IntlMessageFormat => {
    let f = compiled.get(id);
    if (!f) {
      const own = messages[id];
      f = own === undefined ? new IntlMessageFormat(source[id], "en") : new IntlMessageFormat(own, code);
      compiled.set(id, f);
    }
    return f;
  };
  const t = (id: Id, values?: MessageValues): string => String(compile(id).format(values));
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
export function pseudoMessages<Id extends string = MessageId>(source: Record<Id, string> = en as Record<Id, string>): Record<Id, string> {
  const out = {} as Record<Id, string>;
  for (const id of Object.keys(source) as Id[]) out[id] = `⟦${source[id]}⟧`;
  return out;
}
