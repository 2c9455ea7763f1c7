// "What if": the shot a player would have taken had they followed the rule's suggestion exactly, or left
// their handshake alone. Checked against a direct computation written out here (the forward pass and the
// projectile by hand), not against the engine's own functions.
import { describe, expect, it } from "vitest";
import { clampParam, createGame, DEFAULT_COURT, type GameState, handEffect, latestHandEffect, raceRules, raceSummary, reduce, RULE_IDS, type Settings, type ShotRecord, shotWith } from "../../../shared";
import { ok } from "../helpers";

const court = { ...DEFAULT_COURT, hoopRadius: 0.35 };

/** The landing of a line by hand: tanh neurons, then a projectile from power p (no engine code). */
function landingByHand(weights: readonly number[], biases: readonly number[], distance: number): number {
  let a = (distance - court.minDistance) / (court.maxDistance - court.minDistance);
  weights.forEach((w, i) => (a = Math.tanh(w * a + biases[i])));
  const v = court.maxSpeed * a;
  const c = Math.cos(court.angle);
  const s = Math.sin(court.angle);
  const t = (v * s + Math.sqrt(v * v * s * s + 2 * court.gravity * court.releaseAboveRim)) / court.gravity;
  return v * c * t;
}

/** A solo game with the learner in `seat`, played to the adjust phase of shot `rounds`, turning the dial to `dial(shot)` each time it is given. */
function play(settings: Partial<Settings>, seat: number, rounds: number, dial: (rec: ShotRecord) => number | null): GameState {
  let s = ok(createGame("host", settings), { type: "join", by: "host", name: "You", line: 0, seat });
  let now = 0;
  s = ok(s, { type: "start", by: "host" }, (now += 1000));
  for (let r = 1; r <= rounds; r++) {
    while (s.phase !== "adjust") s = ok(s, { type: "next", by: "host" }, (now += 1000));
    if (r === rounds) break;
    const w = dial(s.lines[0].current!);
    if (w !== null) s = ok(s, { type: "adjust", by: "host", weight: w }, (now += 1000));
    s = ok(s, { type: "next", by: "host" }, (now += 1000));
  }
  return s;
}

const SETTINGS: Partial<Settings> = { lineLength: 4, seed: 7, strictness: 0.003, hoop: { fixedRounds: 50, fixedDistance: 6 }, autoAdvance: false };

describe("shotWith", () => {
  const s = play(SETTINGS, 1, 1, () => null);
  const rec = s.lines[0].current!;

  it("gives back the recorded shot when the handshake is the one it was taken with", () => {
    const same = shotWith(rec, 1, rec.weights[1], "tanh", court);
    expect(same.landing).toBe(rec.landing);
    expect(same.miss).toBe(rec.miss);
    expect(same.power).toBe(rec.power);
    expect(same.hit).toBe(rec.hit);
  });

  it("replaces only that neuron's handshake, as a direct computation does", () => {
    for (const w of [-1.5, 0, 0.4, 1.3, 2.75]) {
      const weights = rec.weights.slice();
      weights[1] = w;
      const expected = landingByHand(weights, rec.biases, rec.distance);
      const got = shotWith(rec, 1, w, "tanh", court);
      expect(got.landing).toBeCloseTo(expected, 10);
      expect(got.miss).toBeCloseTo(expected - rec.distance, 10);
      expect(got.hit).toBe(Math.abs(expected - rec.distance) < court.hoopRadius);
      expect(got.weight).toBe(w);
    }
  });

  it("refuses a seat outside the line", () => {
    expect(() => shotWith(rec, 4, 1, "tanh", court)).toThrow(RangeError);
    expect(() => shotWith(rec, -1, 1, "tanh", court)).toThrow(RangeError);
  });
});

describe("handEffect", () => {
  it("after a turn of my own: the shot as it flew, and as it would have flown followed or ignored", () => {
    // Shot 1: I turn my dial 0.3 firmer than where I was; shot 2 is taken with that.
    const s = play(SETTINGS, 2, 2, (rec) => rec.weights[2] + 0.3);
    const [first, second] = s.lines[0].history;
    const e = handEffect(first, second, 2, s.settings)!;
    const suggested = clampParam(first.weights[2] + first.coach!.weightChanges[2]);
    expect(e.kept).toBe(first.weights[2]);
    expect(e.suggested).toBe(suggested);
    expect(e.chosen).toBeCloseTo(first.weights[2] + 0.3, 12);
    expect(e.chosen).toBe(second.weights[2]);
    // As it flew: exactly the recorded shot.
    expect(e.actual.miss).toBe(second.miss);
    expect(e.actual.landing).toBe(second.landing);
    // The others' handshakes and every excitability as in shot 2; only mine replaced.
    const withMine = (w: number) => {
      const weights = second.weights.slice();
      weights[2] = w;
      return landingByHand(weights, second.biases, second.distance);
    };
    expect(e.followed.landing).toBeCloseTo(withMine(suggested), 10);
    expect(e.ignored.landing).toBeCloseTo(withMine(first.weights[2]), 10);
    expect(e.followed.miss).toBeCloseTo(withMine(suggested) - second.distance, 10);
    // Firmer than the suggestion here (the suggestion is far smaller than 0.3): the ball went further.
    expect(Math.abs(first.coach!.weightChanges[2])).toBeLessThan(0.3);
    expect(e.actual.landing).toBeGreaterThan(e.followed.landing);
  });

  it("an untouched dial followed the suggestion exactly: followed is the shot itself", () => {
    const s = play(SETTINGS, 0, 2, () => null);
    const e = latestHandEffect(s.lines[0].history, 0, s.settings)!;
    expect(e.chosen).toBe(e.suggested);
    expect(e.followed.miss).toBe(e.actual.miss);
    expect(e.ignored.miss).not.toBe(e.actual.miss);
  });

  it("has nothing to say before the rule has spoken, or before a second shot", () => {
    const s = play(SETTINGS, 0, 1, () => null);
    const rec = s.lines[0].current!;
    expect(handEffect({ ...rec, coach: null }, rec, 0, s.settings)).toBeNull();
    expect(latestHandEffect(s.lines[0].history, 0, s.settings)).toBeNull();
  });

  it("clamps the suggestion like every dial", () => {
    const s = play(SETTINGS, 0, 1, () => null);
    const rec = s.lines[0].current!;
    const big = { ...rec, weights: rec.weights.map(() => 4.99), coach: { ...rec.coach!, weightChanges: rec.coach!.weightChanges.map(() => 1) } };
    expect(handEffect(big, rec, 0, s.settings)!.suggested).toBe(5);
  });
});

describe("racing the rules on the same lines", () => {
  const settings: Partial<Settings> = { lineLength: 5, seed: 2, hoop: { fixedRounds: 50, fixedDistance: 5 } };

  it("plays each rule through the real reducer, from the same start", () => {
    const race = raceRules(settings, RULE_IDS, 12);
    expect(race.map((r) => r.rule)).toEqual(RULE_IDS);
    for (const r of race) expect(r.misses).toHaveLength(12);
    // The same line and hoop for every rule: the same first shot.
    expect(new Set(race.map((r) => r.misses[0])).size).toBe(1);
    const by = Object.fromEntries(race.map((r) => [r.rule, r]));
    expect(by.backprop.learnedAt).not.toBeNull();
    // Fire together never hears the miss: it never scores.
    expect(by["fire-together"].firstHit).toBeNull();
    // Deterministic.
    expect(raceRules(settings, RULE_IDS, 12)).toEqual(race);
  });

  it("equals a game played by hand with every seat a bot", () => {
    let s = createGame("h", { ...settings, rules: ["backprop"], maxRounds: 6, autoAdvance: false });
    let now = 0;
    s = reduce(s, { type: "start", by: "h" }, (now += 1000)).state;
    while (s.phase !== "summary") s = reduce(s, { type: "next", by: "h" }, (now += 1000)).state;
    expect(raceRules(settings, ["backprop"], 6)[0].misses).toEqual(s.lines[0].history.map((h) => h.miss));
  });

  it("sums up several lines per rule: how many learned, and by which shot in the middle", () => {
    const seeds = [1, 2, 3, 4, 5];
    const sum = raceSummary({ lineLength: 5, hoop: { fixedRounds: 50, fixedDistance: 5 } }, ["backprop", "fire-together"], 12, seeds);
    const runs = seeds.map((seed) => raceRules({ lineLength: 5, seed, hoop: { fixedRounds: 50, fixedDistance: 5 } }, ["backprop"], 12)[0]);
    const times = runs.map((r) => r.learnedAt ?? Infinity).sort((a, b) => a - b);
    expect(sum[0].learned).toBe(runs.filter((r) => r.learnedAt !== null).length);
    expect(sum[0].medianLearnedAt).toBe(Number.isFinite(times[2]) ? times[2] : null);
    // The line drawn is a typical one: it scored three in a row on the median shot.
    expect(sum[0].example).toEqual(runs.find((r) => r.learnedAt === sum[0].medianLearnedAt));
    expect(sum[1].example.misses).toHaveLength(12);
    expect(sum[1]).toMatchObject({ rule: "fire-together", learned: 0, of: 5, medianLearnedAt: null });
    expect(() => raceSummary({}, ["backprop"], 3, [])).toThrow(RangeError);
  });
});
