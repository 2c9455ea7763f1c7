// The views that read a rule from shared/ instead of deciding it: the countdown's ring, the two vote
// tallies and the coach's verdict on the projector, and the rule names. No browser here: a few lines of
// fake DOM stand in for `document`, enough for client/ui/dom's `h`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ruleName } from "../../client/classroom/class-settings";
import { coachVerdict, columnTally } from "../../client/classroom/column-tally";
import { countdownFace } from "../../client/ui/countdown";
import { tallyView } from "../../client/ui/tally-view";
import { createGame, type GameView, RULE_IDS, RULES, type ShotRecord, toView } from "../../shared";

/** Just enough of an element for `h` and `fill`: attributes and children. */
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
  replaceChildren(...c: (FakeElement | string)[]): void {
    this.children = c;
  }
  addEventListener(): void {}
  /** Every element below this one (itself included) whose class list has `cls`. */
  all(cls: string): FakeElement[] {
    const mine = (this.attrs.class ?? "").split(" ").includes(cls) ? [this] : [];
    return [...mine, ...this.children.flatMap((c) => (typeof c === "string" ? [] : c.all(cls)))];
  }
  /** The element's text, children's included. */
  text(): string {
    return this.children.map((c) => (typeof c === "string" ? c : c.text())).join("");
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

/** A game of one line of 4 whose current shot has these votes (blame seat per voter), and the coach's pick if given. */
function viewWith(blames: number[], mostToBlame?: number): { view: GameView; shot: ShotRecord } {
  const view = toView(createGame("host", { lineLength: 4, seed: 3 }));
  const votes = Object.fromEntries(blames.map((b, i) => [`p${i}`, { blame: b, direction: i % 2 ? "looser" : "firmer" }]));
  const coach = mostToBlame === undefined ? null : { shares: [0.1, 0.2, 0.3, 0.4], directions: ["firmer", "firmer", "looser", "looser"], signals: [1, 1, 1, 1], weightChanges: [0, 0, 0, 0], biasChanges: [0, 0, 0, 0], mostToBlame };
  const shot = { votes, coach } as unknown as ShotRecord;
  view.lines = [{ ...view.lines[0], current: shot }];
  return { view, shot };
}

const el = (x: HTMLElement) => x as unknown as FakeElement;

describe("the vote's two tallies", () => {
  it("draw the same counts and bar lengths, each seat against the most any seat got", () => {
    const { view, shot } = viewWith([1, 1, 1, 3]);
    const bars = el(tallyView(shot, view, 0)).all("bar-fill").map((b) => b.attrs.style);
    const cols = el(columnTally(shot, view, 0)).all("col-bar").map((b) => b.attrs.style);
    expect(bars).toEqual(["width:0%", "width:100%", "width:0%", `width:${(1 / 3) * 100}%`]);
    expect(cols).toEqual(["height:0%", "height:100%", "height:0%", `height:${(1 / 3) * 100}%`]);
    expect(el(columnTally(shot, view, 0)).all("col").map((c) => c.attrs["data-votes"])).toEqual(["0", "3", "0", "1"]);
  });

  it("mark the coach's pick once the coach has spoken", () => {
    const { view, shot } = viewWith([1, 2], 2);
    expect(el(tallyView(shot, view, 0)).all("coach-pick").map((c) => c.attrs["data-seat"])).toEqual(["2"]);
    expect(el(columnTally(shot, view, 0)).all("coach-pick").map((c) => c.text())).toEqual(["1★3"]);
  });
});

describe("the coach's verdict on the projector", () => {
  it("says the vote agreed when the coach's pick got the most votes, a tie included", () => {
    const agreed = el(coachVerdict(...pair(viewWith([2, 2, 1], 2)))!);
    expect(agreed.attrs["data-agreed"]).toBe("true");
    expect(agreed.text()).toContain("the vote agreed ✓");
    const other = el(coachVerdict(...pair(viewWith([1, 1, 2], 2)))!);
    expect(other.attrs["data-agreed"]).toBe("false");
    expect(other.text()).toContain("the vote picked another");
    expect(el(coachVerdict(...pair(viewWith([], 2)))!).attrs["data-agreed"]).toBe("false");
    expect(coachVerdict(...pair(viewWith([1])))).toBeNull();
  });

  function pair(x: { view: GameView; shot: ShotRecord }): [ShotRecord, GameView, number] {
    return [x.shot, x.view, 0];
  }
});

describe("the countdown's ring", () => {
  const base = toView(createGame("host", { voteSeconds: 20, adjustSeconds: 15 }));

  it("empties over the vote's timer, even once the host has turned auto-advance off", () => {
    const vote: GameView = { ...base, phase: "vote", deadline: 10_000 };
    expect(countdownFace(vote, 0).fraction).toBeCloseTo(0.5, 9);
    const manual: GameView = { ...vote, settings: { ...vote.settings, autoAdvance: false } };
    expect(countdownFace(manual, 0).fraction).toBeCloseTo(0.5, 9);
    expect(countdownFace({ ...base, phase: "adjust", deadline: 3000 }, 0).fraction).toBeCloseTo(0.2, 9);
  });

  it("stays full during an animation, whose digits still count down", () => {
    const coach: GameView = { ...base, phase: "coach", deadline: 2000 };
    expect(countdownFace(coach, 0)).toEqual({ seconds: 2, fraction: 1, paused: false, text: "2" });
  });
});

describe("rule names on the projector", () => {
  it("are the engine's titles, as the solo game shows them", () => {
    for (const id of RULE_IDS) expect(ruleName(id)).toBe(RULES[id].title);
    expect(ruleName("no-such-rule")).toBe("no-such-rule");
  });
});
