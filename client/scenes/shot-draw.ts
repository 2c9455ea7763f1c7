// What moves during a shot: the ball passed down the line, the shot's arc, where it lands and the miss
// in words. What the rule does after it is the rule's own story (story-draw.ts). Each moment is
// announced once, for sounds.
import { type Line, storyOf } from "../../shared";
import { formatMiss } from "../format";
import { t as msg } from "../../shared/i18n";
import type { SceneModel } from "./court-model";
import type { CueOnce } from "./court-cues";
import type { Pen } from "./court-draw";
import { alongPath, arcPoints, COURT_METRES, courtX, glow, type Layout, type Point, passPath } from "./geometry";
import { PALETTE } from "./palette";

/** The arc: bright while the ball flies, then kept faintly so the miss and the coach have it to point at. */
const ARC = { width: 3, flying: 0.9, after: 0.35 };

/** The landing mark stays on the canvas: from a metre behind the release to half a metre past the drawn court (farther is "off the court"). */
const LANDING = { min: -1, max: COURT_METRES + 0.5 };

/** The landing mark: a triangle pointing up at the rim's height, 14 px wide, hanging 2 px under it. */
const MARK = { top: 2, bottom: 14, half: 7 };

/**
 * The miss in words, 18 px at scale 1, above the hoop's board (44 px over the rim, plus half a line). Its
 * centre stays 80 px (scaled: about half a label's width) inside the canvas's edge and past the release
 * point, so it never runs off the court nor over the line.
 */
const MISS = { size: 18, half: 80, above: 44, halfLine: 14 };

/** The ball: two halos that grow and brighten with the signal it carries, and a solid core. */
const BALL = { outer: 22, outerAlpha: 0.25, inner: 14, innerAlpha: 0.45, grow: 0.6, core: 8, coreColour: 0xff9d00 };

/** The phase's moving parts at progress t (0..1), announcing each moment once through `cues`. */
export function drawShot(pen: Pen, l: Layout, m: SceneModel, line: Line, t: number, cues: CueOnce): void {
  const shot = line.current;
  const phase = m.view.phase;
  if (!shot) return;
  const court = m.view.settings.court;
  if (phase === "pass") {
    const { point, segment } = alongPath(passPath(l), t);
    const strength = segment === 0 ? shot.inputs[0] : shot.outputs[segment - 1];
    ball(pen, point.x, point.y, glow(strength));
    cues.say(`pass${m.view.round}:${segment}`, { kind: "pass", seat: segment, strength });
    return;
  }
  const arcT = phase === "shot" ? t : 1;
  const pts = arcPoints(l, shot.power, court, arcT);
  const g = pen.g;
  g.lineStyle(ARC.width, PALETTE.ball, phase === "shot" ? ARC.flying : ARC.after);
  g.beginPath();
  g.moveTo(pts[0].x, pts[0].y);
  for (const p of pts) g.lineTo(p.x, p.y);
  g.strokePath();
  const tip = pts[pts.length - 1];
  if (phase === "shot") cues.say(`shoot${m.view.round}`, { kind: "shoot" });
  if (arcT < 1) {
    ball(pen, tip.x, tip.y, glow(shot.power));
    return;
  }
  cues.say(`land${m.view.round}`, { kind: "land", hit: shot.hit });
  // Where it landed, and by how much it missed.
  const lx = courtX(l, Math.max(LANDING.min, Math.min(LANDING.max, shot.landing)));
  g.fillStyle(shot.hit ? PALETTE.coach : PALETTE.ball, 1);
  g.fillTriangle(lx, l.rimY + MARK.top, lx - MARK.half, l.rimY + MARK.bottom, lx + MARK.half, l.rimY + MARK.bottom);
  const missed = shot.landing > LANDING.max ? msg("solo.court.offCourt", { miss: formatMiss(shot.miss, shot.hit) }) : formatMiss(shot.miss, shot.hit);
  // A rule that shoots twice (trial and error) tells its shots apart once the second one is in the air.
  const text = storyOf(line.rule).secondShot && (phase === "coach" || phase === "adjust") ? msg("solo.court.firstShot", { miss: missed }) : missed;
  // The miss in words above the hoop's board, clear of the line and the shooter.
  const at = missAt(l, m.view.distance, pen.labels.scale);
  pen.labels.show("miss", at.x, at.y, text, MISS.size, shot.hit ? PALETTE.coach : PALETTE.ball);
}

/** Where the miss in words is centred (px): above the hoop's board, its centre kept inside the canvas and past the release point. */
export function missAt(l: Layout, distance: number, scale: number): Point {
  const half = MISS.half * scale;
  return { x: Math.max(l.release.x + half, Math.min(l.width - half, courtX(l, distance))), y: l.rimY - MISS.above - MISS.halfLine * scale };
}

/** The miss label's size, px at scale 1 (a label under it leaves this much room). */
export const MISS_SIZE = MISS.size;

/** The ball at (x, y), glowing with `strength` (0..1). */
export function ball(pen: Pen, x: number, y: number, strength: number): void {
  const g = pen.g;
  g.fillStyle(PALETTE.ball, BALL.outerAlpha * strength);
  g.fillCircle(x, y, BALL.outer * (BALL.grow + strength));
  g.fillStyle(PALETTE.ball, BALL.innerAlpha * strength);
  g.fillCircle(x, y, BALL.inner * (BALL.grow + strength));
  g.fillStyle(BALL.coreColour, 1);
  g.fillCircle(x, y, BALL.core);
}
