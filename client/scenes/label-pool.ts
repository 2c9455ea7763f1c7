// The court's words and numbers. A Phaser text is a texture redrawn whenever its style or words change,
// so labels are made once per key and kept: each frame shows the ones it draws and hides the rest.
import type * as Phaser from "phaser";
import { css } from "./palette";

/** Labels are drawn at most this many texture pixels per CSS px: sharp on a phone's screen, and no bigger textures to redraw beyond it. */
const MAX_RESOLUTION = 2;

/** Every label's font: the device's own, which is already loaded and reads well at small sizes. */
const FONT = "system-ui, sans-serif";

/** A font's height above and below the baseline, as Phaser measures it. */
type Metrics = { ascent: number; descent: number; fontSize: number };

// Phaser measures the font on a canvas each time a text is made or resized (tens of ms for a court on a
// slow tablet); the answer depends only on the font's size, so each size is measured once and reused.
const metricsBySize = new Map<number, Metrics>();

/** A scene's labels by key (e.g. "hoop", "seat3"), reused from frame to frame. */
export class LabelPool {
  private readonly texts = new Map<string, Phaser.GameObjects.Text>();
  private readonly used = new Set<string>();
  /** This frame's label scale: multiplies every label's size unless a label gives its own. */
  scale = 1;

  constructor(private readonly scene: Phaser.Scene) {}

  /** Starts a frame: no label is shown yet. */
  begin(): void {
    this.used.clear();
  }

  /** Shows label `key` centred on (x, y), `baseSize` px at scale 1. */
  show(key: string, x: number, y: number, text: string, baseSize: number, colour: number, scale = this.scale): void {
    const px = Math.round(baseSize * scale);
    const style = `${px}|${colour}`;
    let t = this.texts.get(key);
    if (!t) {
      // Made with its final style and words: one measurement (none once the size is known) and one drawing.
      t = this.scene.add.text(0, 0, text, { ...textStyle(px, colour), align: "center", resolution: Math.min(MAX_RESOLUTION, window.devicePixelRatio || 1) });
      t.setOrigin(0.5, 0.5);
      t.setData("style", style);
      remember(px, t);
      this.texts.set(key, t);
    } else if (t.getData("style") !== style) {
      // Restyling re-renders the text's texture, so only when something changed, and once with the words
      // when this size was measured before (a new size is measured, then drawn).
      const known = metricsBySize.has(px);
      if (!known) t.setText(text);
      t.style.setStyle(textStyle(px, colour), false);
      t.setData("style", style);
      if (!known) {
        t.style.update(true);
        remember(px, t);
      } else if (t.text !== text) t.setText(text);
      else t.updateText();
    } else {
      t.setText(text);
    }
    t.setPosition(Math.round(x), Math.round(y));
    t.setVisible(true);
    this.used.add(key);
  }

  /** The words of every label shown so far this frame. */
  shownTexts(): string[] {
    return [...this.used].map((key) => this.texts.get(key)?.text ?? "");
  }

  /** Ends a frame: hides every label it did not show. */
  hideUnused(): void {
    for (const [key, t] of this.texts) if (!this.used.has(key)) t.setVisible(false);
  }
}

/** A label's style at `px`, with the font's metrics when this size was measured before (so Phaser skips measuring). */
function textStyle(px: number, colour: number): Phaser.Types.GameObjects.Text.TextStyle {
  const metrics = metricsBySize.get(px);
  return { fontFamily: FONT, fontSize: `${px}px`, color: css(colour), ...(metrics ? { metrics: { ...metrics } } : {}) };
}

/** Keeps what Phaser measured for a text of `px` for the next label of that size. */
function remember(px: number, t: Phaser.GameObjects.Text): void {
  if (!metricsBySize.has(px)) metricsBySize.set(px, t.style.getTextMetrics());
}
