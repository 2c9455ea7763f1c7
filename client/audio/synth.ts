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
      // The coach's whistle: a short high blip, higher for a bigger share.
      return [{ freq: 600 + 400 * cue.share, seconds: 0.06, gain: 0.08, wave: "sine" }];
    case "wire":
      // A note arriving over a wire: a soft falling tick, louder for a bigger note.
      return [{ freq: 520, to: 390, seconds: 0.09, gain: 0.03 + 0.07 * clamp01(cue.size), wave: "triangle" }];
    case "nudge":
      // A nudge felt: a low swell, no whistle (nobody speaks).
      return [{ freq: 180 + 120 * clamp01(cue.size), to: 240 + 120 * clamp01(cue.size), seconds: 0.16, gain: 0.08, wave: "sine" }];
    case "wiggle":
      // Everyone wiggles: a wobble between two close notes.
      return [
        { freq: 392, seconds: 0.07, gain: 0.07, wave: "triangle" },
        { freq: 440, seconds: 0.07, gain: 0.07, wave: "triangle" },
        { freq: 392, seconds: 0.07, gain: 0.07, wave: "triangle" },
      ];
    case "retry":
      // The second shot: the shot's sweep, quieter.
      return [{ freq: 220, to: 660, seconds: 0.3, gain: 0.05, wave: "sine" }];
    case "verdict":
      // Kept: two notes up; turned around: two notes down.
      return cue.kept
        ? [
            { freq: 440, seconds: 0.1, gain: 0.1, wave: "triangle" },
            { freq: 587, seconds: 0.16, gain: 0.1, wave: "triangle" },
          ]
        : [
            { freq: 440, seconds: 0.1, gain: 0.1, wave: "triangle" },
            { freq: 330, seconds: 0.16, gain: 0.1, wave: "triangle" },
          ];
    case "together":
      // Two neighbours firing together: a soft pluck, brighter for a stronger pair.
      return [{ freq: 262 + 262 * clamp01(cue.strength), seconds: 0.12, gain: 0.06, wave: "sine" }];
  }
}

/** A number held to 0..1 (a cue's size or strength). */
function clamp01(v: number): number {
  return Math.max(0, Math.min(1, Number.isFinite(v) ? Math.abs(v) : 0));
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
