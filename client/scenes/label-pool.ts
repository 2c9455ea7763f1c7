// The court's words and numbers. A Phaser text is a texture redrawn whenever its style or words change,
// so labels are made once per key and kept: each frame shows the ones it draws and hides the rest.
import type * as Phaser from "phaser";
import { css } from "./palette";

/** Labels are drawn at most this many texture pixels per CSS px: sharp on a phone's screen, and no bigger textures to redraw beyond it. */
const MAX_RESOLUTION = 2;

/** Every label's font: the device's own, which is already loaded and reads well at small sizes. */
const FONT = "system-ui, sans-serif";

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
    const size = baseSize * scale;
    let t = this.texts.get(key);
    if (!t) {
      t = this.scene.add.text(0, 0, "", { fontFamily: FONT, fontSize: `${size}px`, color: css(colour), align: "center", resolution: Math.min(MAX_RESOLUTION, window.devicePixelRatio || 1) });
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

  /** The words of every label shown so far this frame. */
  shownTexts(): string[] {
    return [...this.used].map((key) => this.texts.get(key)?.text ?? "");
  }

  /** Ends a frame: hides every label it did not show. */
  hideUnused(): void {
    for (const [key, t] of this.texts) if (!this.used.has(key)) t.setVisible(false);
  }
}
