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
