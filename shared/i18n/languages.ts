// The languages the game ships, each named in its own words, and how a device's language is chosen.
import { at } from "../checked";

/** A language the game speaks. */
export interface Language {
  /** BCP 47 code, as in <html lang>. */
  code: LanguageCode;
  /** Its name in itself, for the picker. */
  name: string;
  /** Arabic reads right to left: the interface mirrors. */
  dir: "ltr" | "rtl";
}

/** The codes of the shipped languages; "pseudo" is a test language that marks every message (not in the picker). */
export type LanguageCode = "en" | "es" | "fr" | "de" | "zh-Hans" | "ar";

/** Every shipped language, in the picker's order. */
export const LANGUAGES: readonly Language[] = [
  { code: "en", name: "English", dir: "ltr" },
  { code: "es", name: "Español", dir: "ltr" },
  { code: "fr", name: "Français", dir: "ltr" },
  { code: "de", name: "Deutsch", dir: "ltr" },
  { code: "zh-Hans", name: "简体中文", dir: "ltr" },
  { code: "ar", name: "العربية", dir: "rtl" },
];

/** The language every message is written in first, and the fallback. */
export const SOURCE_LANGUAGE: LanguageCode = "en";

/** The shipped language for a BCP 47 tag ("es-MX" -> es, "zh-CN" / "zh" -> zh-Hans, "zh-TW" -> null), or null. */
export function matchLanguage(tag: string): LanguageCode | null {
  const lower = tag.trim().toLowerCase();
  if (!lower) return null;
  const exact = LANGUAGES.find((l) => l.code.toLowerCase() === lower);
  if (exact) return exact.code;
  const [base, ...rest] = lower.split("-");
  if (base === "zh") {
    // Only Simplified Chinese ships: Traditional scripts and regions fall through to the next preference.
    const traditional = rest.some((r) => r === "hant" || r === "tw" || r === "hk" || r === "mo");
    return traditional ? null : "zh-Hans";
  }
  return LANGUAGES.find((l) => l.code === base)?.code ?? null;
}

/** The language to use: the first of the device's choices that ships (a stored pick, then the browser's list), else English. */
export function pickLanguage(preferences: readonly (string | null | undefined)[]): LanguageCode {
  for (const p of preferences) {
    const match = p ? matchLanguage(p) : null;
    if (match) return match;
  }
  return SOURCE_LANGUAGE;
}

/** The shipped language with this code (English for an unknown one). */
export function languageOf(code: string): Language {
  return LANGUAGES.find((l) => l.code === code) ?? at(LANGUAGES, 0);
}
