// The court tells the story of the rule that is running, checked without a browser: the story drawing
// (client/scenes/story-draw.ts and its parts) runs against a pen that records what it draws, on a real
// game from the shared engine. Only backprop draws a coach (and whistles); feedback alignment draws its
// wires with the engine's own strengths; trial and error draws the second shot the engine took; no word
// on the court speaks of a coach or blame where there is none. The coach stands beside a neuron, never on it.
import { describe, expect, it } from "vitest";
import type { Cue } from "../../client/audio/cues";
import { tonesFor } from "../../client/audio/synth";
import { CueOnce } from "../../client/scenes/court-cues";
import type { Pen } from "../../client/scenes/court-draw";
import type { SceneModel } from "../../client/scenes/court-model";
import { BESIDE, besideStops, coachReached, layout, type Layout } from "../../client/scenes/geometry";
import type { LabelPool } from "../../client/scenes/label-pool";
import { drawStory, drawUnderLine, wordsUnderMe } from "../../client/scenes/story-draw";
import { blankMarks, type CourtMarks } from "../../client/scenes/story-marks";
import { createTranslator, english, useTranslator } from "../../shared/i18n";
import { messages as es } from "../../shared/i18n/messages/es";
import { createGame, DEFAULT_COURT, type GameState, reduce, RULE_IDS, type RuleId, secondShotOf, storyOf, toView } from "../../shared";

/** A pen whose graphics do nothing and whose labels remember their words. */
function fakePen(): Pen & { words: Map<string, string> } {
  const words = new Map<string, string>();
  const g = new Proxy({}, { get: () => () => g });
  const labels = {
    scale: 1,
    show: (key: string, _x: number, _y: number, text: string) => words.set(key, text),
    shownTexts: () => [...words.values()],
  };
  return { g: g as Pen["g"], labels: labels as unknown as LabelPool, words };
}

/** A one-line game of 4 under `rule`, the learner in seat 1, played to the rule's own step of shot 1. */
function atRuleStep(rule: RuleId): GameState {
  let s = createGame("host", { lineLength: 4, rules: [rule], seed: 7, autoAdvance: false, strictness: 0.003 });
  s = must(reduce(s, { type: "join", by: "host", name: "You", line: 0, seat: 1 }, 0));
  s = must(reduce(s, { type: "start", by: "host" }, 0));
  for (let i = 0; i < 10 && s.phase !== "coach"; i++) {
    if (s.phase === "vote" && !s.lines[0].current!.votes.host) s = must(reduce(s, { type: "vote", by: "host", blame: 0, direction: "firmer" }, 1));
    else s = must(reduce(s, { type: "next", by: "host" }, 1));
  }
  expect(s.phase).toBe("coach");
  return s;
}

function must(r: ReturnType<typeof reduce>): GameState {
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}

/** Draws the rule's story of `s` at progress t on a court of this size; returns what it showed and the cues heard. */
function draw(s: GameState, t: number, width = 900, height = 500): { marks: CourtMarks; cues: Cue[]; l: Layout; under: string | null } {
  const view = toView(s);
  const line = view.lines[0];
  const m: SceneModel = { view, me: "host", speed: 1, reducedMotion: false, showValues: false };
  const l = layout(width, height, line.neurons.length, DEFAULT_COURT);
  const pen = fakePen();
  const cues: Cue[] = [];
  const once = new CueOnce((c) => cues.push(c));
  once.frame(view);
  const marks = blankMarks(view, line);
  drawUnderLine(pen, l, m, line, marks);
  drawStory(pen, l, m, line, t, once, marks);
  marks.words = pen.labels.shownTexts();
  return { marks, cues, l, under: wordsUnderMe(m, l, line, t) };
}

describe("the court tells the rule's own story", () => {
  it("backprop: a coach walks back handing out notes and cards, and whistles at every stop", () => {
    const s = atRuleStep("backprop");
    const mid = draw(s, 0.6);
    expect(mid.marks.coach).toBe(true);
    expect(mid.marks.wires).toEqual([]);
    // The cards appear as the coach reaches each neuron: the last first.
    const reached = coachReached(4, 0.6);
    expect(mid.marks.cards.map((c) => c.seat)).toEqual([3, 2, 1, 0].filter((seat) => seat >= reached));
    expect(mid.cues.filter((c) => c.kind === "coach").length).toBe(4 - reached);
    const end = draw(s, 1);
    expect(end.marks.coach).toBe(false);
    expect(end.marks.notes).toEqual([3, 2, 1, 0]);
    expect(end.marks.cards.map((c) => c.text)).toEqual(s.lines[0].current!.coach!.shares.map((x, i) => `${Math.round(x * 100)}%\n${s.lines[0].current!.coach!.directions[i] === "firmer" ? "▲ firmer" : "▼ looser"}`).reverse());
    expect(end.under).toMatch(/^your note: (tiny|small|medium|big|huge)$/);
    // In Spanish the size word is Spanish too (it once showed the English code: "tu nota: medium").
    useTranslator(createTranslator("es", es));
    try {
      const sizes = (["tiny", "small", "medium", "big", "huge"] as const).map((w) => es[`rules.size.${w}`]);
      const under = draw(s, 1).under!;
      expect(sizes.some((w) => under.endsWith(`: ${w}`)), under).toBe(true);
    } finally {
      useTranslator(english);
    }
  });

  it("feedback alignment: no coach; the wires are drawn with the engine's own fixed strengths and the notes ride them", () => {
    const s = atRuleStep("feedback-alignment");
    for (const t of [0.3, 0.7, 1]) {
      const { marks, cues } = draw(s, t);
      expect(marks.coach).toBe(false);
      expect(cues.some((c) => c.kind === "coach")).toBe(false);
      expect(marks.wires.map((w) => [w.from, w.to, w.strength])).toEqual([1, 2, 3].map((i) => [i, i - 1, s.lines[0].feedback[i]]));
      // Thicker for a stronger wire, and plainly not the handshakes (those are the neurons' weights).
      const byStrength = [...marks.wires].sort((a, b) => Math.abs(a.strength) - Math.abs(b.strength));
      expect(byStrength.map((w) => w.width)).toEqual([...byStrength.map((w) => w.width)].sort((a, b) => a - b));
      expect(marks.words.filter((w) => /^(wire )?[+−]$/.test(w))).toHaveLength(3);
    }
    const end = draw(s, 1);
    expect(end.marks.notes).toEqual([3, 2, 1, 0]);
    expect(end.cues.filter((c) => c.kind === "wire")).toHaveLength(4);
    // Where the gap between two notes has room for the word (a projector), the first wire is named.
    expect(draw(s, 1, 1900, 900).marks.words).toContain(`wire ${s.lines[0].feedback[3] >= 0 ? "+" : "−"}`);
    // Another line's wires: another drawing (the court reads them, it does not invent them).
    const rewired = { ...s, lines: [{ ...s.lines[0], feedback: s.lines[0].feedback.map((b) => -2 * b) }] };
    expect(draw(rewired, 1).marks.wires.map((w) => w.strength)).toEqual([1, 2, 3].map((i) => -2 * s.lines[0].feedback[i]));
  });

  it("activity difference: no coach and no note; the nudge reaches each neuron as a change in firing", () => {
    const s = atRuleStep("activity-difference");
    const mid = draw(s, 0.6);
    expect(mid.marks.coach).toBe(false);
    expect(mid.marks.notes).toEqual([]);
    expect(mid.marks.nudged).toEqual([3, 2, 1, 0].filter((seat) => seat >= coachReached(4, 0.6)));
    expect(mid.cues.every((c) => c.kind === "nudge")).toBe(true);
    // The nudge starts at the hoop: the shooter is to fire more after a short shot, less after a long one.
    expect(draw(s, 0.1).marks.words).toContain(s.lines[0].current!.miss < 0 ? "nudge: more" : "nudge: less");
    expect(draw(s, 1).under).toMatch(/^your nudge: /);
  });

  it("trial and error: no coach, no blame; everyone wiggles and the engine's second shot is drawn, kept or turned around", () => {
    const s = atRuleStep("trial-and-error");
    const early = draw(s, 0.1);
    expect(early.marks.second).toBeNull();
    expect(early.cues.map((c) => c.kind)).toEqual(["wiggle"]);
    const end = draw(s, 1);
    const second = secondShotOf("trial-and-error", s.lines[0].current!, s.settings)!;
    expect(end.marks.second).toEqual({ landing: second.shot.landing, kept: second.kept });
    expect(end.marks.coach).toBe(false);
    expect(end.marks.notes).toEqual([]);
    expect(end.cues.map((c) => c.kind)).toEqual(["wiggle", "retry", "verdict"]);
    for (const c of end.marks.cards) expect(c.text).toMatch(second.kept ? /kept$/ : /reversed$/);
    expect(end.marks.words.join(" ")).toMatch(second.kept ? /closer: keep the wiggles/ : /farther: go the other way/);
    expect(end.under).toBeNull();
  });

  it("fire together: nothing travels back; the links of neighbours who fired together pulse, and the miss stays unheard", () => {
    const s = atRuleStep("fire-together");
    const end = draw(s, 1);
    expect(end.marks.coach).toBe(false);
    expect(end.marks.notes).toEqual([]);
    expect(end.marks.together.length).toBeGreaterThan(0);
    expect(end.cues.every((c) => c.kind === "together")).toBe(true);
    expect(end.marks.words).toContain("nobody hears the miss");
  });

  it("after a hit: nobody to blame; the coach still hands back small notes, with no share on the cards", () => {
    let s = createGame("host", { lineLength: 3, seed: 21, autoAdvance: false, maxRounds: 10 });
    s = must(reduce(s, { type: "join", by: "host", name: "You", line: 0, seat: 1 }, 0));
    s = must(reduce(s, { type: "start", by: "host" }, 0));
    for (let i = 0; i < 200 && !(s.phase === "coach" && s.lines[0].current!.hit); i++) {
      if (s.phase === "vote" && !s.lines[0].current!.votes.host) s = must(reduce(s, { type: "vote", by: "host", blame: 0, direction: "firmer" }, 1));
      else s = must(reduce(s, { type: "next", by: "host" }, 1));
    }
    expect(s.lines[0].current!.hit).toBe(true);
    const end = draw(s, 1);
    expect(end.marks.words).toContain("nobody to blame");
    expect(end.marks.notes).toEqual([2, 1, 0]);
    for (const c of end.marks.cards) expect(c.text).not.toMatch(/%/);
  });

  it.each(RULE_IDS)("%s: no word on the court speaks of a coach or blame unless the rule has them", (rule) => {
    const s = atRuleStep(rule);
    const words = [0.2, 0.5, 0.9, 1].flatMap((t) => draw(s, t).marks.words).join(" | ");
    if (storyOf(rule).speaker !== "coach") expect(words).not.toMatch(/coach/i);
    if (!storyOf(rule).blameVote) expect(words).not.toMatch(/blame|%/);
  });

  it("every cue has a sound, and only the coach's is the whistle", () => {
    const cues: Cue[] = [
      { kind: "coach", seat: 0, share: 0.5 },
      { kind: "wire", seat: 0, size: 0.5 },
      { kind: "nudge", seat: 0, size: 0.5 },
      { kind: "wiggle" },
      { kind: "retry" },
      { kind: "verdict", kept: true },
      { kind: "verdict", kept: false },
      { kind: "together", seat: 0, strength: 0.5 },
    ];
    const whistle = JSON.stringify(tonesFor(cues[0]).map((t) => [t.wave, t.freq]));
    for (const c of cues) {
      const tones = tonesFor(c);
      expect(tones.length).toBeGreaterThan(0);
      for (const t of tones) expect(t.gain).toBeGreaterThan(0);
      if (c.kind !== "coach") expect(JSON.stringify(tones.map((t) => [t.wave, t.freq]))).not.toBe(whistle);
    }
  });
});

describe("the coach stands beside a neuron, never on it", () => {
  it.each([
    ["phone", 390, 420],
    ["phone landscape", 800, 300],
    ["tablet", 620, 520],
    ["projector", 1900, 700],
  ])("on a %s court, for lines of 2 to 12", (_name, width, height) => {
    for (let n = 2; n <= 12; n++) {
      const l = layout(width, height, n, DEFAULT_COURT);
      const r = l.radius;
      const half = r * BESIDE.size * 0.7;
      for (const stop of besideStops(l)) {
        for (const p of l.neurons) {
          // The nearest point of the coach's body to the face's centre stays outside the face.
          const dx = Math.max(Math.abs(stop.x - p.x) - half, 0);
          const dy = Math.max(Math.abs(stop.y - p.y) - r * BESIDE.size, 0);
          expect(Math.hypot(dx, dy), `n=${n}`).toBeGreaterThanOrEqual(r * 0.999);
        }
        expect(stop.x - half).toBeGreaterThanOrEqual(0);
        expect(stop.x + half).toBeLessThanOrEqual(width);
      }
    }
  });
});
