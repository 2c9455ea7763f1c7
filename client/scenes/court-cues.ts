// The court redraws every frame, but each moment (the ball reaching a seat, the shot, the landing, the
// coach at a seat) must sound once. Several moments stay on screen together (in the coach and adjust
// phases the landing and every coach's stop are drawn each frame), so remembering only the last cue
// would replay them in turn: every key heard in the round on screen is remembered instead.
import { type GameView, PHASES } from "../../shared";
import type { Cue } from "../audio/cues";

/** Passes each cue on once, however many frames announce it. */
export class CueOnce {
  private readonly heard = new Set<string>();
  private round: number | null = null;
  private phase = -1;

  constructor(private readonly emit: (cue: Cue) => void) {}

  /**
   * Tells which round and phase the frame shows, before its cues. A new round on screen forgets the cues
   * heard: the round changed, or the phase went back (a new game that starts over at the same round).
   */
  frame(view: Pick<GameView, "round" | "phase">): void {
    const phase = PHASES.indexOf(view.phase);
    if (view.round !== this.round || phase < this.phase) this.heard.clear();
    this.round = view.round;
    this.phase = phase;
  }

  /** Announces `cue` unless a cue with the same `key` (e.g. "pass3:2": round 3, seat 2) was heard in this round. */
  say(key: string, cue: Cue): void {
    if (this.heard.has(key)) return;
    this.heard.add(key);
    this.emit(cue);
  }
}
