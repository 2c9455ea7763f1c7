import { describe, expect, it } from "vitest";
import { DEFAULT_COURT, landing } from "../../shared";
import { alongPath, arcPoints, coachReached, COURT_METRES, courtX, glow, layout, noteSide } from "../../client/scenes/geometry";

describe("court layout", () => {
  it("puts a wide screen's line on one floor, shooting right, and keeps every neuron on screen", () => {
    for (const n of [2, 5, 12]) {
      const l = layout(1280, 600, n, DEFAULT_COURT);
      expect(l.portrait).toBe(false);
      expect(l.dir).toBe(1);
      expect(l.neurons).toHaveLength(n);
      for (const p of l.neurons) expect(p.x - l.radius).toBeGreaterThanOrEqual(0);
      for (let i = 1; i < n; i++) expect(l.neurons[i].x).toBeGreaterThan(l.neurons[i - 1].x + l.radius);
      expect(courtX(l, COURT_METRES)).toBeLessThanOrEqual(1280);
    }
  });

  it("puts a phone's line across the top and the shooter bottom right, shooting left", () => {
    const l = layout(390, 420, 12, DEFAULT_COURT);
    expect(l.portrait).toBe(true);
    expect(l.dir).toBe(-1);
    const shooter = l.neurons[11];
    expect(shooter.y).toBeGreaterThan(l.neurons[0].y);
    expect(courtX(l, COURT_METRES)).toBeGreaterThanOrEqual(0);
    for (let i = 1; i < 11; i++) expect(l.neurons[i].x - l.neurons[i - 1].x).toBeGreaterThanOrEqual(2 * l.radius);
  });

  it("draws the arc from the release point to the shared engine's landing", () => {
    const l = layout(1000, 600, 4, DEFAULT_COURT);
    const p = 0.5;
    const pts = arcPoints(l, p, DEFAULT_COURT);
    expect(pts[0].x).toBeCloseTo(l.release.x, 6);
    expect(pts[0].y).toBeCloseTo(l.release.y, 6);
    const end = pts.at(-1)!;
    expect(end.x).toBeCloseTo(courtX(l, landing(p, DEFAULT_COURT)), 6);
    expect(end.y).toBeCloseTo(l.rimY, 3); // it lands at the rim's height
    expect(Math.min(...pts.map((q) => q.y))).toBeLessThan(l.rimY); // and flies above it
  });
});

describe("paths and sizes", () => {
  it("moves along a path with equal time per segment", () => {
    const path = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 30 }];
    expect(alongPath(path, 0).point).toEqual({ x: 0, y: 0 });
    expect(alongPath(path, 0.25)).toEqual({ point: { x: 5, y: 0 }, segment: 0 });
    expect(alongPath(path, 0.75)).toEqual({ point: { x: 10, y: 15 }, segment: 1 });
    expect(alongPath(path, 1).point).toEqual({ x: 10, y: 30 });
  });

  it("has the coach reach the last neuron first and the first one at the end", () => {
    expect(coachReached(4, 0)).toBe(-1);
    expect(coachReached(4, 0.25)).toBe(3);
    expect(coachReached(4, 0.5)).toBe(2);
    expect(coachReached(4, 1)).toBe(0);
  });

  it("scales a note's area with its signal, so a fading signal is a speck", () => {
    const full = noteSide(2, 2, 40);
    const quarter = noteSide(0.5, 2, 40);
    expect(full).toBe(40);
    expect((quarter / full) ** 2).toBeCloseTo(0.25, 9);
    expect(noteSide(1e-9, 2, 40)).toBe(1.5);
    expect(glow(0)).toBeGreaterThan(0);
    expect(glow(3)).toBe(1);
  });
});
