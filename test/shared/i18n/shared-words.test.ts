// The words shared/ builds come from the message files, in the page's language: with the test language
// active (every message wrapped in ⟦ ⟧) nothing is left outside a wrapper, so no English is hard-coded in
// the rules' stories, the cards, the screen reader's story, the note's health, the lobby line, the race,
// the presets or the refusals; with Spanish or Arabic active the same come out in that language, with the
// engine's numbers written the language's way. Real engine throughout: real shots, rules and reducer.
import { afterEach, describe, expect, it } from "vitest";
import {
  blameShares,
  coachReport,
  createGame,
  DEFAULT_COURT,
  describePhase,
  describeScreen,
  describeStory,
  distanceValues,
  type GameState,
  lobbyLine,
  noVoteAfterHit,
  NO_VOTE_AFTER_HIT,
  parseMessage,
  RACE_PRESETS,
  raceGame,
  raceWinner,
  reduce,
  type RuleId,
  RULE_IDS,
  RULES,
  say,
  sayEnglish,
  shoot,
  type ShotRecord,
  signalHealth,
  signalSentence,
  storyCards,
  storyOf,
  toView,
  type Action,
} from "../../../shared";
import { createTranslator, english, pseudoMessages, type Translator, useTranslator } from "../../../shared/i18n";
import { messages as ar } from "../../../shared/i18n/messages/ar";
import { messages as es } from "../../../shared/i18n/messages/es";
import { Rng } from "../../../shared/random";
import { ok, playByTicks } from "../helpers";

const pseudo = createTranslator("en", pseudoMessages());
const spanish = createTranslator("es", es);
const arabic = createTranslator("ar", ar);

// Every test leaves the page's language as it found it: English, as the server and other tests expect.
afterEach(() => useTranslator(english));

/** What is left of a text once every ⟦…⟧ (innermost first) is taken out: words here were not from a message file. */
function outside(text: string): string {
  let rest = text;
  for (let before = ""; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, "");
  }
  return rest;
}

/** Asserts every text came from the message files: no letter of any script outside a ⟦ ⟧. */
function allFromMessages(texts: readonly (string | null)[], what: string): void {
  expect(texts.length, what).toBeGreaterThan(0);
  for (const text of texts) if (text !== null) expect(outside(text), `${what}: ${text}`).not.toMatch(/\p{L}/u);
}

/** Every text with `tr` active and again in English: each must differ (the words were translated). */
function inBoth<T>(tr: Translator, build: () => T): { own: T; en: T } {
  useTranslator(tr);
  const own = build();
  useTranslator(english);
  return { own, en: build() };
}

/** One shot of a line at `distance` with `rule`'s report, as the round files it (real forward pass and rule). */
function record(rule: RuleId, weights: number[], distance: number): ShotRecord {
  const params = { weights, biases: weights.map(() => 0), activation: "tanh" as const };
  const shot = shoot(params, distance, DEFAULT_COURT);
  const feedback = weights.map((_, i) => (i % 2 === 0 ? 0.7 : -0.9));
  const p = RULES[rule].propose({ line: params, feedback, shot, court: DEFAULT_COURT, rate: 0.003, rng: new Rng(7) });
  return {
    round: 1,
    distance,
    power: shot.pass.power,
    landing: shot.landing,
    miss: shot.miss,
    hit: shot.hit,
    inputs: shot.pass.inputs,
    outputs: shot.pass.outputs,
    weights,
    biases: params.biases,
    coach: coachReport(p.weightChanges, p.biasChanges, p.signals, blameShares(p.weightChanges)),
    votes: {},
    extraShots: p.extraShots,
  };
}

const WEIGHTS = [1.6, 1.4, 1.5, 1.7];

/** A distance this line scores from (bisection on the miss, which changes sign across the court). */
function hitDistance(): number {
  const miss = (d: number) => shoot({ weights: WEIGHTS, biases: WEIGHTS.map(() => 0), activation: "tanh" }, d, DEFAULT_COURT).miss;
  let lo = DEFAULT_COURT.minDistance;
  let hi = DEFAULT_COURT.maxDistance;
  expect(Math.sign(miss(lo))).not.toBe(Math.sign(miss(hi)));
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(miss(mid)) === Math.sign(miss(lo))) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const HIT = hitDistance();
const MISS = HIT > 6 ? HIT - 3 : HIT + 3;

/** A miss and a hit of the same line under `rule`. */
function shots(rule: RuleId): { miss: ShotRecord; hit: ShotRecord } {
  const miss = record(rule, WEIGHTS, MISS);
  const hit = record(rule, WEIGHTS, HIT);
  expect(miss.hit).toBe(false);
  expect(hit.hit).toBe(true);
  return { miss, hit };
}

/** Every word of a rule: its name, summary, signal's meaning and each story word (the vote null for rules without one). */
function ruleWords(rule: RuleId): (string | null)[] {
  const r = RULES[rule];
  return [r.title, r.summary, r.signalMeaning, ...Object.values(storyOf(rule).words)];
}

/** Every card's words after a miss and after a hit. */
function cardWords(rule: RuleId): (string | null)[] {
  const { miss, hit } = shots(rule);
  return [miss, hit].flatMap((s) => storyCards(rule, s)!.flatMap((c) => [c.head, c.change, c.size]));
}

/** Every state of a short game with one idle person ("me", seat 1) under `rule`, driven by the timers. */
function game(rule: RuleId): GameState[] {
  let s = createGame("host", { maxRounds: 2, lineLength: 4, rules: [rule], seed: 5 });
  s = ok(s, { type: "join", by: "me", name: "Me", line: 0, seat: 1 });
  s = ok(s, { type: "start", by: "host" });
  return playByTicks(s);
}

/** The screen reader's sentences through a whole game (each phase as it begins, and the screen's summary), plus the rule's story after a miss and a hit. */
function describeWords(rule: RuleId, states: GameState[], sayIt: typeof say): string[] {
  const out = states.flatMap((s) => [...describePhase(toView(s), "me"), ...describeScreen(toView(s), "me")]).map(sayIt);
  const { miss, hit } = shots(rule);
  for (const current of [miss, hit]) out.push(...describeStory({ rule, current }, 1, { activation: "tanh", court: DEFAULT_COURT }).map(sayIt));
  return out;
}

/** How the note fared, said for `rule`: a real backprop line fading through weak handshakes and one stuck flat out, then every kind and cause. */
function healthSentences(rule: RuleId): string[] {
  const out: string[] = [];
  for (const weights of [[0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5], [1, 1, 40, 1, 1]]) {
    const shot = record("backprop", weights, 5);
    const h = signalHealth({ rule: "backprop", feedback: shot.weights }, shot, "tanh");
    expect(h.kind).toBe("fading");
    out.push(signalSentence(h, rule));
  }
  const kinds = [
    { kind: "fading", ratio: 0.01, cause: "links", seat: -1, stuck: null },
    { kind: "fading", ratio: 0.01, cause: "slopes", seat: -1, stuck: null },
    { kind: "fading", ratio: 0.01, cause: "slopes", seat: 2, stuck: "silent" },
    { kind: "exploding", ratio: 20, cause: "links", seat: -1, stuck: null },
    { kind: "stuck", ratio: 0.5, cause: "slopes", seat: 2, stuck: "flat-out" },
  ] as const;
  for (const h of kinds) out.push(signalSentence(h, rule));
  return out;
}

/** Refused actions (a taken name, a vote out of phase, a number out of range, not the host, a full class) and two refused wire messages: their sentences. */
function refusals(): string[] {
  let s = createGame("host", { lineLength: 2, teams: 1, maxTeams: 1 });
  s = ok(s, { type: "join", by: "a", name: "Ana", line: 0, seat: 0 });
  const no = (state: GameState, action: Action): string => {
    const r = reduce(state, action, 0);
    expect(r.ok, JSON.stringify(action)).toBe(false);
    return r.ok ? "" : r.error.message;
  };
  const full = ok(s, { type: "join", by: "b", name: "Bo" });
  const wire = [parseMessage("nope", {}, "a"), parseMessage("vote", { blame: "x" }, "a")].map((p) => (p.ok ? "" : p.error.message));
  return [
    no(s, { type: "join", by: "b", name: "Ana" }),
    no(s, { type: "vote", by: "a", blame: 0, direction: "firmer" }),
    no(s, { type: "configure", by: "host", settings: { lineLength: 999 } }),
    no(s, { type: "start", by: "a" }),
    no(full, { type: "join", by: "c", name: "Cy" }),
    ...wire,
  ];
}

describe("with the test language, every word shared/ builds comes from a message file", () => {
  it("every rule's name, summary and story words, and why there is no vote after a hit", () => {
    useTranslator(pseudo);
    for (const rule of RULE_IDS) allFromMessages(ruleWords(rule), rule);
    allFromMessages([noVoteAfterHit()], "no vote after a hit");
  });

  it("a card of every rule after a miss and after a hit", () => {
    useTranslator(pseudo);
    for (const rule of RULE_IDS) allFromMessages(cardWords(rule), rule);
  });

  it("the screen reader's story through a whole game of every rule, in the page's language", () => {
    for (const rule of RULE_IDS) {
      const states = game(rule);
      useTranslator(pseudo);
      const words = describeWords(rule, states, say);
      useTranslator(english);
      // A whole game says a sentence per handover, the shot, the rule's story, the summary: many.
      expect(words.length, rule).toBeGreaterThan(20);
      allFromMessages(words, rule);
    }
  });

  it("how the note fared, the lobby line, the race's winner and the presets", () => {
    const race = raceGame(RACE_PRESETS[0].settings, 1, 15);
    const early = raceGame(RACE_PRESETS[1].settings, 3, 2);
    useTranslator(pseudo);
    for (const rule of ["backprop", "feedback-alignment", "activity-difference"] as const) allFromMessages(healthSentences(rule), rule);
    allFromMessages(lobbyLine(createGame("host", { lineLength: 6 })).split(" · "), "lobby");
    allFromMessages([raceWinner(race).sentence, raceWinner(early).sentence, raceWinner({ lines: [] }).sentence], "race");
    allFromMessages(
      RACE_PRESETS.flatMap((p) => [p.name, p.why]),
      "presets",
    );
  });

  it("the refusals of the reducer and of the wire", () => {
    useTranslator(pseudo);
    allFromMessages(refusals(), "refusals");
  });
});

describe("in Spanish and in Arabic, the same words are translated and the numbers written the language's way", () => {
  const LANGUAGES = [
    ["es", spanish],
    ["ar", arabic],
  ] as const;

  for (const [code, tr] of LANGUAGES) {
    it(`${code}: rules, cards, the note's health, the lobby, the race, the presets and the refusals`, () => {
      for (const rule of RULE_IDS) {
        const words = inBoth(tr, () => ruleWords(rule));
        words.own.forEach((w, i) => (w === null ? expect(words.en[i]).toBeNull() : expect(w, `${rule} ${String(words.en[i])}`).not.toBe(words.en[i])));
        const cards = inBoth(tr, () => cardWords(rule));
        cards.own.forEach((w, i) => {
          // A share of the blame is a number in both ("36%", "36 %"): the same digits; every other word differs.
          if (w !== null && /^\d+%$/.test(cards.en[i] ?? "")) expect(w.replace(/\D/g, "")).toBe(cards.en[i]!.replace(/\D/g, ""));
          else if (w !== null) expect(w, `${rule} card`).not.toBe(cards.en[i]);
        });
      }
      const race = raceGame(RACE_PRESETS[0].settings, 1, 15);
      const others = inBoth(tr, () => [
        ...healthSentences("backprop"),
        lobbyLine(createGame("host", { lineLength: 6 })),
        raceWinner(race).sentence,
        ...RACE_PRESETS.flatMap((p) => [p.name, p.why]),
        ...refusals(),
        noVoteAfterHit(),
      ]);
      others.own.forEach((w, i) => expect(w, others.en[i]).not.toBe(others.en[i]));
      if (code === "ar") for (const w of others.own) expect(w).toMatch(/\p{Script=Arabic}/u);
      // The numbers are the engine's: the race's shot, the lobby's free seats, the range refused.
      useTranslator(tr);
      expect(raceWinner(race).sentence).toContain(tr.number(race.lines[0].learnedAt!));
      expect(refusals()[2]).toContain(tr.number(12));
    });

    it(`${code}: the screen reader's story through a whole game, with the engine's numbers in the language's format`, () => {
      const states = game("backprop");
      const words = inBoth(tr, () => describeWords("backprop", states, say));
      expect(words.own).toHaveLength(words.en.length);
      words.own.forEach((w, i) => expect(w, words.en[i]).not.toBe(words.en[i]));
      // The hoop's distance as the round begins, and a landing, written with the language's decimal mark.
      const aim = states.find((s) => s.phase === "aim")!;
      useTranslator(tr);
      expect(describePhase(toView(aim), "me").map(say)[0]).toContain(new Intl.NumberFormat(code, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(aim.distance));
      const landing = say({ id: "describe.land.miss", values: { ...distanceValues(-1.24), side: "short" } });
      expect(landing).toContain(new Intl.NumberFormat(code).format(1.2));
      // The adjust sentence names who suggests the change in the language's words (selected by a key, not by a translated word).
      const adjust = states.find((s) => s.phase === "adjust")!;
      expect(describePhase(toView(adjust), "me").map(say)[0]).toContain(code === "es" ? "El entrenador sugiere" : "يقترح المدرب");
      // sayEnglish stays English whatever the page's language (a report, a log).
      expect(sayEnglish({ id: "describe.land.miss", values: { ...distanceValues(-1.24), side: "short" } })).toBe("The shot lands 1.2 metres short.");
    });
  }

  it("Spanish writes 1.2 m as 1,2 and Arabic's plural picks its dual for two metres", () => {
    useTranslator(spanish);
    expect(say({ id: "describe.land.miss", values: { ...distanceValues(1.24), side: "long" } })).toBe("El tiro se pasa por 1,2 metros.");
    useTranslator(arabic);
    expect(say({ id: "describe.land.hit", values: distanceValues(2) })).toContain("مترين");
  });
});

describe("English stays exactly as it was", () => {
  it("the constant and the message of no vote after a hit agree, and the rules read English by default", () => {
    expect(noVoteAfterHit()).toBe(NO_VOTE_AFTER_HIT);
    expect(RULES.backprop.title).toBe("Backprop coach");
    expect(storyOf("fire-together").words.vote).toBeNull();
  });
});
