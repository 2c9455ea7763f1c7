// The coach's walk back down the line after a miss: over each neuron it has reached, the note handed on
// (its area is the error signal's size) and a card with the share of the blame and the direction; the
// coach figure itself while it walks. Sizes in px are at label scale 1; shapes follow the neuron's radius.
import type { CoachReport, Line } from "../../shared";
import { directionLabel, percent } from "../format";
import type { SceneModel } from "./court-model";
import type { CueOnce } from "./court-cues";
import type { Pen } from "./court-draw";
import { alongPath, coachPath, coachReached, type Layout, noteSide } from "./geometry";
import { PALETTE } from "./palette";

/** The largest note is a little wider than a head (1.3 radii), 6 px above it; its frame sits 2 px outside it in the direction's colour. */
const NOTE = { full: 1.3, gap: 6, frame: 2, frameWidth: 2 };

/**
 * The card above the note: 13 px at scale 1, 6 px over the note plus a line. Rows of the snake must leave
 * room for a note and a two-line card (18 px of gaps plus 32 px of text, scaled) or the card is left out
 * (the panel's cards say it). Its words ("▲ firmer", about 4.8 em) must fit 95% of the gap to the
 * neighbour, else the card keeps only the arrow and shrinks to fit about 2.4 em.
 */
const CARD = { size: 13, gap: 6, line: 16, roomGaps: 18, roomText: 32, fullEm: 4.8, shortEm: 2.4, fill: 0.95 };

/** Card text in lighter tints of the direction colours, readable on the dark court. */
const CARD_TEXT = { firmer: 0x8fc8ff, looser: 0xffb07a };

/** The coach figure: 0.8 of a neuron's radius, a body with rounded corners, a head, a white shirt badge, and its name 13 px above. */
const COACH = { size: 0.8, bodyHalf: 0.7, corner: 6, head: 0.55, headY: 1.4, badgeHalf: 0.5, badgeY: 0.3, badgeHeight: 0.5, labelSize: 13, labelGap: 6 };

/** The coach's walk at progress t (0..1) with its `report` on `line`'s shot: every seat reached so far, and the coach while still walking. */
export function drawCoach(pen: Pen, l: Layout, m: SceneModel, line: Line, report: CoachReport, t: number, cues: CueOnce): void {
  const { g, labels } = pen;
  const s = labels.scale;
  const n = line.neurons.length;
  const reached = coachReached(n, t);
  const largest = Math.max(...report.signals.map(Math.abs));
  for (let seat = n - 1; seat >= Math.max(0, reached) && reached >= 0; seat--) {
    const p = l.neurons[seat];
    const firmer = report.directions[seat] === "firmer";
    const dirColour = firmer ? PALETTE.firmer : PALETTE.looser;
    // The note handed on: its area is the size of the error signal.
    const side = noteSide(report.signals[seat], largest, l.radius * NOTE.full);
    // Above the head: the note (its box is the largest note's size), then the card.
    const full = l.radius * NOTE.full;
    const nx = p.x;
    const ny = p.y - l.radius - NOTE.gap - full / 2;
    g.fillStyle(PALETTE.note, 1);
    g.fillRect(nx - side / 2, ny - side / 2, side, side);
    g.lineStyle(NOTE.frameWidth, dirColour, 1);
    g.strokeRect(nx - side / 2 - NOTE.frame, ny - side / 2 - NOTE.frame, side + 2 * NOTE.frame, side + 2 * NOTE.frame);
    const cardY = ny - full / 2 - CARD.gap - CARD.line * s;
    // Where rows are packed too tightly for a card above the head (a small phone), the panel's cards say it.
    const roomy = l.rows === 1 || l.rowHeight - 2 * l.radius >= l.radius * NOTE.full + CARD.roomGaps + CARD.roomText * s;
    // A card may be as wide as the gap between neighbours: the word goes first, then the size shrinks.
    const fullFits = CARD.size * s * CARD.fullEm <= l.step * CARD.fill;
    const cardSize = fullFits ? CARD.size : Math.min(CARD.size, (l.step * CARD.fill) / CARD.shortEm / s);
    const words = fullFits ? directionLabel(report.directions[seat]) : directionLabel(report.directions[seat]).slice(0, 1);
    if (roomy) labels.show(`card${seat}`, p.x, cardY, `${percent(report.shares[seat])}\n${words}`, cardSize, firmer ? CARD_TEXT.firmer : CARD_TEXT.looser);
    cues.say(`coach${m.view.round}:${seat}`, { kind: "coach", seat, share: report.shares[seat] });
  }
  if (t < 1) {
    const { point } = alongPath(coachPath(l, m.view.distance), t);
    coach(pen, point.x, point.y, l.radius * COACH.size);
  }
}

/** The coach figure standing at (x, y), r its size. */
function coach(pen: Pen, x: number, y: number, r: number): void {
  const g = pen.g;
  g.fillStyle(PALETTE.coach, 1);
  g.fillRoundedRect(x - r * COACH.bodyHalf, y - r, r * 2 * COACH.bodyHalf, r * 2, COACH.corner);
  g.fillCircle(x, y - r * COACH.headY, r * COACH.head);
  g.fillStyle(0xffffff, 1);
  g.fillRect(x - r * COACH.badgeHalf, y - r * COACH.badgeY, r * 2 * COACH.badgeHalf, r * COACH.badgeHeight);
  pen.labels.show("coach", x, y - r * 2 - COACH.labelGap * pen.labels.scale, "coach", COACH.labelSize, PALETTE.coach);
}
