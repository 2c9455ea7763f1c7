// The shot's physics: R'(p) against finite differences of R(p), and the ideal power landing on target.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_COURT, arcHeight, idealPower, landing, landingSlope, scaleDistance } from "../../../shared";

const court = DEFAULT_COURT;

describe("landing", () => {
  it("landingSlope matches central finite differences of landing", () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 3, noNaN: true }), (p) => {
        const h = 1e-5;
        const fd = (landing(p + h, court) - landing(p - h, court)) / (2 * h);
        const slope = landingSlope(p, court);
        expect(Math.abs(slope - fd) / Math.max(1, Math.abs(slope))).toBeLessThan(1e-7);
      }),
      { numRuns: 300 },
    );
  });

  it("rises with power everywhere and is zero at zero power from the rim's height", () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 3, noNaN: true }), (p) => {
        expect(landingSlope(p, court)).toBeGreaterThan(0);
      }),
    );
    expect(landing(0, court)).toBe(0);
    expect(landing(1, court)).toBeGreaterThan(court.maxDistance);
  });

  it("idealPower lands on the hoop for every distance on the court", () => {
    fc.assert(
      fc.property(fc.double({ min: court.minDistance, max: court.maxDistance, noNaN: true }), (d) => {
        const p = idealPower(d, court);
        expect(Math.abs(landing(p, court) - d)).toBeLessThan(1e-9);
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThan(1);
      }),
      { numRuns: 200 },
    );
  });

  it("the arc leaves the hand above the rim and comes down at the rim's height where it lands", () => {
    const p = idealPower(6, court);
    expect(arcHeight(p, 0, court)).toBeCloseTo(court.releaseAboveRim, 12);
    expect(arcHeight(p, 6, court)).toBeCloseTo(0, 6);
    expect(arcHeight(p, 3, court)).toBeGreaterThan(court.releaseAboveRim);
  });

  it("scales the court's distances to [0, 1]", () => {
    expect(scaleDistance(court.minDistance, court)).toBe(0);
    expect(scaleDistance(court.maxDistance, court)).toBe(1);
  });
});
