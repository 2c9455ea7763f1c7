/**
 * Classroom mode: the same GameSource as LocalGame, relayed to a Colyseus 0.16 server. The view is the
 * server's Schema state turned back into the engine's GameView (shared/protocol/wire-view.ts), so panels
 * and scenes cannot tell the two apart. Runs in browsers and in Node (tests): storage and window are
 * optional. colyseus.js 0.16 does not reconnect by itself, so this does: it keeps the reconnection
 * token (and the host key) and re-joins after a reload, a sleep or a dropped socket.
 */
import { Client, type Room } from "colyseus.js";
import type { GameError, GameView, Intent, Settings } from "../../shared";
import { wireToView } from "../../shared/protocol/wire-view";
import type { ErrorListener, GameSource, ViewListener } from "./game-source";
import { Listeners } from "./listeners";

/** The engine's id for the host (server/rooms/ClassroomRoom.ts HOST_ID). */
export const NETWORK_HOST_ID = "host";
/** Close code the server uses for a kicked student (server/rooms/ClassroomRoom.ts CLOSE_KICKED). */
const CLOSE_KICKED = 4100;
/** Close code colyseus.js reports when we left on purpose. */
const CLOSE_CONSENTED = 4000;
const ROOM_NAME = "classroom";

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
  token: string;
  hostKey?: string;
  name?: string;
}

/** Why a join did not work, in a form a friendly screen can use. */
export type JoinFailure = "not-found" | "locked" | "full" | "bad-code" | "bad-name" | "host-key" | "unreachable" | "refused";

/** A join that did not work. */
export class JoinError extends Error {
  constructor(readonly reason: JoinFailure, message: string) {
    super(message);
  }
}

/** Where the connection is. `rejoined` says the seat was taken back after a drop or a reload. */
export type ConnectionStatus =
  | { kind: "connected"; rejoined: boolean }
  | { kind: "reconnecting"; attempt: number }
  | { kind: "closed"; reason: "kicked" | "left" | "lost"; message: string };

/** Listens to connection changes. */
export type StatusListener = (status: ConnectionStatus) => void;

/** How to reach a server, and where to keep the seat. */
export interface NetworkOptions {
  /** ws:// or wss:// address of the server (the page's own host in a browser). */
  endpoint: string;
  /** Where the reconnection token is kept; defaults to the browser's storage, none in Node. */
  store?: KeyValueStore | null;
  /** How long to keep trying to get back in after a drop, ms (the server keeps seats 120 s). */
  retryForMs?: number;
  /** How long `send` waits for a refusal before it counts an intent as accepted when the state cannot show it, ms. */
  ackMs?: number;
}

/** The storage key for a class's seat. */
export function seatKey(code: string): string {
  return `blame-game:class:${code.toUpperCase()}`;
}
/** The storage key for the class this browser last hosted. */
export const LAST_HOSTED_KEY = "blame-game:hosting";

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

/** The http(s) address matching a ws(s) endpoint (for the class API). */
export function httpBase(endpoint: string): string {
  return endpoint.replace(/^ws/, "http").replace(/\/$/, "");
}

/** Sorts a server refusal into a reason a friendly screen can explain. */
export function joinFailure(error: unknown): JoinError {
  const message = error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error);
  const m = message.toLowerCase();
  if (/locked/.test(m)) return new JoinError("locked", "This class is locked: ask your teacher to unlock it.");
  if (/full|every seat/.test(m)) return new JoinError("full", "Every seat is taken: this class is full.");
  if (/not found|no class|invalid room|not exist/.test(m)) return new JoinError("not-found", "No class is using that code. Check the code on the board.");
  if (/host key/.test(m)) return new JoinError("host-key", message);
  if (/nickname|name/.test(m)) return new JoinError("bad-name", message);
  if (/fetch|econnrefused|network|websocket|socket|failed/.test(m)) return new JoinError("unreachable", "Cannot reach the class's server. Check the Wi-Fi.");
  return new JoinError("refused", message);
}

interface Pending {
  type: string;
  resolve: (e: GameError | null) => void;
  timer: ReturnType<typeof setTimeout>;
  /** True once the state shows the intent took effect; null when that cannot be told from the state. */
  shown: ((after: GameView) => boolean) | null;
}

/**
 * How to tell from the state that `intent`, sent by `me` when the view was `before`, was accepted: the
 * server answers only refusals, so this lets `send` resolve with the patch instead of after a timeout.
 * Null when the state already looked like that before (a repeated vote, a lock already on), so only a
 * refusal or the timeout can settle it.
 */
export function intentShown(intent: Intent, before: GameView, me: string | null): ((after: GameView) => boolean) | null {
  const mine = (v: GameView) => {
    const p = me !== null ? v.players[me] : undefined;
    return p ? { line: v.lines[p.line], seat: p.seat } : null;
  };
  let test: (v: GameView) => boolean;
  switch (intent.type) {
    case "vote":
      test = (v) => !!(me !== null && mine(v)?.line.current?.votes[me]);
      break;
    case "adjust":
      test = (v) => {
        const m = mine(v);
        const n = m?.line.neurons[m.seat];
        return !!n && n.adjusted && n.weight === intent.weight && (intent.bias === undefined || n.bias === intent.bias);
      };
      break;
    case "ready":
      test = (v) => {
        const m = mine(v);
        return !!m?.line.neurons[m.seat]?.ready;
      };
      break;
    case "start":
    case "next":
    case "end":
      test = (v) => v.phase !== before.phase || v.round !== before.round;
      break;
    case "pause":
      test = (v) => v.paused;
      break;
    case "resume":
      test = (v) => !v.paused;
      break;
    case "lock":
      test = (v) => v.locked === intent.locked;
      break;
    case "kick":
      test = (v) => !v.players[intent.player];
      break;
    default:
      // configure and setHoop may be normalised by the engine: leave them to the refusal or the timeout.
      return null;
  }
  return test(before) ? null : test;
}

/**
 * A classroom game over the network. Make one with `NetworkGame.host`, `NetworkGame.join` or
 * `NetworkGame.resume`; the host's `me` is "host" and a student's is their session id (kept across
 * reconnections, so the seat and the weight come back with it).
 */
export class NetworkGame implements GameSource {
  me: string | null;
  private room: Room;
  private current: GameView;
  private readonly client: Client;
  private readonly listeners = new Listeners<GameView>();
  private readonly errorListeners = new Listeners<GameError>();
  private readonly statusListeners = new Listeners<ConnectionStatus>();
  private readonly pending: Pending[] = [];
  private statusNow: ConnectionStatus = { kind: "connected", rejoined: false };
  private disposed = false;
  private kicked = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly store: KeyValueStore | null;
  private readonly retryForMs: number;
  private readonly ackMs: number;
  private readonly wake = () => this.retryNow();

  private constructor(client: Client, room: Room, private saved: SavedSeat, options: NetworkOptions, rejoined: boolean) {
    this.client = client;
    this.store = options.store === undefined ? browserStore() : options.store;
    this.retryForMs = options.retryForMs ?? 115_000;
    this.ackMs = options.ackMs ?? 700;
    this.room = room;
    this.me = saved.role === "host" ? NETWORK_HOST_ID : room.sessionId;
    this.current = wireToView(room.state.toJSON());
    this.statusNow = { kind: "connected", rejoined };
    this.bind(room);
    const w = globalThis as { addEventListener?: (t: string, f: () => void) => void };
    // A tablet waking up or a network coming back: try at once rather than at the next back-off step.
    w.addEventListener?.("online", this.wake);
    w.addEventListener?.("visibilitychange", this.wake);
  }

  /** Creates a class as its host; the host key is kept so a reload gets the projector back. */
  static async host(options: NetworkOptions & { settings?: Partial<Settings> }): Promise<NetworkGame> {
    const client = new Client(options.endpoint);
    let room: Room;
    try {
      room = await client.create(ROOM_NAME, options.settings ? { settings: options.settings } : {});
    } catch (e) {
      throw joinFailure(e);
    }
    const key = await hostKeyOf(room);
    const saved: SavedSeat = { code: key.code, role: "host", token: room.reconnectionToken, hostKey: key.hostKey };
    const game = new NetworkGame(client, room, saved, options, false);
    game.save();
    game.store?.setItem(LAST_HOSTED_KEY, key.code);
    await game.settled();
    return game;
  }

  /** Joins a class by its code as a student (an empty name gets a generated one). */
  static async join(options: NetworkOptions & { code: string; name: string }): Promise<NetworkGame> {
    const code = options.code.replace(/[\s-]/g, "").toUpperCase();
    if (!/^[A-Z0-9]{5}$/.test(code)) throw new JoinError("bad-code", "A join code is 5 letters or digits, like K7QXM.");
    await lookup(options.endpoint, code);
    const client = new Client(options.endpoint);
    let room: Room;
    try {
      room = await client.joinById(code, { name: options.name });
    } catch (e) {
      throw joinFailure(e);
    }
    const game = new NetworkGame(client, room, { code, role: "student", token: room.reconnectionToken, name: options.name }, options, false);
    game.save();
    await game.settled();
    return game;
  }

  /**
   * Takes back a seat this browser held in class `code` (after a reload or a long sleep), or null if
   * it held none or the seat is gone. A host whose token expired re-joins with the host key.
   */
  static async resume(options: NetworkOptions & { code: string }): Promise<NetworkGame | null> {
    const store = options.store === undefined ? browserStore() : options.store;
    const raw = store?.getItem(seatKey(options.code));
    if (!raw) return null;
    let saved: SavedSeat;
    try {
      saved = JSON.parse(raw) as SavedSeat;
    } catch {
      return null;
    }
    const client = new Client(options.endpoint);
    let room: Room | null = null;
    // Right after a reload the server may not have noticed the old socket close yet: try for a few seconds.
    for (let attempt = 0; attempt < 8 && !room; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 150 * attempt));
      room = await client.reconnect(saved.token).catch(() => null);
    }
    if (!room && saved.role === "host" && saved.hostKey) room = await client.joinById(saved.code, { hostKey: saved.hostKey }).catch(() => null);
    if (!room) {
      store?.removeItem(seatKey(saved.code));
      return null;
    }
    const game = new NetworkGame(client, room, saved, { ...options, store }, true);
    game.saved.token = room.reconnectionToken;
    game.save();
    await game.settled();
    return game;
  }

  /** The class's join code. */
  get code(): string {
    return this.saved.code;
  }

  /** The host key (host only): it unlocks the class report. */
  get hostKey(): string | null {
    return this.saved.hostKey ?? null;
  }

  /** Where the class report downloads from (host only). */
  reportUrl(format: "csv" | "json", endpoint: string): string | null {
    if (!this.saved.hostKey) return null;
    return `${httpBase(endpoint)}/api/classes/${this.code}/report.${format}?key=${encodeURIComponent(this.saved.hostKey)}`;
  }

  view(): GameView {
    return this.current;
  }

  clock(): number {
    // The server measures deadlines with its Date.now(); on a LAN the clocks agree to within a second.
    return Date.now();
  }

  /** The connection's state now. */
  status(): ConnectionStatus {
    return this.statusNow;
  }

  subscribe(listener: ViewListener): () => void {
    return this.listeners.add(listener);
  }

  onError(listener: ErrorListener): () => void {
    return this.errorListeners.add(listener);
  }

  /** Listens to connection changes (dropped, rejoined, kicked). */
  onStatus(listener: StatusListener): () => void {
    return this.statusListeners.add(listener);
  }

  /**
   * Sends an intent. The server answers only refusals, so this resolves with the refusal of this
   * message type, or null as soon as the state shows the intent's effect (my vote recorded, my
   * handshake moved, the phase on), or when neither came within `ackMs`.
   */
  send(intent: Intent): Promise<GameError | null> {
    const { type, ...payload } = intent;
    if (this.statusNow.kind !== "connected") {
      const error: GameError = { code: "bad-action", message: "Not connected: your device is getting back into the class." };
      this.emitError(error);
      return Promise.resolve(error);
    }
    return new Promise((resolve) => {
      const entry: Pending = {
        type,
        resolve,
        shown: intentShown(intent, this.current, this.me),
        timer: setTimeout(() => {
          this.pending.splice(this.pending.indexOf(entry), 1);
          resolve(null);
        }, this.ackMs),
      };
      this.pending.push(entry);
      this.room.send(type, payload);
    });
  }

  /** Leaves the class for good (the seat goes back to a bot) and forgets it. */
  async leave(): Promise<void> {
    this.forget();
    this.disposed = true;
    await this.room.leave(true).catch(() => undefined);
    this.dispose();
  }

  dispose(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const w = globalThis as { removeEventListener?: (t: string, f: () => void) => void };
    w.removeEventListener?.("online", this.wake);
    w.removeEventListener?.("visibilitychange", this.wake);
    if (!this.disposed) {
      this.disposed = true;
      // Not consented: like closing the tab, the seat is kept for a reload.
      this.room.connection.close();
    }
    for (const p of this.pending.splice(0)) {
      clearTimeout(p.timer);
      p.resolve(null);
    }
    this.listeners.clear();
    this.errorListeners.clear();
    this.statusListeners.clear();
  }

  /** Drops the socket as a Wi-Fi blip would (tests and the "reconnect" demo); the game gets back by itself. */
  simulateDrop(): void {
    this.room.connection.close();
  }

  /** Resolves once the first full state has arrived. */
  private async settled(): Promise<void> {
    const until = Date.now() + 5000;
    while (this.current.lines.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  }

  private bind(room: Room): void {
    room.onStateChange(() => {
      this.current = wireToView(room.state.toJSON());
      this.settleShown();
      this.listeners.emit(this.current);
    });
    room.onMessage("error", (e: { code: GameError["code"]; message: string; type: string }) => {
      const error: GameError = { code: e.code, message: e.message };
      const i = this.pending.findIndex((p) => p.type === e.type);
      if (i >= 0) {
        const [p] = this.pending.splice(i, 1);
        clearTimeout(p.timer);
        p.resolve(error);
      }
      this.emitError(error);
    });
    room.onMessage("host-key", (m: { code: string; hostKey: string }) => {
      this.saved.hostKey = m.hostKey;
      this.save();
    });
    room.onMessage("kicked", () => {
      this.kicked = true;
    });
    room.onLeave((code) => this.left(code));
  }

  private left(code: number): void {
    if (this.disposed) return;
    if (code === CLOSE_KICKED || this.kicked) {
      this.forget();
      this.disposed = true;
      this.setStatus({ kind: "closed", reason: "kicked", message: "Your teacher removed you from this class." });
      return;
    }
    if (code === CLOSE_CONSENTED || code === 1000) {
      this.disposed = true;
      this.setStatus({ kind: "closed", reason: "left", message: "The class has closed." });
      return;
    }
    this.reconnect(Date.now(), 1);
  }

  private reconnect(since: number, attempt: number): void {
    if (this.disposed) return;
    this.setStatus({ kind: "reconnecting", attempt });
    const tryOnce = async () => {
      this.retryTimer = null;
      if (this.disposed) return;
      let room: Room | null = await this.client.reconnect(this.saved.token).catch(() => null);
      if (!room && this.saved.role === "host" && this.saved.hostKey) {
        room = await this.client.joinById(this.saved.code, { hostKey: this.saved.hostKey }).catch(() => null);
      }
      if (this.disposed) {
        room?.connection.close();
        return;
      }
      if (room) {
        this.room = room;
        this.saved.token = room.reconnectionToken;
        this.save();
        this.bind(room);
        this.current = wireToView(room.state.toJSON());
        this.setStatus({ kind: "connected", rejoined: true });
        this.listeners.emit(this.current);
        return;
      }
      if (Date.now() - since > this.retryForMs) {
        this.forget();
        this.disposed = true;
        this.setStatus({ kind: "closed", reason: "lost", message: "Your seat was given away after a long time offline. Join again with the code." });
        return;
      }
      this.reconnect(since, attempt + 1);
    };
    // Quick at first (a reload, a blip), then every few seconds.
    this.retryTimer = setTimeout(() => void tryOnce(), Math.min(5000, 250 * 2 ** (attempt - 1)));
  }

  private retryNow(): void {
    const doc = (globalThis as { document?: { visibilityState?: string } }).document;
    if (doc?.visibilityState === "hidden") return;
    if (this.statusNow.kind !== "reconnecting" || !this.retryTimer) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.reconnect(Date.now(), 1);
  }

  /** Resolves the intents whose effect the state now shows. */
  private settleShown(): void {
    for (const p of [...this.pending]) {
      if (!p.shown?.(this.current)) continue;
      this.pending.splice(this.pending.indexOf(p), 1);
      clearTimeout(p.timer);
      p.resolve(null);
    }
  }

  private setStatus(status: ConnectionStatus): void {
    this.statusNow = status;
    this.statusListeners.emit(status);
  }

  private emitError(error: GameError): void {
    this.errorListeners.emit(error);
  }

  private save(): void {
    this.saved.token = this.room.reconnectionToken || this.saved.token;
    this.store?.setItem(seatKey(this.saved.code), JSON.stringify(this.saved));
  }

  private forget(): void {
    this.store?.removeItem(seatKey(this.saved.code));
  }
}

/** Waits for the host key the server sends a host on joining. */
function hostKeyOf(room: Room): Promise<{ code: string; hostKey: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new JoinError("refused", "The server did not hand over the class's host key.")), 5000);
    room.onMessage("host-key", (m: { code: string; hostKey: string }) => {
      clearTimeout(timer);
      resolve(m);
    });
  });
}

/** Asks the class API about a code first, for a precise reason (wrong code, locked) before joining. */
async function lookup(endpoint: string, code: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`${httpBase(endpoint)}/api/classes/${code}`);
  } catch {
    throw new JoinError("unreachable", "Cannot reach the class's server. Check the Wi-Fi.");
  }
  if (res.ok) return;
  const body = (await res.json().catch(() => ({}))) as { error?: string; message?: string };
  const reason: JoinFailure = body.error === "locked" ? "locked" : body.error === "bad-code" ? "bad-code" : body.error === "not-found" ? "not-found" : "refused";
  throw new JoinError(reason, body.message ?? `The server said ${res.status}.`);
}
