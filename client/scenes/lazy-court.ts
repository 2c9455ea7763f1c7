// The court, loaded only when it is wanted: Phaser is most of the download and of the start-up work, so
// the DOM (start screen, chapter card, panels) is drawn and usable first and the court joins when ready.
// A game about to be played loads it at once; the start screen's dim backdrop waits for the learner's
// first touch or key, or a few quiet seconds, so Phaser's boot never competes with the first taps.
import type { CourtView, CourtViewOptions } from "./court-view";
import type { Cue } from "../audio/cues";
import type { SceneModel } from "./court-model";
import { t as msg } from "../../shared/i18n";

/** What the screens need from a court: a model to draw, and the court's cues and first frame. */
export interface Court {
  /** Shows a game state (or new preferences). */
  setModel(model: SceneModel): void;
  /** Called for every animation cue (sounds). */
  onCue: (cue: Cue) => void;
  /** Called once, when the first frame with a game on it is on screen. */
  onFirstFrame: () => void;
}

/** How long a backdrop waits for a touch or a key before it loads anyway (ms). */
export const BACKDROP_WAIT_MS = 3000;

/** A court whose Phaser chunk is fetched and run only once load() (or loadSoon()'s trigger) asks; models set before it arrives are kept. */
export class LazyCourt implements Court {
  onCue: (cue: Cue) => void = () => {};
  onFirstFrame: () => void = () => {};
  /** Settles once the real court exists (or failed to load); pending until the court is asked for. */
  readonly ready: Promise<void>;
  private real: CourtView | null = null;
  private pending: SceneModel | null = null;
  private begin: () => void = () => {};
  private started = false;
  private stopWaiting: (() => void) | null = null;

  constructor(parent: HTMLElement, options: CourtViewOptions = {}) {
    this.ready = new Promise<void>((resolve) => (this.begin = resolve))
      .then(() => import("./court-view"))
      .then(
        ({ CourtView }) => {
          const real = new CourtView(parent, options);
          real.onCue = (c) => this.onCue(c);
          real.onFirstFrame = () => this.onFirstFrame();
          if (this.pending) real.setModel(this.pending);
          this.real = real;
        },
        () => {
          // Without the court the game still plays: every number on it is also in the panel.
          parent.textContent = msg("solo.page.courtFailed");
        },
      );
  }

  /** Loads the court now: a game is about to be played on it. */
  load(): void {
    if (this.started) return;
    this.started = true;
    this.stopWaiting?.();
    this.begin();
  }

  /** Loads the court at the learner's first touch or key, or after `ms` with neither: it is only a backdrop for now. */
  loadSoon(ms = BACKDROP_WAIT_MS): void {
    if (this.started || this.stopWaiting) return;
    const go = () => this.load();
    // Capture: before the tap's own handler opens a chapter (which asks for the court at once anyway).
    const events = ["pointerdown", "keydown"] as const;
    for (const e of events) document.addEventListener(e, go, { capture: true, once: true });
    const timer = setTimeout(go, ms);
    this.stopWaiting = () => {
      clearTimeout(timer);
      for (const e of events) document.removeEventListener(e, go, { capture: true });
    };
  }

  setModel(model: SceneModel): void {
    this.pending = model;
    this.real?.setModel(model);
  }
}
