// Each rule tells its own story: every claim a rule's story makes (who speaks, what travels back and over
// what, what each neuron is told, whether a vote on blame makes sense, whether it shoots twice) is held
// against the rule's own proposals; and the phase machine asks for a vote only where it makes sense.
import { describe, expect, it } from "vitest";
import {
  type Action,
  allVoted,
  argmax,
  backward,
  blameShares,
  createGame,
  DEFAULT_COURT,
  type GameState,
  lineVotes,
  NO_VOTE_AFTER_HIT,
  reduce,
  Rng,
  RULE_IDS,
  RULES,
  type RuleId,
  type RuleInput,
  secondShot,
  secondShotOf,
  shoot,
  sizeWord,
  storyCards,
  storyOf,
  voteNeeded,
  wiresAgreeing,
} from "../../../shared";
import { WIGGLE } from "../../../shared/rules/trial-and-error";
import { ok, tickOn } from "../helpers";
import { randomLine, ruleInput } from "./fixtures";

const story = (id: RuleId) => RULES[id].story;

/** Signals of a rule for an input. */
const signals = (id: RuleId, input: RuleInput) => RULES[id].propose(input).signals;

/** Whether two lists differ somewhere by more than rounding. */
const differ = (a: readonly number[], b: readonly number[]) => a.some((x, i) => Math.abs(x - b[i]) > 1e-12 * (1 + Math.abs(x)));

describe("each rule's story, held against the rule itself", () => {
  it("only backprop has a coach; every rule says what travels, over what, and what each neuron is told", () => {
    expect(RULE_IDS.filter((id) => story(id).speaker === "coach")).toEqual(["backprop"]);
    expect(RULE_IDS.map((id) => [id, story(id).carries, story(id).over, story(id).told, story(id).blameVote, story(id).secondShot])).toEqual([
      ["backprop", "error-note", "handshakes", "blame", true, false],
      ["feedback-alignment", "error-note", "feedback-wires", "blame", true, false],
      ["activity-difference", "nudge", "handshakes", "activity-change", true, false],
      ["trial-and-error", "verdict", "no-wires", "own-wiggle", false, true],
      ["fire-together", "nothing", "no-wires", "fired-together", false, false],
    ]);
    // A rule that hears nothing of the miss carries nothing back, and the other way round.
    for (const id of RULE_IDS) expect(story(id).carries === "nothing").toBe(!RULES[id].usesError);
  });

  it("backprop: the note travels over the same handshakes (change one, the notes below it change) and never over the wires", () => {
    const line = randomLine(new Rng(71), 6, "tanh", true);
    const input = ruleInput(line, 5, 3);
    const base = RULES.backprop.propose(input);
    expect(base.signals).toEqual(backward(line, input.shot.pass, input.shot.lossSlope).deltas);
    // Other wires: nothing changes.
    expect(RULES.backprop.propose({ ...input, feedback: input.feedback.map((b) => 7 * b) })).toEqual(base);
    // Another handshake 4 (same recorded pass): the notes reaching neurons 0..3 change, those at 4 and 5 do not.
    const rewired = { ...line, weights: line.weights.map((w, i) => (i === 4 ? -2 * w : w)) };
    const after = signals("backprop", { ...input, line: rewired });
    expect(after.slice(4)).toEqual(base.signals.slice(4));
    expect(differ(after.slice(0, 4), base.signals.slice(0, 4))).toBe(true);
  });

  it("feedback alignment: the note travels over separate wires (change a wire, the notes below it change; change a handshake, they do not)", () => {
    const line = randomLine(new Rng(72), 6, "tanh", true);
    const input = ruleInput(line, 6, 4);
    const base = RULES["feedback-alignment"].propose(input);
    // Wire 4 (from neuron 4 back to 3) doubled: neurons 0..3 hear a different note, 4 and 5 the same.
    const wires = input.feedback.map((b, i) => (i === 4 ? 2 * b : b));
    const rewired = signals("feedback-alignment", { ...input, feedback: wires });
    expect(rewired.slice(4)).toEqual(base.signals.slice(4));
    expect(differ(rewired.slice(0, 4), base.signals.slice(0, 4))).toBe(true);
    rewired.slice(0, 4).forEach((s, i) => expect(s).toBeCloseTo(2 * base.signals[i], 12));
    // The handshakes above (same recorded pass) do not carry it.
    const otherHands = { ...line, weights: line.weights.map((w, i) => (i === 0 ? w : -3 * w)) };
    expect(signals("feedback-alignment", { ...input, line: otherHands })).toEqual(base.signals);
    // It is a note about the miss: a different miss, a different note.
    expect(differ(signals("feedback-alignment", { ...input, shot: { ...input.shot, lossSlope: -input.shot.lossSlope } }), base.signals)).toBe(true);
  });

  it("activity difference: a nudge spreads back through the handshakes as activity, never over the wires, and each neuron is told its nudged-minus-free firing", () => {
    const line = randomLine(new Rng(73), 5, "tanh");
    const input = ruleInput(line, 7, 5);
    const base = RULES["activity-difference"].propose(input);
    expect(RULES["activity-difference"].propose({ ...input, feedback: input.feedback.map((b) => -5 * b) })).toEqual(base);
    const rewired = { ...line, weights: line.weights.map((w, i) => (i === 3 ? 0.3 * w : w)) };
    const after = signals("activity-difference", { ...input, line: rewired });
    expect(after.slice(3)).toEqual(base.signals.slice(3));
    expect(differ(after.slice(0, 3), base.signals.slice(0, 3))).toBe(true);
    // The shooter's change in firing points toward the hoop: a short shot makes it fire more.
    const short = ruleInput(line, 9, 5);
    expect(short.shot.miss).toBeLessThan(0);
    expect(signals("activity-difference", short)[4]).toBeGreaterThan(0);
  });

  it("activity difference: a vote on blame makes sense, because the change in firing is backprop's blame read out locally", () => {
    // As the nudge shrinks, each neuron's share and direction become exactly the coach's...
    const line = randomLine(new Rng(74), 6, "tanh");
    const input = ruleInput(line, 3.5, 6);
    const tiny = { ...input, shot: { ...input.shot, lossSlope: 1e-6 * input.shot.lossSlope } };
    const ad = blameShares(RULES["activity-difference"].propose(tiny).weightChanges);
    const bp = blameShares(RULES.backprop.propose(tiny).weightChanges);
    ad.forEach((s, i) => expect(s).toBeCloseTo(bp[i], 6));
    // ...and at the game's own nudge every direction agrees with the coach's, over many lines like the game's.
    let agree = 0;
    let total = 0;
    for (let seed = 0; seed < 200; seed++) {
      const rng = new Rng(seed);
      const n = 2 + (seed % 7);
      const game = { weights: Array.from({ length: n }, () => rng.uniform(0.8, 1.2)), biases: new Array<number>(n).fill(0), activation: "tanh" as const };
      const gi = ruleInput(game, rng.uniform(2, 9), seed, 0.003);
      const a = RULES["activity-difference"].propose(gi).weightChanges;
      const b = RULES.backprop.propose(gi).weightChanges;
      a.forEach((c, i) => {
        total++;
        if (Math.sign(c) === Math.sign(b[i])) agree++;
      });
    }
    expect(agree).toBe(total);
  });

  it("trial and error: no blame (each change is everyone's one verdict times the neuron's own random wiggle) and a second shot", () => {
    const line = randomLine(new Rng(75), 5, "tanh");
    const input = ruleInput(line, 6, 7, 0.002);
    const p = RULES["trial-and-error"].propose(input);
    expect(p.extraShots).toBe(1);
    // The signal each neuron is told is its own wiggle; the change is that wiggle times ONE factor for the whole line.
    const factors = p.weightChanges.map((c, i) => c / p.signals[i]);
    factors.forEach((f) => expect(f).toBeCloseTo(factors[0], 9));
    // So who changes most is chance, not the line: over seeds the biggest change lands on every neuron.
    const picks = new Set<number>();
    for (let seed = 0; seed < 200; seed++) picks.add(argmax(RULES["trial-and-error"].propose({ ...input, rng: new Rng(seed) }).weightChanges.map(Math.abs)));
    expect([...picks].sort()).toEqual([0, 1, 2, 3, 4]);
    // The second shot the story draws is the shot the rule took: the factor is -rate * (its loss - the first loss) / WIGGLE².
    const second = secondShot(line, 6, DEFAULT_COURT, p)!;
    expect(factors[0]).toBeCloseTo((-input.rate * (second.shot.loss - input.shot.loss)) / (WIGGLE * WIGGLE), 6);
    expect(second.kept).toBe(second.shot.loss < input.shot.loss);
    expect(second.shot.distance).toBe(6);
    // Over seeds the wiggle is kept sometimes and turned around sometimes.
    const kept = new Set<boolean>();
    for (let seed = 0; seed < 20; seed++) kept.add(secondShot(line, 6, DEFAULT_COURT, RULES["trial-and-error"].propose({ ...input, rng: new Rng(seed) }))!.kept);
    expect([...kept].sort()).toEqual([false, true]);
  });

  it("fire together: no error travels, so its proposal does not change with the hoop or the miss", () => {
    const line = randomLine(new Rng(76), 5, "tanh");
    const input = ruleInput(line, 3, 8);
    const p = RULES["fire-together"].propose(input);
    for (const [distance, miss] of [[9, -6], [2, 4], [5, 0]]) {
      const other = { ...input.shot, distance, miss, loss: (miss * miss) / 2, lossSlope: miss * 3, hit: miss === 0 };
      expect(RULES["fire-together"].propose({ ...input, shot: other })).toEqual(p);
    }
    // Backprop, for contrast, changes with the miss.
    expect(RULES.backprop.propose({ ...input, shot: { ...input.shot, lossSlope: 2 * input.shot.lossSlope } })).not.toEqual(RULES.backprop.propose(input));
  });

  it("the words: short, for a child, and no coach nor blame where there is none", () => {
    for (const id of RULE_IDS) {
      const w = story(id).words;
      const all = Object.values(w).filter((x): x is string => typeof x === "string");
      for (const sentence of all) {
        expect(sentence.length, `${id}: ${sentence}`).toBeLessThanOrEqual(200);
        expect(sentence, id).not.toMatch(/\de[-+]?\d/);
        expect(sentence, id).not.toMatch(/gradient|backpropagat|synap|perturbation|Hebbian/i);
      }
      // A vote question exactly where a vote on blame makes sense.
      expect(w.vote !== null, id).toBe(story(id).blameVote);
      if (story(id).blameVote) expect(w.noVote).toBe(NO_VOTE_AFTER_HIT);
      // Only the coach's story may say a coach walks; rules without blame never speak of coaches or blame.
      if (story(id).speaker !== "coach") for (const sentence of all) expect(sentence, id).not.toMatch(/coach (walks|hands|gives)/i);
      if (!story(id).blameVote) for (const sentence of all) expect(sentence, id).not.toMatch(/coach|blame/i);
    }
    expect(story("backprop").words.after).toMatch(/same handshakes/);
    expect(story("feedback-alignment").words.after).toMatch(/separate wires/);
    expect(story("activity-difference").words.after).toMatch(/nudge/);
    expect(story("trial-and-error").words.after).toMatch(/shot again/);
    expect(story("fire-together").words.after).toMatch(/Nobody hears about the miss/);
    expect(storyOf("no-such-rule")).toBe(story("backprop"));
  });

  it("a note's size in words: it fades to tiny down a long tanh line and blows up to huge down a steep straight one", () => {
    expect([0.05, 0.3, 1, 3, 50].map((s) => sizeWord(s, 1))).toEqual(["tiny", "small", "medium", "big", "huge"]);
    expect(sizeWord(-0.05, 1)).toBe("tiny");
    expect(sizeWord(0, 0)).toBe("tiny");
    expect(sizeWord(1, 0)).toBe("huge");
    const fading = { weights: new Array<number>(12).fill(0.5), biases: new Array<number>(12).fill(0), activation: "tanh" as const };
    const f = RULES.backprop.propose(ruleInput(fading, 6)).signals;
    expect(sizeWord(f[0], f[11])).toBe("tiny");
    const exploding = { weights: new Array<number>(8).fill(3), biases: new Array<number>(8).fill(0), activation: "identity" as const };
    const e = RULES.backprop.propose(ruleInput(exploding, 6)).signals;
    expect(sizeWord(e[0], e[7])).toBe("huge");
  });
});

/** Plays a game by timer ticks (everyone a bot except idle people) and lists each round's phases. */
function phasesByRound(settings: Parameters<typeof createGame>[1], people: string[] = []): { rounds: Map<number, string[]>; state: GameState } {
  let s = createGame("host", { ...settings, autoAdvance: true });
  for (const p of people) s = ok(s, { type: "join", by: p, name: p });
  s = ok(s, { type: "start", by: "host" }, 0);
  const rounds = new Map<number, string[]>();
  for (let i = 0; i < 2000 && s.phase !== "summary"; i++) {
    rounds.set(s.round, [...(rounds.get(s.round) ?? []), s.phase]);
    s = tickOn(s);
  }
  return { rounds, state: s };
}

describe("the vote asks only what makes sense", () => {
  it("backprop votes after a miss and goes straight to the coach after a hit (nobody to blame)", () => {
    const { rounds, state } = phasesByRound({ lineLength: 3, maxRounds: 6, seed: 21 });
    const history = state.lines[0].history;
    expect(history.some((h) => h.hit)).toBe(true);
    expect(history.some((h) => !h.hit)).toBe(true);
    for (const h of history) {
      expect(rounds.get(h.round)).toEqual(h.hit ? ["aim", "pass", "shot", "coach", "adjust"] : ["aim", "pass", "shot", "vote", "coach", "adjust"]);
      // Bots vote only where there was a vote; the shot's changes are there either way.
      expect(Object.keys(h.votes).length > 0).toBe(!h.hit);
      expect(h.coach).not.toBeNull();
    }
  });

  it.each(["trial-and-error", "fire-together"] as const)("%s never holds a vote and scores nothing", (rule) => {
    const { rounds, state } = phasesByRound({ lineLength: 3, maxRounds: 4, seed: 9, rules: [rule] }, ["ann"]);
    for (const phases of [...rounds.values()].slice(1)) expect(phases).not.toContain("vote");
    for (const h of state.lines[0].history) {
      expect(h.votes).toEqual({});
      expect(h.coach).not.toBeNull();
    }
    expect(state.players.ann).toMatchObject({ votesCast: 0, score: 0 });
  });

  it("with several lines, the vote is held if any line needs one; a line without blame is not scored, and its bots do not vote", () => {
    let s = createGame("host", { lineLength: 3, teams: 2, rules: ["backprop", "fire-together"], maxRounds: 2, seed: 5, autoAdvance: false });
    s = ok(s, { type: "join", by: "ann", name: "Ann", line: 0 });
    s = ok(s, { type: "join", by: "bob", name: "Bob", line: 1 });
    s = ok(s, { type: "start", by: "host" }, 0);
    const next = (a: Action = { type: "next", by: "host" }) => (s = ok(s, a, 1));
    next();
    next();
    expect(s.phase).toBe("shot");
    expect(s.lines[0].current!.hit).toBe(false);
    expect(lineVotes(s.lines[0])).toBe(true);
    expect(lineVotes(s.lines[1])).toBe(false);
    expect(voteNeeded(s)).toBe(true);
    next();
    expect(s.phase).toBe("vote");
    // Only Ann is asked: her line's rule hands out blame, Bob's does not.
    expect(allVoted(s)).toBe(false);
    next({ type: "vote", by: "ann", blame: 1, direction: "firmer" });
    expect(allVoted(s)).toBe(true);
    // The reducer still takes Bob's ballot (see the report): it must not count.
    const r = reduce(s, { type: "vote", by: "bob", blame: 1, direction: "firmer" }, 2);
    if (r.ok) s = r.state;
    next();
    expect(s.phase).toBe("coach");
    const [bp, ft] = s.lines.map((l) => l.current!);
    expect(Object.keys(bp.votes).sort()).toEqual(["ann", "bot:1", "bot:2"]);
    expect("blameRight" in bp.votes.ann).toBe(true);
    expect(Object.values(ft.votes).every((v) => !("blameRight" in v))).toBe(true);
    expect(Object.keys(ft.votes).some((k) => k.startsWith("bot:"))).toBe(false);
    expect(s.players.ann.votesCast).toBe(1);
    expect(s.players.bob).toMatchObject({ votesCast: 0, score: 0 });
  });

  it("skips the vote when no line needs one: two lines without blame", () => {
    let s = createGame("host", { lineLength: 4, teams: 2, rules: ["trial-and-error", "fire-together"], maxRounds: 1, seed: 2, autoAdvance: false });
    s = ok(s, { type: "start", by: "host" }, 0);
    for (const phase of ["pass", "shot", "coach", "adjust", "summary"]) {
      s = ok(s, { type: "next", by: "host" }, 1);
      expect(s.phase).toBe(phase);
    }
    expect(voteNeeded({ lines: [] })).toBe(false);
    // Nobody asked (bots only): not "everyone has voted", so a vote of bots runs its timer.
    expect(allVoted({ lines: s.lines, players: {} })).toBe(false);
  });
});

describe("a line's story on screen", () => {
  /** One finished shot of a one-line game under `rule`. */
  function spoken(rule: RuleId, settings: Parameters<typeof createGame>[1] = {}): GameState {
    let s = createGame("host", { lineLength: 4, rules: [rule], seed: 12, autoAdvance: false, ...settings });
    s = ok(s, { type: "start", by: "host" }, 0);
    while (s.phase !== "coach") s = ok(s, { type: "next", by: "host" }, 1);
    return s;
  }

  it("blame rules' cards: a share, a direction and the note's size in a word", () => {
    const s = spoken("backprop");
    const shot = s.lines[0].current!;
    const cards = storyCards("backprop", shot)!;
    expect(cards.map((c) => c.head)).toEqual(shot.coach!.shares.map((x) => `${Math.round(x * 100)}%`));
    expect(cards.map((c) => c.direction)).toEqual(shot.coach!.directions);
    expect(cards[3].size).toBe("note: medium");
    for (const c of cards) expect(c.size).toMatch(/^note: (tiny|small|medium|big|huge)$/);
    expect(storyCards("activity-difference", spoken("activity-difference").lines[0].current!)![0].size).toMatch(/^nudge: /);
    // Before the rule has spoken there is nothing to show.
    expect(storyCards("backprop", { ...shot, coach: null })).toBeNull();
  });

  it("after a hit the cards hand out no blame", () => {
    const { state } = phasesByRound({ lineLength: 3, maxRounds: 6, seed: 21 });
    const hit = state.lines[0].history.find((h) => h.hit)!;
    const cards = storyCards("backprop", hit)!;
    expect(cards.map((c) => [c.head, c.share])).toEqual([[null, null], [null, null], [null, null]]);
    // Still a direction and a note: the line goes on fine-tuning toward the middle of the hoop.
    expect(cards.map((c) => c.direction)).toEqual(hit.coach!.directions);
    for (const c of cards) expect(c.size).toMatch(/^note: /);
  });

  it("trial and error's cards: each neuron's wiggle and the line's one verdict, with the second shot rebuilt for the court", () => {
    const s = spoken("trial-and-error", { strictness: 0.002 });
    const shot = s.lines[0].current!;
    const second = secondShotOf("trial-and-error", shot, s.settings)!;
    const direct = shoot({ weights: shot.weights.map((w, i) => w + shot.coach!.signals[i]), biases: shot.biases, activation: s.settings.activation }, shot.distance, s.settings.court);
    // The handshakes' wiggles alone already land near the rebuilt second shot (the excitabilities wiggled too).
    expect(Math.abs(second.shot.landing - direct.landing)).toBeLessThan(0.5);
    const cards = storyCards("trial-and-error", shot)!;
    for (const c of cards) {
      expect(c.share).toBeNull();
      expect(c.change).toBe(second.kept ? "kept" : "reversed");
      expect(c.head).toMatch(/^wiggled [▲▼]$/);
    }
    expect(secondShotOf("backprop", spoken("backprop").lines[0].current!, s.settings)).toBeNull();
  });

  it("fire together's cards say how neighbours fired, and nothing of a miss", () => {
    const s = spoken("fire-together");
    const cards = storyCards("fire-together", s.lines[0].current!)!;
    for (const c of cards) {
      expect(c.share).toBeNull();
      expect(c.head).toMatch(/^(together|hardly|apart)$/);
      expect(`${c.head} ${c.change} ${c.size}`).not.toMatch(/blame|coach|miss/i);
    }
  });

  it("counts the feedback wires that agree in sign with the handshake they stand in for", () => {
    expect(wiresAgreeing({ feedback: [9, 1, -1, 1] }, [1, 2, 3, -4])).toEqual({ agree: 1, of: 3 });
    expect(wiresAgreeing({ feedback: [9, -1, 1, -1] }, [1, -2, 3, -4])).toEqual({ agree: 3, of: 3 });
  });
});
