/** Idle time after which a kiosk goes back to its start screen, ms. */
export const KIOSK_IDLE_MS = 60_000;

/** Calls `reset` after `ms` without a tap, click or key; returns a function that stops watching. */
export function watchIdle(reset: () => void, ms = KIOSK_IDLE_MS, target: EventTarget = document): () => void {
  let timer = setTimeout(reset, ms);
  const poke = () => {
    clearTimeout(timer);
    timer = setTimeout(reset, ms);
  };
  const events = ["pointerdown", "keydown", "wheel"];
  for (const e of events) target.addEventListener(e, poke, { passive: true });
  return () => {
    clearTimeout(timer);
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
