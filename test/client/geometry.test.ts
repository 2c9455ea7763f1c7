import { describe, expect, it } from "vitest";
import { DEFAULT_COURT, landing } from "../../shared";
import { alongPath, arcPoints, autoTextScale, coachReached, COURT_METRES, courtX, glow, layout, noteSide } from "../../client/scenes/geometry";

describe("court layout", () => {
  it("puts a wide screen's line on one floor, shooting right, and keeps every neuron on screen", () => {
    for (const n of [2, 5]) {
      const l = layout(1280, 600, n, DEFAULT_COURT);
      expect(l.portrait).toBe(false);
      expect(l.rows).toBe(1);
      expect(l.dir).toBe(1);
      expect(l.neurons).toHaveLength(n);
      for (const p of l.neurons) expect(p.x - l.radius).toBeGreaterThanOrEqual(0);
      for (let i = 1; i < n; i++) expect(l.neurons[i].x).toBeGreaterThan(l.neurons[i - 1].x + l.radius);
      expect(courtX(l, COURT_METRES)).toBeLessThanOrEqual(1280);
    }
  });

  it("keeps the line one line on tall courts: a snake of rows that steps or turns down, never jumps", () => {
    // A phone's court above its panel, a tablet's court beside its panel, a portrait tablet, a landscape phone.
    for (const [w, hgt] of [[390, 420], [360, 260], [675, 700], [768, 830], [557, 320]]) {
      for (const n of [2, 3, 5, 8, 12]) {
        const l = layout(w, hgt, n, DEFAULT_COURT);
        const at = `${w}x${hgt} n=${n}`;
        expect(l.neurons, at).toHaveLength(n);
        expect(l.dir, at).toBe(1);
        const shooter = l.neurons[n - 1];
        // The shooter stands on the floor, rightmost of the line, with the whole court in front of it.
        expect(shooter.y + l.radius, at).toBeCloseTo(l.floorY, 6);
        for (const p of l.neurons) expect(p.x, at).toBeLessThanOrEqual(shooter.x + 1e-9);
        expect(courtX(l, COURT_METRES), at).toBeLessThanOrEqual(w);
        for (const p of l.neurons) {
          expect(p.x - l.radius, at).toBeGreaterThanOrEqual(0);
          expect(p.y - l.radius, at).toBeGreaterThanOrEqual(0);
        }
        for (let i = 1; i < n; i++) {
          const a = l.neurons[i - 1];
          const b = l.neurons[i];
          const sideways = Math.abs(a.y - b.y) < 1e-9 && Math.abs(Math.abs(b.x - a.x) - l.step) < 1e-6;
          const turnDown = Math.abs(a.x - b.x) < 1e-9 && Math.abs(b.y - a.y - l.rowHeight) < 1e-6;
          expect(sideways || turnDown, `${at} ${i - 1}->${i}`).toBe(true);
          expect(Math.hypot(b.x - a.x, b.y - a.y), at).toBeGreaterThanOrEqual(2 * l.radius);
        }
        // The floor row flows towards the shooter (left to right).
        const floorRow = l.neurons.filter((p) => Math.abs(p.y - shooter.y) < 1e-9);
        for (let i = 1; i < floorRow.length; i++) expect(floorRow[i].x).toBeGreaterThan(floorRow[i - 1].x);
      }
    }
    // A short line on a phone, and a short line on a projector, stay in a single row.
    expect(layout(390, 420, 3, DEFAULT_COURT).rows).toBe(1);
    expect(layout(1460, 1010, 3, DEFAULT_COURT, 1.55).rows).toBe(1);
    // A long line on a phone becomes a snake, with neurons bigger than one row would allow.
    const phone = layout(390, 420, 8, DEFAULT_COURT);
    expect(phone.rows).toBeGreaterThan(1);
    expect(phone.radius).toBeGreaterThanOrEqual(16);
  });

  it("fills a tablet's and a laptop's sky with bigger neurons: a snake of rows where one row would leave them small", () => {
    // The courts beside the panel at 1024x768 and 1920x1080, and a laptop's wide court; lines of 3, 4 and 8.
    const cases: [number, number, number, number, number][] = [
      [676, 700, 4, 1.04, 45],
      [676, 700, 8, 1.04, 38],
      [676, 700, 3, 1.04, 38],
      [1460, 1010, 4, 1.55, 50],
      [1460, 1010, 8, 1.55, 50],
      [1280, 600, 8, 1, 40],
    ];
    for (const [w, hgt, n, scale, atLeast] of cases) {
      const l = layout(w, hgt, n, DEFAULT_COURT, scale);
      const at = `${w}x${hgt} n=${n}`;
      expect(l.radius, at).toBeGreaterThanOrEqual(atLeast);
      // Still all on the court, the top row's card has its two lines of sky, and the court keeps its 11 m.
      for (const p of l.neurons) {
        expect(p.x - l.radius, at).toBeGreaterThanOrEqual(0);
        expect(p.y - l.radius, at).toBeGreaterThanOrEqual(0);
      }
      const top = Math.min(...l.neurons.map((p) => p.y));
      expect(top - l.radius - l.radius * 1.3 - 18 - 2 * 16 * scale, at).toBeGreaterThanOrEqual(0);
      expect(courtX(l, COURT_METRES), at).toBeLessThanOrEqual(w);
    }
    // One row of small neurons on a tablet was the old picture: the snake's are far bigger.
    expect(layout(676, 700, 4, DEFAULT_COURT, 1.04).rows).toBe(2);
  });

  it("grows labels with a big canvas and leaves room for them", () => {
    expect(autoTextScale(390, 420)).toBe(1);
    expect(autoTextScale(1267, 1020)).toBeGreaterThan(1.5);
    expect(autoTextScale(4000, 3000)).toBe(1.8);
    const big = layout(900, 500, 6, DEFAULT_COURT, 2.4);
    expect(big.height - big.floorY).toBeGreaterThanOrEqual(2.4 * 26);
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
