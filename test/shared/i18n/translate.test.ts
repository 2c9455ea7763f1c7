// The translator's short cut: a message without ICU syntax is shown as it is, with no formatter. It must
// say exactly what intl-messageformat would have said, in every language, and the pseudo language must
// still mark it; messages with values still go through the formatter.
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { createTranslator, en, type MessageId, type Messages, needsFormatter, pseudoMessages } from "../../../shared/i18n";
import { messages as ar } from "../../../shared/i18n/messages/ar";
import { messages as de } from "../../../shared/i18n/messages/de";
import { messages as es } from "../../../shared/i18n/messages/es";
import { messages as fr } from "../../../shared/i18n/messages/fr";
import { messages as zh } from "../../../shared/i18n/messages/zh-Hans";

const ALL: Record<string, Partial<Messages>> = { en, es, fr, de, "zh-Hans": zh, ar };

describe("messages without ICU syntax", () => {
  it("are shown exactly as intl-messageformat shows them, in every language", () => {
    let plain = 0;
    for (const [code, messages] of Object.entries(ALL)) {
      const tr = createTranslator(code, messages);
      for (const [id, text] of Object.entries(messages) as [MessageId, string][]) {
        if (needsFormatter(text)) continue;
        plain++;
        expect(tr.t(id), `${code} ${id}`).toBe(String(new IntlMessageFormat(text, code).format()));
      }
    }
    // Most messages are plain words: the short cut is the common path, not a corner.
    expect(plain).toBeGreaterThan(Object.keys(en).length);
  });

  it("tells ICU syntax apart: arguments, tags and escaped quotes need the formatter; a lone apostrophe does not", () => {
    expect(needsFormatter("Hello {name}")).toBe(true);
    expect(needsFormatter("a <b>bold</b> word")).toBe(true);
    expect(needsFormatter("it''s")).toBe(true);
    expect(needsFormatter("l'équipe")).toBe(false);
    expect(needsFormatter("Pass the ball")).toBe(false);
  });

  it("are still marked in the pseudo language", () => {
    const pseudo = createTranslator("en", pseudoMessages());
    const plainId = (Object.keys(en) as MessageId[]).find((id) => !needsFormatter(en[id]))!;
    expect(pseudo.t(plainId)).toBe(`⟦${en[plainId]}⟧`);
  });

  it("leave messages with values to the formatter (plurals and numbers in the language's own way)", () => {
    // A message whose one value is a plural's count.
    const names = (k: MessageId) => new Set([...en[k].matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]));
    const id = (Object.keys(en) as MessageId[]).find((k) => /\{\w+, plural/.test(en[k]) && names(k).size === 1)!;
    const name = /\{(\w+), plural/.exec(en[id])![1];
    for (const [code, messages] of Object.entries(ALL)) {
      const tr = createTranslator(code, messages);
      const text = messages[id] ?? en[id];
      for (const n of [0, 1, 2, 5, 1234.5]) expect(tr.t(id, { [name]: n })).toBe(String(new IntlMessageFormat(text, code).format({ [name]: n })));
    }
  });
});

describe("a fraction shown as a plain {x}", () => {
  it("is written with the language's decimal mark, with the same digits; counts, plurals and number formats are untouched", () => {
    const de_ = createTranslator("de", de);
    const fr_ = createTranslator("fr", fr);
    expect(de_.t("caption.aim", { round: 2, rounds: 8, distance: 3.25 })).toContain("3,25 m");
    expect(fr_.t("caption.aim", { round: 2, rounds: 8, distance: 3.25 })).toContain("3,25");
    // English reads exactly as ICU's own String(x) does, even at full precision.
    const en_ = createTranslator("en", en);
    expect(en_.t("caption.aim", { round: 2, rounds: 8, distance: 0.1 + 0.2 })).toBe(new IntlMessageFormat(en["caption.aim"], "en").format({ round: 2, rounds: 8, distance: 0.1 + 0.2 }));
    // A value that also goes through a number format keeps its number (a string there would be NaN).
    const both = createTranslator("de", { "describe.aim": "{distance} / {distance, number, ::.0}" });
    expect(both.t("describe.aim", { distance: 3.25 })).toBe("3.25 / 3,3");
    // Inside a plural's branch a plain {x} is localised too.
    const nested = createTranslator("de", { "describe.aim": "{round, plural, one {# Wurf: {distance} m} other {# Würfe: {distance} m}}" });
    expect(nested.t("describe.aim", { round: 2, distance: 1.5 })).toBe("2 Würfe: 1,5 m");
  });
});
