// Trial and error's story: nobody walks back and nobody is told anything. Every neuron wiggles its
// handshake a little at random (its card says which way), the line shoots a second time at the same hoop
// (a ghost arc, dashed), and one verdict reaches everyone at once: closer, so everyone keeps their wiggle,
// or farther, so everyone goes the other way instead.
import type { SecondShot } from "../../shared";
import { formatMiss } from "../format";
import { t as msg } from "../../shared/i18n";
import { drawCard } from "./card-draw";
import { arcPoints, COURT_METRES, courtX } from "./geometry";
import { PALETTE } from "./palette";
import { ball, missAt, MISS_SIZE } from "./shot-draw";
import type { StoryFrame } from "./story-frame";

/**
 * The phase in three parts: the wiggle until 30% of it, the second shot until 75%, then the verdict.
 * Wiggle marks stand 1.25 radii either side of a face, half a face tall, swaying 0.12 radii; the ghost
 * arc is 2 px, dashed, at 80%; its landing mark a hollow triangle; the verdict (two lines of 14 px at
 * scale 1) sits 4 px over the miss.
 */
const WIGGLE = { until: 0.3, shotUntil: 0.75, out: 1.25, tall: 0.5, sway: 0.12, swings: 9, arc: 2, arcAlpha: 0.8, verdict: 14, verdictGap: 4, mark: 7 };

/** The wiggle, the second shot and the verdict at progress t (0..1). */
export function drawWiggle(f: StoryFrame, second: SecondShot | null): void {
  const { pen, l, round, distance, court, cards, t, cues, marks } = f;
  const { g, labels } = pen;
  const r = l.radius;
  cues.say(`wiggle${round}`, { kind: "wiggle" });
  // Everyone wiggles: sway marks either side, while the wiggle lasts.
  if (t < WIGGLE.until) {
    const sway = Math.sin((t / WIGGLE.until) * Math.PI * WIGGLE.swings) * r * WIGGLE.sway;
    g.lineStyle(2, PALETTE.dim, 0.9);
    for (const p of l.neurons) {
      for (const side of [-1, 1]) {
        const x = p.x + side * r * WIGGLE.out + sway;
        g.lineBetween(x, p.y - r * WIGGLE.tall, x, p.y + r * WIGGLE.tall);
      }
    }
  }
  const verdict = t >= WIGGLE.shotUntil;
  // Each card says which way its neuron wiggled; the verdict joins it once the second shot is down.
  for (const card of cards) drawCard(f, verdict ? card : { ...card, change: "…" }, PALETTE.text);
  if (!second || t < WIGGLE.until) return;
  cues.say(`retry${round}`, { kind: "retry" });
  const flown = Math.min(1, (t - WIGGLE.until) / (WIGGLE.shotUntil - WIGGLE.until));
  const pts = arcPoints(l, second.shot.pass.power, court, flown);
  g.lineStyle(WIGGLE.arc, PALETTE.ghost, WIGGLE.arcAlpha);
  for (let k = 0; k + 1 < pts.length; k += 2) g.lineBetween(pts[k].x, pts[k].y, pts[k + 1].x, pts[k + 1].y);
  const tip = pts[pts.length - 1];
  if (flown < 1) {
    ball(pen, tip.x, tip.y, 0.4);
    return;
  }
  // Where the second shot landed: a hollow mark, and the verdict under the miss.
  const lx = courtX(l, Math.max(-1, Math.min(COURT_METRES + 0.5, second.shot.landing)));
  g.lineStyle(2, PALETTE.ghost, 1);
  g.strokeTriangle(lx, l.rimY + 2, lx - WIGGLE.mark, l.rimY + 2 * WIGGLE.mark, lx + WIGGLE.mark, l.rimY + 2 * WIGGLE.mark);
  const at = missAt(l, distance, labels.scale);
  const words = `${msg("solo.court.secondShot", { miss: formatMiss(second.shot.miss, second.shot.hit) })}\n${msg(second.kept ? "solo.court.keep" : "solo.court.turn")}`;
  // Over the miss, in the sky: under it stand the hoop's pole and both landing marks.
  labels.show("verdict", at.x, at.y - (MISS_SIZE / 2 + WIGGLE.verdictGap + WIGGLE.verdict * 1.2) * labels.scale, words, WIGGLE.verdict, second.kept ? PALETTE.wirePlus : PALETTE.looser);
  marks.second = { landing: second.shot.landing, kept: second.kept };
  cues.say(`verdict${round}`, { kind: "verdict", kept: second.kept });
}
