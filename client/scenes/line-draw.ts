// The line of neurons: the passing lane with its chevrons, and each neuron's figure (hands sized by the
// handshake, eyes, seat number), my star and YOU, and the values when shown. Shapes on a neuron are
// fractions of its radius, so they grow with it; label sizes are px at label scale 1.
import * as Phaser from "phaser";
import type { Line } from "../../shared";
import { formatValue } from "../format";
import { t as msg } from "../../shared/i18n";
import type { SceneModel } from "./court-model";
import type { Pen } from "./court-draw";
import { type Layout, passPath, UNDER_FEET } from "./geometry";
import { PALETTE } from "./palette";

/** Base label sizes, px at label scale 1. */
const LABEL_PX = { you: 14, mine: 12, values: 12 };

/** The face's dark details (eyes, seat number) and outlines: dark reads on every face colour. */
const INK = 0x000000;

/**
 * A neuron's figure as fractions of its radius: hands either side a little below centre, whose size is
 * the handshake's firmness (0.15 r times 1 + |weight|, kept between 3 px and 0.45 r), the hand
 * behind smaller; two eyes; the seat number filling the face (never under 11 px, the face is its frame).
 */
const FIGURE = { handX: 0.95, handY: 0.2, handPerWeight: 0.15, handMin: 3, handMax: 0.45, backHand: 0.7, eyeX: 0.3, eyeY: 0.25, eye: 0.1, eyeMin: 1.5, seatY: 0.25, seatSize: 0.6, seatMin: 11 };

/** My neuron gets a bold white ring, the others a faint dark edge: I find myself in a line of the same shapes. */
const OUTLINE = { mine: { width: 4, colour: 0xffffff, alpha: 1 }, others: { width: 2, colour: INK, alpha: 0.4 } };

/**
 * My star on the shoulder (never under 6 px) and the lines under my feet: YOU, the words about my note
 * (about 0.55 em a character, kept 4 px inside the canvas), then the values, each placed by its centre.
 */
const ME = { starAt: 0.95, star: 0.42, starMin: 6, starInner: 0.45, feetGap: UNDER_FEET.gap, youY: 8, youLine: UNDER_FEET.line, valuesY: 15, emPerChar: 0.55, edge: 4 };

/** The passing lane, as wide as most of a face (at least 6 px), with a chevron (at least 4 px) between neighbours who stand far enough apart for one (none where the snake turns down). */
const LANE = { width: 0.7, widthMin: 6, chevron: 0.28, chevronMin: 4, chevronRoom: 2.4, alpha: 0.9 };

/**
 * The lane and every neuron of the line; values show for all with `showValues`, else for the seats opened
 * by a tap. `underMe`: words under YOU (the size of the note that reached me), or null.
 */
export function drawLine(pen: Pen, l: Layout, m: SceneModel, line: Line, opened: ReadonlySet<number>, underMe: string | null = null): void {
  const { g, labels } = pen;
  const r = l.radius;
  const s = labels.scale;
  drawLane(pen, l);
  line.neurons.forEach((n, i) => {
    const p = l.neurons[i];
    const mine = m.me !== null && n.playerId === m.me;
    const colour = mine ? PALETTE.you : PALETTE.bot;
    const hand = Math.max(FIGURE.handMin, Math.min(r * FIGURE.handMax, r * FIGURE.handPerWeight * (1 + Math.abs(n.weight))));
    g.fillStyle(colour, 0.9);
    g.fillCircle(p.x + r * FIGURE.handX, p.y + r * FIGURE.handY, hand);
    g.fillCircle(p.x - r * FIGURE.handX, p.y + r * FIGURE.handY, hand * FIGURE.backHand);
    g.fillStyle(colour, 1);
    g.fillCircle(p.x, p.y, r);
    const edge = mine ? OUTLINE.mine : OUTLINE.others;
    g.lineStyle(edge.width, edge.colour, edge.alpha);
    g.strokeCircle(p.x, p.y, r);
    g.fillStyle(INK, 1);
    g.fillCircle(p.x - r * FIGURE.eyeX, p.y - r * FIGURE.eyeY, Math.max(FIGURE.eyeMin, r * FIGURE.eye));
    g.fillCircle(p.x + r * FIGURE.eyeX, p.y - r * FIGURE.eyeY, Math.max(FIGURE.eyeMin, r * FIGURE.eye));
    // The seat number is not scaled with the other labels: the face is its frame.
    labels.show(`seat${i}`, p.x, p.y + r * FIGURE.seatY, String(i + 1), Math.max(FIGURE.seatMin, r * FIGURE.seatSize), INK, 1);
    // Me: a star on the shoulder and YOU under my feet, clear of the coach's note above the head.
    let below = p.y + r + ME.feetGap;
    if (mine) {
      star(pen, p.x - r * ME.starAt, p.y - r * ME.starAt, Math.max(ME.starMin, r * ME.star));
      labels.show("you", p.x, below + ME.youY * s, msg("solo.court.you"), LABEL_PX.you, PALETTE.you);
      below += ME.youLine * s;
      if (underMe !== null) {
        // Kept inside the canvas: the front of a snake stands at its edge.
        const half = (underMe.length * ME.emPerChar * LABEL_PX.mine * s) / 2;
        labels.show("mine", Math.max(half + ME.edge, Math.min(l.width - half - ME.edge, p.x)), below + ME.youY * s, underMe, LABEL_PX.mine, PALETTE.you);
        below += ME.youLine * s;
      }
    }
    if (m.showValues || opened.has(i)) {
      labels.show(`val${i}`, p.x, below + ME.valuesY * s, msg("solo.court.values", { weight: formatValue(n.weight), bias: formatValue(n.bias) }), LABEL_PX.values, PALETTE.text);
    }
  });
}

/** The passing lane: a band from the ball's entry through every neuron, with chevrons showing the way. */
function drawLane(pen: Pen, l: Layout): void {
  const g = pen.g;
  const path = passPath(l);
  g.lineStyle(Math.max(LANE.widthMin, l.radius * LANE.width), PALETTE.floor, 1);
  g.beginPath();
  g.moveTo(path[0].x, path[0].y);
  for (const p of path) g.lineTo(p.x, p.y);
  g.strokePath();
  g.fillStyle(PALETTE.dim, LANE.alpha);
  const size = Math.max(LANE.chevronMin, l.radius * LANE.chevron);
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1];
    const b = path[i];
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len < l.radius * LANE.chevronRoom) continue;
    // Where the snake turns down there is none: the words under the upper neuron and the lower one's card
    // take that stretch of the lane (the rows' chevrons already show the way).
    if (Math.abs(b.x - a.x) < 1 && i > 1) continue;
    const ux = (b.x - a.x) / len;
    const uy = (b.y - a.y) / len;
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    g.fillTriangle(mx + ux * size, my + uy * size, mx - ux * size - uy * size, my - uy * size + ux * size, mx - ux * size + uy * size, my - uy * size - ux * size);
  }
}

/** A five-pointed star of radius r centred on (x, y), in my colour. */
function star(pen: Pen, x: number, y: number, r: number): void {
  const pts: Phaser.Math.Vector2[] = [];
  for (let k = 0; k < 10; k++) {
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    const rr = k % 2 === 0 ? r : r * ME.starInner;
    pts.push(new Phaser.Math.Vector2(x + rr * Math.cos(a), y + rr * Math.sin(a)));
  }
  pen.g.fillStyle(PALETTE.you, 1);
  pen.g.fillPoints(pts, true);
}
