import * as Phaser from "phaser";
import type { Cue } from "../audio/cues";
import type { SceneModel } from "./court-model";
import { COURT_SCENE, CourtScene } from "./court-scene";

/** How a court is drawn. */
export interface CourtViewOptions {
  /**
   * Multiplies every label's size (handshakes, YOU, hoop, blame cards, the miss). Default: follows the
   * canvas (1 up to a 650 px short side, growing to 1.8 on a big screen).
   */
  textScale?: number;
  /**
   * Projector mode: text readable from 8 m on a 1920x1080 screen (labels ~29 px, the miss ~43 px);
   * the same as textScale 2.4 unless textScale is given too.
   */
  projector?: boolean;
}

/** The label scale projector mode uses. */
export const PROJECTOR_TEXT_SCALE = 2.4;

/** The Phaser game that hosts the court, made once per page and fed new models. */
export class CourtView {
  private readonly game: Phaser.Game;
  private scene: CourtScene | null = null;
  private pending: SceneModel | null = null;
  private waking = false;
  /** Called for every animation cue. */
  onCue: (cue: Cue) => void = () => {};
  /** Called once, when the first frame with a game on it is on screen. */
  onFirstFrame: () => void = () => {};

  /** The label scale this court draws with (null: follows the canvas's size). */
  readonly textScale: number | null;

  constructor(parent: HTMLElement, options: CourtViewOptions = {}) {
    this.textScale = options.textScale ?? (options.projector ? PROJECTOR_TEXT_SCALE : null);
    this.game = new Phaser.Game({
      // Canvas, not WebGL: the court is a few shapes and labels, and where WebGL falls back to software
      // (headless Chromium here, old tablets) Canvas ran at 60 fps against WebGL's 25 (npm run bench:client).
      type: Phaser.CANVAS,
      parent,
      backgroundColor: "#14213d",
      banner: false,
      audio: { noAudio: true },
      // The DOM owns the keyboard (panels and shortcuts); the canvas only takes taps.
      input: { keyboard: false },
      scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 320, height: parent.clientHeight || 240 },
      scene: [CourtScene],
      callbacks: {
        postBoot: (game) => {
          const scene = game.scene.getScene(COURT_SCENE) as CourtScene;
          this.scene = scene;
          scene.fixedScale = this.textScale;
          scene.onCue = (c) => this.onCue(c);
          scene.onFirstFrame = () => this.onFirstFrame();
          // What the court shows, readable off the page (the canvas has no text of its own).
          scene.onMarks = (_marks, json) => {
            parent.dataset.story = json;
          };
          if (this.pending) scene.setModel(this.pending);
          // A still court (no animation running, nothing changed) needs no frames: the loop sleeps until a
          // new model, a tap or a new size wakes it, so a page left on one screen costs no CPU.
          // "postrender" (Phaser.Core.Events.POST_RENDER): the slim Phaser build (client/phaser) has no Core namespace.
          game.events.on("postrender", () => {
            if (scene.still) game.loop.sleep();
          });
        },
      },
    });
    this.watchSize(parent);
    // Phaser hears taps only while its loop runs: the first tap on a sleeping court wakes it, in the capture phase, before Phaser's own handler.
    parent.addEventListener("pointerdown", () => this.wake(), { capture: true });
  }

  /** Restarts the court's loop if it was asleep, at the next animation frame as a running loop would. */
  private wake(): void {
    if (this.waking || !this.game.isBooted || this.game.loop.running) return;
    // Not at once: wake() draws a frame on the spot, inside the click or message that changed the model.
    this.waking = true;
    requestAnimationFrame(() => {
      this.waking = false;
      if (!this.game.loop.running) this.game.loop.wake();
    });
  }

  /** Follows the parent's size at once: Phaser's RESIZE mode polls it only twice a second. */
  private watchSize(parent: HTMLElement): void {
    if (typeof ResizeObserver === "undefined") return;
    new ResizeObserver(() => {
      // Re-read the parent's size now instead of at Phaser's next poll (every 500 ms).
      if (this.game.scale.getParentBounds()) this.game.scale.refresh();
      this.wake();
    }).observe(parent);
  }

  /** Shows a game state (or new preferences) on the court. */
  setModel(model: SceneModel): void {
    this.pending = model;
    this.scene?.setModel(model);
    this.wake();
  }
}
