// The solo screens' words follow the page's translator when they are read, not when their module loaded:
// chapters, goals, the finale's rows, the suggesters and the helpers are data with getters, so a page that
// chose French after those modules were imported still shows French. Numbers follow the language too.
import { afterEach, describe, expect, it } from "vitest";
import { createTranslator, english, t, useTranslator } from "../../shared/i18n";
import { messages as fr } from "../../shared/i18n/messages/fr";
import { messages as ar } from "../../shared/i18n/messages/ar";
import { CHAPTERS } from "../../client/chapters/chapters";
import { FINALE_ROWS } from "../../client/chapters/finale";
import { formatMiss, formatValue, percent } from "../../client/format";
import { STRICTNESS_PRESETS } from "../../client/ui/adjust-panel";
import { announcement } from "../../client/ui/countdown";
import { formatChange, SUGGESTERS } from "../../client/ui/dial";
import { HELPERS, KEY_HELP } from "../../client/ui/access-panel";
import { howFar } from "../../client/ui/play-screen";
import { speechLang } from "../../client/audio/read-aloud";

afterEach(() => useTranslator(english));

describe("solo words in the page's language", () => {
  it("reads chapters, goals, rows, suggesters, presets and helpers in the language chosen after import", () => {
    // Read in English first (as a module-load constant would have frozen them)...
    const before = [CHAPTERS[0].title, CHAPTERS[0].goal.text, FINALE_ROWS[0].chapter, SUGGESTERS.backprop.mark, STRICTNESS_PRESETS[0].label, HELPERS[0].name, KEY_HELP[1].keys.join(" ")];
    expect(before).toEqual(["1. Pass the ball", "Watch the ball travel down the line and take 2 shots.", "3. The coach", "coach", "Gentle", "Read aloud", "Enter Space"]);
    // ...then the page picks French: the same objects now read French.
    useTranslator(createTranslator("fr", fr));
    expect([CHAPTERS[0].title, CHAPTERS[0].intro[0], CHAPTERS[0].goal.text, FINALE_ROWS[0].chapter, SUGGESTERS.backprop.mark, SUGGESTERS.backprop.blamer.blames(3), STRICTNESS_PRESETS[0].label, HELPERS[0].name, KEY_HELP[1].keys.join(" ")]).toEqual([
      "1. Passe le ballon",
      fr["chapters.pass.intro1"],
      "Regarde le ballon descendre la file et fais 2 tirs.",
      "3. L’entraîneur",
      "entraîneur",
      "✘ l’entraîneur accuse surtout le neurone 3",
      "Doux",
      "Lecture à voix haute",
      "Entrée Espace",
    ]);
  });

  it("writes numbers as the language does, and English exactly as before", () => {
    expect([formatMiss(-1.234, false), formatMiss(0.4, false), formatMiss(0.01, true), percent(0.236), formatValue(-0.05), formatChange(0.0123, 3), howFar(0.06)]).toEqual(["1.2 m short", "0.40 m long", "In! (0.01 m off centre)", "24%", "-0.050", "+0.012", "6 cm"]);
    expect(announcement(11, 10)).toBe("10 seconds left");
    useTranslator(createTranslator("fr", fr));
    expect([formatMiss(-1.234, false), formatChange(0.0123, 3)]).toEqual(["1,2 m trop court", "+0,012"]);
    // French puts a (narrow, by ICU version) no-break space before the percent sign.
    expect(percent(0.236)).toMatch(/^24\s%$/);
    // Arabic plurals through ICU: "one second", "two seconds", "five seconds" are three different words.
    useTranslator(createTranslator("ar", ar));
    expect(new Set([1, 2, 5].map((seconds) => t("solo.countdown.left", { seconds }))).size).toBe(3);
    expect(announcement(6, 5)).toBe(t("solo.countdown.left", { seconds: 5 }));
  });

  it("asks the speech engine for a voice by a region-tagged code where the page's is a script code", () => {
    expect([speechLang("zh-Hans"), speechLang("ar"), speechLang("")]).toEqual(["zh-CN", "ar", "en"]);
  });
});
