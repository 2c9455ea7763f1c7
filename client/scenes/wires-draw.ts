// Feedback alignment's story: no coach. The miss is written on a note that reaches the shooter and then
// travels back over separate feedback wires, not the handshakes: dashed arcs over the heads, one per pair
// of neighbours, each as thick as its fixed random strength |B| and coloured (and signed) by its sign.
// The note rides them back, and each neuron's note and card appear as it arrives.
import type { Line } from "../../shared";
import { drawReachedNotes, NOTE, noteCentre } from "./card-draw";
import type { Pen } from "./court-draw";
import { t as msg } from "../../shared/i18n";
import { courtX, curveAt, curvePoints, type Layout, type Point, wireCurve } from "./geometry";
import { PALETTE } from "./palette";
import type { StoryFrame } from "./story-frame";
import type { CourtMarks } from "./story-marks";

/**
 * A wire is 0.12 radii wide per unit of strength (never under 1.5 px), dashed every other one of 24
 * pieces, dimmed to 45% until its note travels; its sign (13 px at scale 1) sits 9 px over its peak.
 * The travelling note is half a head wide.
 */
const WIRE = { perUnit: 0.12, minWidth: 1.5, pieces: 24, dim: 0.45, signSize: 13, signGap: 9, emPerChar: 0.6, note: 0.5, arrow: 0.22 };

/** Every feedback wire of the line: bright once the rule speaks (`lit`), dim before, so the line always shows it has them. */
export function drawWires(pen: Pen, l: Layout, line: Pick<Line, "feedback">, lit: boolean, marks: CourtMarks): void {
  const g = pen.g;
  for (let i = 1; i < l.neurons.length; i++) {
    const strength = line.feedback[i];
    if (strength === undefined) continue;
    const curve = wireCurve(l, i);
    const width = Math.max(WIRE.minWidth, l.radius * WIRE.perUnit * Math.abs(strength));
    const colour = strength >= 0 ? PALETTE.wirePlus : PALETTE.wireMinus;
    const alpha = lit ? 1 : WIRE.dim;
    g.lineStyle(width, colour, alpha);
    const pts = curvePoints(curve, WIRE.pieces);
    for (let k = 0; k < WIRE.pieces; k += 2) g.lineBetween(pts[k].x, pts[k].y, pts[k + 1].x, pts[k + 1].y);
    arrowhead(pen, curveAt(curve, 0.9), curveAt(curve, 1), l.radius * WIRE.arrow + width, colour, alpha);
    const peak = curveAt(curve, 0.5);
    // Each wire's sign over its peak; the first the note takes (from the shooter) is named where the gap
    // between two notes leaves room for the word, so the dashed arcs read as wires.
    const sign = strength >= 0 ? "+" : "−";
    const named = msg("solo.court.wire", { sign });
    const room = l.step - l.radius * NOTE.full;
    const text = i === l.neurons.length - 1 && named.length * WIRE.emPerChar * WIRE.signSize * pen.labels.scale <= room ? named : sign;
    pen.labels.show(`wire${i}`, peak.x, peak.y - WIRE.signGap * pen.labels.scale, text, WIRE.signSize, colour);
    marks.wires.push({ from: i, to: i - 1, strength, width });
  }
}

/** The note's trip at progress t (0..1): from the hoop to the shooter, then over each wire in turn; notes and cards where it has arrived. */
export function drawWireNotes(f: StoryFrame): void {
  const { pen, l, round, distance, shot, cards, t, cues } = f;
  if (!shot.coach) return;
  const n = cards.length;
  drawReachedNotes(f, (seat, _card, size) => cues.say(`wire${round}:${seat}`, { kind: "wire", seat, size }));
  if (t >= 1) return;
  const u = Math.max(0, Math.min(1, t)) * n;
  const step = Math.min(n - 1, Math.floor(u));
  const frac = u - step;
  let at: Point;
  if (step === 0) {
    // The miss reaches the shooter straight from the hoop: the one place the error is known.
    const from = { x: courtX(l, distance), y: l.rimY };
    const to = noteCentre(l, n - 1);
    at = { x: from.x + (to.x - from.x) * frac, y: from.y + (to.y - from.y) * frac };
  } else {
    at = curveAt(wireCurve(l, n - step), frac);
  }
  const side = l.radius * WIRE.note;
  pen.g.fillStyle(PALETTE.note, 1);
  pen.g.fillRect(at.x - side / 2, at.y - side / 2, side, side);
}

/** A filled arrowhead at `tip`, pointing from `back` to `tip`. */
function arrowhead(pen: Pen, back: Point, tip: Point, size: number, colour: number, alpha: number): void {
  const len = Math.hypot(tip.x - back.x, tip.y - back.y) || 1;
  const ux = (tip.x - back.x) / len;
  const uy = (tip.y - back.y) / len;
  pen.g.fillStyle(colour, alpha);
  pen.g.fillTriangle(tip.x, tip.y, tip.x - ux * size - uy * size * 0.6, tip.y - uy * size + ux * size * 0.6, tip.x - ux * size + uy * size * 0.6, tip.y - uy * size - ux * size * 0.6);
}
