import * as Phaser from "phaser";
import { ANIMATION_SECONDS, type GameView, type Line } from "../../shared";
import { directionLabel, formatMiss, formatValue, percent } from "../ui/format";
import { alongPath, arcPoints, autoTextScale, coachPath, coachReached, courtX, glow, type Layout, layout, noteSide, passPath } from "./geometry";
import { css, PALETTE } from "./palette";

/** Moments the scene announces, for sounds. */
export type Cue = { kind: "pass"; seat: number; strength: number } | { kind: "shoot" } | { kind: "land"; hit: boolean } | { kind: "coach"; seat: number; share: number };

/** What the scene shows: set from outside whenever the game or a preference changes. */
export interface SceneModel {
  view: GameView;
  me: string | null;
  /** Animations run this many times faster. */
  speed: number;
  /** Jump every animation to its end. */
  reducedMotion: boolean;
  /** Show every neuron's handshake and excitability. */
  showValues: boolean;
}

/** The Phaser key of the court scene. */
export const COURT_SCENE = "court";

/** A court's place on the game's canvas, CSS px from its top-left corner. */
export interface Viewport {
  x: number;
  y: number;
  width: number;
  height: number;
}

const ANIMATED = new Set(["pass", "shot", "coach", "aim"]);

/**
 * The court: the line of neurons, the ball, the shot's arc, the hoop and the coach. It draws the game
 * it is given and decides nothing; every number on it comes from the shared engine's view.
 */
export class CourtScene extends Phaser.Scene {
  private model: SceneModel | null = null;
  private gfx!: Phaser.GameObjects.Graphics;
  private texts = new Map<string, Phaser.GameObjects.Text>();
  private used = new Set<string>();
  private phaseKey = "";
  private phaseStart = 0;
  private lastCue = "";
  /** Seats whose values were opened by a tap. */
  private opened = new Set<number>();
  private lay: Layout | null = null;
  /** Called for every cue (sounds). */
  onCue: (cue: Cue) => void = () => {};
  /** Called once the first frame with a game on it has been drawn. */
  onFirstFrame: () => void = () => {};
  private drawnOnce = false;
  /** A label scale fixed from outside (CourtView's `textScale` / `projector`), or null to follow the canvas's size. */
  fixedScale: number | null = null;
  /** The label scale drawn with this frame. */
  private textScale = 1;
  /**
   * Where this court sits on a canvas it shares with other courts (CourtStage), read every frame; null
   * when it is not on the page. Unset (the solo game): the court fills the whole canvas.
   */
  viewport: (() => Viewport | null) | null = null;
  private lastViewport = "";

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
    this.gfx = this.add.graphics();
    // On a shared canvas taps come from the court's box instead (CourtStage): the canvas lets them through.
    if (!this.viewport) this.input.on("pointerdown", (p: Phaser.Input.Pointer) => this.tap(p.x, p.y));
  }

  override update(time: number): void {
    const m = this.model;
    this.used.clear();
    this.gfx.clear();
    const size = this.place();
    if (!size) return this.hideUnused();
    if (this.viewport) {
      this.gfx.fillStyle(PALETTE.background, 1);
      this.gfx.fillRoundedRect(0, 0, size.width, size.height, 10);
    }
    if (!m) return this.hideUnused();
    const line = m.view.lines[(m.me && m.view.players[m.me]?.line) || 0];
    this.textScale = this.fixedScale ?? autoTextScale(size.width, size.height);
    const l = layout(size.width, size.height, line.neurons.length, m.view.settings.court, this.textScale);
    this.lay = l;
    const key = `${m.view.round}:${m.view.phase}`;
    if (key !== this.phaseKey) {
      this.phaseKey = key;
      this.phaseStart = time;
    }
    const seconds = ANIMATED.has(m.view.phase) ? ANIMATION_SECONDS[m.view.phase as keyof typeof ANIMATION_SECONDS] : 0;
    const t = m.reducedMotion || seconds === 0 ? 1 : Math.min(1, (time - this.phaseStart) / ((seconds * 1000) / m.speed));
    this.drawCourt(l, m.view);
    this.drawLine(l, m, line);
    this.drawPhase(l, m, line, t);
    this.hideUnused();
    if (!this.drawnOnce) {
      this.drawnOnce = true;
      this.onFirstFrame();
    }
  }

  /** The size to lay the court out in: the whole canvas, or this court's viewport (moved there first); null: not shown. */
  private place(): { width: number; height: number } | null {
    if (!this.viewport) return { width: this.scale.width, height: this.scale.height };
    const cam = this.cameras.main;
    const v = this.viewport();
    if (!v || v.width < 1 || v.height < 1) {
      cam.setVisible(false);
      return null;
    }
    const key = `${v.x},${v.y},${v.width},${v.height}`;
    if (key !== this.lastViewport) {
      this.lastViewport = key;
      cam.setViewport(v.x, v.y, v.width, v.height);
    }
    cam.setVisible(true);
    return v;
  }

  private drawCourt(l: Layout, view: GameView): void {
    const g = this.gfx;
    g.fillStyle(PALETTE.floor, 1);
    g.fillRect(0, l.floorY, l.width, l.height - l.floorY);
    // Metre marks along the floor, every 1 m from the shooter.
    g.fillStyle(PALETTE.dim, 0.6);
    for (let mtr = 1; mtr <= 11; mtr++) {
      const x = courtX(l, mtr);
      g.fillRect(x - 1, l.floorY, 2, mtr % 5 === 0 ? 10 : 5);
    }
    // The hoop: a pole, a board and the rim, at the hoop's distance.
    const hx = courtX(l, view.distance);
    const rimHalf = Math.max(8, view.settings.court.hoopRadius * l.pxPerMetre);
    g.fillStyle(PALETTE.dim, 1);
    g.fillRect(hx + l.dir * (rimHalf + 4) - 2, l.rimY - 30, 4, l.floorY - l.rimY + 30);
    g.lineStyle(4, PALETTE.hoop, 1);
    g.lineBetween(hx - rimHalf, l.rimY, hx + rimHalf, l.rimY);
    this.label("hoop", hx, l.floorY + 8 + 7 * this.textScale, `hoop ${view.distance.toFixed(1)} m`, 13, PALETTE.hoop);
  }

  private drawLine(l: Layout, m: SceneModel, line: Line): void {
    const g = this.gfx;
    const r = l.radius;
    this.drawLane(l);
    line.neurons.forEach((n, i) => {
      const p = l.neurons[i];
      const mine = m.me !== null && n.playerId === m.me;
      const colour = mine ? PALETTE.you : PALETTE.bot;
      // Hands: their size shows the handshake's firmness.
      const hand = Math.max(3, Math.min(r * 0.45, r * 0.15 * (1 + Math.abs(n.weight))));
      g.fillStyle(colour, 0.9);
      g.fillCircle(p.x + r * 0.95, p.y + r * 0.2, hand);
      g.fillCircle(p.x - r * 0.95, p.y + r * 0.2, hand * 0.7);
      g.fillStyle(colour, 1);
      g.fillCircle(p.x, p.y, r);
      g.lineStyle(mine ? 4 : 2, mine ? 0xffffff : 0x000000, mine ? 1 : 0.4);
      g.strokeCircle(p.x, p.y, r);
      // Eyes.
      g.fillStyle(0x000000, 1);
      g.fillCircle(p.x - r * 0.3, p.y - r * 0.25, Math.max(1.5, r * 0.1));
      g.fillCircle(p.x + r * 0.3, p.y - r * 0.25, Math.max(1.5, r * 0.1));
      // The seat number fills the face; it is not scaled with the other labels, the face is its frame.
      this.label(`seat${i}`, p.x, p.y + r * 0.25, String(i + 1), Math.max(11, r * 0.6), 0x000000, 1);
      // Me: a star on the shoulder and YOU under my feet, clear of the coach's note above the head.
      let below = p.y + r + 2;
      if (mine) {
        this.star(p.x - r * 0.95, p.y - r * 0.95, Math.max(6, r * 0.42));
        this.label("you", p.x, below + 8 * this.textScale, "YOU", 14, PALETTE.you);
        below += 17 * this.textScale;
      }
      if (m.showValues || this.opened.has(i)) {
        this.label(`val${i}`, p.x, below + 15 * this.textScale, `w ${formatValue(n.weight)}\nb ${formatValue(n.bias)}`, 12, PALETTE.text);
      }
    });
  }

  private drawPhase(l: Layout, m: SceneModel, line: Line, t: number): void {
    const shot = line.current;
    const phase = m.view.phase;
    if (!shot) return;
    const court = m.view.settings.court;
    if (phase === "pass") {
      const path = passPath(l);
      const { point, segment } = alongPath(path, t);
      const strength = segment === 0 ? shot.inputs[0] : shot.outputs[segment - 1];
      this.ball(point.x, point.y, glow(strength));
      this.cue(`pass${m.view.round}:${segment}`, { kind: "pass", seat: segment, strength });
      return;
    }
    const arcT = phase === "shot" ? t : 1;
    const pts = arcPoints(l, shot.power, court, arcT);
    const g = this.gfx;
    g.lineStyle(3, PALETTE.ball, phase === "shot" ? 0.9 : 0.35);
    g.beginPath();
    g.moveTo(pts[0].x, pts[0].y);
    for (const p of pts) g.lineTo(p.x, p.y);
    g.strokePath();
    const tip = pts[pts.length - 1];
    if (phase === "shot") this.cue(`shoot${m.view.round}`, { kind: "shoot" });
    if (arcT < 1) {
      this.ball(tip.x, tip.y, glow(shot.power));
      return;
    }
    this.cue(`land${m.view.round}`, { kind: "land", hit: shot.hit });
    // Where it landed, and by how much it missed.
    const lx = courtX(l, Math.max(-1, Math.min(11.5, shot.landing)));
    g.fillStyle(shot.hit ? PALETTE.coach : PALETTE.ball, 1);
    g.fillTriangle(lx, l.rimY + 2, lx - 7, l.rimY + 14, lx + 7, l.rimY + 14);
    const text = shot.landing > 11.5 ? `${formatMiss(shot.miss, shot.hit)} (off the court)` : formatMiss(shot.miss, shot.hit);
    // The miss in words above the hoop's board, clear of the line and the shooter.
    const half = 80 * this.textScale;
    const hoopX = courtX(l, m.view.distance);
    this.label("miss", Math.max(l.release.x + half, Math.min(l.width - half, hoopX)), l.rimY - 44 - 14 * this.textScale, text, 18, shot.hit ? PALETTE.coach : PALETTE.ball);
    if ((phase === "coach" || phase === "adjust") && shot.coach) this.drawCoach(l, m, line, phase === "coach" ? t : 1);
  }

  private drawCoach(l: Layout, m: SceneModel, line: Line, t: number): void {
    const report = line.current!.coach!;
    const g = this.gfx;
    const n = line.neurons.length;
    const reached = coachReached(n, t);
    const largest = Math.max(...report.signals.map(Math.abs));
    for (let seat = n - 1; seat >= Math.max(0, reached) && reached >= 0; seat--) {
      const p = l.neurons[seat];
      const dirColour = report.directions[seat] === "firmer" ? PALETTE.firmer : PALETTE.looser;
      // The note handed on: its area is the size of the error signal.
      const side = noteSide(report.signals[seat], largest, l.radius * 1.3);
      // Above the head: the note (its box is the largest note's size), then the card.
      const full = l.radius * 1.3;
      const nx = p.x;
      const ny = p.y - l.radius - 6 - full / 2;
      g.fillStyle(PALETTE.note, 1);
      g.fillRect(nx - side / 2, ny - side / 2, side, side);
      g.lineStyle(2, dirColour, 1);
      g.strokeRect(nx - side / 2 - 2, ny - side / 2 - 2, side + 4, side + 4);
      const cardY = ny - full / 2 - 6 - 16 * this.textScale;
      // Where rows are packed too tightly for a card above the head (a small phone), the panel's cards say it.
      const roomy = l.rows === 1 || l.rowHeight - 2 * l.radius >= l.radius * 1.3 + 18 + 32 * this.textScale;
      // A card may be as wide as the gap between neighbours: the word goes first, then the size shrinks.
      const fullFits = 13 * this.textScale * 4.8 <= l.step * 0.95;
      const cardSize = fullFits ? 13 : Math.min(13, (l.step * 0.95) / 2.4 / this.textScale);
      const words = fullFits ? directionLabel(report.directions[seat]) : directionLabel(report.directions[seat]).slice(0, 1);
      if (roomy) this.label(`card${seat}`, p.x, cardY, `${percent(report.shares[seat])}\n${words}`, cardSize, dirColour === PALETTE.firmer ? 0x8fc8ff : 0xffb07a);
      this.cue(`coach${m.view.round}:${seat}`, { kind: "coach", seat, share: report.shares[seat] });
    }
    if (t < 1) {
      const { point } = alongPath(coachPath(l, m.view.distance), t);
      this.coach(point.x, point.y, l.radius * 0.8);
    }
  }

  /** The passing lane: a band from the ball's entry through every neuron, with chevrons showing the way. */
  private drawLane(l: Layout): void {
    const g = this.gfx;
    const path = passPath(l);
    g.lineStyle(Math.max(6, l.radius * 0.7), PALETTE.floor, 1);
    g.beginPath();
    g.moveTo(path[0].x, path[0].y);
    for (const p of path) g.lineTo(p.x, p.y);
    g.strokePath();
    g.fillStyle(PALETTE.dim, 0.9);
    const size = Math.max(4, l.radius * 0.28);
    for (let i = 1; i < path.length; i++) {
      const a = path[i - 1];
      const b = path[i];
      const len = Math.hypot(b.x - a.x, b.y - a.y);
      if (len < l.radius * 2.4) continue;
      const ux = (b.x - a.x) / len;
      const uy = (b.y - a.y) / len;
      const mx = (a.x + b.x) / 2;
      const my = (a.y + b.y) / 2;
      g.fillTriangle(mx + ux * size, my + uy * size, mx - ux * size - uy * size, my - uy * size + ux * size, mx - ux * size + uy * size, my - uy * size - ux * size);
    }
  }

  private ball(x: number, y: number, strength: number): void {
    const g = this.gfx;
    g.fillStyle(PALETTE.ball, 0.25 * strength);
    g.fillCircle(x, y, 22 * (0.6 + strength));
    g.fillStyle(PALETTE.ball, 0.45 * strength);
    g.fillCircle(x, y, 14 * (0.6 + strength));
    g.fillStyle(0xff9d00, 1);
    g.fillCircle(x, y, 8);
  }

  private coach(x: number, y: number, r: number): void {
    const g = this.gfx;
    g.fillStyle(PALETTE.coach, 1);
    g.fillRoundedRect(x - r * 0.7, y - r, r * 1.4, r * 2, 6);
    g.fillCircle(x, y - r * 1.4, r * 0.55);
    g.fillStyle(0xffffff, 1);
    g.fillRect(x - r * 0.5, y - r * 0.3, r, r * 0.5);
    this.label("coach", x, y - r * 2 - 6 * this.textScale, "coach", 13, PALETTE.coach);
  }

  private star(x: number, y: number, r: number): void {
    const pts: Phaser.Math.Vector2[] = [];
    for (let k = 0; k < 10; k++) {
      const a = -Math.PI / 2 + (k * Math.PI) / 5;
      const rr = k % 2 === 0 ? r : r * 0.45;
      pts.push(new Phaser.Math.Vector2(x + rr * Math.cos(a), y + rr * Math.sin(a)));
    }
    this.gfx.fillStyle(PALETTE.you, 1);
    this.gfx.fillPoints(pts, true);
  }

  private cue(key: string, cue: Cue): void {
    if (this.lastCue === key) return;
    this.lastCue = key;
    this.onCue(cue);
  }

  private label(key: string, x: number, y: number, text: string, baseSize: number, colour: number, scale = this.textScale): void {
    const size = baseSize * scale;
    let t = this.texts.get(key);
    if (!t) {
      t = this.add.text(0, 0, "", { fontFamily: "system-ui, sans-serif", fontSize: `${size}px`, color: css(colour), align: "center", resolution: Math.min(2, window.devicePixelRatio || 1) });
      t.setOrigin(0.5, 0.5);
      this.texts.set(key, t);
    }
    // Restyling re-renders the text's texture, so only do it when something changed.
    const style = `${Math.round(size)}|${colour}`;
    if (t.getData("style") !== style) {
      t.setFontSize(Math.round(size));
      t.setColor(css(colour));
      t.setData("style", style);
    }
    t.setText(text);
    t.setPosition(Math.round(x), Math.round(y));
    t.setVisible(true);
    this.used.add(key);
  }

  private hideUnused(): void {
    for (const [key, t] of this.texts) if (!this.used.has(key)) t.setVisible(false);
  }

  /** Opens or closes the values of the neuron at (x, y), px from the court's top-left corner. */
  tap(x: number, y: number): void {
    if (!this.lay) return;
    const i = this.lay.neurons.findIndex((p) => Math.hypot(p.x - x, p.y - y) < Math.max(24, this.lay!.radius * 1.3));
    if (i < 0) return;
    if (this.opened.has(i)) this.opened.delete(i);
    else this.opened.add(i);
  }
}
