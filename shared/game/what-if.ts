// "What if": the shots that were not taken. After a player turns their dial, the next shot shows what
// their hand did; these helpers replay that shot with only their handshake changed (followed the rule's
// suggestion exactly, or ignored it), through the same forward pass and shot physics as the real one.
// A finale can also ask how each learning rule would have done with the same line.
import { type ActivationName, type Court, shoot } from "../line";
import type { RuleId } from "../rules";
import { at } from "../checked";
import { clampParam } from "./lines";
import { createGame, reduce } from "./reducer";
import type { Settings } from "./settings";
import type { GameState, ShotRecord } from "./state";

/** One shot as it would have flown with one handshake set to `weight`. */
export interface WhatIfShot {
  weight: number;
  power: number;
  landing: number;
  miss: number;
  hit: boolean;
}

/** The shot a record would have been had neuron `seat` gripped with `weight` (every other weight and every bias as recorded). */
export function shotWith(record: ShotRecord, seat: number, weight: number, activation: ActivationName, court: Court): WhatIfShot {
  if (!Number.isInteger(seat) || seat < 0 || seat >= record.weights.length) throw new RangeError(`seat ${seat} is not in a line of ${record.weights.length}`);
  const weights = record.weights.slice();
  weights[seat] = weight;
  const shot = shoot({ weights, biases: record.biases, activation }, record.distance, court);
  return { weight, power: shot.pass.power, landing: shot.landing, miss: shot.miss, hit: shot.hit };
}

/** What one player's hand did to a shot: the shot as it flew, and as it would have flown had they followed or ignored the suggestion. */
export interface HandEffect {
  seat: number;
  /** The handshake the player took into the shot. */
  chosen: number;
  /** Where the rule's suggestion after the shot before would have put it (clamped like every dial). */
  suggested: number;
  /** The handshake before that suggestion: leaving it there ignores the rule. */
  kept: number;
  actual: WhatIfShot;
  followed: WhatIfShot;
  ignored: WhatIfShot;
}

/**
 * After shot `before` the rule suggested a change to `seat`'s handshake; `after` is the next shot, taken
 * with whatever the player chose. Returns that shot as it flew and as it would have flown with the
 * suggestion followed exactly or ignored, all else (the other handshakes, every excitability, the hoop)
 * as recorded in `after`. Null when `before` has no suggestion yet (the rule had not spoken).
 */
export function handEffect(before: ShotRecord, after: ShotRecord, seat: number, settings: Pick<Settings, "activation" | "court">): HandEffect | null {
  const report = before.coach;
  if (!report) return null;
  const kept = at(before.weights, seat);
  const suggested = clampParam(kept + at(report.weightChanges, seat));
  const chosen = at(after.weights, seat);
  const { activation, court } = settings;
  return {
    seat,
    chosen,
    suggested,
    kept,
    actual: shotWith(after, seat, chosen, activation, court),
    followed: shotWith(after, seat, suggested, activation, court),
    ignored: shotWith(after, seat, kept, activation, court),
  };
}

/** The hand effect of the latest shot in a line's history, when there is a shot before it. */
export function latestHandEffect(history: readonly ShotRecord[], seat: number, settings: Pick<Settings, "activation" | "court">): HandEffect | null {
  if (history.length < 2) return null;
  return handEffect(at(history, history.length - 2), at(history, history.length - 1), seat, settings);
}

/** One rule's run in a race: the miss of every shot, and the first hit and three-in-a-row (shot numbers, or null). */
export interface RaceResult {
  rule: RuleId;
  misses: number[];
  firstHit: number | null;
  learnedAt: number | null;
}

/**
 * What if each rule had played the same line: one all-bot game per rule with the same settings (same
 * seed, so the same starting handshakes and hoop), `shots` shots each, through the real reducer.
 */
export function raceRules(settings: Partial<Settings>, rules: readonly RuleId[], shots: number): RaceResult[] {
  return rules.map((rule) => {
    let s: GameState = createGame("race", { ...settings, rules: [rule], maxRounds: shots, autoAdvance: false });
    let now = 0;
    const step = (action: Parameters<typeof reduce>[1]) => {
      const r = reduce(s, action, (now += 1000));
      if (!r.ok) throw new Error(`The race could not ${action.type}: ${r.error.message}`);
      s = r.state;
    };
    step({ type: "start", by: "race" });
    while (s.phase !== "summary") step({ type: "next", by: "race" });
    const line = at(s.lines, 0);
    const hit = line.history.find((h) => h.hit);
    return { rule, misses: line.history.map((h) => h.miss), firstHit: hit ? hit.round : null, learnedAt: line.learnedAt };
  });
}

/** How a rule did over several lines: how many learned (three in a row), the median shot they did it by, and one line's race. */
export interface RaceSummary {
  rule: RuleId;
  /** Lines that scored three in a row within the shots, out of `of`. */
  learned: number;
  of: number;
  /** The median shot by which lines scored three in a row, counting lines that never did as never (null when most never did). */
  medianLearnedAt: number | null;
  /** One line's race, to draw: the first line that scored three in a row on the median shot (the first line when most never did). */
  example: RaceResult;
}

/** Races every rule over the same lines (one per seed) and sums each rule up; `seeds` must not be empty. */
export function raceSummary(settings: Partial<Settings>, rules: readonly RuleId[], shots: number, seeds: readonly number[]): RaceSummary[] {
  if (seeds.length === 0) throw new RangeError("A race needs at least one seed.");
  const runs = seeds.map((seed) => raceRules({ ...settings, seed }, rules, shots));
  return rules.map((rule, r) => {
    const mine = runs.map((run) => at(run, r));
    const times = mine.map((x) => x.learnedAt ?? Infinity).sort((a, b) => a - b);
    const median = at(times, Math.floor((times.length - 1) / 2));
    const medianLearnedAt = Number.isFinite(median) ? median : null;
    return {
      rule,
      learned: mine.filter((x) => x.learnedAt !== null).length,
      of: seeds.length,
      medianLearnedAt,
      example: mine.find((x) => medianLearnedAt !== null && x.learnedAt === medianLearnedAt) ?? at(mine, 0),
    };
  });
}
