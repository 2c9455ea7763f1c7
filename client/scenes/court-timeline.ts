// How far the current phase's animation has run: the clock starts when the round or the phase changes,
// and the engine says how long each animation lasts (shared's animationSeconds).
import { animationSeconds, type GameView } from "../../shared";

/** The preferences that change an animation's pace. */
export interface Pace {
  /** Animations run this many times faster. */
  speed: number;
  /** Jump every animation to its end. */
  reducedMotion: boolean;
}

/** The progress of the phase on screen, 0..1, measured from the frame that first showed it. */
export class CourtTimeline {
  private key = "";
  private start = 0;

  /** Progress at frame time `time` (ms): 1 for a phase without animation, with reduced motion, or once it has run. */
  progress(view: Pick<GameView, "round" | "phase">, time: number, pace: Pace): number {
    const key = `${view.round}:${view.phase}`;
    if (key !== this.key) {
      this.key = key;
      this.start = time;
    }
    const seconds = animationSeconds(view.phase);
    return pace.reducedMotion || seconds === 0 ? 1 : Math.min(1, (time - this.start) / ((seconds * 1000) / pace.speed));
  }
}
