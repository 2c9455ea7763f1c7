/** Idle time after which a kiosk goes back to its start screen, ms. */
export const KIOSK_IDLE_MS = 60_000;
/** How long before that reset the visitor is asked whether they are still there, ms. */
export const KIOSK_WARN_MS = 10_000;
/** How often an idle kiosk looks at the game and its clock, ms. */
const LOOK_MS = 250;

/** How watchIdle decides that nobody is there. */
export interface IdleOptions {
  /** Idle time after which `reset` is called, ms. */
  ms?: number;
  /** How long before the reset `warn` is called, ms (0: no warning). */
  warnMs?: number;
  /**
   * True while the game moves on by itself (the ball flying, the coach walking): that time does not count
   * as idle, so a visitor watching is not sent away mid-animation.
   */
  busy?: () => boolean;
  /** The whole seconds left before the reset, each time they change inside the warning; null when a tap ends the warning. */
  warn?: (secondsLeft: number | null) => void;
  /** Where taps, clicks and keys are listened for. */
  target?: EventTarget;
  /** Whether the kiosk starts with a visitor's things on it (a game resumed after a reload): the minute counts at once. */
  touched?: boolean;
}

/**
 * Calls `reset` after `ms` without a tap, click or key, not counting time the game spends moving by
 * itself; `warn` counts down the last `warnMs` of it, and any tap ends the warning. A kiosk nobody has
 * touched since it started (again) is left alone. Returns a function that stops watching.
 */
export function watchIdle(reset: () => void, options: IdleOptions = {}): () => void {
  const { ms = KIOSK_IDLE_MS, warnMs = KIOSK_WARN_MS, busy = () => false, warn = () => {}, target = document } = options;
  let idleFrom = Date.now();
  let shown: number | null = null;
  // Nobody has touched the kiosk since it started (or started again): there is nothing to lose and
  // nobody to ask, so the start screen is left alone instead of flashing the question every minute.
  let touched = options.touched ?? false;
  const poke = () => {
    touched = true;
    idleFrom = Date.now();
    if (shown !== null) {
      shown = null;
      warn(null);
    }
  };
  const look = () => {
    const now = Date.now();
    if (!touched || busy()) {
      // Idle time starts again once the game stops moving; a warning already shown is taken back.
      idleFrom = now;
      if (shown !== null) {
        shown = null;
        warn(null);
      }
      return;
    }
    const left = ms - (now - idleFrom);
    if (left <= 0) {
      idleFrom = now;
      touched = false;
      if (shown !== null) warn(null);
      shown = null;
      reset();
    } else if (left <= warnMs) {
      const seconds = Math.ceil(left / 1000);
      if (seconds !== shown) {
        shown = seconds;
        warn(seconds);
      }
    }
  };
  const timer = setInterval(look, LOOK_MS);
  const events = ["pointerdown", "keydown", "wheel"];
  for (const e of events) target.addEventListener(e, poke, { passive: true });
  return () => {
    clearInterval(timer);
    for (const e of events) target.removeEventListener(e, poke);
  };
}

/** The marker a trapped history entry carries in its state. */
export const TRAP = "blame-game:kiosk";

/** What trapHistory needs of a window (a test can pass a fake). */
export interface HistoryHost {
  history: Pick<History, "pushState" | "state">;
  location: Pick<Location, "href">;
  addEventListener(type: "popstate", fn: () => void): void;
  removeEventListener(type: "popstate", fn: () => void): void;
}

/**
 * Keeps a kiosk's visitor inside the game: a history entry is pushed on top of the page's own, and every
 * back (the button, a gesture, an edge swipe) lands on the page's entry, where a new one is pushed at
 * once; the page never unloads. `back` is called each time (a kiosk can go to its start screen). A tap
 * re-arms the entry too, since browsers may skip entries pushed without a user's gesture.
 */
export function trapHistory(win: HistoryHost = window, back: () => void = () => {}, gestures: EventTarget | null = typeof document === "undefined" ? null : document): () => void {
  const arm = () => {
    if ((win.history.state as { trap?: string } | null)?.trap !== TRAP) win.history.pushState({ trap: TRAP }, "", win.location.href);
  };
  const onPop = () => {
    arm();
    back();
  };
  arm();
  win.addEventListener("popstate", onPop);
  gestures?.addEventListener("pointerdown", arm, { passive: true });
  return () => {
    win.removeEventListener("popstate", onPop);
    gestures?.removeEventListener("pointerdown", arm);
  };
}
