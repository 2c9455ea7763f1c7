// What a browser keeps about its classes: the seat (so a reload takes it back), the class it hosts, and
// one random device key (so a device the host removed stays out). Node tests pass a Map-backed store.

/** The bit of Web Storage this needs (localStorage, sessionStorage, or a Map-backed fake in Node). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What is kept per class so a reloaded page can take its seat back. */
export interface SavedSeat {
  code: string;
  role: "host" | "student";
  /** colyseus' reconnection token: the quick way back while the server still holds the seat. */
  token: string;
  hostKey?: string;
  name?: string;
  /** The engine's player id and the seat key: the way back after a restart or when the token is gone. */
  player?: string;
  seatKey?: string;
}

/** The storage key for a class's seat. */
export function seatKey(code: string): string {
  return `blame-game:class:${code.toUpperCase()}`;
}
/** The storage key for the class this browser last hosted. */
export const LAST_HOSTED_KEY = "blame-game:hosting";
const DEVICE_KEY = "blame-game:device";
const HOSTED_KEY = "blame-game:hosted";

/** A class this device created: its code and host key (the key opens its report until the class is deleted). */
export interface HostedClass {
  code: string;
  hostKey: string;
  createdAt: number;
}

/** The classes this device hosted, newest first. */
export function hostedClasses(store: KeyValueStore | null): HostedClass[] {
  try {
    const list = JSON.parse(store?.getItem(HOSTED_KEY) ?? "[]") as HostedClass[];
    return Array.isArray(list) ? list.filter((c) => typeof c?.code === "string" && typeof c.hostKey === "string") : [];
  } catch {
    return [];
  }
}

/** Remembers a class this device created (at most the 20 newest are kept). */
export function rememberHosted(store: KeyValueStore | null, hosted: HostedClass): void {
  const others = hostedClasses(store).filter((c) => c.code !== hosted.code);
  store?.setItem(HOSTED_KEY, JSON.stringify([hosted, ...others].slice(0, 20)));
}

/** Forgets a class (deleted, or gone from the server). */
export function forgetHosted(store: KeyValueStore | null, code: string): void {
  store?.setItem(HOSTED_KEY, JSON.stringify(hostedClasses(store).filter((c) => c.code !== code)));
}

/** The browser's storage for seats: sessionStorage survives reloads of this tab, localStorage a closed tab. */
export function browserStore(): KeyValueStore | null {
  const g = globalThis as { localStorage?: Storage; sessionStorage?: Storage };
  if (!g.localStorage || !g.sessionStorage) return null;
  const session = g.sessionStorage;
  const local = g.localStorage;
  return {
    getItem: (k) => session.getItem(k) ?? local.getItem(k),
    setItem: (k, v) => {
      session.setItem(k, v);
      local.setItem(k, v);
    },
    removeItem: (k) => {
      session.removeItem(k);
      local.removeItem(k);
    },
  };
}

/** The seat saved for class `code`, or null (none, or unreadable). */
export function loadSeat(store: KeyValueStore | null, code: string): SavedSeat | null {
  const raw = store?.getItem(seatKey(code));
  if (!raw) return null;
  try {
    const seat = JSON.parse(raw) as SavedSeat;
    return typeof seat?.code === "string" && typeof seat.token === "string" ? seat : null;
  } catch {
    return null;
  }
}

/** This browser's device key, made once and kept (null where nothing can be kept: a new one each time). */
export function deviceKey(store: KeyValueStore | null): string {
  const kept = store?.getItem(DEVICE_KEY);
  if (kept && kept.length >= 16) return kept;
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  const key = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  store?.setItem(DEVICE_KEY, key);
  return key;
}
