// The panels' words follow the rule that is running: the status panel during the rule's step, the coach's
// (or wires', or nudge's) cards and the tally. Read sentence by sentence against what the rule does: no
// coach or blame where there is none, the wires where there are wires, the second shot where it shoots
// twice. A few lines of fake DOM stand in for `document`, enough for client/ui/dom's `h`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PanelContext } from "../../client/ui/context";
import { statusPanel } from "../../client/ui/status-panel";
import { blameCards, tallyView } from "../../client/ui/tally-view";
import { createGame, type GameState, type GameView, reduce, RULE_IDS, type RuleId, RULES, secondShotOf, signalHealth, storyOf, toView, wiresAgreeing } from "../../shared";

/** Just enough of an element for `h`: attributes, children, text. */
class FakeElement {
  readonly attrs: Record<string, string> = {};
  children: (FakeElement | string)[] = [];
  constructor(readonly tag: string) {}
  setAttribute(k: string, v: string): void {
    this.attrs[k] = v;
  }
  append(...c: (FakeElement | string)[]): void {
    this.children.push(...c);
  }
  addEventListener(): void {}
  text(): string {
    return this.children.map((c) => (typeof c === "string" ? c : c.text())).join(" ");
  }
  /** Every element below this one (itself included) with attribute `attr`. */
  having(attr: string): FakeElement[] {
    const mine = attr in this.attrs ? [this] : [];
    return [...mine, ...this.children.flatMap((c) => (typeof c === "string" ? [] : c.having(attr)))];
  }
}

const g = globalThis as { document?: unknown };
let saved: unknown;
beforeAll(() => {
  saved = g.document;
  g.document = { createElement: (tag: string) => new FakeElement(tag) };
});
afterAll(() => {
  g.document = saved;
});

const el = (x: HTMLElement) => x as unknown as FakeElement;

function must(r: ReturnType<typeof reduce>): GameState {
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}

/** A one-line game under `rule`, the learner in seat 1, at the rule's own step of its first shot (or the first hit, with `hit`). */
function atStep(rule: RuleId, opts: { hit?: boolean; lineLength?: number; seed?: number } = {}): GameView {
  let s = createGame("host", { lineLength: opts.lineLength ?? 4, rules: [rule], seed: opts.seed ?? 7, autoAdvance: false, maxRounds: 30, hoop: { fixedRounds: 30, fixedDistance: 5 } });
  s = must(reduce(s, { type: "join", by: "host", name: "You", line: 0, seat: 1 }, 0));
  s = must(reduce(s, { type: "start", by: "host" }, 0));
  for (let i = 0; i < 400; i++) {
    if (s.phase === "coach" && (!opts.hit || s.lines[0].current!.hit)) return toView(s);
    if (s.phase === "vote" && !s.lines[0].current!.votes.host) s = must(reduce(s, { type: "vote", by: "host", blame: 0, direction: "firmer" }, 1));
    else s = must(reduce(s, { type: "next", by: "host" }, 1));
  }
  throw new Error(`no ${opts.hit ? "hit" : "shot"} under ${rule}`);
}

function ctx(view: GameView): PanelContext {
  return { source: { send: () => Promise.resolve(null) } as unknown as PanelContext["source"], view, me: "host", chapter: null, say: () => {} };
}

/** Every word the status panel, the cards and the tally show for this view. */
function allWords(view: GameView): string {
  const shot = view.lines[0].current!;
  return [statusPanel(ctx(view)), blameCards(shot.coach!, view, 0, "host"), tallyView(shot, view, 0)].map((x) => el(x).text()).join(" | ");
}

describe("the panels tell the rule's own story", () => {
  it.each(RULE_IDS)("%s: the status panel says the rule's own words, and no coach or blame where there is none", (rule) => {
    const view = atStep(rule);
    const words = allWords(view);
    expect(el(statusPanel(ctx(view))).text()).toContain(storyOf(rule).words.after);
    if (storyOf(rule).speaker !== "coach") expect(words).not.toMatch(/coach (walks|hands|gives)|the coach's|✔ coach/i);
    if (!storyOf(rule).blameVote) expect(words).not.toMatch(/coach|blame/i);
    expect(words).not.toMatch(/\de[-+]?\d/);
  });

  it("backprop's cards: a share, a direction and the note's size in a word, never scientific notation", () => {
    const view = atStep("backprop", { lineLength: 8 });
    const cards = el(blameCards(view.lines[0].current!.coach!, view, 0, "host"));
    expect(cards.attrs["aria-label"]).toBe("The coach's cards");
    const text = cards.text();
    expect(text).toMatch(/\d+%/);
    expect(text).toMatch(/note: (tiny|small|medium|big|huge)/);
    expect(text).not.toMatch(/\de[-+]?\d/);
    expect(el(statusPanel(ctx(view))).having("data-size")).toHaveLength(1);
    // The signal itself stays readable for tests and tools, never shown as a number.
    expect(cards.having("data-signal").map((c) => Number(c.attrs["data-signal"]))).toEqual(view.lines[0].current!.coach!.signals);
  });

  it("feedback alignment says the note comes back over separate wires, and how many agree with their handshakes", () => {
    const view = atStep("feedback-alignment");
    const panel = el(statusPanel(ctx(view)));
    expect(panel.text()).toMatch(/separate wires/);
    const { agree, of } = wiresAgreeing(view.lines[0], view.lines[0].current!.weights);
    const fact = panel.having("data-wires-agree")[0];
    expect([fact.attrs["data-wires-agree"], fact.attrs["data-wires"]]).toEqual([String(agree), String(of)]);
    expect(el(tallyView(view.lines[0].current!, view, 0)).text()).toMatch(/✔ wires/);
  });

  it("trial and error tells the second shot and its verdict, and its cards the wiggles, with no vote", () => {
    const view = atStep("trial-and-error");
    const shot = view.lines[0].current!;
    const second = secondShotOf("trial-and-error", shot, view.settings)!;
    const fact = el(statusPanel(ctx(view))).having("data-kept")[0];
    expect(fact.attrs["data-kept"]).toBe(String(second.kept));
    expect(Number(fact.attrs["data-second-miss"])).toBe(second.shot.miss);
    const cards = el(blameCards(shot.coach!, view, 0, "host"));
    expect(cards.text()).toMatch(/wiggled [▲▼]/);
    expect(cards.having("data-share")).toHaveLength(0);
    expect(el(tallyView(shot, view, 0)).having("data-no-vote")).toHaveLength(1);
  });

  it("activity difference's cards compare each neuron's free and nudged firing", () => {
    const view = atStep("activity-difference");
    expect(el(blameCards(view.lines[0].current!.coach!, view, 0, "host")).text()).toMatch(/fired -?\d\.\d+ → -?\d\.\d+/);
    expect(el(tallyView(view.lines[0].current!, view, 0)).text()).toMatch(/✔ nudge/);
  });

  it("fire together says the miss stays, unheard", () => {
    const view = atStep("fire-together");
    expect(el(statusPanel(ctx(view))).text()).toMatch(/The miss stays: nobody heard it/);
  });

  it("after a hit: nobody to blame, and no vote to show", () => {
    const view = atStep("backprop", { hit: true, lineLength: 3, seed: 21 });
    const shot = view.lines[0].current!;
    expect(shot.hit).toBe(true);
    expect(el(statusPanel(ctx(view))).text()).toContain(RULES.backprop.story.words.afterHit);
    expect(el(tallyView(shot, view, 0)).text()).toMatch(/nobody to blame/i);
    expect(el(blameCards(shot.coach!, view, 0, "host")).having("data-share")).toHaveLength(0);
  });
});

describe("a fading line, explained when it happens", () => {
  it("the status panel says the engine's judgement, with why, on the first fading shot of the game only", () => {
    let s = createGame("host", { lineLength: 8, seed: 5, autoAdvance: false, startWeights: { min: 0.6, max: 0.8 }, maxRounds: 4, hoop: { fixedRounds: 10, fixedDistance: 5 } });
    s = must(reduce(s, { type: "join", by: "host", name: "You", line: 0, seat: 0 }, 0));
    s = must(reduce(s, { type: "start", by: "host" }, 0));
    const said: (string | null)[] = [];
    const judged: string[] = [];
    for (let i = 0; i < 200 && s.phase !== "summary"; i++) {
      if (s.phase === "coach") {
        const view = toView(s);
        judged.push(signalHealth(view.lines[0], view.lines[0].current!, "tanh").kind);
        const news = el(statusPanel(ctx(view))).having("data-health");
        said.push(news.length ? news[0].text() : null);
      }
      if (s.phase === "vote" && !s.lines[0].current!.votes.host) s = must(reduce(s, { type: "vote", by: "host", blame: 0, direction: "firmer" }, 1));
      else s = must(reduce(s, { type: "next", by: "host" }, 1));
    }
    // Every shot of this line fades (its handshakes are weak); the panel says so on the first only.
    expect(judged).toEqual(["fading", "fading", "fading", "fading"]);
    expect(said[0]).toBe("The note got tiny by the time it reached neuron 1: the handshakes it crossed on the way back are weak, and each one shrank it. So the front of the line hardly learns.");
    expect(said.slice(1)).toEqual([null, null, null]);
  });
});
