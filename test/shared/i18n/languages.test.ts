import { describe, expect, it } from "vitest";
import { LANGUAGES, matchLanguage, pickLanguage } from "../../../shared/i18n";

describe("choosing a language", () => {
  it("ships English, Spanish, French, German, Simplified Chinese and Arabic; only Arabic reads right to left", () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual(["en", "es", "fr", "de", "zh-Hans", "ar"]);
    expect(LANGUAGES.filter((l) => l.dir === "rtl").map((l) => l.code)).toEqual(["ar"]);
  });

  it("matches regional tags to the shipped language, and Traditional Chinese to none", () => {
    expect(matchLanguage("es-MX")).toBe("es");
    expect(matchLanguage("FR-ca")).toBe("fr");
    expect(matchLanguage("zh")).toBe("zh-Hans");
    expect(matchLanguage("zh-CN")).toBe("zh-Hans");
    expect(matchLanguage("zh-Hans-SG")).toBe("zh-Hans");
    expect(matchLanguage("zh-TW")).toBeNull();
    expect(matchLanguage("zh-Hant")).toBeNull();
    expect(matchLanguage("ar-EG")).toBe("ar");
    expect(matchLanguage("pt-BR")).toBeNull();
    expect(matchLanguage("")).toBeNull();
  });

  it("takes the first preference that ships, else English", () => {
    expect(pickLanguage([null, "pt-BR", "de-AT", "fr"])).toBe("de");
    expect(pickLanguage(["zh-TW", "zh-CN"])).toBe("zh-Hans");
    expect(pickLanguage(["ja", undefined])).toBe("en");
    expect(pickLanguage([])).toBe("en");
  });
});
