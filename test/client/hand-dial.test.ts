// The player's hand: the dial scaled to the rule's suggestion, its steps, its words, and the what-if
// sentence after the next shot. Pure helpers, no DOM.
import { describe, expect, it } from "vitest";
import { choices, decimalsFor, formatChange, formatHandshake, grownRange, MIN_SUGGESTION, NEAR_SPAN, nearRange, pastEnd, SUGGESTERS, suggesterFor, tapStep, TAPS_ACROSS } from "../../client/ui/dial";
import { howFar, isDoubleTap, shotBefore, TAP_GUARD_MS, whatIfSentence } from "../../client/ui/play-screen";
import { LIMITS, RULE_IDS, type HandEffect, type ShotRecord } from "../../shared";

describe("the near dial", () => {
  it("spans three suggestions either side of the handshake, so the suggestion is a visible part of it", () => {
    const r = nearRange(1, 0.02);
    expect(r.min).toBeCloseTo(0.94, 12);
    expect(r.max).toBeCloseTo(1.06, 12);
    // A negative suggestion gives the same span.
    expect(nearRange(1, -0.02)).toEqual(r);
    // The suggestion's mark sits a sixth of the dial from the middle: on a 300 px track, 50 px.
    expect((0.02 / (r.max - r.min)) * 300).toBeCloseTo(50, 9);
  });

  it("still has a readable span when the rule suggests next to nothing", () => {
    const r = nearRange(0.5, 1e-7);
    expect(r.max - r.min).toBeCloseTo(2 * NEAR_SPAN * MIN_SUGGESTION, 12);
    expect(nearRange(0.5, Number.NaN).max - nearRange(0.5, Number.NaN).min).toBeCloseTo(2 * NEAR_SPAN * MIN_SUGGESTION, 12);
  });

  it("keeps within the engine's limits", () => {
    expect(nearRange(LIMITS.weight - 0.01, 0.05).max).toBe(LIMITS.weight);
    expect(nearRange(-LIMITS.weight, 0.05).min).toBe(-LIMITS.weight);
  });

  it("steps by a fifth of the suggestion: a visible move on any phone", () => {
    const r = nearRange(1, 0.02);
    expect(tapStep(r)).toBeCloseTo(0.004, 12);
    // On a 280 px track (a 360 px phone's dial) a step is over 9 px.
    expect((tapStep(r) / (r.max - r.min)) * 280).toBeGreaterThan(9);
    expect(TAPS_ACROSS).toBe(30);
  });

  it("grows (doubling) when a tap pushes past an end, and stops at the limits", () => {
    const start = nearRange(1, 0.02);
    expect(pastEnd(1.05, start)).toBe(false);
    expect(grownRange(1, 0.02, NEAR_SPAN, 1.05)).toEqual({ range: start, times: NEAR_SPAN });
    const g = grownRange(1, 0.02, NEAR_SPAN, 1.07);
    expect(g.times).toBe(2 * NEAR_SPAN);
    expect(g.range.max).toBeCloseTo(1.12, 12);
    expect(grownRange(1, 0.02, NEAR_SPAN, 1.5).range.max).toBeGreaterThanOrEqual(1.5);
    const far = grownRange(1, 0.02, NEAR_SPAN, 99);
    expect(far.range.max).toBe(LIMITS.weight);
    expect(Number.isFinite(far.times)).toBe(true);
  });

  it("shows enough decimals for one step to change the digits, never scientific notation", () => {
    expect(decimalsFor(nearRange(1, 0.02))).toBe(3);
    expect(decimalsFor(nearRange(1, 0.0001))).toBe(3);
    expect(decimalsFor({ min: 0, max: 2 })).toBe(2);
    expect(formatChange(0.0123, 3)).toBe("+0.012");
    expect(formatChange(-0.004, 3)).toBe("-0.004");
    expect(formatChange(0.00001, 3)).toBe("≈0");
    expect(formatChange(0, 3)).toBe("0");
    expect(formatHandshake(-0.0001, 3)).toBe("0.000");
    expect(formatHandshake(1.23456, 3)).toBe("1.235");
    for (const v of [1e-7, 3e-5, 0.5, 4.9]) expect(formatChange(v, decimalsFor(nearRange(1, v)))).not.toMatch(/e/);
  });

  it("offers ignore, follow and double as one tap each, clamped", () => {
    expect(choices(1, 0.02)).toEqual({ ignore: 1, follow: 1.02, double: 1.04 });
    expect(choices(4.99, 0.02).double).toBe(LIMITS.weight);
  });

  it("names what suggests the change under every rule: only backprop has a coach", () => {
    for (const id of RULE_IDS) expect(SUGGESTERS[id].mark.length).toBeGreaterThan(0);
    const others = RULE_IDS.filter((r) => r !== "backprop");
    for (const id of others) {
      expect(SUGGESTERS[id].mark).not.toMatch(/coach/);
      expect(SUGGESTERS[id].follow).not.toMatch(/coach/);
      expect(SUGGESTERS[id].blamer.who).not.toMatch(/coach/);
    }
    expect(SUGGESTERS.backprop.mark).toBe("coach");
    expect(suggesterFor("no-such-rule")).toBe(SUGGESTERS.backprop);
    expect(suggesterFor("trial-and-error").mark).toBe("change");
  });
});

describe("what if", () => {
  const shot = (landing: number, miss: number) => ({ weight: 0, power: 0, landing, miss, hit: Math.abs(miss) < 0.35 });
  const effect = (chosen: number, suggested: number, kept: number, actual: number, followed: number, ignored: number): HandEffect => ({
    seat: 0,
    chosen,
    suggested,
    kept,
    actual: shot(actual, actual - 5),
    followed: shot(followed, followed - 5),
    ignored: shot(ignored, ignored - 5),
  });

  it("says what following would have done after a turn of my own, in cm a child reads", () => {
    expect(whatIfSentence(effect(1.3, 1.02, 1, 4.5, 4.44, 4.4), "coach")).toBe("You turned your own way. Following the coach exactly: 6 cm shorter, further from the hoop.");
    expect(whatIfSentence(effect(1, 1.02, 1, 4.4, 4.45, 4.4), "wires")).toBe("You kept your handshake. Following the wires: 5 cm further, closer to the hoop.");
    expect(whatIfSentence(effect(1.02, 1.02, 1, 4.45, 4.45, 3.2), "coach")).toBe("You followed the coach. Not turning: 1.3 m shorter, further from the hoop.");
    expect(whatIfSentence(effect(1, 1, 1, 4.4, 4.4, 4.4), "firing")).toMatch(/suggested nothing/);
    expect(whatIfSentence(effect(1.3, 1.02, 1, 4.5, 4.501, 4.4), "coach")).toMatch(/the same shot/);
  });

  it("words a distance", () => {
    expect(howFar(0.004)).toBe("less than 1 cm");
    expect(howFar(-0.06)).toBe("6 cm");
    expect(howFar(1.26)).toBe("1.3 m");
  });

  it("finds the shot before the current one", () => {
    const h = [1, 2, 3].map((round) => ({ round }) as ShotRecord);
    expect(shotBefore(h, { round: 4 } as ShotRecord)?.round).toBe(3);
    // During the coach's walk the current shot is already in the history.
    expect(shotBefore(h, h[2])?.round).toBe(2);
    expect(shotBefore(h, h[0])).toBeUndefined();
  });
});

describe("a double tap", () => {
  const at = (x: number, y: number, t: number) => ({ x, y, at: t });

  it("is a second tap where the first landed, right after the first changed the phase", () => {
    // Vote tapped at t=1000 changes the phase at t=1001; the finger taps again 150 ms later on the same spot.
    expect(isDoubleTap(at(300, 600, 1150), at(300, 600, 1000), 1001)).toBe(true);
    expect(isDoubleTap(at(310, 590, 1150), at(300, 600, 1000), 1001)).toBe(true);
  });

  it("is not a deliberate tap elsewhere, a late tap, or a tap after a phase the clock changed", () => {
    expect(isDoubleTap(at(40, 300, 1150), at(300, 600, 1000), 1001)).toBe(false);
    expect(isDoubleTap(at(300, 600, 1001 + TAP_GUARD_MS + 1), at(300, 600, 1000), 1001)).toBe(false);
    // The clock moved on at t=5000, long after the last tap.
    expect(isDoubleTap(at(300, 600, 5100), at(300, 600, 1000), 5000)).toBe(false);
    expect(isDoubleTap(at(300, 600, 1150), null, 1001)).toBe(false);
  });
});
