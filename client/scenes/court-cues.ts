// The court redraws every frame, but each moment (the ball reaching a seat, the shot, the landing, the
// coach at a seat) must sound once: a cue is passed on only when its key differs from the last one.
import type { Cue } from "../audio/cues";

/** Passes each cue on once, however many frames announce it. */
export class CueOnce {
  private last = "";

  constructor(private readonly emit: (cue: Cue) => void) {}

  /** Announces `cue` unless the cue before it had the same `key` (e.g. "pass3:2": round 3, seat 2). */
  say(key: string, cue: Cue): void {
    if (this.last === key) return;
    this.last = key;
    this.emit(cue);
  }
}
