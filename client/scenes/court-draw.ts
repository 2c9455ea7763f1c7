// The court itself: its background on a shared canvas, the floor with its metre marks and the hoop; and
// the Pen every drawing file draws with. Sizes in px are at label scale 1 unless said.
import type * as Phaser from "phaser";
import type { GameView } from "../../shared";
import { COURT_METRES, courtX, type Layout } from "./geometry";
import type { LabelPool } from "./label-pool";
import { PALETTE } from "./palette";
import { t as msg } from "../../shared/i18n";
import { fixed } from "../format";

/** What drawing needs from the scene: its one Graphics (cleared each frame) and its labels (their scale is this frame's). */
export interface Pen {
  g: Phaser.GameObjects.Graphics;
  labels: LabelPool;
}

/** Corner radius of a court on a shared canvas: the same 10 px as `.board-court` in classroom.css, so the court fills its box exactly. */
const BOX_CORNER = 10;

/** Floor marks every metre from the shooter, longer every 5 m so a distance can be counted at a glance. */
const TICK = { width: 2, short: 5, long: 10, every: 5 };

/** The hoop: a rim never under 16 px across, so it stays visible on a small court; a pole just behind it, rising above the rim like a backboard. */
const HOOP = { minRimHalf: 8, rimWidth: 4, poleGap: 4, poleWidth: 4, poleAbove: 30 };

/** The hoop's name under the floor, px at label scale 1. */
const HOOP_LABEL_PX = 13;

/** A label under the floor: this far below it, plus half a line (at scale 1) so its top clears the floor. */
const UNDER_FLOOR = { gap: 8, halfLine: 7 };

/** A court's own background on a shared canvas, so the canvas between courts stays clear. */
export function drawBackdrop(pen: Pen, width: number, height: number): void {
  pen.g.fillStyle(PALETTE.background, 1);
  pen.g.fillRoundedRect(0, 0, width, height, BOX_CORNER);
}

/** The floor with its metre marks, and the hoop at this round's distance. */
export function drawCourt(pen: Pen, l: Layout, view: GameView): void {
  const { g, labels } = pen;
  g.fillStyle(PALETTE.floor, 1);
  g.fillRect(0, l.floorY, l.width, l.height - l.floorY);
  g.fillStyle(PALETTE.dim, 0.6);
  for (let mtr = 1; mtr <= COURT_METRES; mtr++) {
    const x = courtX(l, mtr);
    g.fillRect(x - TICK.width / 2, l.floorY, TICK.width, mtr % TICK.every === 0 ? TICK.long : TICK.short);
  }
  const hx = courtX(l, view.distance);
  const rimHalf = Math.max(HOOP.minRimHalf, view.settings.court.hoopRadius * l.pxPerMetre);
  g.fillStyle(PALETTE.dim, 1);
  g.fillRect(hx + l.dir * (rimHalf + HOOP.poleGap) - HOOP.poleWidth / 2, l.rimY - HOOP.poleAbove, HOOP.poleWidth, l.floorY - l.rimY + HOOP.poleAbove);
  g.lineStyle(HOOP.rimWidth, PALETTE.hoop, 1);
  g.lineBetween(hx - rimHalf, l.rimY, hx + rimHalf, l.rimY);
  labels.show("hoop", hx, l.floorY + UNDER_FLOOR.gap + UNDER_FLOOR.halfLine * labels.scale, msg("solo.court.hoop", { distance: fixed(view.distance, 1) }), HOOP_LABEL_PX, PALETTE.hoop);
}
