import type { Cue } from "./cues";

/** A short tone: frequency in Hz, length in s, its loudness and wave shape. */
interface Tone {
  freq: number;
  to?: number;
  seconds: number;
  gain: number;
  wave: OscillatorType;
}

/** The tones for a cue (pure, so they can be checked without a sound card). */
export function tonesFor(cue: Cue): Tone[] {
  switch (cue.kind) {
    case "pass":
      // Brighter ball, higher blip.
      return [{ freq: 330 + 440 * Math.min(1, Math.abs(cue.strength)), seconds: 0.08, gain: 0.12, wave: "triangle" }];
    case "shoot":
      return [{ freq: 220, to: 660, seconds: 0.35, gain: 0.1, wave: "sine" }];
    case "land":
      return cue.hit
        ? [
            { freq: 523, seconds: 0.12, gain: 0.15, wave: "triangle" },
            { freq: 659, seconds: 0.12, gain: 0.15, wave: "triangle" },
            { freq: 784, seconds: 0.25, gain: 0.15, wave: "triangle" },
          ]
        : [{ freq: 140, to: 90, seconds: 0.25, gain: 0.18, wave: "square" }];
    case "coach":
      return [{ freq: 600 + 400 * cue.share, seconds: 0.06, gain: 0.08, wave: "sine" }];
  }
}

/** Sounds synthesised with WebAudio: no files to load, nothing to license. */
export class Sounds {
  private ctx: AudioContext | null = null;
  constructor(public muted: boolean) {}

  /** Plays a cue (silently when muted or where audio is unavailable). */
  play(cue: Cue): void {
    if (this.muted) return;
    const ctx = this.context();
    if (!ctx || ctx.state !== "running") return;
    let at = ctx.currentTime;
    for (const tone of tonesFor(cue)) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = tone.wave;
      osc.frequency.setValueAtTime(tone.freq, at);
      if (tone.to) osc.frequency.exponentialRampToValueAtTime(tone.to, at + tone.seconds);
      gain.gain.setValueAtTime(tone.gain, at);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + tone.seconds);
      osc.connect(gain).connect(ctx.destination);
      osc.start(at);
      osc.stop(at + tone.seconds + 0.02);
      at += tone.seconds * 0.9;
    }
  }

  /** Browsers only start audio after a tap or key press: call this from one. */
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
