import { safeStorage } from "../storage";

/** The learner's preferences, kept on the device. */
export interface Prefs {
  muted: boolean;
  /** Animation speed: 1, 2 or 4. */
  speed: number;
  showValues: boolean;
}

const KEY = "blame-game:prefs";

/** Reads the stored preferences (defaults for anything missing or unreadable). */
export function loadPrefs(storage: Pick<Storage, "getItem"> | null = safeStorage()): Prefs {
  const defaults: Prefs = { muted: false, speed: 1, showValues: false };
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return defaults;
    const p = JSON.parse(raw) as Partial<Prefs>;
    return {
      muted: typeof p.muted === "boolean" ? p.muted : defaults.muted,
      speed: p.speed === 1 || p.speed === 2 || p.speed === 4 ? p.speed : defaults.speed,
      showValues: typeof p.showValues === "boolean" ? p.showValues : defaults.showValues,
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

/** Whether the person asked their system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}
