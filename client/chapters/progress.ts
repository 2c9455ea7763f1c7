// The chapters the learner has finished, kept on the device (kiosk mode forgets them between visitors).
import { safeStorage } from "../storage";

const KEY = "blame-game:chapters-done";

/** The ids of the chapters whose goal the learner has reached on this device. */
export function doneChapters(storage: Pick<Storage, "getItem"> | null = safeStorage()): Set<string> {
  try {
    const list = JSON.parse(storage?.getItem(KEY) ?? "[]") as unknown;
    return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : []);
  } catch {
    return new Set();
  }
}

/** Records a chapter as done. */
export function markDone(id: string, storage: Pick<Storage, "getItem" | "setItem"> | null = safeStorage()): void {
  const done = doneChapters(storage);
  done.add(id);
  try {
    storage?.setItem(KEY, JSON.stringify([...done]));
  } catch {
    // Storage blocked: progress lasts for this visit only.
  }
}

/** Forgets all progress (kiosk mode does this between visitors). */
export function resetProgress(storage: Pick<Storage, "removeItem"> | null = safeStorage()): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}
