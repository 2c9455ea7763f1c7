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

  it("the test language wraps every message, values still filled in", () => {
    const pseudo = createTranslator("en", pseudoMessages());
    for (const id of ids) expect(pseudo.t(id as keyof typeof en, {})).toMatch(/^⟦[\s\S]*⟧$/);
  });

  it("numbers follow the language (German writes 0,5; English 0.5)", () => {
    expect(createTranslator("de", de).number(0.5)).toBe("0,5");
    expect(createTranslator("en", en).number(0.5)).toBe("0.5");
  });
});
