// The guide's words in each language, loaded on demand: only the guide page fetches them, so no other
// page's first download carries the guide, and a teacher's language arrives as one small file.
import { createTranslator, type LanguageCode, pseudoMessages, type Translator } from "../../shared/i18n";
import { guide as en, type GuideMessageId, type GuideMessages } from "../../shared/i18n/messages/en/guide";

/** Each shipped language's guide, fetched when first needed. */
const LOADERS: Record<LanguageCode, () => Promise<GuideMessages>> = {
  en: () => Promise.resolve(en),
  es: () => import("../../shared/i18n/messages/es/guide").then((m) => m.guide),
  fr: () => import("../../shared/i18n/messages/fr/guide").then((m) => m.guide),
  de: () => import("../../shared/i18n/messages/de/guide").then((m) => m.guide),
  "zh-Hans": () => import("../../shared/i18n/messages/zh-Hans/guide").then((m) => m.guide),
  ar: () => import("../../shared/i18n/messages/ar/guide").then((m) => m.guide),
};

/** The guide's translator for the language the page chose ("pseudo": the test language's marked English). */
export async function guideTranslator(code: string, pseudo: boolean): Promise<Translator<GuideMessageId>> {
  if (pseudo) return createTranslator("en", pseudoMessages(en), en);
  const load = LOADERS[code as LanguageCode] as (() => Promise<GuideMessages>) | undefined;
  try {
    return createTranslator(code, load ? await load() : en, en);
  } catch {
    // Offline before this language was ever fetched: the guide in English rather than none.
    return createTranslator("en", en, en);
  }
}
