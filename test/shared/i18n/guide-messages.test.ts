// The teacher's guide's messages (their own area, outside the game's `en`): every language has every
// one, each is valid ICU, its emphasis marks come in pairs, and the references read the same everywhere.
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { createTranslator, LANGUAGES, pseudoMessages } from "../../../shared/i18n";
import { guide as ar } from "../../../shared/i18n/messages/ar/guide";
import { guide as de } from "../../../shared/i18n/messages/de/guide";
import { guide as en, type GuideMessageId } from "../../../shared/i18n/messages/en/guide";
import { guide as es } from "../../../shared/i18n/messages/es/guide";
import { guide as fr } from "../../../shared/i18n/messages/fr/guide";
import { guide as zh } from "../../../shared/i18n/messages/zh-Hans/guide";

const GUIDES: Record<string, Record<GuideMessageId, string>> = { en, es, fr, de, "zh-Hans": zh, ar };
const ids = Object.keys(en).sort() as GuideMessageId[];

describe("the guide's messages", () => {
  it("has one file per shipped language", () => {
    expect(Object.keys(GUIDES).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  for (const [code, messages] of Object.entries(GUIDES)) {
    it(`${code}: the same ids as English, each valid ICU with no values, emphasis in pairs`, () => {
      expect(Object.keys(messages).sort()).toEqual(ids);
      for (const id of ids) {
        const text = messages[id];
        expect(text.trim(), id).not.toBe("");
        expect(new IntlMessageFormat(text, code).format(), id).toBe(text);
        expect((text.match(/\*\*/g)?.length ?? 0) % 2, `${id}: **`).toBe(0);
        expect((text.match(/__/g)?.length ?? 0) % 2, `${id}: __`).toBe(0);
        if (id.startsWith("guide.source.")) expect(text, id).toBe(en[id]);
        // A one-word heading may be the same word ("Phase", "Discussion"); a sentence may not.
        if (code !== "en" && !id.startsWith("guide.source.") && /\s/.test(en[id])) expect(text, `${code} ${id} is still English`).not.toBe(en[id]);
      }
    });
  }

  it("translates over its own source: a missing message falls back to the guide's English, the test language marks each", () => {
    const tr = createTranslator<GuideMessageId>("es", { "guide.title": es["guide.title"] }, en);
    expect(tr.t("guide.title")).toBe(es["guide.title"]);
    expect(tr.t("guide.lead")).toBe(en["guide.lead"]);
    expect(createTranslator("en", pseudoMessages(en), en).t("guide.after")).toBe(`⟦${en["guide.after"]}⟧`);
  });
});
