// The page's language: chosen once at start (?lang=, then the device's stored pick, then the browser's
// list), its messages loaded on demand (only English is in the first bundle), <html lang dir> set.
// Changing language stores the pick and reloads: every screen is built in one language, and a reload
// resumes solo play and a class seat, so nothing is lost.
import { createTranslator, english, useTranslator, type LanguageCode, languageOf, LANGUAGES, type MessageId, type Messages, type MessageValues, pickLanguage, pseudoMessages, type Translator } from "../../shared/i18n";
import { en } from "../../shared/i18n/messages/en";
import { safeStorage } from "../storage";

const KEY = "blame-game:language";

/** Each shipped language's messages, fetched when first needed. */
const LOADERS: Record<LanguageCode, () => Promise<Messages>> = {
  en: () => Promise.resolve(en),
  es: () => import("../../shared/i18n/messages/es").then((m) => m.messages),
  fr: () => import("../../shared/i18n/messages/fr").then((m) => m.messages),
  de: () => import("../../shared/i18n/messages/de").then((m) => m.messages),
  "zh-Hans": () => import("../../shared/i18n/messages/zh-Hans").then((m) => m.messages),
  ar: () => import("../../shared/i18n/messages/ar").then((m) => m.messages),
};

let current: Translator = english;

/** The message in the page's language. */
export function t(id: MessageId, values?: MessageValues): string {
  return current.t(id, values);
}

/** The page's translator (English until startLanguage has run). */
export function translator(): Translator {
  return current;
}

/** The language this device asked for: ?lang= (not stored), then its stored pick, then the browser's languages. */
export function wantedLanguage(search = location.search): string {
  const query = new URLSearchParams(search).get("lang");
  if (query === "pseudo") return query;
  return pickLanguage([query, safeStorage()?.getItem(KEY), ...(typeof navigator === "undefined" ? [] : navigator.languages)]);
}

/** Loads the page's language and marks <html> with it; call before building the first screen. */
export async function startLanguage(search = location.search): Promise<Translator> {
  const wanted = wantedLanguage(search);
  if (wanted === "pseudo") {
    current = createTranslator("en", pseudoMessages());
    useTranslator(current);
    document.documentElement.lang = "en";
    document.documentElement.dir = "ltr";
    return current;
  }
  const language = languageOf(wanted);
  try {
    current = createTranslator(language.code, await LOADERS[language.code]());
  } catch {
    // Offline before this language was ever fetched: English rather than no game.
    current = english;
  }
  useTranslator(current);
  document.documentElement.lang = current.code;
  document.documentElement.dir = languageOf(current.code).dir;
  return current;
}

/** A labelled language picker (each language named in itself); a pick is kept on this device and the page reloads in it. */
export function languagePicker(): HTMLElement {
  const label = document.createElement("label");
  label.className = "language-picker";
  const select = document.createElement("select");
  select.dataset.action = "language";
  for (const l of LANGUAGES) {
    const option = new Option(l.name, l.code, false, l.code === current.code);
    option.lang = l.code;
    select.append(option);
  }
  select.addEventListener("change", () => {
    safeStorage()?.setItem(KEY, select.value);
    const url = new URL(location.href);
    url.searchParams.delete("lang");
    location.replace(url.href);
  });
  label.append(t("language.label"), " ", select);
  return label;
}
