// Turns a message id and its values into words in one language, with ICU plurals and Intl numbers
// (intl-messageformat: no hand-written plural logic). Pure: the client, the server and the tests share it.
import { type Formatters, IntlMessageFormat } from "intl-messageformat";
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

/** Whether `text` has ICU syntax (an argument, a tag, or an escaped quote); without it the text is the message as shown. */
export function needsFormatter(text: string): boolean {
  // In ICU a lone apostrophe before a letter is literal; only '' and a quote before { } < > # start escaping,
  // and # matters only inside a plural, which needs a {.
  return /[{}<>]/.test(text) || text.includes("''");
}

// intl-messageformat resolves the locale (Intl.NumberFormat.supportedLocalesOf, new Intl.Locale) in every
// constructor: tens of ms per screen on a slow tablet's first frame. The answer for one locale never changes.
const resolveLocale = IntlMessageFormat.resolveLocale;
const resolvedLocales = new Map<string, Intl.Locale | undefined>();
IntlMessageFormat.resolveLocale = (locales) => {
  const key = typeof locales === "string" ? locales : locales.join(",");
  if (!resolvedLocales.has(key)) resolvedLocales.set(key, resolveLocale(locales));
  return resolvedLocales.get(key);
};

/** Number formats and plural rules made once per translator, not once per message. */
function sharedFormatters(): Formatters {
  const cached = <A extends unknown[], R>(make: (...args: A) => R) => {
    const made = new Map<string, R>();
    return (...args: A): R => {
      const key = JSON.stringify(args);
      let r = made.get(key);
      if (r === undefined) {
        r = make(...args);
        made.set(key, r);
      }
      return r;
    };
  };
  return {
    getNumberFormat: cached((...a: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...a)),
    getDateTimeFormat: cached((...a: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...a)),
    getPluralRules: cached((...a: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...a)),
  };
}

/**
 * A translator for `code` over `messages` (missing ones fall back to `source`, English; compiled once
 * each, on first use; a message without ICU syntax is shown as it is, with no formatter at all). `source`
 * is the game's messages unless a page brings its own set (the guide).
 */
export function createTranslator<Id extends string = MessageId>(code: string, messages: Partial<Record<Id, string>>, source: Record<Id, string> = en as Record<Id, string>): Translator<Id> {
  const compiled = new Map<Id, IntlMessageFormat | string>();
  const formats = new Map<number, Intl.NumberFormat>();
  // Keyed by locale and options, so English fallbacks and this language's messages share one set.
  const formatters = sharedFormatters();
  const compile = (id: Id): IntlMessageFormat | string => {
    let f = compiled.get(id);
    if (f === undefined) {
      const own = messages[id];
      const text = own ?? source[id];
      if (!needsFormatter(text)) f = text;
      else if (own === undefined) f = new IntlMessageFormat(text, "en", undefined, { formatters });
      else f = new IntlMessageFormat(text, code, undefined, { formatters });
      compiled.set(id, f);
    }
    return f;
  };
  const t = (id: Id, values?: MessageValues): string => {
    const f = compile(id);
    return typeof f === "string" ? f : String(f.format(values && inLocale(f, values)));
  };
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

// ICU writes a plain {x} with String(x): "3.2 m" on a German page. A fraction shown plainly (never through a
// number, plural or select format, which need the number itself) is written in the message's own locale.
const plainNames = new WeakMap<IntlMessageFormat, ReadonlySet<string>>();
const fractionFormats = new Map<string, Intl.NumberFormat>();

/** The argument names a message only ever shows as plain {x}. */
function plainArguments(f: IntlMessageFormat): ReadonlySet<string> {
  let names = plainNames.get(f);
  if (!names) {
    const plain = new Set<string>();
    const formatted = new Set<string>();
    // Element types of @formatjs/icu-messageformat-parser: 1 argument, 2-4 number/date/time, 5 select, 6 plural, 8 tag.
    const walk = (elements: readonly { type: number; value?: unknown; options?: Record<string, { value: unknown[] }>; children?: unknown[] }[]): void => {
      for (const e of elements) {
        if (e.type === 1) plain.add(String(e.value));
        else if (e.type >= 2 && e.type <= 6) formatted.add(String(e.value));
        for (const option of Object.values(e.options ?? {})) walk(option.value as typeof elements);
        if (e.children) walk(e.children as typeof elements);
      }
    };
    walk(f.getAst());
    for (const name of formatted) plain.delete(name);
    names = plain;
    plainNames.set(f, names);
  }
  return names;
}

/** `values` with each fraction that `f` shows plainly written as its locale writes it (same digits as String()). */
function inLocale(f: IntlMessageFormat, values: MessageValues): MessageValues {
  const plain = plainArguments(f);
  let out: MessageValues | null = null;
  for (const [name, v] of Object.entries(values)) {
    if (typeof v !== "number" || Number.isInteger(v) || !Number.isFinite(v) || !plain.has(name)) continue;
    const locale = f.resolvedOptions().locale;
    let nf = fractionFormats.get(locale);
    if (!nf) fractionFormats.set(locale, (nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 20, useGrouping: false })));
    (out ??= { ...values })[name] = nf.format(v);
  }
  return out ?? values;
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
