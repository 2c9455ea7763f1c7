// The moments of a shot that make a sound. The court announces them and the synth plays them; the type
// lives here, with the sounds, so audio/ needs nothing from scenes/ (the court imports it from below).

/** A moment the court announces: the ball reaching a seat, the shot, the landing, the coach at a seat. */
export type Cue = { kind: "pass"; seat: number; strength: number } | { kind: "shoot" } | { kind: "land"; hit: boolean } | { kind: "coach"; seat: number; share: number };
