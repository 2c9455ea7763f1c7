// The moments of a shot that make a sound. The court announces them and the synth plays them; the type
// lives here, with the sounds, so audio/ needs nothing from scenes/ (the court imports it from below).
// Sounds follow the rule that is running: only backprop's coach whistles as it hands over a card.

/**
 * A moment the court announces: the ball reaching a seat, the shot, the landing; then the rule's own
 * step: the coach at a seat (backprop), a note arriving over a feedback wire, the nudge reaching a seat
 * (activity difference), the line's wiggle, its second shot and the verdict (trial and error), two
 * neighbours firing together (fire together). `size` is the signal against the largest in the line (0..1).
 */
export type Cue =
  | { kind: "pass"; seat: number; strength: number }
  | { kind: "shoot" }
  | { kind: "land"; hit: boolean }
  | { kind: "coach"; seat: number; share: number }
  | { kind: "wire"; seat: number; size: number }
  | { kind: "nudge"; seat: number; size: number }
  | { kind: "wiggle" }
  | { kind: "retry" }
  | { kind: "verdict"; kept: boolean }
  | { kind: "together"; seat: number; strength: number };
