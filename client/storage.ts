// The device's storage, for every module that keeps something on it (preferences, chapter progress):
// here rather than in ui/ so chapters/ can use it without importing the screens that import chapters/.

/** localStorage, or null where reading it throws (private mode, blocked cookies) or there is none (tests, workers). */
export function safeStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
