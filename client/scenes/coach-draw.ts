// Backprop's story, and only backprop's: the coach walks from the hoop back down the line over the same
// handshakes the ball came through, stopping beside each neuron (never on it) to hand over a note (its
// area is the error signal's size) and a card (share of the blame and direction). Sizes in px are at
// label scale 1; shapes follow the neuron's radius.
import { drawReachedNotes } from "./card-draw";
import type { Pen } from "./court-draw";
import { t as msg } from "../../shared/i18n";
import { BESIDE, coachPath, type Layout, type Point } from "./geometry";
import { PALETTE } from "./palette";
import type { StoryFrame } from "./story-frame";

/** The coach figure: a body with rounded corners, a head, a white shirt badge; its name 13 px above while it walks in from the hoop. */
const COACH = { bodyHalf: 0.7, corner: 6, head: 0.55, headY: 1.4, badgeHalf: 0.5, badgeY: 0.3, badgeHeight: 0.5, labelSize: 13, labelGap: 6 };

/** Between two stops the coach hops over the head it passes, 0.9 radii up at the middle of the step. */
const HOP = 0.9;

/** Where the coach is at progress t (0..1) of its walk, and on which step (0: from the hoop to the shooter). */
export function coachAt(l: Layout, distance: number, t: number): { point: Point; step: number } {
  const path = coachPath(l, distance);
  const steps = path.length - 1;
  const u = Math.max(0, Math.min(1, t)) * steps;
  const step = Math.min(steps - 1, Math.floor(u));
  const f = u - step;
  const a = path[step];
  const b = path[step + 1];
  const hop = step === 0 ? 0 : Math.sin(Math.PI * f) * l.radius * HOP;
  return { point: { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f - hop }, step };
}

/** The coach's walk at progress t (0..1): a note and a card at every seat reached so far, and the coach while it walks. */
export function drawCoachWalk(f: StoryFrame): void {
  const { pen, l, round, distance, shot, t, cues, marks } = f;
  if (!shot.coach) return;
  drawReachedNotes(f, (seat, card) => cues.say(`coach${round}:${seat}`, { kind: "coach", seat, share: card.share ?? 0 }));
  if (t >= 1) return;
  const { point, step } = coachAt(l, distance, t);
  figure(pen, point.x, point.y, l.radius * BESIDE.size, step === 0);
  marks.coach = true;
  marks.coachAt = { x: Math.round(point.x * 10) / 10, y: Math.round(point.y * 10) / 10 };
}

/** The coach figure standing at (x, y), r its size; its name over it while it walks in from the hoop. */
function figure(pen: Pen, x: number, y: number, r: number, named: boolean): void {
  const g = pen.g;
  g.fillStyle(PALETTE.coach, 1);
  g.fillRoundedRect(x - r * COACH.bodyHalf, y - r, r * 2 * COACH.bodyHalf, r * 2, Math.min(COACH.corner, r * COACH.bodyHalf));
  g.fillCircle(x, y - r * COACH.headY, r * COACH.head);
  g.fillStyle(0xffffff, 1);
  g.fillRect(x - r * COACH.badgeHalf, y - r * COACH.badgeY, r * 2 * COACH.badgeHalf, r * COACH.badgeHeight);
  if (named) pen.labels.show("coach", x, y - r * 2 - COACH.labelGap * pen.labels.scale, msg("solo.court.coach"), COACH.labelSize, PALETTE.coach);
}
