// Issue 15 (B1): a neuron with one handshake (every neuron of the first layer, every neuron of a network one
// wide) has nothing to pick. Its vote is scored on the way alone (one point possible, not a free one), its
// "which" is not counted on the end screen or on the projector's map, and its phone says why it is asked
// only the way.
import { describe, expect, it } from "vitest";
import {
  type Action,
  createGame,
  describeNetworkPhase,
  type GameState,
  hasChoice,
  type NetCoachReport,
  netVotePoints,
  type RuleId,
  sayNet,
  scoreNetVote,
  toView,
} from "../../../shared";
import { matchKind, matchSaid, matchSummary, scoredMatches } from "../../../shared/game/network-match-words";
import { neighbourhoodMatches } from "../../../shared/game/network-map";
import { packCoach, unpackCoach } from "../../../shared/protocol/packed-shot";
import { studentNetSummary } from "../../../shared/game/network-summary";
import { t } from "../../../shared/i18n";
import { ok } from "../helpers";

/** A report where seat 0 has one handshake (turned firmer) and seat 1 three (the second turned looser most). */
const report: NetCoachReport = { signals: [0, 0], weightChanges: [[0.5], [0.1, -0.3, 0.2]], biasChanges: [0, 0], shares: [0.5, 0.5], mostToBlame: 0 };

describe("scoring a vote with one handshake", () => {
  it("scores only the way: one point for the right way, none for the wrong one, never a point for the only handshake", () => {
    expect(hasChoice(report, 0)).toBe(false);
    expect(hasChoice(report, 1)).toBe(true);
    const right = scoreNetVote({ handshake: 0, direction: "firmer" }, report, 0);
    expect(right).toEqual({ handshake: 0, direction: "firmer", handshakeRight: false, directionRight: true });
    expect(netVotePoints(right)).toBe(1);
    const wrong = scoreNetVote({ handshake: 0, direction: "looser" }, report, 0);
    expect(netVotePoints(wrong)).toBe(0);
    // With a choice, both parts still score.
    const both = scoreNetVote({ handshake: 1, direction: "looser" }, report, 1);
    expect(both).toMatchObject({ handshakeRight: true, directionRight: true });
    expect(netVotePoints(both)).toBe(2);
  });
});

/** A class of one network `width` wide and 2 layers deep before the shooter, `people` joined, played with everyone voting handshake 0 "firmer". */
function play(rule: RuleId, width: number, people: number, stop: (s: GameState) => boolean, seed = 3): GameState {
  let s = createGame("host", { autoAdvance: false, shape: "network", layerWidth: width, lineLength: 3, rules: [rule], seed, maxRounds: 6 });
  let now = 0;
  const go = (a: Action) => (s = ok(s, a, (now += 1000)));
  for (let i = 0; i < people; i++) go({ type: "join", by: `p${i}`, name: `Kid${i}` });
  go({ type: "start", by: "host" });
  for (let k = 0; k < 300 && !stop(s); k++) {
    if (s.phase === "vote") for (const id of Object.keys(s.players)) if (!s.network?.current?.votes[id]) go({ type: "vote", by: id, handshake: 0, direction: "firmer" });
    if (!stop(s) && s.phase !== "summary") go({ type: "next", by: "host" });
  }
  expect(stop(s)).toBe(true);
  return s;
}

describe("a network one wide: nobody has a handshake to pick", () => {
  it("gives at most one point a vote, counts no right handshake and no vote with a choice", () => {
    const s = play("backprop", 1, 3, (x) => x.phase === "summary");
    const votes = s.network!.history.filter((h) => !h.hit).length;
    expect(votes).toBeGreaterThan(0);
    for (const p of Object.values(s.players)) {
      expect(p.votesCast).toBe(votes);
      expect(p.choiceVotes ?? 0).toBe(0);
      expect(p.blameRight).toBe(0);
      // Only the way scores: the points are the right ways, at most one a vote.
      expect(p.score).toBe(p.directionRight);
      expect(p.score).toBeLessThanOrEqual(votes);
      const said = studentNetSummary(toView(s).network!, p)[1];
      expect(said).toEqual({ id: "netplay.summary.ways", values: { teller: "coach", votes, choices: 0, handshake: 0, direction: p.directionRight } });
      expect(t(said.id, said.values)).toMatch(/^You had only one handshake, so you voted only on the way: the right way \d+ of \d+ times?\.$/);
    }
  });

  it("the map's line counts no handshake as picked, and its marks speak of the way alone", () => {
    const s = play("backprop", 1, 3, (x) => x.phase === "coach" && !!x.network?.current && !x.network.current.hit);
    const network = toView(s).network!;
    const matches = scoredMatches(network);
    expect(matches).toHaveLength(3);
    for (const m of matches) {
      expect(m).toMatchObject({ choice: false, handshakeRight: false });
      expect(matchKind(m)).toBe(m.directionRight ? "both" : "neither");
      expect(t(matchSaid("backprop", m, "Ada").id, matchSaid("backprop", m, "Ada").values)).toBe(`Ada has one handshake: ${m.directionRight ? "right" : "wrong"} way`);
    }
    const line = matchSummary(network)!;
    expect(line).toEqual({ id: "netplay.match.summary", values: { teller: "coach", right: 0, choosers: 0, turned: matches.filter((m) => m.directionRight).length, total: 3 } });
    expect(t(line.id, line.values)).toMatch(/^Every voter has only one handshake, so there was no handshake to pick\. \d of 3 picked the way the coach turned it\.$/);
  });
});

describe("a network three wide: the first layer votes on the way, the second on both", () => {
  it("counts the handshake only for the voters with a choice, in the engine, the map and the end screen", () => {
    // 4 people in 7 seats: Kid0-Kid2 in the first layer (one handshake each), Kid3 in the second (three).
    const s = play("backprop", 3, 4, (x) => x.phase === "summary");
    const misses = s.network!.history.filter((h) => !h.hit).length;
    for (const [id, p] of Object.entries(s.players)) {
      const first = p.seat < 3;
      expect(p.choiceVotes ?? 0, id).toBe(first ? 0 : misses);
      if (first) expect(p.blameRight, id).toBe(0);
    }
    const mid = play("backprop", 3, 4, (x) => x.phase === "coach" && !!x.network?.current && !x.network.current.hit);
    const matches = neighbourhoodMatches(toView(mid).network!);
    for (const m of matches) expect(m.choice).toBe(m.seat >= 3);
    const line = matchSummary(toView(mid).network!)!;
    expect(line.id).toBe("netplay.match.summary");
    expect(line.values).toMatchObject({ choosers: 1, total: 4 });
    expect(t(line.id, line.values)).toMatch(/^[01] of 1 neighbourhood with more than one handshake picked the handshake the coach blamed most\. \d of 4 picked the way the coach turned it\.$/);
  });

  it("the phone's vote sentence asks a first-layer neuron only the way, and the others which and the way", () => {
    const s = play("backprop", 3, 4, (x) => x.phase === "vote");
    const view = toView(s);
    expect(describeNetworkPhase(view, 0).map(sayNet)).toEqual(["Vote: you have only one handshake, so there is nothing to pick. Which way should it turn?"]);
    expect(describeNetworkPhase(view, 3).map(sayNet)).toEqual(["Vote: which of your 3 handshakes carries the blame, and which way should it turn?"]);
  });
});

describe("the packed report carries trial and error's second shot", () => {
  it("round-trips a report with and without a retry exactly", () => {
    expect(unpackCoach(packCoach(report))).toStrictEqual(report);
    const withRetry: NetCoachReport = { ...report, retry: { landing: 4.25, miss: -0.75 } };
    expect(unpackCoach(packCoach(withRetry))).toStrictEqual(withRetry);
  });
});
