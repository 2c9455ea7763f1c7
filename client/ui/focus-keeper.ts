// A panel replaced at a phase change takes the focused button with it, and the focus falls back to the
// page: a keyboard would start again from the top bar, and a screen reader would lose its place. When
// the learner's turn comes (the vote, the dial) and the focus was lost that way, it goes to the panel
// itself: Tab goes on to the turn's first control, and the turn's keys (1-9, F, L, Enter) still work,
// which they would not on a focused button. A focus the learner put somewhere is never moved, and
// nothing moves during an animation (a focus change would cut the story being read).

/** Phases in which the learner acts. */
const TURNS = new Set(["vote", "adjust"]);

/** Whether the focus is nowhere in particular (on the page itself). */
function focusLost(): boolean {
  const a = document.activeElement;
  return a === null || a === document.body || a === document.documentElement;
}

/** After a render in `phase`: puts a lost focus on `panel` (made focusable by script only, tabindex -1). */
export function keepFocus(panel: HTMLElement, phase: string): void {
  if (!TURNS.has(phase) || !focusLost()) return;
  if (!panel.hasAttribute("tabindex")) panel.setAttribute("tabindex", "-1");
  panel.focus({ preventScroll: true });
}
