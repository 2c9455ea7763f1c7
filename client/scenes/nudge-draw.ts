// Activity difference's story: no coach, no note. The shooter is nudged toward the hoop (to fire a little
// more after a short shot, a little less after a long one); the nudge spreads back down the line through
// the handshakes as a change in firing, a glow passed from neuron to neuron. Each neuron it reaches
// glows with a ring and shows, where the other rules put their note, an arrow: its nudged firing against
// its free firing (up: fired more, down: fired less; its area the size of the change against the largest).
// Its card says what that change works out as: a share of the blame and a direction.
import { drawCard, NOTE, noteCentre } from "./card-draw";
import type { Pen } from "./court-draw";
import { t as msg } from "../../shared/i18n";
import { coachReached, courtX, type Layout, noteSide, type Point } from "./geometry";
import { PALETTE } from "./palette";
import type { StoryFrame } from "./story-frame";

/**
 * The ring sits 0.12 radii outside the face, 2 to 5 px wide. The travelling glow is up to 0.45 radii
 * across (at least a fifth of that), with the word "nudge" (13 px at scale 1) 8 px over it on its way in.
 */
const NUDGE = { ringGap: 0.12, ringMin: 2, ringMax: 5, glow: 0.45, glowMin: 0.2, word: 13, wordGap: 8 };

/** The nudge at progress t (0..1): the glow travelling back from the hoop, and the rings, arrows and cards it has reached. */
export function drawNudge(f: StoryFrame): void {
  const { pen, l, round, distance, shot, cards, t, cues, marks } = f;
  const report = shot.coach;
  if (!report) return;
  const { g, labels } = pen;
  const n = cards.length;
  const r = l.radius;
  const largest = Math.max(...report.signals.map(Math.abs));
  const size = (seat: number) => (largest > 0 ? Math.abs(report.signals[seat]) / largest : 0);
  const reached = coachReached(n, t);
  for (let seat = n - 1; reached >= 0 && seat >= reached; seat--) {
    felt(pen, l, seat, report.signals[seat], largest);
    drawCard(f, cards[seat]);
    marks.nudged.push(seat);
    cues.say(`nudge${round}:${seat}`, { kind: "nudge", seat, size: size(seat) });
  }
  if (t >= 1) return;
  // The glow: in from the hoop to the shooter, then back along the lane (the handshakes) seat by seat.
  const path: Point[] = [{ x: courtX(l, distance), y: l.rimY }, ...l.neurons.slice().reverse()];
  const u = Math.max(0, Math.min(1, t)) * n;
  const step = Math.min(n - 1, Math.floor(u));
  const frac = u - step;
  const a = path[step];
  const b = path[step + 1];
  const at = { x: a.x + (b.x - a.x) * frac, y: a.y + (b.y - a.y) * frac };
  const carrying = step === 0 ? 1 : size(n - step);
  const glowR = r * NUDGE.glow * Math.max(NUDGE.glowMin, Math.sqrt(carrying));
  g.fillStyle(PALETTE.nudge, 0.3);
  g.fillCircle(at.x, at.y, glowR * 1.7);
  g.fillStyle(PALETTE.nudge, 0.95);
  g.fillCircle(at.x, at.y, glowR);
  // Named on its way in from the hoop, in the open court (on the lane the word would sit on the faces).
  const more = report.signals[n - 1] >= 0;
  if (step === 0) labels.show("nudge", at.x, at.y - glowR * 1.7 - NUDGE.wordGap * labels.scale, msg(more ? "solo.court.nudgeMore" : "solo.court.nudgeLess"), NUDGE.word, PALETTE.nudge);
}

/** What `seat` felt: a ring, and in the note's place an arrow (up: fired more, down: fired less) whose area is the change against the largest. */
function felt(pen: Pen, l: Layout, seat: number, change: number, largest: number): void {
  const g = pen.g;
  const p = l.neurons[seat];
  const r = l.radius;
  const more = change >= 0;
  const colour = more ? PALETTE.nudge : PALETTE.dim;
  const share = largest > 0 ? Math.abs(change) / largest : 0;
  const width = NUDGE.ringMin + (NUDGE.ringMax - NUDGE.ringMin) * Math.sqrt(share);
  g.lineStyle(width, colour, 0.9);
  g.strokeCircle(p.x, p.y, r * (1 + NUDGE.ringGap) + width / 2);
  // A triangle of the note's area for this size of change (half a square of √2 its side), pointing the way the firing moved.
  const side = noteSide(change, largest, r * NOTE.full) * Math.SQRT2;
  const c = noteCentre(l, seat);
  g.fillStyle(colour, 1);
  if (more) g.fillTriangle(c.x, c.y - side / 2, c.x - side / 2, c.y + side / 2, c.x + side / 2, c.y + side / 2);
  else g.fillTriangle(c.x, c.y + side / 2, c.x - side / 2, c.y - side / 2, c.x + side / 2, c.y - side / 2);
}
