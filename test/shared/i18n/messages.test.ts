// Every language has every message, each one is valid ICU, and none drops or invents a value: a
// translation that loses {n} would show a sentence without its number.
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { createTranslator, en, LANGUAGES, type Messages, pseudoMessages } from "../../../shared/i18n";
import { messages as ar } from "../../../shared/i18n/messages/ar";
import { messages as de } from "../../../shared/i18n/messages/de";
import { messages as es } from "../../../shared/i18n/messages/es";
import { messages as fr } from "../../../shared/i18n/messages/fr";
import { messages as zh } from "../../../shared/i18n/messages/zh-Hans";

const TRANSLATIONS: Record<string, Messages> = { es, fr, de, "zh-Hans": zh, ar };

type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }>; children?: Node[] };

/** The names of the values a message fills in (in plural/select branches too), and whether each plural has "other". */
function argumentsOf(message: string, locale: string): { names: string[]; pluralsHaveOther: boolean } {
  const names = new Set<string>();
  let pluralsHaveOther = true;
  const walk = (nodes: Node[]): void => {
    for (const n of nodes) {
      if (n.value !== undefined && n.type !== 0) names.add(n.value);
      if (n.options) {
        if (n.type === 6 && !("other" in n.options)) pluralsHaveOther = false;
        for (const o of Object.values(n.options)) walk(o.value);
      }
      if (n.children) walk(n.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return { names: [...names].sort(), pluralsHaveOther };
}

describe("message files", () => {
  const ids = Object.keys(en).sort();

  it("has one translation file per shipped language besides English", () => {
    expect(Object.keys(TRANSLATIONS).sort()).toEqual(LANGUAGES.map((l) => l.code).filter((c) => c !== "en").sort());
  });

  for (const [code, messages] of Object.entries(TRANSLATIONS)) {
    it(`${code}: the same ids as English, each valid ICU with the same values`, () => {
      expect(Object.keys(messages).sort()).toEqual(ids);
      for (const id of ids) {
        const source = argumentsOf(en[id as keyof typeof en], "en");
        const own = argumentsOf(messages[id as keyof Messages], code);
        expect({ id, names: own.names }).toEqual({ id, names: source.names });
        expect({ id, pluralsHaveOther: own.pluralsHaveOther }).toEqual({ id, pluralsHaveOther: true });
        expect(messages[id as keyof Messages].trim(), id).not.toBe("");
      }
    });
  }

  it("English's own plurals all have an 'other' form", () => {
    for (const id of ids) expect({ id, ok: argumentsOf(en[id as keyof typeof en], "en").pluralsHaveOther }).toEqual({ id, ok: true });
  });

  /** A value for every argument a message fills in (a number suits plain, number, plural and select arguments alike). */
  const sample = (id: string) => Object.fromEntries(argumentsOf(en[id as keyof typeof en], "en").names.map((n) => [n, 2]));

  it("the test language wraps every message, values still filled in", () => {
    const pseudo = createTranslator("en", pseudoMessages());
    for (const id of ids) expect(pseudo.t(id as keyof typeof en, sample(id))).toMatch(/^⟦[\s\S]*⟧$/);
    expect(pseudo.t("student.head.score", { score: 3 })).toBe("⟦3 pts⟧");
  });

  it("every message of every language formats with its values, leaving no {placeholder} behind", () => {
    for (const [code, messages] of Object.entries({ en, ...TRANSLATIONS })) {
      const tr = createTranslator(code, messages);
      for (const id of ids) expect(tr.t(id as keyof typeof en, sample(id)), `${code} ${id}`).not.toMatch(/[{}]/);
    }
  });

  it("plurals follow each language's rules through ICU", () => {
    const say = (code: string, messages: Messages, score: number) => createTranslator(code, messages).t("student.summary.points", { score });
    expect([1, 2, 5].map((n) => say("en", en, n))).toEqual(["1 point", "2 points", "5 points"]);
    expect([1, 2].map((n) => say("de", de, n))).toEqual(["1 Punkt", "2 Punkte"]);
    // Arabic has a dual and a "few" form (3-10): "نقطتان" for two, "نقاط" for five.
    expect(say("ar", ar, 2)).toBe("نقطتان");
    expect(say("ar", ar, 5)).toMatch(/نقاط$/);
    expect(say("ar", ar, 11)).toMatch(/نقطة$/);
    expect(say("zh-Hans", zh, 1)).toBe("1 分");
  });

  it("a share of the blame is a percent in the language's own way", () => {
    expect(createTranslator("en", en).t("student.card.share", { share: 0.31 })).toBe("31% of the blame");
    expect(createTranslator("fr", fr).t("student.card.share", { share: 0.31 })).toMatch(/^31\s?% de la faute$/u);
    expect(createTranslator("de", de).t("student.card.share", { share: 0.31 })).toMatch(/^31\s?% der Schuld$/u);
  });

  it("numbers follow the language (German writes 0,5; English 0.5)", () => {
    expect(createTranslator("de", de).number(0.5)).toBe("0,5");
    expect(createTranslator("en", en).number(0.5)).toBe("0.5");
  });
});
