/**
 * Classroom mode: the same GameSource as LocalGame, relayed to a Colyseus 0.16 server. The view is the
 * server's Schema state turned back into the engine's GameView (shared/protocol/wire-view.ts), so panels
 * and scenes cannot tell the two apart. Runs in browsers and in Node (tests). colyseus.js 0.16 does not
 * reconnect by itself, so this does: it keeps the reconnection token (and the host key) and re-joins
 * after a reload, a sleep or a dropped socket. Storage, the class API, refusals and acknowledgements
 * live beside it in client/source/network/.
 */
import { Client, type Room } from "colyseus.js";
import {
  type AckMessage,
  CLOSE,
  type ErrorMessage,
  type GameView,
  HOST_ID,
  type Intent,
  joinRefusalCode,
  normalizeCode,
  type NoticeMessage,
  type Refusal,
  type SeatMessage,
  SERVER_MESSAGE,
  type Settings,
  wireToView,
} from "../../shared";
import type { ErrorListener, GameSource, ViewListener } from "./game-source";
import { Listeners } from "./listeners";
import { shownView } from "./shown-view";
import { AckTracker } from "./network/acks";
import { createClass, fetchReport, lookupClass, type ReportFile } from "./network/class-api";
import { JoinError, joinFailure } from "./network/refusals";
import { browserStore, deviceKey, type KeyValueStore, LAST_HOSTED_KEY, loadSeat, rememberHosted, type SavedSeat, seatKey } from "./network/seat-store";

export { JoinError, type JoinFailure } from "./network/refusals";
export { browserStore, forgetHosted, type HostedClass, hostedClasses, type KeyValueStore, LAST_HOSTED_KEY, type SavedSeat, seatKey } from "./network/seat-store";
export { classInfo, deleteClass, fetchReport, type ReportFile } from "./network/class-api";

/** Where the connection is. `rejoined` says the seat was taken back after a drop or a reload. */
export type ConnectionStatus =
  | { kind: "connected"; rejoined: boolean }
  | { kind: "reconnecting"; attempt: number }
  | { kind: "closed"; reason: "kicked" | "left" | "lost"; message: string };

/** Listens to connection changes. */
export type StatusListener = (status: ConnectionStatus) => void;

/** Answers that mean the seat is gone for good (not a network failure): stop trying and forget it. */
const SEAT_GONE = new Set(["unknown-player", "banned", "not-found", "host-key"]);

/** Whether a failed join means the seat is gone for good, rather than that the server could not be reached. */
function seatGone(error: unknown): boolean {
  const code = joinRefusalCode((error as { code?: unknown } | null)?.code);
  return code !== null && SEAT_GONE.has(code);
}

/** Waits for the seat message a student gets on joining (the engine's player id, and a new seat key). */
function seatOf(room: Room): Promise<SeatMessage | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), 5000);
    room.onMessage(SERVER_MESSAGE.seat, (m: SeatMessage) => {
      clearTimeout(timer);
      resolve(m);
    });
  });
}

/** How to reach a server, and where to keep the seat. */
export interface NetworkOptions {
  /** ws:// or wss:// address of the server (the page's own host in a browser). */
  endpoint: string;
  /** Where the reconnection token is kept; defaults to the browser's storage, none in Node. */
  store?: KeyValueStore | null;
  /** How long to keep trying to get back in after a drop, ms (the seat key works as long as the class exists: minutes, by default 10). */
  retryForMs?: number;
  /** How long `send` waits for the server's "ack" or "error" before it answers that nothing came, ms. */
  ackMs?: number;
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
  private readonly endpoint: string;
  private readonly listeners = new Listeners<GameView>();
  private readonly errorListeners = new Listeners<Refusal>();
  private readonly statusListeners = new Listeners<ConnectionStatus>();
  private readonly noticeListeners = new Listeners<NoticeMessage>();
  private readonly acks: AckTracker;
  private statusNow: ConnectionStatus = { kind: "connected", rejoined: false };
  private disposed = false;
  private kicked = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly store: KeyValueStore | null;
  private readonly retryForMs: number;
  private readonly wake = () => this.retryNow();
  /** The device says it went offline: a socket would only notice much later, so drop it now and start getting back. */
  private readonly offline = () => {
    if (!this.disposed && this.statusNow.kind === "connected") this.room.connection.close();
  };

  private constructor(client: Client, room: Room, private saved: SavedSeat, options: NetworkOptions, rejoined: boolean) {
    this.client = client;
    this.endpoint = options.endpoint;
    this.store = options.store === undefined ? browserStore() : options.store;
    this.retryForMs = options.retryForMs ?? 600_000;
    this.acks = new AckTracker(options.ackMs ?? 5000);
    this.room = room;
    this.me = saved.role === "host" ? HOST_ID : (saved.player ?? room.sessionId);
    this.current = wireToView(room.state.toJSON());
    this.statusNow = { kind: "connected", rejoined };
    this.bind(room);
    const w = globalThis as { addEventListener?: (t: string, f: () => void) => void };
    // A tablet waking up or a network coming back: try at once rather than at the next back-off step.
    w.addEventListener?.("online", this.wake);
    w.addEventListener?.("visibilitychange", this.wake);
    w.addEventListener?.("offline", this.offline);
  }

  /** Creates a class (the class API hands this device the host key), then connects as its host. */
  static async host(options: NetworkOptions & { settings?: Partial<Settings> }): Promise<NetworkGame> {
    const created = await createClass(options.endpoint, options.settings);
    const client = new Client(options.endpoint);
    const room = await client.joinById(created.code, { hostKey: created.hostKey }).catch((e: unknown) => {
      throw joinFailure(e);
    });
    const saved: SavedSeat = { code: created.code, role: "host", token: room.reconnectionToken, hostKey: created.hostKey };
    const game = new NetworkGame(client, room, saved, options, false);
    game.save();
    game.store?.setItem(LAST_HOSTED_KEY, created.code);
    rememberHosted(game.store, { code: created.code, hostKey: created.hostKey, createdAt: Date.now() });
    await game.settled();
    return game;
  }

  /** Joins a class by its code as a student (an empty name gets a generated one). */
  static async join(options: NetworkOptions & { code: string; name: string }): Promise<NetworkGame> {
    const code = normalizeCode(options.code);
    if (!code) throw new JoinError("bad-code");
    await lookupClass(options.endpoint, code);
    const store = options.store === undefined ? browserStore() : options.store;
    const client = new Client(options.endpoint);
    const room = await client.joinById(code, { name: options.name, deviceKey: deviceKey(store) }).catch((e: unknown) => {
      throw joinFailure(e);
    });
    const seat = await seatOf(room);
    const saved: SavedSeat = { code, role: "student", token: room.reconnectionToken, name: options.name, ...(seat ? { player: seat.player, seatKey: seat.seatKey } : {}) };
    const game = new NetworkGame(client, room, saved, options, false);
    game.save();
    await game.settled();
    return game;
  }

  /**
   * Takes back a seat this browser held in class `code` (after a reload or a long sleep), or null if
   * it held none or the seat is gone. A host whose token expired re-joins with the host key.
   */
  static async resume(options: NetworkOptions & { code: string; onAttempt?: (attempt: number) => void; signal?: AbortSignal }): Promise<NetworkGame | null> {
    const store = options.store === undefined ? browserStore() : options.store;
    const saved = loadSeat(store, options.code);
    if (!saved) return null;
    const client = new Client(options.endpoint);
    const until = Date.now() + (options.retryForMs ?? 600_000);
    // A server that is restarting, or a Wi-Fi that is back in a moment: keep trying, slower and slower.
    for (let attempt = 1; ; attempt++) {
      if (options.signal?.aborted) return null;
      options.onAttempt?.(attempt);
      const room = await rejoin(client, saved, store);
      if (options.signal?.aborted) {
        if (room && room !== "gone") room.connection.close();
        return null;
      }
      if (room === "gone") {
        store?.removeItem(seatKey(saved.code));
        return null;
      }
      if (room) {
        const game = new NetworkGame(client, room, saved, { ...options, store }, true);
        game.save();
        await game.settled();
        return game;
      }
      if (Date.now() > until) return null;
      await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** (attempt - 1))));
    }
  }

  /** The class's join code. */
  get code(): string {
    return this.saved.code;
  }

  /** The host key (host only): it unlocks the class report. */
  get hostKey(): string | null {
    return this.saved.hostKey ?? null;
  }

  /** The class report (host only), fetched with the host key in a header. */
  report(format: "csv" | "students.csv" | "json"): Promise<ReportFile> {
    if (!this.saved.hostKey) return Promise.reject(new Error("Only the host can download the report."));
    return fetchReport(this.endpoint, this.code, this.saved.hostKey, format);
  }

  view(): GameView {
    return shownView(this.current);
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

  /** Listens to notes for the host (the server restarted and the class came back from its log). */
  onNotice(listener: (notice: NoticeMessage) => void): () => void {
    return this.noticeListeners.add(listener);
  }

  /**
   * Sends an intent with a sequence number; resolves with null when the server says "ack", with the
   * refusal when it says "error", or with a "no answer" refusal if neither comes in time.
   */
  send(intent: Intent): Promise<Refusal | null> {
    const { type, ...payload } = intent;
    if (this.statusNow.kind !== "connected") {
      const error: Refusal = { code: "unavailable", message: "Not connected: your device is getting back into the class.", id: "student.refused.notConnected" };
      this.errorListeners.emit(error);
      return Promise.resolve(error);
    }
    const { seq, answer } = this.acks.track();
    this.room.send(type, { ...payload, seq });
    return answer;
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
    w.removeEventListener?.("offline", this.offline);
    if (!this.disposed) {
      this.disposed = true;
      // Not consented: like closing the tab, the seat is kept for a reload.
      this.room.connection.close();
    }
    this.acks.abandon({ code: "unavailable", message: "This page left the class." });
    this.listeners.clear();
    this.errorListeners.clear();
    this.statusListeners.clear();
    this.noticeListeners.clear();
  }

  /** Drops the socket as a Wi-Fi blip would (tests and the "reconnect" demo); the game gets back by itself. */
  simulateDrop(): void {
    this.room.connection.close();
  }

  /** Resolves once the first full state has arrived. */
  private async settled(): Promise<void> {
    await fullState(this.room);
    this.current = wireToView(this.room.state.toJSON());
  }

  private bind(room: Room): void {
    room.onStateChange(() => {
      this.current = wireToView(room.state.toJSON());
      this.listeners.emit(shownView(this.current));
    });
    room.onMessage(SERVER_MESSAGE.ack, (m: AckMessage) => this.acks.accepted(m.seq));
    room.onMessage(SERVER_MESSAGE.error, (e: ErrorMessage) => this.errorListeners.emit(this.acks.refused(e)));
    room.onMessage(SERVER_MESSAGE.kicked, () => {
      this.kicked = true;
    });
    room.onMessage(SERVER_MESSAGE.seat, (m: SeatMessage) => {
      this.saved.player = m.player;
      if (m.seatKey) this.saved.seatKey = m.seatKey;
      this.me = m.player;
      this.save();
    });
    room.onMessage(SERVER_MESSAGE.notice, (m: NoticeMessage) => this.noticeListeners.emit(m));
    room.onLeave((code) => this.left(code));
  }

  private left(code: number): void {
    // Whatever was in flight may never have arrived: say so rather than pretend it was accepted.
    this.acks.abandon({ code: "unavailable", message: "The connection dropped before the class answered." });
    if (this.disposed) return;
    if (code === CLOSE.kicked || this.kicked) {
      this.forget();
      this.disposed = true;
      this.setStatus({ kind: "closed", reason: "kicked", message: "Your teacher removed you from this class." });
      return;
    }
    if (code === CLOSE.consented || code === 1000) {
      this.disposed = true;
      this.setStatus({ kind: "closed", reason: "left", message: "The class has closed." });
      return;
    }
    if (code === CLOSE.replaced) {
      // Another page took this seat with its seat key: trying to take it back would only fight it.
      this.disposed = true;
      this.setStatus({ kind: "closed", reason: "left", message: "Your seat is open on another page or device now." });
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
      const room = await rejoin(this.client, this.saved, this.store);
      if (this.disposed) {
        if (room && room !== "gone") room.connection.close();
        return;
      }
      if (room === "gone") {
        this.forget();
        this.disposed = true;
        this.setStatus({ kind: "closed", reason: "lost", message: "Your seat is not in this class any more. Join again with the code." });
        return;
      }
      if (room) {
        this.room = room;
        this.save();
        this.bind(room);
        // A fresh join (not a token reconnect) gets its full state a moment after the socket opens.
        await fullState(room);
        this.current = wireToView(room.state.toJSON());
        this.setStatus({ kind: "connected", rejoined: true });
        this.listeners.emit(shownView(this.current));
        return;
      }
      if (Date.now() - since > this.retryForMs) {
        // Still kept: a reload later tries again with the seat key.
        this.disposed = true;
        this.setStatus({ kind: "closed", reason: "lost", message: "Cannot reach the class. Check the Wi-Fi, then reload this page to take your seat back." });
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

  private setStatus(status: ConnectionStatus): void {
    this.statusNow = status;
    this.statusListeners.emit(status);
  }

  private save(): void {
    this.saved.token = this.room.reconnectionToken || this.saved.token;
    this.store?.setItem(seatKey(this.saved.code), JSON.stringify(this.saved));
  }

  private forget(): void {
    this.store?.removeItem(seatKey(this.saved.code));
  }
}

/** Resolves once a room's first full state has arrived (or after 5 s, whatever there is then). */
async function fullState(room: Room): Promise<void> {
  const until = Date.now() + 5000;
  while (wireToView(room.state.toJSON()).lines.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
}

/**
 * One try at getting a saved seat back: the reconnection token first (quick, while the server holds the
 * seat), then the host key or the seat key (after a restart, or when the server still holds a stale
 * socket). "gone" when the server says the seat is no more; null when it could not be reached.
 */
async function rejoin(client: Client, saved: SavedSeat, store: KeyValueStore | null): Promise<Room | "gone" | null> {
  let tokenError: unknown = null;
  const byToken = await client.reconnect(saved.token).catch((e: unknown) => ((tokenError = e), null));
  if (byToken) return byToken;
  const options = saved.role === "host" ? (saved.hostKey ? { hostKey: saved.hostKey } : null) : saved.seatKey ? { seatKey: saved.seatKey, deviceKey: deviceKey(store) } : null;
  // Nothing else to try: the token's refusal decides (a network failure is worth another try later).
  if (!options) return seatGone(tokenError) ? "gone" : null;
  try {
    const room = await client.joinById(saved.code, options);
    saved.token = room.reconnectionToken;
    return room;
  } catch (e) {
    return seatGone(e) ? "gone" : null;
  }
}
