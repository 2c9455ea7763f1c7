import { safeStorage } from "../storage";

/** The learner's preferences, kept on the device. */
export interface Prefs {
  muted: boolean;
  /** Animation speed: 1, 2 or 4. */
  speed: number;
  showValues: boolean;
  /** Read the story and the cards aloud with the browser's speech (off by default). */
  readAloud: boolean;
  /** A tone for each neuron as the ball passes, its pitch following the neuron's output (off by default). */
  tones: boolean;
  /** No clock on the vote and the dial in solo: the game waits for the learner (off by default). */
  moreTime: boolean;
}

const KEY = "blame-game:prefs";

/** What a new visitor gets: sound on, normal speed, no numbers on the court, no reading aloud, no tones, the usual timers. */
export const DEFAULT_PREFS: Readonly<Prefs> = Object.freeze({ muted: false, speed: 1, showValues: false, readAloud: false, tones: false, moreTime: false });

/** Reads the stored preferences (defaults for anything missing or unreadable). */
export function loadPrefs(storage: Pick<Storage, "getItem"> | null = safeStorage()): Prefs {
  const defaults: Prefs = { ...DEFAULT_PREFS };
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return defaults;
    const p = JSON.parse(raw) as Partial<Prefs>;
    const flag = (k: "muted" | "showValues" | "readAloud" | "tones" | "moreTime") => (typeof p[k] === "boolean" ? p[k] : defaults[k]);
    return {
      muted: flag("muted"),
      speed: p.speed === 1 || p.speed === 2 || p.speed === 4 ? p.speed : defaults.speed,
      showValues: flag("showValues"),
      readAloud: flag("readAloud"),
      tones: flag("tones"),
      moreTime: flag("moreTime"),
    };
  } catch {
    return defaults;
  }
}

/** Stores the preferences (silently does nothing where storage is blocked). */
export function savePrefs(p: Prefs, storage: Pick<Storage, "setItem"> | null = safeStorage()): void {
  try {
    storage?.setItem(KEY, JSON.stringify(p));
  } catch {
    // Private mode or a full disk: preferences last for this visit only.
  }
}

/** Puts preferences back to the defaults, in place (a kiosk does this between visitors), and stores them. */
export function resetPrefs(p: Prefs, storage: Pick<Storage, "setItem"> | null = safeStorage()): Prefs {
  Object.assign(p, DEFAULT_PREFS);
  savePrefs(p, storage);
  return p;
}

/** Whether the person asked their system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}
