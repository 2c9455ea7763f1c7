// A class's network keeps only its latest shots in full (GameState.netDetail, set by startGame): older
// shots keep a summary. Played side by side with a game that keeps every shot, action for action, the
// two must compute the same numbers everywhere; only the old shots' records shrink to their summaries.
import { describe, expect, it } from "vitest";
import { type Action, CLASS_NET_DETAIL, createGame, type GameState, hasDetail, HOST_ID, LIMITS, type NetShot, RULE_IDS, type RuleId, startGame, toView } from "../../../shared";
import { summarize } from "../../../shared/game/network-round";
import { ok } from "../helpers";

const PEOPLE = ["p1", "p2", "p3"];

/** The two games after every action of `rounds` rounds: a class's (netDetail set) and one keeping every shot. */
function sideBySide(start: GameState, rounds: number, check: (kept: GameState, all: GameState) => void): void {
  let kept = start;
  let all: GameState = { ...start, netDetail: undefined };
  let now = 0;
  const go = (a: Action) => {
    now += 1000;
    kept = ok(kept, a, now);
    all = ok(all, a, now);
    check(kept, all);
  };
  for (const id of PEOPLE) go({ type: "join", by: id, name: id.toUpperCase() });
  go({ type: "start", by: HOST_ID });
  for (let r = 1; r <= rounds; r++) {
    const round = kept.round;
    while (kept.round === round && kept.phase !== "summary") {
      go({ type: "next", by: HOST_ID });
      if (kept.phase === "vote") for (const [i, id] of PEOPLE.entries()) go({ type: "vote", by: id, handshake: 0, direction: (r + i) % 2 ? "firmer" : "looser" });
      if (kept.phase === "adjust") go({ type: "adjust", by: "p1", weights: kept.network!.neurons[kept.players.p1.seat].weights.map((w) => w * 0.9) });
    }
  }
}

/** The view with the network's history left out. */
function withoutHistory(s: GameState): unknown {
  const v = toView(s);
  return { ...v, network: v.network && { ...v.network, history: null } };
}

/** Checks a class's history against the full one: same shots, the latest CLASS_NET_DETAIL the very records, older ones their summaries. */
function expectSummarized(kept: readonly NetShot[], all: readonly NetShot[]): void {
  expect(kept.length).toBe(all.length);
  const full = Math.min(kept.length, CLASS_NET_DETAIL);
  kept.forEach((shot, i) => {
    const whole = all[i];
    if (!hasDetail(whole)) throw new Error("the game that keeps every shot lost one");
    if (i >= kept.length - full) {
      expect(hasDetail(shot)).toBe(true);
      expect(shot).toStrictEqual(whole);
    } else {
      expect(hasDetail(shot)).toBe(false);
      expect(shot).toStrictEqual(summarize(whole));
      expect(Object.keys(shot).sort()).toStrictEqual(["coach", "distance", "extraShots", "hit", "landing", "miss", "power", "round"]);
      expect(Object.keys(shot.coach ?? {})).toStrictEqual(["shares"]);
    }
  });
}

describe("a class's network keeps its latest shots in full and summarizes older ones", () => {
  it.each(RULE_IDS.map((rule) => [rule] as [RuleId]))("%s: the same numbers as a game that keeps every shot, after every action", (rule) => {
    const start = startGame(HOST_ID, { shape: "network", layerWidth: 3, lineLength: 3, rules: [rule], autoAdvance: false, maxRounds: 12, seed: 3 }, 0);
    if (!start.ok) throw new Error(start.error.message);
    expect(start.state.netDetail).toBe(CLASS_NET_DETAIL);
    let checked = 0;
    sideBySide(start.state, 12, (kept, all) => {
      expect(withoutHistory(kept)).toStrictEqual(withoutHistory(all));
      expect(kept.rngState).toBe(all.rngState);
      expectSummarized(kept.network!.history, all.network!.history);
      checked++;
    });
    expect(checked).toBeGreaterThan(12 * 4);
  });

  it("past LIMITS.history the oldest summary leaves, and every summary keeps the blame's shares a phone averages", () => {
    const start: GameState = { ...createGame(HOST_ID, { shape: "network", layerWidth: 2, lineLength: 2, rules: ["backprop"], autoAdvance: false, maxRounds: LIMITS.history + 4, seed: 5 }), netDetail: CLASS_NET_DETAIL };
    let last: [GameState, GameState] | null = null;
    sideBySide(start, LIMITS.history + 4, (kept, all) => (last = [kept, all]));
    const [kept, all] = last!;
    expect(kept.network!.history).toHaveLength(LIMITS.history);
    expect(kept.network!.history[0].round).toBe(5);
    expectSummarized(kept.network!.history, all.network!.history);
    expect(withoutHistory(kept)).toStrictEqual(withoutHistory(all));
    const shares = (h: readonly NetShot[]) => h.map((s) => s.coach?.shares[1] ?? null);
    expect(shares(kept.network!.history)).toStrictEqual(shares(all.network!.history));
    expect(shares(kept.network!.history).every((x) => typeof x === "number")).toBe(true);
  });

  it("a game not started as a class (solo) keeps every shot in full", () => {
    let s = createGame(HOST_ID, { shape: "network", layerWidth: 2, lineLength: 2, autoAdvance: false, maxRounds: 8, seed: 2 });
    expect(s.netDetail).toBeUndefined();
    s = ok(s, { type: "start", by: HOST_ID });
    while (s.phase !== "summary") s = ok(s, { type: "next", by: HOST_ID });
    expect(s.network!.history).toHaveLength(8);
    expect(s.network!.history.every(hasDetail)).toBe(true);
    expect("netDetail" in toView({ ...s, netDetail: 3 })).toBe(false);
  });
});
