// A solo game kept in the tab, so a reload mid-round comes back to the same shot. The engine is pure
// and seeded: a game is its settings, the learner's seat and the intents that moved it on, in order.
// What the clock did (a phase that ended by itself) is kept as the "next" that does the same.
import type { Intent, Phase, Settings } from "../../shared";

const KEY = "blame-game:solo-game";

/**
 * The tab's own storage: it outlives a reload (and a phone putting the tab to sleep) but not the tab, so
 * a new visit starts at the start screen. Null where reading it throws or there is none.
 */
export function tabStorage(): Storage | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** A solo game as stored: enough to replay it to where it was. */
export interface SavedGame {
  v: 1;
  /** The chapter being played, or null for free play. */
  chapter: string | null;
  settings: Partial<Settings>;
  seat: number;
  log: Intent[];
}

/** Whether a value read back from storage has a saved game's shape (its intents are checked again when replayed). */
export function isSavedGame(x: unknown): x is SavedGame {
  if (typeof x !== "object" || x === null) return false;
  const g = x as Record<string, unknown>;
  return (
    g.v === 1 &&
    (g.chapter === null || typeof g.chapter === "string") &&
    typeof g.settings === "object" &&
    g.settings !== null &&
    Number.isInteger(g.seat) &&
    Array.isArray(g.log) &&
    g.log.every((i) => typeof i === "object" && i !== null && typeof (i as { type?: unknown }).type === "string")
  );
}

/** The saved game, or null (none, unreadable, or from another version). */
export function loadGame(storage: Pick<Storage, "getItem"> | null = tabStorage()): SavedGame | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as unknown;
    return isSavedGame(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Keeps a game on the device (silently not, where storage is blocked). */
export function saveGame(game: SavedGame, storage: Pick<Storage, "setItem"> | null = tabStorage()): void {
  try {
    storage?.setItem(KEY, JSON.stringify(game));
  } catch {
    // Private mode or a full disk: a reload starts over.
  }
}

/** Forgets the saved game. */
export function forgetGame(storage: Pick<Storage, "removeItem"> | null = tabStorage()): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}

/** What the recorder needs to know of a view. */
export interface PhaseMark {
  phase: Phase;
  round: number;
}

/**
 * Writes a game's log as it is played: every intent the game accepted, and a "next" for every phase
 * change nobody sent (the clock's). Wrap each send in `send`, and call `viewed` from a view listener
 * registered before any other.
 */
export class GameRecorder {
  readonly log: Intent[];
  private sending = 0;
  private last: PhaseMark;

  constructor(start: PhaseMark, log: readonly Intent[], private readonly changed: (log: readonly Intent[]) => void) {
    this.log = log.slice();
    this.last = { phase: start.phase, round: start.round };
  }

  /** Sends an intent through `send` and records it once accepted (a refusal comes back as non-null). */
  send<R>(intent: Intent, send: (i: Intent) => R): R {
    this.sending++;
    let result: R;
    try {
      result = send(intent);
    } finally {
      this.sending--;
    }
    if (result === null) {
      this.log.push(intent);
      this.changed(this.log);
    }
    return result;
  }

  /** A new view: a phase change that no send caused is the clock's, recorded as "next". */
  viewed(v: PhaseMark): void {
    const moved = v.phase !== this.last.phase || v.round !== this.last.round;
    this.last = { phase: v.phase, round: v.round };
    if (moved && this.sending === 0) {
      this.log.push({ type: "next" });
      this.changed(this.log);
    }
  }
}
