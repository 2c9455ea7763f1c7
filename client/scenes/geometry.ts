import { arcHeight, type Court, landing } from "../../shared";

/** A point on the canvas, CSS px. */
export interface Point {
  x: number;
  y: number;
}

/** Where everything stands on a canvas of a given size. */
export interface Layout {
  width: number;
  height: number;
  /** Each neuron's centre, first to last; the last one shoots. */
  neurons: Point[];
  radius: number;
  /** Where the ball comes in from, before the first neuron. */
  entry: Point;
  /** The rim's height on screen, and the floor's. */
  rimY: number;
  floorY: number;
  /** Which way the court runs from the shooter: +1 to the right, -1 to the left. */
  dir: 1 | -1;
  /** Horizontal and vertical px per metre. */
  pxPerMetre: number;
  yPerMetre: number;
  /** The ball's release point above the shooter. */
  release: Point;
  portrait: boolean;
}

/** Metres of court drawn beyond the shooter (the farthest hoop is 9 m; long shots fly off the edge). */
export const COURT_METRES = 11;

/**
 * Lays out a line of n neurons. Wide screens put the line and the court on one floor, left to right.
 * Tall screens put the line across the top and the shooter at the bottom right, shooting back leftwards,
 * so twelve neurons still fit on a phone.
 */
export function layout(width: number, height: number, n: number, court: Court): Layout {
  const portrait = width / height < 1.15;
  const margin = Math.max(12, Math.min(width, height) * 0.04);
  const floorY = height * (portrait ? 0.9 : 0.86);
  let neurons: Point[];
  let radius: number;
  let shooter: Point;
  let dir: 1 | -1;
  let courtPx: number;
  if (portrait) {
    const rowY = height * 0.2;
    const others = Math.max(1, n - 1);
    const step = (width - 2 * margin) / others;
    radius = Math.max(10, Math.min(step * 0.36, height * 0.07, 34));
    shooter = { x: width - margin - radius, y: floorY - radius };
    neurons = Array.from({ length: n - 1 }, (_, i) => ({ x: margin + step * (i + 0.5), y: rowY }));
    neurons.push(shooter);
    dir = -1;
    courtPx = shooter.x - margin;
  } else {
    const lineWidth = width * 0.42;
    const step = (lineWidth - margin) / n;
    radius = Math.max(10, Math.min(step * 0.38, height * 0.08, 36));
    neurons = Array.from({ length: n }, (_, i) => ({ x: margin + step * (i + 0.5), y: floorY - radius }));
    shooter = neurons[n - 1];
    dir = 1;
    courtPx = width - margin - shooter.x;
  }
  const pxPerMetre = courtPx / COURT_METRES;
  const rimY = floorY - radius * 2.6;
  // Keep the highest arc (about 5 m above the rim) on screen.
  const yPerMetre = Math.min(pxPerMetre, (rimY - height * 0.06) / 5.2);
  const release = { x: shooter.x, y: rimY - court.releaseAboveRim * yPerMetre };
  const entry = portrait ? { x: 0, y: neurons[0].y } : { x: 0, y: neurons[0].y };
  return { width, height, neurons, radius, entry, rimY, floorY, dir, pxPerMetre, yPerMetre, release, portrait };
}

/** Screen x of a point `metres` along the court from the shooter. */
export function courtX(l: Layout, metres: number): number {
  return l.release.x + l.dir * metres * l.pxPerMetre;
}

/** Points along a polyline at fraction t (0..1) of the way, each segment taking equal time. */
export function alongPath(points: readonly Point[], t: number): { point: Point; segment: number } {
  if (points.length === 1) return { point: points[0], segment: 0 };
  const segs = points.length - 1;
  const u = Math.max(0, Math.min(1, t)) * segs;
  const i = Math.min(segs - 1, Math.floor(u));
  const f = u - i;
  const a = points[i];
  const b = points[i + 1];
  return { point: { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f }, segment: i };
}

/** The ball's path during the pass: in from the edge, then through every neuron. */
export function passPath(l: Layout): Point[] {
  return [l.entry, ...l.neurons];
}

/** The coach's path: from the hoop back to every neuron, last to first. */
export function coachPath(l: Layout, distance: number): Point[] {
  const hoop = { x: courtX(l, distance), y: l.floorY - l.radius };
  return [hoop, ...l.neurons.slice().reverse().map((p) => ({ x: p.x + l.radius * 1.2 * l.dir * (l.portrait ? 0 : 1), y: p.y - (l.portrait ? l.radius * 1.4 : 0) }))];
}

/** The seat the coach has reached at fraction t of the walk (-1 before the first stop). */
export function coachReached(n: number, t: number): number {
  const stops = Math.floor(Math.max(0, Math.min(1, t)) * n + 1e-9);
  return stops === 0 ? -1 : n - stops;
}

/** Points of the shot's arc from the release to where it lands (clipped to the court), at fraction t. */
export function arcPoints(l: Layout, power: number, court: Court, t = 1, steps = 40): Point[] {
  const land = landing(power, court);
  const end = Math.max(-1, Math.min(COURT_METRES + 1, land)) * Math.max(0, Math.min(1, t));
  const pts: Point[] = [];
  for (let k = 0; k <= steps; k++) {
    const x = (end * k) / steps;
    const h = arcHeight(power, x, court);
    pts.push({ x: l.release.x + l.dir * x * l.pxPerMetre, y: l.rimY - h * l.yPerMetre });
  }
  return pts;
}

/**
 * A note's side length for an error signal: its area is proportional to the signal's size against the
 * largest in the line, so a fading signal shrinks to a speck and an exploding one dwarfs the rest.
 */
export function noteSide(signal: number, largest: number, full: number): number {
  const ref = Math.abs(largest);
  if (!(ref > 0) || !Number.isFinite(ref)) return full * 0.1;
  return Math.max(1.5, full * Math.sqrt(Math.min(1, Math.abs(signal) / ref)));
}

/** Brightness of the ball's glow (0..1) for a neuron's output: brighter for a stronger signal. */
export function glow(output: number): number {
  return Math.max(0.15, Math.min(1, Math.abs(output)));
}
