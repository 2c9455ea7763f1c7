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
  /** Which way the court runs from the shooter: always +1 (to the right) since the line became one snake. */
  dir: 1 | -1;
  /** Horizontal and vertical px per metre. */
  pxPerMetre: number;
  yPerMetre: number;
  /** The ball's release point above the shooter. */
  release: Point;
  /** Taller than wide (more or less): the line's block takes half the width instead of 42%. */
  portrait: boolean;
  /** Rows of the line's snake (1: one row on the floor). */
  rows: number;
  /** Vertical distance between two rows of the snake, px (the row's height). */
  rowHeight: number;
  /** Horizontal distance between two neighbours in a row, px (how wide a label over a neuron may be). */
  step: number;
}

/** Metres of court drawn beyond the shooter (the farthest hoop is 9 m; long shots fly off the edge). */
export const COURT_METRES = 11;

/**
 * Largest neuron radius, px (times the text scale's square root, so projector labels still fit); on a
 * wide court also at most a tenth of its height. Big enough that a tablet's or laptop's sky holds the
 * line instead of standing empty.
 */
const MAX_RADIUS = 56;
/** On a wide court a neuron's radius is at most this share of the court's height. */
const WIDE_RADIUS = 0.1;
/**
 * A single row is kept while its neurons are at least this big: 20 px, or a twentieth of the court's
 * height on a taller court (a tablet's or laptop's sky then holds a snake of bigger neurons), times the
 * label scale.
 */
const ROW_IS_FINE = { px: 20, ofHeight: 0.05 };

/** Radius of n neurons in `rows` rows inside a block `blockW` wide and `blockH` high. */
function radiusFor(n: number, rows: number, blockW: number, blockH: number, cap: number): number {
  const perRow = Math.ceil(n / rows);
  const step = blockW / perRow;
  const rowH = blockH / rows;
  return Math.min(step * 0.38, rows === 1 ? cap : rowH * 0.2, cap);
}

/**
 * Lays out a line of n neurons as ONE line that flows to the shooter. The shooter stands on the floor at
 * the right end of the line's block and shoots right, across the court. When one row would make the
 * neurons too small (a phone, a tablet's tall court beside the panel, a long line), the line becomes a
 * snake of rows stacked above the floor: rows alternate direction and each turns down into the next at
 * the same column, so the ball's path never jumps. `textScale` leaves room for bigger labels.
 */
export function layout(width: number, height: number, n: number, court: Court, textScale = 1): Layout {
  const portrait = width / height < 1.15;
  const margin = Math.max(12, Math.min(width, height) * 0.04);
  // Room under the floor row for handshake labels and the hoop's name.
  const floorY = height - Math.max(height * (portrait ? 0.1 : 0.14), 14 + 26 * textScale);
  const blockW = width * (portrait ? 0.5 : 0.42) - margin;
  const top = margin + 24 * textScale;
  const blockH = floorY - top;
  const cap = Math.min(MAX_RADIUS * Math.sqrt(textScale), portrait ? Infinity : height * WIDE_RADIUS);
  const options = [1, 2, 3, 4].filter((r) => r <= n).map((rows) => ({ rows, radius: Math.max(8, radiusFor(n, rows, blockW, blockH, cap)) }));
  const best = Math.max(...options.map((o) => o.radius));
  // Fewest rows that are nearly as good: a single row reads best, a snake only when it must.
  const fine = Math.max(ROW_IS_FINE.px, height * ROW_IS_FINE.ofHeight) * textScale;
  const pick = options.find((o) => o.radius >= Math.min(fine, best * 0.8)) ?? options[0];
  const { rows, radius } = pick;
  const perRow = Math.ceil(n / rows);
  const step = blockW / perRow;
  const rowHeight = rows === 1 ? 0 : Math.min(blockH / rows, radius * 7 + 20 * textScale);
  // Walk back from the shooter (floor row, rightmost column, flowing right) so a short row ends up on top.
  const neurons: Point[] = new Array<Point>(n);
  for (let j = 0; j < n; j++) {
    const fromFloor = Math.floor(j / perRow);
    const k = j % perRow;
    const rightwards = fromFloor % 2 === 0;
    const col = rightwards ? perRow - 1 - k : k;
    neurons[n - 1 - j] = { x: margin + step * (col + 0.5), y: floorY - radius - fromFloor * rowHeight };
  }
  const shooter = neurons[n - 1];
  const dir = 1;
  const courtPx = width - margin - shooter.x - radius;
  const pxPerMetre = courtPx / COURT_METRES;
  const rimY = floorY - radius * 2.6;
  // Keep the highest arc (about 5 m above the rim) on screen. A tall court's narrow floor would flatten
  // the arc to a wiggle, so there the height may be drawn up to twice the width's scale.
  const yPerMetre = Math.min(pxPerMetre * (portrait ? 2 : 1), (rimY - height * 0.06) / 5.2);
  const release = { x: shooter.x + radius, y: rimY - court.releaseAboveRim * yPerMetre };
  // The ball comes in along the first row's direction, from just outside it.
  const first = neurons[0];
  const firstRightwards = (Math.floor((n - 1) / perRow) % 2) === 0;
  const entry = rows === 1 ? { x: 0, y: first.y } : { x: Math.max(0, Math.min(width, first.x + (firstRightwards ? -step : step))), y: first.y };
  return { width, height, neurons, radius, entry, rimY, floorY, dir, pxPerMetre, yPerMetre, release, portrait, rows, rowHeight, step };
}

/** Label scale for a court of this size when none is given: 1 up to a 650 px short side, then growing to 1.8. */
export function autoTextScale(width: number, height: number): number {
  return Math.max(1, Math.min(1.8, Math.min(width, height) / 650));
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

/**
 * Where the coach stands at each neuron: beside it, not on it. It stands in the gap on the side it came
 * from (towards the shooter; at a turn of the snake, towards its other neighbour in the row), between
 * the notes above the heads and above the hands: 1.3 radii out, its feet 0.6 radii above the centre
 * (so its body, 0.6 radii either side of its middle, clears both faces beside it).
 */
export const BESIDE = { out: 1.3, feet: 0.6, size: 0.6 };

/** The coach's stop beside each neuron, first to last. */
export function besideStops(l: Layout): Point[] {
  const n = l.neurons.length;
  return l.neurons.map((p, i) => {
    const next = l.neurons[i + 1];
    const prev = l.neurons[i - 1];
    let side = 1;
    if (next && Math.abs(next.x - p.x) > 1) side = Math.sign(next.x - p.x);
    else if (next && prev) side = Math.sign(prev.x - p.x) || 1;
    else if (i === n - 1) side = l.dir;
    // Its centre: the body (BESIDE.size radii tall either side of it) ends BESIDE.feet radii above the neuron's centre.
    return { x: p.x + side * l.radius * BESIDE.out, y: p.y - l.radius * (BESIDE.feet + BESIDE.size) };
  });
}

/** The coach's path: from the hoop back to a stop beside every neuron, last to first. */
export function coachPath(l: Layout, distance: number): Point[] {
  const hoop = { x: courtX(l, distance), y: l.floorY - l.radius };
  return [hoop, ...besideStops(l).reverse()];
}

/** A quadratic curve from `from` to `to` bent towards `ctrl`. */
export interface Curve {
  from: Point;
  ctrl: Point;
  to: Point;
}

/** The point at t (0..1) along a curve. */
export function curveAt(c: Curve, t: number): Point {
  const u = 1 - t;
  return { x: u * u * c.from.x + 2 * u * t * c.ctrl.x + t * t * c.to.x, y: u * u * c.from.y + 2 * u * t * c.ctrl.y + t * t * c.to.y };
}

/** Points along a curve, `steps` segments, from t = 0 to `upTo`. */
export function curvePoints(c: Curve, steps = 16, upTo = 1): Point[] {
  return Array.from({ length: steps + 1 }, (_, k) => curveAt(c, (k / steps) * upTo));
}

/**
 * A wire leaves 0.7 radii out and up from a neuron's centre (its shoulder) and peaks 1.2 radii over the
 * heads; at a turn it bulges out sideways, 1.6 radii at most, 1.1 at least (clear of the faces), and 3 px
 * inside the canvas where it can.
 */
const WIRE = { shoulder: 0.7, over: 1.2, bulge: 1.6, minBulge: 1.1, edge: 3 };

/**
 * The feedback wire that carries the note from neuron i back to neuron i - 1 (i >= 1): an arc from
 * shoulder to shoulder, rising over the gap between them well above the handshake's lane (1.2 radii over
 * the heads), so it reads as a separate wire. Where the snake turns (neighbours one above the other) it
 * bulges out sideways instead, away from the line's block.
 */
export function wireCurve(l: Layout, i: number): Curve {
  const a = l.neurons[i];
  const b = l.neurons[i - 1];
  const r = l.radius;
  if (Math.abs(a.x - b.x) > 1) {
    const toward = Math.sign(b.x - a.x);
    const from = { x: a.x + toward * r * WIRE.shoulder, y: a.y - r * WIRE.shoulder };
    const to = { x: b.x - toward * r * WIRE.shoulder, y: b.y - r * WIRE.shoulder };
    // A quadratic's peak is half way from its ends to its control point.
    const peak = Math.min(a.y, b.y) - r - r * WIRE.over;
    return { from, ctrl: { x: (from.x + to.x) / 2, y: 2 * peak - (from.y + to.y) / 2 }, to };
  }
  const centre = l.neurons.reduce((s, p) => s + p.x, 0) / l.neurons.length;
  const out = a.x >= centre ? 1 : -1;
  const toward = Math.sign(b.y - a.y);
  const from = { x: a.x + out * r * WIRE.shoulder, y: a.y + toward * r * WIRE.shoulder };
  const to = { x: b.x + out * r * WIRE.shoulder, y: b.y - toward * r * WIRE.shoulder };
  // Its farthest point is half way from its ends to the control point: at most `bulge` radii out, and
  // never past the canvas's edge (the front of a snake stands close to it).
  const edge = out > 0 ? l.width - a.x : a.x;
  const farthest = Math.max(r * WIRE.minBulge, Math.min(r * WIRE.bulge, edge - WIRE.edge));
  const ctrlOut = 2 * farthest - r * WIRE.shoulder;
  return { from, ctrl: { x: a.x + out * ctrlOut, y: (a.y + b.y) / 2 }, to };
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

/** Words under a neuron's feet (YOU, the size of my note): 2 px under the face, then 17 px a line at label scale 1. */
export const UNDER_FEET = { gap: 2, line: 17 };

/** The neuron standing right above `seat` in the row over it (same column), or -1 (the top row, or a single row). */
export function neuronAbove(l: Layout, seat: number): number {
  const p = l.neurons[seat];
  let best = -1;
  l.neurons.forEach((q, i) => {
    if (Math.abs(q.x - p.x) < 1 && q.y < p.y - 1 && (best < 0 || q.y > l.neurons[best].y)) best = i;
  });
  return best;
}

/** Brightness of the ball's glow (0..1) for a neuron's output: brighter for a stronger signal. */
export function glow(output: number): number {
  return Math.max(0.15, Math.min(1, Math.abs(output)));
}

/** A tap opens a neuron within 1.3 radii of its centre, and never a target under 24 px (a fingertip). */
const TAP = { reach: 1.3, minPx: 24 };

/** The seat whose neuron is at (x, y), px from the court's top-left corner, or -1 for none. */
export function seatAt(l: Layout, x: number, y: number): number {
  return l.neurons.findIndex((p) => Math.hypot(p.x - x, p.y - y) < Math.max(TAP.minPx, l.radius * TAP.reach));
}
