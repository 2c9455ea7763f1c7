// The Phaser scene of the court, kept a thin adapter: each frame it finds its place (court-viewport),
// lays the line out (geometry), times the phase (court-timeline) and hands the drawing to court-draw,
// line-draw, shot-draw and story-draw (the rule's own story), with labels from label-pool and sounds said
// once (court-cues); what the frame showed goes to the page as plain data (story-marks).
import * as Phaser from "phaser";
import { lineOf } from "../../shared";
import type { Cue } from "../audio/cues";
import type { SceneModel } from "./court-model";
import { CueOnce } from "./court-cues";
import { drawBackdrop, drawCourt, type Pen } from "./court-draw";
import { CourtTimeline } from "./court-timeline";
import { type Viewport, ViewportFollower } from "./court-viewport";
import { autoTextScale, type Layout, layout, seatAt } from "./geometry";
import { LabelPool } from "./label-pool";
import { drawLine } from "./line-draw";
import { css, PALETTE } from "./palette";
import { drawShot } from "./shot-draw";
import { drawStory, drawUnderLine, wordsUnderMe } from "./story-draw";
import { blankMarks, type CourtMarks } from "./story-marks";

/** The Phaser key of the court scene. */
export const COURT_SCENE = "court";

/**
 * The court: the line of neurons, the ball, the shot's arc, the hoop, and the story of the rule that is
 * running (the coach only under backprop). It draws the game it is given and decides nothing; every
 * number on it comes from the shared engine's view.
 */
export class CourtScene extends Phaser.Scene {
  private model: SceneModel | null = null;
  private pen!: Pen;
  private readonly timeline = new CourtTimeline();
  private readonly cues = new CueOnce((cue) => this.onCue(cue));
  private readonly follower = new ViewportFollower();
  /** Seats whose values were opened by a tap. */
  private readonly opened = new Set<number>();
  private lay: Layout | null = null;
  private drawnOnce = false;
  /** Called for every cue (sounds). */
  onCue: (cue: Cue) => void = () => {};
  /** Called once the first frame with a game on it has been drawn. */
  onFirstFrame: () => void = () => {};
  /** Called with what the court shows whenever that changes (the rule's story, its wires, cards and words). */
  onMarks: (marks: CourtMarks, json: string) => void = () => {};
  private lastMarks = "";
  /** The model and the frame's other inputs (progress, box, label scale, taps) last drawn. */
  private drawnModel: SceneModel | null = null;
  private drawnKey = "";
  /** Taps so far: a tap changes what is drawn without a new model. */
  private tapped = 0;
  /** Whether the last frame had nothing to draw anew (no animation running, nothing changed): the loop may sleep. */
  still = false;
  /** Whether the last frame found the court's box off the page, so drew nothing (CourtStage may sleep). */
  offPage = false;
  /** A label scale fixed from outside (CourtView's `textScale` / `projector`), or null to follow the canvas's size. */
  fixedScale: number | null = null;
  /**
   * Where this court sits on a canvas it shares with other courts (CourtStage), read every frame; null
   * when it is not on the page. Unset (the solo game): the court fills the whole canvas.
   */
  viewport: (() => Viewport | null) | null = null;

  constructor(key = COURT_SCENE) {
    super(key);
  }

  /** Shows a new state of the game (or new preferences). */
  setModel(model: SceneModel): void {
    this.model = model;
  }

  create(): void {
    // A shared canvas's court paints its own rounded background (update), so the canvas between courts stays clear.
    if (!this.viewport) this.cameras.main.setBackgroundColor(css(PALETTE.background));
    this.pen = { g: this.add.graphics(), labels: new LabelPool(this) };
    // On a shared canvas taps come from the court's box instead (CourtStage): the canvas lets them through.
    if (!this.viewport) this.input.on("pointerdown", (p: Phaser.Input.Pointer) => this.tap(p.x, p.y));
  }

  override update(time: number): void {
    const { g, labels } = this.pen;
    const m = this.model;
    const size = this.viewport ? this.follower.place(this.cameras.main, this.viewport()) : { width: this.scale.width, height: this.scale.height };
    const t = m && size ? this.timeline.progress(m.view, time, m) : 0;
    // Nothing moves and nothing changed since the last frame drawn: keep it (a full redraw of a still court
    // was a long task every few frames on a slow tablet, and Lighthouse's blocking time on the home screen).
    const scale = this.fixedScale ?? (size ? autoTextScale(size.width, size.height) : 0);
    const key = m && size ? `${t}|${"x" in size ? `${size.x},${size.y},` : ""}${size.width}x${size.height}|${scale}|${this.tapped}` : "";
    this.still = key !== "" && t === 1 && m === this.drawnModel && key === this.drawnKey;
    if (this.still) return;
    this.drawnModel = m;
    this.drawnKey = key;
    labels.begin();
    g.clear();
    if (!size) {
      // Off the page (a shared canvas's box gone): cleared, then nothing to draw until it is back.
      this.offPage = true;
      return labels.hideUnused();
    }
    this.offPage = false;
    if (this.viewport) drawBackdrop(this.pen, size.width, size.height);
    if (!m) return labels.hideUnused();
    const line = m.view.lines[lineOf(m.view, m.me)];
    labels.scale = scale;
    const l = layout(size.width, size.height, line.neurons.length, m.view.settings.court, labels.scale);
    this.lay = l;
    this.cues.frame(m.view);
    const marks = blankMarks(m.view, line);
    marks.faces = l.neurons.map((p) => ({ x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 }));
    marks.radius = Math.round(l.radius * 10) / 10;
    drawCourt(this.pen, l, m.view);
    drawUnderLine(this.pen, l, m, line, marks);
    drawLine(this.pen, l, m, line, this.opened, wordsUnderMe(m, l, line, t));
    drawShot(this.pen, l, m, line, t, this.cues);
    drawStory(this.pen, l, m, line, t, this.cues, marks);
    marks.words = labels.shownTexts();
    labels.hideUnused();
    const json = JSON.stringify(marks);
    if (json !== this.lastMarks) {
      this.lastMarks = json;
      this.onMarks(marks, json);
    }
    if (!this.drawnOnce) {
      this.drawnOnce = true;
      this.onFirstFrame();
    }
  }

  /** Opens or closes the values of the neuron at (x, y), px from the court's top-left corner. */
  tap(x: number, y: number): void {
    if (!this.lay) return;
    const i = seatAt(this.lay, x, y);
    if (i < 0) return;
    if (this.opened.has(i)) this.opened.delete(i);
    else this.opened.add(i);
    this.tapped++;
  }
}
