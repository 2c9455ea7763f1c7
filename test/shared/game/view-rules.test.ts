// What the screens read off the game (shared/game/view-rules.ts): built on hand-made states, so each rule
// is checked on its own, without playing a game through the reducer.
import { describe, expect, it } from "vitest";
import {
  ANIMATION_SECONDS,
  animationSeconds,
  classAgreed,
  createGame,
  type GameState,
  lineOf,
  studentVotesKind,
  PHASES,
  phaseSeconds,
  type Player,
  playedByBot,
  RULE_IDS,
  RULES,
  ruleTitle,
  seatPlayedByBot,
  type ShotRecord,
  sit,
  stillToVote,
  timerSeconds,
  toView,
  type Vote,
  voteBars,
} from "../../../shared";

function player(id: string, line: number, seat: number, connected = true): Player {
  return { id, name: id, line, seat, connected, score: 0, votesCast: 0, blameRight: 0, directionRight: 0 };
}

/** Two lines of four; Ann (line 0, seat 1) and Cy (line 1, seat 2) are here, Bo (line 0, seat 3) is away. */
function game(): GameState {
  const s = createGame("host", { teams: 2, lineLength: 4, seed: 7 });
  const people = [player("ann", 0, 1), player("bo", 0, 3, false), player("cy", 1, 2)];
  s.lines = s.lines.slice();
  for (const p of people) {
    sit(s.lines, p, p.line, p.seat);
    s.players = { ...s.players, [p.id]: p };
  }
  return s;
}

/** A shot with these votes (blame seat per voter), and the coach's report once `mostToBlame` is given. */
function shot(blames: Record<string, number>, mostToBlame?: number): ShotRecord {
  const votes: Record<string, Vote> = {};
  for (const [id, blame] of Object.entries(blames)) votes[id] = { blame, direction: "firmer" };
  const coach = mostToBlame === undefined ? null : { shares: [0.1, 0.2, 0.3, 0.4], directions: [], signals: [], weightChanges: [], biasChanges: [], mostToBlame };
  return { votes, coach } as unknown as ShotRecord;
}

describe("lineOf", () => {
  it("is the person's line, and line 0 for a watcher, a stranger or nobody", () => {
    const v = toView(game());
    expect(lineOf(v, "cy")).toBe(1);
    expect(lineOf(v, "ann")).toBe(0);
    expect(lineOf(v, "host")).toBe(0);
    expect(lineOf(v, "nobody")).toBe(0);
    expect(lineOf(v, null)).toBe(0);
  });
});

describe("seatPlayedByBot", () => {
  it("answers as the engine's playedByBot: bots and absent people, not people who are here", () => {
    const s = game();
    const line = s.lines[0].neurons;
    expect(line.map((n) => seatPlayedByBot(toView(s), n))).toEqual([true, false, true, true]);
    for (const n of [...line, ...s.lines[1].neurons]) expect(seatPlayedByBot(toView(s), n)).toBe(playedByBot(s, n));
  });
});

describe("stillToVote", () => {
  it("counts the people here who have not voted; bots and absent people vote by themselves", () => {
    const s = game();
    s.lines = s.lines.map((l) => ({ ...l, current: shot({}) }));
    expect(stillToVote(toView(s), 0)).toBe(1);
    expect(stillToVote(toView(s), 1)).toBe(1);
    s.lines[0] = { ...s.lines[0], current: shot({ ann: 2 }) };
    expect(stillToVote(toView(s), 0)).toBe(0);
    expect(stillToVote(toView(s), 1)).toBe(1);
  });
});

describe("voteBars", () => {
  it("draws each seat's votes against the most any seat got, and the coach's pick once it has spoken", () => {
    const before = voteBars(shot({ a: 1, b: 1, c: 3, d: 1 }), 4);
    expect(before.tally.blame).toEqual([0, 3, 0, 1]);
    expect(before.tally.total).toBe(4);
    expect(before.bars).toEqual([0, 1, 0, 1 / 3]);
    expect(before.coachPick).toBe(-1);
    expect(voteBars(shot({ a: 1 }, 2), 4).coachPick).toBe(2);
  });

  it("draws empty bars, not a division by zero, before anyone has voted", () => {
    expect(voteBars(shot({}), 3).bars).toEqual([0, 0, 0]);
  });
});

describe("classAgreed", () => {
  it("is true when the coach's most-blamed seat got the most votes, a tie for the most included", () => {
    expect(classAgreed(shot({ a: 2, b: 2, c: 0 }, 2), 4)).toBe(true);
    expect(classAgreed(shot({ a: 2, b: 0 }, 2), 4)).toBe(true);
    expect(classAgreed(shot({ a: 0, b: 0, c: 2 }, 2), 4)).toBe(false);
  });

  it("is false before the coach has spoken, or when nobody voted", () => {
    expect(classAgreed(shot({ a: 2 }), 4)).toBe(false);
    expect(classAgreed(shot({}, 2), 4)).toBe(false);
  });
});

describe("animationSeconds", () => {
  it("is the engine's animation length for the animated phases and 0 for the others", () => {
    for (const phase of PHASES) {
      const expected = phase in ANIMATION_SECONDS ? ANIMATION_SECONDS[phase as keyof typeof ANIMATION_SECONDS] : 0;
      expect(animationSeconds(phase), phase).toBe(expected);
    }
    expect(animationSeconds("coach")).toBe(5);
    expect(animationSeconds("vote")).toBe(0);
  });
});

describe("timerSeconds", () => {
  it("is the engine's phaseSeconds while the game moves on by itself", () => {
    const settings = createGame("host", { voteSeconds: 30, adjustSeconds: 12 }).settings;
    for (const phase of PHASES) expect(timerSeconds(phase, settings), phase).toBe(phaseSeconds(phase, settings));
    expect(timerSeconds("vote", settings)).toBe(30);
    expect(timerSeconds("adjust", settings)).toBe(12);
    expect(timerSeconds("lobby", settings)).toBeNull();
  });

  it("keeps a timer's length when the host turns auto-advance off (a deadline already set still runs)", () => {
    const settings = createGame("host", { voteSeconds: 30, autoAdvance: false }).settings;
    expect(phaseSeconds("vote", settings)).toBeNull();
    expect(timerSeconds("vote", settings)).toBe(30);
  });
});

describe("ruleTitle", () => {
  it("is each rule's title from the engine", () => {
    for (const id of RULE_IDS) expect(ruleTitle(id)).toBe(RULES[id].title);
    expect(ruleTitle("activity-difference")).toBe(RULES["activity-difference"].title);
  });

  it("is the id itself for a rule this build does not know, inherited names included", () => {
    expect(ruleTitle("hebbian-2030")).toBe("hebbian-2030");
    expect(ruleTitle("constructor")).toBe("constructor");
  });
});

describe("studentVotesKind", () => {
  it("tells votes cast, none cast, and none held: a rule without blame never opens a vote", () => {
    expect(studentVotesKind({ votesCast: 2 }, "backprop")).toBe("cast");
    expect(studentVotesKind({ votesCast: 0 }, "backprop")).toBe("none");
    expect(studentVotesKind({ votesCast: 0 }, "feedback-alignment")).toBe("none");
    expect(studentVotesKind({ votesCast: 0 }, "trial-and-error")).toBe("no-vote-rule");
    expect(studentVotesKind({ votesCast: 0 }, "fire-together")).toBe("no-vote-rule");
    expect(studentVotesKind({ votesCast: 0 }, "no-such-rule")).toBe("none");
  });
});
