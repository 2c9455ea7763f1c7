// The projector's captions for given states: the sentence follows the engine's numbers and the rule each
// line runs (only backprop has a coach), the same state always gives the same words, a hit says why
// anyone still adjusts, the moving hoop is announced, and a line that learns is celebrated on that shot only.
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import {
  CAPTION_MESSAGES,
  type CaptionId,
  type CoachReport,
  type GameState,
  GLOSSARY,
  type Phase,
  RULE_IDS,
  RULES,
  type RuleId,
  type ShotRecord,
  createGame,
  handChoice,
  lineCaption,
  projectorCaption,
  renderCaptions,
  ruleGlossary,
  storyOf,
  toView,
} from "../../../shared";
import { createTranslator, english, useTranslator } from "../../../shared/i18n";
import { messages as de } from "../../../shared/i18n/messages/de";
import { messages as es } from "../../../shared/i18n/messages/es";
import { ok } from "../helpers";

/** A game of `people` in lines of 5, driven by the host to `phase` of `round` (no timers). */
function gameAt(phase: Phase, round: number, opts: { people?: number; rules?: RuleId[]; fixedRounds?: number } = {}): GameState {
  const rules = opts.rules ?? ["backprop"];
  let s = createGame("host", { lineLength: 5, teams: rules.length, rules, autoAdvance: false, maxRounds: 10, seed: 3, hoop: { fixedRounds: opts.fixedRounds ?? 6, fixedDistance: 5 } });
  for (let i = 0; i < (opts.people ?? 3); i++) s = ok(s, { type: "join", by: `p${i}`, name: `Kid ${i}` });
  if (phase === "lobby") return s;
  s = ok(s, { type: "start", by: "host" }, 1);
  let t = 2;
  while (!(s.phase === phase && s.round === round)) {
    if (s.phase === "summary") throw new Error(`never reached ${phase} of shot ${round}`);
    s = ok(s, { type: "next", by: "host" }, t++);
  }
  return s;
}

/** The state with line `li`'s current shot replaced by `shot` (the numbers a test chooses). */
function withShot(s: GameState, li: number, shot: Partial<ShotRecord>, coach?: Partial<CoachReport>): GameState {
  const lines = s.lines.map((l, i) => {
    if (i !== li || !l.current) return l;
    const current: ShotRecord = { ...l.current, ...shot, coach: coach && l.current.coach ? { ...l.current.coach, ...coach } : shot.coach ?? l.current.coach };
    return { ...l, current };
  });
  return { ...s, lines };
}

const say = (s: GameState, li = 0) => renderCaptions(lineCaption(toView(s), li));
const sayAll = (s: GameState) => renderCaptions(projectorCaption(toView(s)));

describe("captions as data", () => {
  it("every message is valid ICU (the translator's library reads them) and names only values the captions give", () => {
    for (const [id, text] of Object.entries(CAPTION_MESSAGES)) {
      expect(() => new IntlMessageFormat(text, "en"), id).not.toThrow();
    }
  });

  it("gives the same words for the same state, and a caption is plain data (an id and values)", () => {
    const s = gameAt("coach", 1);
    const a = projectorCaption(toView(s));
    const b = projectorCaption(toView(structuredClone(s)));
    expect(a).toEqual(b);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(renderCaptions(a)).toBe(renderCaptions(b));
    for (const c of a) expect(Object.keys(CAPTION_MESSAGES)).toContain(c.id);
  });

  it("renders every phase of whole games on every rule without a missing value", () => {
    const seen = new Set<CaptionId>();
    for (const rule of RULE_IDS) {
      let s = gameAt("aim", 1, { rules: [rule, "backprop"] });
      let t = 100;
      while (s.phase !== "summary") {
        for (const c of [...projectorCaption(toView(s)), ...lineCaption(toView(s), 0), ...lineCaption(toView(s), 1)]) seen.add(c.id);
        const words = renderCaptions(projectorCaption(toView(s)));
        expect(words.length).toBeGreaterThan(5);
        expect(words).not.toMatch(/[{}#]|undefined|NaN/);
        s = ok(s, { type: "next", by: "host" }, t++);
      }
      for (const c of projectorCaption(toView(s))) seen.add(c.id);
      expect(sayAll(s)).toMatch(/^(Line \d \(.+\) learned first: 3 in a row by shot \d+\.|No line hit 3 in a row in 10 shots\.)$/);
    }
    for (const id of ["aim", "aim-hoop-moves", "pass", "shot-lines", "coach-lines", "adjust-lines", "hoop-next", "last-shot"] as CaptionId[]) expect(seen).toContain(id);
    expect(seen.has("summary-first") || seen.has("summary-none")).toBe(true);
  });
});

describe("the caption follows the rule each line runs", () => {
  it("after a miss under backprop: the miss, the coach's direction for everyone, and who carries most of the blame", () => {
    const s = withShot(gameAt("coach", 1), 0, { miss: -0.3, hit: false, votes: {} }, {
      weightChanges: [0.01, 0.02, 0.01, 0.03, 0.05],
      shares: [0.08, 0.17, 0.08, 0.25, 0.42],
      mostToBlame: 4,
    });
    expect(say(s)).toBe("0.3 m short. The coach: everyone firmer; seat 5 carries most of the blame (42%).");
  });

  it("says so when the rule turns some firmer and some looser, and whether the class's vote agreed", () => {
    const base = gameAt("coach", 1);
    const votes = { p0: { blame: 1, direction: "firmer" as const, blameRight: false, directionRight: true }, p1: { blame: 1, direction: "looser" as const, blameRight: false, directionRight: false } };
    const s = withShot(base, 0, { miss: 1.26, hit: false, votes }, { weightChanges: [-0.01, 0.02, -0.01, -0.03, -0.05], shares: [0.1, 0.2, 0.1, 0.3, 0.3], mostToBlame: 3 });
    expect(say(s)).toBe("1.3 m long. The coach: 1 firmer, 4 looser; seat 4 carries most of the blame (30%). Most of the class blamed seat 2.");
    const agreed = withShot(s, 0, { votes: { p0: { ...votes.p0, blame: 3 } } });
    expect(say(agreed)).toMatch(/The class's vote agreed\.$/);
  });

  it("never names a coach for the feedback wires or the nudge: each speaks as its own story's teller", () => {
    for (const rule of ["feedback-alignment", "activity-difference"] as const) {
      const s = withShot(gameAt("coach", 1, { rules: [rule] }), 0, { miss: -2, hit: false, votes: {} }, { weightChanges: [0.1, 0.1, 0.1, 0.1, 0.1], shares: [0.2, 0.2, 0.2, 0.2, 0.2], mostToBlame: 0 });
      const words = say(s);
      const teller = storyOf(rule).words.teller;
      expect(words).toBe(`2 m short. ${teller[0].toUpperCase()}${teller.slice(1)}: everyone firmer; seat 1 carries most of the blame (20%).`);
      expect(words).not.toMatch(/coach/i);
    }
  });

  it("after a hit says why the handshakes still change (the rule's own words), or that nothing changes", () => {
    const hit = withShot(gameAt("coach", 1), 0, { miss: 0.1, hit: true, votes: {} }, { weightChanges: [-0.001, 0, 0, 0, -0.002] });
    expect(say(hit)).toBe(RULES.backprop.story.words.afterHit);
    const centre = withShot(hit, 0, {}, { weightChanges: [0, 0, 0, 0, 0] });
    expect(say(centre)).toBe("In, right in the middle: nothing to fix, so nobody's handshake changes.");
  });

  it("trial and error: the verdict of the second shot, kept or turned around, read off the engine's changes", () => {
    const s = gameAt("coach", 1, { rules: ["trial-and-error"] });
    const c = s.lines[0].current!.coach!;
    // Changes that are the wiggles times +1 keep the wiggle; times -1 turn it around.
    const kept = withShot(s, 0, { hit: false }, { weightChanges: c.signals.slice(), biasChanges: c.signals.slice() });
    const back = withShot(s, 0, { hit: false }, { weightChanges: c.signals.map((x) => -x) });
    expect(say(kept)).toBe("Everyone wiggled and the line shot again: closer, so everyone keeps their wiggle.");
    expect(say(back)).toBe("Everyone wiggled and the line shot again: farther, so everyone turns the other way.");
    expect(say(kept)).not.toMatch(/coach|blame/i);
  });

  it("fire together: nobody hears about the miss; it counts the neighbours who fired together", () => {
    const s = withShot(gameAt("coach", 1, { rules: ["fire-together"] }), 0, { miss: -1.5, hit: false }, { weightChanges: [0.01, 0.02, -0.001, 0.03, -0.01] });
    expect(say(s)).toBe("1.5 m short, but nobody hears about it: 3 pairs of neighbours fired together and grip harder, and every grip fades a little.");
  });

  it("in a race, the projector says which lines have a coach at all", () => {
    const s = gameAt("coach", 1, { rules: ["backprop", "trial-and-error", "feedback-alignment", "backprop"], people: 4 });
    expect(sayAll(s)).toMatch(/^Lines 1 and 4 have a coach; the others learn by their own rule\./);
    const one = gameAt("coach", 1, { rules: ["trial-and-error", "backprop"] });
    expect(sayAll(one)).toMatch(/^Only line 2 has a coach;/);
    const none = gameAt("coach", 1, { rules: ["fire-together", "activity-difference"] });
    expect(sayAll(none)).toMatch(/^No line has a coach/);
  });
});

describe("the moments a class should not miss", () => {
  it("announces the hoop moving: before the last fixed shot's end, and on the first shot it moves", () => {
    const before = gameAt("adjust", 2, { fixedRounds: 2 });
    expect(say(before)).toMatch(/After this shot the hoop starts to move\.$/);
    const moved = gameAt("aim", 3, { fixedRounds: 2 });
    expect(say(moved)).toBe(`Shot 3: from now on the hoop moves! This time it stands at ${moved.distance} m, so a line that learned only one distance must adapt.`);
    const fixed = gameAt("aim", 2, { fixedRounds: 2 });
    expect(say(fixed)).toBe("Shot 2 of 10: the hoop stands at 5 m.");
    expect(say(gameAt("adjust", 1, { fixedRounds: 2 }))).not.toMatch(/hoop/);
  });

  it("celebrates a line that gets 3 in a row on that shot, and not on later ones", () => {
    const s = gameAt("coach", 3, { rules: ["backprop", "backprop"] });
    const learned = { ...s, lines: s.lines.map((l, i) => (i === 1 ? { ...l, learnedAt: 3, streak: 3 } : l)) };
    expect(sayAll(learned)).toMatch(/Line 2 learned it: 3 in a row!/);
    expect(say(learned, 1)).toMatch(/Line 2 learned it: 3 in a row!$/);
    expect(say(learned, 0)).not.toMatch(/learned/);
    const later = { ...learned, round: 4 };
    expect(sayAll(later)).not.toMatch(/learned/);
  });

  it("while adjusting: how many people are done, and how many went further than their rule", () => {
    let s = gameAt("adjust", 1);
    const line = s.lines[0];
    const change = line.current!.coach!.weightChanges;
    const seatOf = (id: string) => s.players[id].seat;
    s = ok(s, { type: "adjust", by: "p0", weight: line.current!.weights[seatOf("p0")] + 3 * change[seatOf("p0")] }, 50);
    s = ok(s, { type: "ready", by: "p0" }, 51);
    s = ok(s, { type: "adjust", by: "p1", weight: line.current!.weights[seatOf("p1")] + change[seatOf("p1")] }, 52);
    expect(handChoice(s.lines[0], seatOf("p0"))).toBe("bolder");
    expect(handChoice(s.lines[0], seatOf("p1"))).toBe("followed");
    expect(handChoice(s.lines[0], seatOf("p2"))).toBeNull();
    expect(say(s)).toBe("Turn your handshake on your phone, or leave it: the rule (Backprop coach) sets it for you. 1 of 3 done. 1 player went further than the coach.");
  });

  it("reads a turned dial against the rule's change: followed, further, softer, left alone, the other way", () => {
    const s = gameAt("adjust", 1);
    const line = s.lines[0];
    const seat = s.players.p0.seat;
    const w0 = line.current!.weights[seat];
    const d = line.current!.coach!.weightChanges[seat];
    const at = (k: number) => handChoice({ ...line, neurons: line.neurons.map((n, i) => (i === seat ? { ...n, adjusted: true, weight: w0 + k * d } : n)) }, seat);
    expect([at(1), at(2), at(0.5), at(0), at(-1)]).toEqual(["followed", "bolder", "softer", "kept", "against"]);
  });

  it("names the line that learned first at the end", () => {
    let s = gameAt("adjust", 1, { rules: ["backprop", "trial-and-error"] });
    // Ten shots kept (the count the sentence says), whatever the round the game was ended at.
    const shots = Array.from({ length: 10 }, (_, k) => ({ ...s.lines[0].history[0], round: k + 1 }));
    s = { ...s, phase: "summary", round: 10, lines: s.lines.map((l, i) => ({ ...l, history: shots, learnedAt: i === 0 ? 7 : 5 })) };
    expect(sayAll(s)).toBe("Line 2 (Trial and error) learned first: 3 in a row by shot 5.");
    const none = { ...s, lines: s.lines.map((l) => ({ ...l, learnedAt: null })) };
    expect(sayAll(none)).toBe("No line hit 3 in a row in 10 shots.");
    // One line says "the line"; a game ended before its third shot says why it could not have.
    const one = { ...none, lines: none.lines.slice(0, 1).map((l) => ({ ...l, history: shots.slice(0, 1) })) };
    expect(sayAll(one)).toBe("The line did not hit 3 in a row in 1 shot. That takes at least 3 shots.");
    useTranslator(createTranslator("de", de));
    try {
      expect(sayAll(one)).toMatch(/^Die Reihe hat in 1 Wurf nicht 3 in Folge getroffen\. Dafür/);
      expect(sayAll(none)).toBe("Keine Reihe hat in 10 Würfen 3 in Folge getroffen.");
      useTranslator(createTranslator("es", es));
      expect(sayAll(one)).toMatch(/^La fila no encestó 3 seguidas en 1 tiro\. Para eso/);
    } finally {
      useTranslator(english);
    }
  });
});

describe("the glossary", () => {
  it("explains each word the game uses once, and each rule in its own summary", () => {
    const terms = GLOSSARY.map((g) => g.id);
    for (const id of ["handshake", "excitability", "note"]) expect(terms).toContain(id);
    expect(new Set(terms).size).toBe(terms.length);
    const rules = ruleGlossary();
    expect(rules.map((r) => r.term)).toEqual(RULE_IDS.map((r) => RULES[r].title));
    for (const r of RULE_IDS) expect(rules.find((g) => g.term === RULES[r].title)?.meaning).toBe(RULES[r].summary);
    for (const g of [...GLOSSARY, ...rules]) expect(g.meaning.length).toBeLessThan(200);
  });
});

describe("in the page's language", () => {
  /** Runs `f` with the page's translator set to `code` (English again afterwards, as every other test expects). */
  function inLanguage<T>(code: string, messages: Parameters<typeof createTranslator>[1], f: () => T): T {
    useTranslator(createTranslator(code, messages));
    try {
      return f();
    } finally {
      useTranslator(english);
    }
  }

  it("the same caption data reads in Spanish, with the language's plurals and its own 'and'", () => {
    const s = gameAt("coach", 1, { rules: ["backprop", "trial-and-error", "feedback-alignment", "backprop"], people: 4 });
    const before = sayAll(s);
    expect(inLanguage("es", es, () => sayAll(s))).toMatch(/^Las filas 1 y 4 tienen entrenador; las demás aprenden con su propia regla\./);
    const lobby = gameAt("lobby", 0);
    expect(inLanguage("es", es, () => sayAll(lobby))).toMatch(/^Cada uno de vosotros es una neurona/);
    // The translator is the page's only: English again once it is set back.
    expect(sayAll(s)).toBe(before);
  });

  it("the glossary's words follow the page's language each time they are read", () => {
    const handshake = () => GLOSSARY.find((g) => g.id === "handshake");
    expect(handshake()?.term).toBe("Handshake");
    expect(inLanguage("de", de, () => handshake()?.term)).toBe("Händedruck");
    expect(inLanguage("de", de, () => handshake()?.meaning)).toMatch(/Gewicht/);
    expect(handshake()?.term).toBe("Handshake");
  });
});
