// The words of the chapters "Random wires, right advice" and "Two doors" against what the engine does:
// the learner's own wire's sentence says when its layer is not yet right, a share and a vote name the rule
// that told them (the wires and the nudge are not a coach), a streak of 0 reads as a sentence, and the
// doors are named for the dendrites toggle in every language.
import { describe, expect, it } from "vitest";
import { chapterById } from "../../client/chapters/chapters";
import { layerBand, myWireWords } from "../../client/ui/wire-panel";
import { shotAgreements } from "../../client/chapters/wire-goals";
import { type Action, createGame, type GameState, reduce, toView } from "../../shared";
import { createTranslator, en, type Messages, t } from "../../shared/i18n";
import { messages as ar } from "../../shared/i18n/messages/ar";
import { messages as de } from "../../shared/i18n/messages/de";
import { messages as es } from "../../shared/i18n/messages/es";
import { messages as fr } from "../../shared/i18n/messages/fr";
import { messages as zh } from "../../shared/i18n/messages/zh-Hans";

const ALL: Record<string, Messages> = { en, es, fr, de, "zh-Hans": zh, ar };

/** Applies an action that must succeed. */
function ok(s: GameState, a: Action, now: number): GameState {
  const r = reduce(s, a, now);
  if (!r.ok) throw new Error(`${a.type}: ${r.error.message}`);
  return r.state;
}

describe("the learner's own wire, next to the layer's gauge", () => {
  const chapter = chapterById("wires")!;

  it("a wire the right way in a layer not yet right says 'not yet' for the layer; in a layer right, it does not; a wrong wire says so", () => {
    let s = ok(createGame("host", { ...chapter.settings, autoAdvance: false, maxRounds: 200 }), { type: "join", by: "host", name: "You", line: 0, seat: chapter.seat }, 0);
    s = ok(s, { type: "start", by: "host" }, 1000);
    let now = 1000;
    const seen = { rightNotYet: 0, rightAndLayer: 0, wrong: 0 };
    while (s.phase !== "summary") {
      s = ok(s, { type: "next", by: "host" }, (now += 1000));
      if (s.phase !== "adjust") continue;
      const view = toView(s);
      const last = shotAgreements(view).at(-1)!;
      const mine = last.neurons[chapter.seat] ?? 0;
      const words = myWireWords(view, chapter.seat);
      const layerRight = layerBand(last.layers[1] ?? NaN) === "right";
      if (mine > 0 && !layerRight) {
        seen.rightNotYet++;
        expect(words).toBe(`${t("chapters.wires.youRight")} ${t("chapters.wires.layerNotYet")}`);
      } else if (mine > 0) {
        seen.rightAndLayer++;
        expect(words).toBe(t("chapters.wires.youRight"));
      } else if (mine < 0) {
        seen.wrong++;
        expect(words).toBe(t("chapters.wires.youWrong"));
      } else expect(words).toBe("");
    }
    // The chapter's own seed shows all three cases, so each branch above was checked.
    expect(seen.rightNotYet).toBeGreaterThan(0);
    expect(seen.rightAndLayer).toBeGreaterThan(0);
    expect(seen.wrong).toBeGreaterThan(0);
    expect(myWireWords(toView(createGame("host", chapter.settings)), chapter.seat)).toBe("");
  });

  it("the summary reads as a sentence for a streak of 0, 1 and many", () => {
    const say = createTranslator("en", en).t;
    expect(say("chapters.wires.summary", { shots: 12, streak: 0 })).toBe("12 shots. On the last shot the wires did not point the right way for you and your layer.");
    expect(say("chapters.wires.summary", { shots: 12, streak: 1 })).toBe("12 shots. The wires pointed the right way for you and your layer on the last shot.");
    expect(say("chapters.wires.summary", { shots: 12, streak: 7 })).toBe("12 shots. The wires pointed the right way for you and your layer on the last 7 shots in a row.");
    for (const [lang, m] of Object.entries(ALL)) {
      const zero = createTranslator(lang as "en", m).t("chapters.wires.summary", { shots: 12, streak: 0 });
      expect(zero, lang).not.toMatch(/\b0\b/);
    }
  });
});

describe("a share and a vote name the rule that told them", () => {
  const say = createTranslator("en", en).t;

  it("a share: of the blame (coach), of the wires' note, of the nudge", () => {
    expect(say("student.card.shareBy", { share: 0.14, teller: "coach" })).toBe("14% of the blame");
    expect(say("student.card.shareBy", { share: 0.14, teller: "wires" })).toBe("14% of the wires' note");
    expect(say("student.card.shareBy", { share: 0.14, teller: "nudge" })).toBe("14% of the nudge");
    for (const [lang, m] of Object.entries(ALL)) {
      const tr = createTranslator(lang as "en", m).t;
      const [coach, wires, nudge] = (["coach", "wires", "nudge"] as const).map((teller) => tr("student.card.shareBy", { share: 0.14, teller }));
      expect(new Set([coach, wires, nudge]).size, lang).toBe(3);
      for (const s of [coach, wires, nudge]) expect(s, lang).toMatch(/14/);
    }
  });

  it("a vote that matched the wires or the nudge is 'the way they said', not 'right'", () => {
    expect(say("netplay.vote.result", { handshake: "right", direction: "right", teller: "coach" })).toBe("Your vote: the right handshake, the right way.");
    expect(say("netplay.vote.result", { handshake: "right", direction: "right", teller: "wires" })).toBe("Your vote: the handshake the wires blamed most, the way the wires said.");
    expect(say("netplay.vote.result", { handshake: "right", direction: "right", teller: "nudge" })).toBe("Your vote: the handshake the nudge blamed most, the way the nudge said.");
    for (const [lang, m] of Object.entries(ALL)) {
      const tr = createTranslator(lang as "en", m).t;
      const coach = tr("netplay.vote.result", { handshake: "right", direction: "right", teller: "coach" });
      const wires = tr("netplay.vote.result", { handshake: "right", direction: "right", teller: "wires" });
      expect(wires, lang).not.toBe(coach);
    }
  });
});

describe("the two doors", () => {
  it("the chapter's intro names the dendrites toggle's word once, in every language", () => {
    for (const [lang, m] of Object.entries(ALL)) {
      // The toggle's word, without its case or (in Arabic) its article "ال".
      const word = m["network.controls.dendrites"].toLowerCase().replace(/^ال/u, "");
      expect(m["chapters.dendrites.intro1"].toLowerCase(), lang).toContain(word);
    }
  });

  it("the nudge is said to come back over the same handshakes, with nobody handing out shares", () => {
    expect(en["chapters.dendrites.says.activity-difference"]).toMatch(/same handshakes/);
    expect(en["chapters.dendrites.says.activity-difference"]).toMatch(/nobody hands out shares/);
    expect(en["chapters.dendrites.intro1"]).not.toMatch(/path of its own/);
  });
});
