// The solo chapters "Random wires, right advice" and "Two doors", played by the engine's own createGame
// and reduce as their screen plays them. The wires' chapter: its seed is picked by a search over seeds
// (below) so that the wires point exactly the wrong way for the learner's layer at first, and following
// (every phase moved on by the host, as the screen's jump ahead does) they point the right way 10 shots in
// a row after more than one jump of 50 but within the chapter's 200 shots. "Two doors": one shot under each
// rule that sends word back, switched between shots as the screen's rule switch does.
import { describe, expect, it } from "vitest";
import { chapterById, CHAPTERS, nextChapter } from "../../client/chapters/chapters";
import { FINALE_ROWS } from "../../client/chapters/finale";
import { rightInARow, rulesPlayed, shotAgreements } from "../../client/chapters/wire-goals";
import { type Action, createGame, type GameState, reduce, type RuleId, type Settings, storyOf, toView } from "../../shared";
import { WALK_MECHANISM } from "../../shared/game/network-map";

/** Applies an action that must succeed. */
function ok(s: GameState, a: Action, now: number): GameState {
  const r = reduce(s, a, now);
  if (!r.ok) throw new Error(`${a.type}: ${r.error.message}`);
  return r.state;
}

/** A game with the learner ("host") in `seat`, started. */
function begin(settings: Partial<Settings>, seat: number): { s: GameState; now: number } {
  let s = ok(createGame("host", { ...settings, autoAdvance: false }), { type: "join", by: "host", name: "You", line: 0, seat }, 0);
  s = ok(s, { type: "start", by: "host" }, 1000);
  return { s, now: 1000 };
}

/** Follows as the jump ahead does: the host moves every phase on until `shots` shots are told; the goal checked after each. */
function follow(settings: Partial<Settings>, seat: number, shots: number, goal: (s: GameState) => boolean): { end: GameState; reachedAt: number | null } {
  let { s, now } = begin({ ...settings, maxRounds: shots }, seat);
  let reachedAt: number | null = null;
  while (s.phase !== "summary") {
    s = ok(s, { type: "next", by: "host" }, (now += 1000));
    if (s.phase === "adjust" && reachedAt === null && goal(s)) reachedAt = s.network?.history.length ?? null;
  }
  return { end: s, reachedAt };
}

describe('the chapter "Random wires, right advice"', () => {
  const chapter = chapterById("wires")!;
  const reached = (s: GameState) => chapter.goal.reached(toView(s), "host");

  it("comes after the network: two layers of three and a shooter, feedback alignment from a mixed start, the learner next to the shooter", () => {
    expect(nextChapter("network")?.id).toBe("wires");
    expect(chapter.fastForward).toBe(50);
    const s = createGame("host", chapter.settings);
    expect(s.network?.widths).toEqual([3, 3, 1]);
    expect(s.network?.rule).toBe("feedback-alignment");
    expect(s.settings.startSigns).toBe("mixed");
    expect(s.network?.neurons[chapter.seat]).toMatchObject({ layer: 1, index: 1 });
    const weights = s.network!.neurons.flatMap((n) => n.weights);
    expect(weights.some((w) => w < 0) && weights.some((w) => w > 0)).toBe(true);
    // The hoop moves every shot, so the network keeps learning for 200 shots.
    expect(s.settings.hoop.fixedRounds).toBe(0);
    expect(s.settings.maxRounds).toBe(200);
  });

  it("starts with the wires pointing exactly the wrong way for the learner; following, the goal is reached at shot 107 (a third jump), not before", () => {
    const { end, reachedAt } = follow(chapter.settings, chapter.seat, 200, reached);
    const view = toView(end);
    const first = shotAgreements(view)[0];
    expect(first.layers[1]).toBeLessThan(-0.99);
    expect(first.neurons[chapter.seat]).toBe(-1);
    expect(reachedAt).toBe(107);
    expect(reachedAt! > 2 * chapter.fastForward!).toBe(true);
    expect(reached(end)).toBe(true);
    expect(rightInARow(view, "host")).toBeGreaterThanOrEqual(10);
  });

  it("is not reached within one jump (51 shots), whatever the learner votes", () => {
    let { s, now } = begin({ ...chapter.settings, maxRounds: 51 }, chapter.seat);
    while (s.phase !== "summary") {
      if (s.phase === "vote" && s.network?.current && !s.network.current.votes.host) s = ok(s, { type: "vote", by: "host", handshake: s.round % 3, direction: s.round % 2 ? "firmer" : "looser" }, (now += 1000));
      else s = ok(s, { type: "next", by: "host" }, (now += 1000));
      expect(reached(s)).toBe(false);
    }
    expect(s.network?.history).toHaveLength(51);
  });

  it("the seed search: seeds 1-40, those whose first shot finds the learner's layer's wires exactly the wrong way (below -0.9) and whose goal comes after one jump but within 200 shots", () => {
    const good: number[] = [];
    for (let seed = 1; seed <= 40; seed++) {
      const { end, reachedAt } = follow({ ...chapter.settings, seed }, chapter.seat, 200, reached);
      const first = shotAgreements(toView(end))[0];
      if ((first.layers[1] ?? 0) < -0.9 && reachedAt !== null && reachedAt > chapter.fastForward! && reachedAt <= 200) good.push(seed);
    }
    expect(good[0]).toBe(chapter.settings.seed);
    expect(good.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the chapter "Two doors"', () => {
  const chapter = chapterById("dendrites")!;
  const rules = chapter.ruleSwitch!;

  it("is the last chapter, draws dendrites from the start, and switches among the three rules that send word back; only backprop has a coach", () => {
    expect(CHAPTERS.at(-1)?.id).toBe("dendrites");
    expect(nextChapter("wires")?.id).toBe("dendrites");
    expect(chapter.dendrites).toBe(true);
    expect(rules).toEqual(["backprop", "feedback-alignment", "activity-difference"]);
    expect(rules.map((r) => WALK_MECHANISM[r])).toEqual(["handshakes", "feedback-wires", "nudge"]);
    expect(rules.map((r) => storyOf(r).speaker)).toEqual(["coach", "nobody", "nobody"]);
    expect(FINALE_ROWS.find((r) => r.rule === "activity-difference")?.chapter).toBe(chapter.title);
  });

  /** Plays shots switching the rule before each (as the screen's switch does, between shots); the state after each shot's rule spoke. */
  function playRules(order: RuleId[]): GameState[] {
    let { s, now } = begin(chapter.settings, chapter.seat);
    const seen: GameState[] = [];
    for (const rule of order) {
      if (s.network?.rule !== rule) s = ok(s, { type: "configure", by: "host", settings: { rules: [rule] } }, now);
      while (s.phase !== "adjust") s = ok(s, { type: "next", by: "host" }, (now += 1000));
      seen.push(s);
      s = ok(s, { type: "next", by: "host" }, (now += 1000));
    }
    return seen;
  }

  it("is reached on the third shot when each shot has its own rule, and the record of each shot names the rule that spoke", () => {
    const seen = playRules(["backprop", "feedback-alignment", "activity-difference"]);
    expect(seen.map((s) => chapter.goal.reached(toView(s), "host"))).toEqual([false, false, true]);
    expect(seen.map((s) => rulesPlayed(toView(s)).size)).toEqual([1, 2, 3]);
    expect(chapter.goal.progress(toView(seen[2]), "host")).toBe("3 of 3 rules");
  });

  it("is never reached by one rule alone, however many shots", () => {
    for (const rule of rules) {
      const seen = playRules(Array.from({ length: 6 }, () => rule));
      expect(chapter.goal.reached(toView(seen.at(-1)!), "host")).toBe(false);
      expect([...rulesPlayed(toView(seen.at(-1)!))]).toEqual([rule]);
    }
  });
});
