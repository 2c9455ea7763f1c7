// The court, loaded after the page's first paint: Phaser is most of the download and of the start-up work,
// so the DOM (start screen, chapter card, panels) is drawn and usable first and the court joins when ready.
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

/** A court whose Phaser chunk is fetched at once but evaluated in its own task; models set before it arrives are kept. */
export class LazyCourt implements Court {
  onCue: (cue: Cue) => void = () => {};
  onFirstFrame: () => void = () => {};
  /** Settles once the real court exists (or failed to load). */
  readonly ready: Promise<void>;
  private real: CourtView | null = null;
  private pending: SceneModel | null = null;

  constructor(parent: HTMLElement, options: CourtViewOptions = {}) {
    this.ready = import("./court-view").then(
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

  setModel(model: SceneModel): void {
    this.pending = model;
    this.real?.setModel(model);
  }
}
