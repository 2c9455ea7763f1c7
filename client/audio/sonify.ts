// Sonification of the pass, off by default: as the ball goes down the line each neuron sounds one tone
// whose pitch follows its output, an octave per unit (0 sounds 440 Hz, 1 an octave up, -1 an octave
// down), so a listener hears the ball grow, fade or flip sign on its way to the shooter.

/** One tone of the pass: when it starts (s after the pass begins), its pitch (Hz) and length (s). */
export interface PassTone {
  at: number;
  freq: number;
  seconds: number;
}

/** Outputs beyond these sound at the edge of the range (three octaves, 220 to 1760 Hz). */
const LOWEST = -1;
const HIGHEST = 2;

/** The pitch for a neuron's output: 440 Hz at 0, an octave per unit, held to 220-1760 Hz. */
export function pitchFor(output: number): number {
  const x = Number.isFinite(output) ? Math.max(LOWEST, Math.min(HIGHEST, output)) : 0;
  return 440 * 2 ** x;
}

/** The tones of a pass: one per neuron, front to back, spread over `seconds` (the pass's animation). */
export function passTones(outputs: readonly number[], seconds: number): PassTone[] {
  const step = outputs.length > 0 ? seconds / outputs.length : 0;
  const length = Math.min(0.25, Math.max(0.08, step * 0.7));
  return outputs.map((o, i) => ({ at: i * step, freq: pitchFor(o), seconds: length }));
}

/** Plays the tones of a pass with WebAudio (silently where audio is unavailable or not yet allowed). */
export class PassSound {
  private ctx: AudioContext | null = null;

  /** Plays `tones` from now. */
  play(tones: readonly PassTone[]): void {
    const ctx = this.context();
    if (!ctx) return;
    const start = ctx.currentTime + 0.05;
    for (const t of tones) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = "sine";
      osc.frequency.setValueAtTime(t.freq, start + t.at);
      gain.gain.setValueAtTime(0.0001, start + t.at);
      gain.gain.exponentialRampToValueAtTime(0.12, start + t.at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + t.at + t.seconds);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start + t.at);
      osc.stop(start + t.at + t.seconds + 0.02);
    }
  }

  /** Browsers start audio only from a tap or a key: call this from one. */
  unlock(): void {
    const ctx = this.context();
    if (ctx && ctx.state === "suspended") void ctx.resume();
  }

  private context(): AudioContext | null {
    if (this.ctx) return this.ctx;
    const Ctor = typeof window !== "undefined" ? window.AudioContext : undefined;
    if (!Ctor) return null;
    this.ctx = new Ctor();
    return this.ctx;
  }
}
