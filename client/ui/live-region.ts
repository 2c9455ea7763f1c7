// The page's polite live region, used as a log: every sentence is its own entry, appended in order, so a
// screen reader reads each one after the last at its own pace (replacing the text could drop one that
// was still queued). Read-aloud listens to the same entries (client/audio/read-aloud.ts).

/** Entries kept in the region: enough for the story of a whole round, few enough to stay light. */
export const KEPT_ENTRIES = 40;

/** Appends a sentence to a live region as its own entry (an empty one is skipped) and drops the oldest beyond KEPT_ENTRIES. */
export function announce(region: HTMLElement, text: string): void {
  const words = text.trim();
  if (!words) return;
  const entry = document.createElement("p");
  entry.textContent = words;
  region.append(entry);
  while (region.childNodes.length > KEPT_ENTRIES) region.firstChild?.remove();
}

/** Empties a live region: a new chapter or game starts its story afresh (removals are not announced). */
export function clearLog(region: HTMLElement): void {
  region.replaceChildren();
}

/** Makes an element a polite log of announcements (its role and live settings), once. */
export function asLog(region: HTMLElement): HTMLElement {
  region.setAttribute("role", "log");
  region.setAttribute("aria-live", "polite");
  // Only additions: an old entry dropped off the top is not news.
  region.setAttribute("aria-relevant", "additions");
  return region;
}
