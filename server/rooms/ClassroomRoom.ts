// The classroom: a thin adapter between colyseus clients and the shared engine. Bytes in -> one
// guarded reader -> applyIntent (parse, reduce) -> the class log -> Schema state out. It decides no rule of the game itself;
// it owns who may speak (host key, seats, bans of devices) and how often.
import { randomBytes } from "node:crypto";
import { type Client, type ClientPrivate, ClientState, type Deferred, matchMaker, Protocol, Room, type RoomException, ServerError } from "@colyseus/core";
import { unpack } from "@colyseus/msgpackr";
import { decode } from "@colyseus/schema";
import {
  type AckMessage,
  type Action,
  type Applied,
  applyAction,
  applyIntent,
  CLOSE,
  describeType,
  type ErrorMessage,
  type GameState,
  type GameView,
  HOST_ID,
  JOIN_REFUSAL,
  type KickedMessage,
  nameKey,
  type NoticeMessage,
  type SeatMessage,
  SERVER_MESSAGE,
  startGame,
  toView,
  type WireErrorCode,
} from "../../shared";
import { TokenBucket } from "../guard/rate-limit";
import type { ClassMetadata } from "../http/classes";
import { replayClass, type TypedEntry } from "../class-log";
import { hashKey as hash, keyMatches, validKey } from "../keys";
import { type ClassStore, type EntrySecret, type LogEntry, StoreError } from "../store";
import { ClassroomState } from "../state/schema";
import { syncState } from "../state/sync";
import { corked, type PacedSerializer, pacePatches } from "../state/pacer";
import { randomCode } from "./join-code";
import { recordMessages } from "../../shared/i18n/current";
import { refusalIn, refusalWords, type RefusalWords } from "../../shared/game/refusal";

/** Presence set holding the join codes in use (shared by every process when Redis is on). */
export const CODES_KEY = "classroom:codes";

/** What the server may tune for every classroom (tests shorten the grace period and the tick). */
export interface ClassroomConfig {
  /** Seconds a dropped device keeps its seat (a bot plays it meanwhile). */
  reconnectSeconds: number;
  /** Milliseconds between clock ticks of the engine. */
  tickMs: number;
  /** Token bucket per client: messages per second and burst. */
  rate: number;
  burst: number;
  /** Messages over the limit tolerated in one flood before the client is disconnected. */
  floodStrikes: number;
  /** Seconds a seat reservation waits for its socket. */
  seatReservationSeconds: number;
  /** Seconds a class brought back after a restart waits for its first device before an empty room may end it. */
  keepRestoredSeconds: number;
}

/** The defaults: a tablet may sleep for two minutes and keep its seat. */
export const DEFAULT_CLASSROOM_CONFIG: ClassroomConfig = { reconnectSeconds: 120, tickMs: 250, rate: 10, burst: 20, floodStrikes: 20, seatReservationSeconds: 8, keepRestoredSeconds: 600 };

/** What the class API passes to `matchMaker.createRoom`: the host key it made, and the creator's settings. */
export interface CreateOptions {
  hostKey: string;
  settings?: unknown;
}

/** What the server passes on boot to bring a stored class back: its code (the log is in the store). */
export interface RestoreOptions {
  restore: string;
}

/** Who a connection is: the host, or the student playing the engine's player `playerId`. */
interface Auth {
  role: "host" | "student";
  playerId: string | null;
  /** A seat key issued with this join (sent to the student once). */
  seatKey?: string;
}

interface Session {
  role: Auth["role"];
  /** The engine's id of the student's player (the session id of their first join); null for hosts. */
  playerId: string | null;
  bucket: TokenBucket;
  strikes: number;
  connected: boolean;
  deviceKey: string | null;
  /** Another connection took this seat over (a reload after a silent drop): its leaving frees nothing. */
  replaced: boolean;
}



/** A refused join: colyseus hands the number and the sentence to the joining client. */
function refusal(code: WireErrorCode, message: string): ServerError {
  return new ServerError(JOIN_REFUSAL[code], message);
}

/** A classroom room for one server config, writing its log to `store`. */
export function classroomRoom(config: ClassroomConfig, store: ClassStore) {
  return class extends ClassroomRoom {
    override config = config;
    override store = store;
  };
}

/** One class: host devices, up to 96 students and the bots that fill the other seats. */
export class ClassroomRoom extends Room<ClassroomState> {
  // Seats are the engine's to count (a refused join says "full"); colyseus' own cap only bounds
  // reservations, high enough that reservations without a socket can never lock a class.
  override maxClients = 1000;
  override state = new ClassroomState();
  protected config: ClassroomConfig = DEFAULT_CLASSROOM_CONFIG;
  protected store!: ClassStore;
  private game!: GameState;
  private view!: GameView;
  private hostKeyHash = "";
  private sessions = new Map<string, Session>();
  /** Seat keys (hashed) to the engine's player ids, rebuilt from the log after a restart. */
  private seats = new Map<string, string>();
  /** Each player's device key, from their join (so a kick can shut the device out). */
  private devices = new Map<string, string>();
  /** The next log entry's number, and the writes in flight (in order). */
  private seq = 0;
  private writing: Promise<void> = Promise.resolve();
  /** Log entries waiting for the write queued behind the one under way (see `log`). */
  private unwritten: LogEntry[] = [];
  /** Set when this class came back from the log after a restart, until the host resumes: host devices are told. */
  private restoredAt: number | null = null;
  /** The server is stopping: connections close without anything happening to the game or its log. */
  private stopping = false;
  /** Sessions removed by the game (kicked): their leaving must not hold or free the seat again. */
  private expelled = new Set<string>();
  /** Dropped sessions waiting to come back, so a kick can close the door on them too. */
  private waiting = new Map<string, Deferred<Client>>();
  /** Devices the host removed, with the name each was removed under (letting the name back in lets them in). */
  private bannedDevices = new Map<string, string>();
  /** Resolves `ended` (set by its initializer, which runs after this one). */
  private markEnded: () => void = () => {};
  /** Sends patches per client: a sender at once, the projector every window, other students at most once a second (server/state/pacer.ts). */
  private pacer!: PacedSerializer;

  override onCreate(options: CreateOptions | RestoreOptions): Promise<void> {
    this.pacer = pacePatches(this);
    return "restore" in options ? this.restore(options.restore) : this.create(options);
  }

  override onAuth(client: Client, options: unknown): Auth {
    // The log is closing: a join now could not be written. The page is told, and tries again once the server is back.
    if (this.stopping) throw refusal("unavailable", refusalIn("refusal.classRestarting").message);
    const o = (typeof options === "object" && options !== null ? options : {}) as Record<string, unknown>;
    const deviceKey = validKey(o.deviceKey) ? o.deviceKey : null;
    if (o.hostKey !== undefined) {
      if (!keyMatches(o.hostKey, this.hostKeyHash)) throw refusal("host-key", refusalIn("refusal.hostKey").message);
      this.sessions.set(client.sessionId, this.newSession("host", null, deviceKey));
      return { role: "host", playerId: null };
    }
    if (deviceKey && this.bannedDevices.has(deviceKey)) throw refusal("banned", refusalIn("refusal.deviceBanned").message);
    if (o.seatKey !== undefined) return this.reclaim(client, o.seatKey, deviceKey);
    const name = o.name ?? "";
    if (typeof name !== "string") throw refusal("bad-name", refusalIn("refusal.nameNotText").message);
    if (name.length > 200) throw refusal("bad-name", refusalIn("refusal.nameTooLong").message);
    const seatKey = randomBytes(24).toString("base64url");
    const playerId = client.sessionId;
    const result = this.dispatch({ type: "join", by: playerId, name }, { seatKeyHash: hash(seatKey), ...(deviceKey ? { deviceKey } : {}) });
    if (!result.ok) throw refusal(result.error.code, result.error.message);
    this.seats.set(hash(seatKey), playerId);
    if (deviceKey) this.devices.set(playerId, deviceKey);
    this.sessions.set(client.sessionId, this.newSession("student", playerId, deviceKey));
    return { role: "student", playerId, seatKey };
  }

  override onJoin(client: Client, _options: unknown, auth: Auth): void {
    if (auth.role === "host") {
      this.dispatch({ type: "connection", player: HOST_ID, connected: true });
      if (this.restoredAt !== null) client.send(SERVER_MESSAGE.notice, { kind: "restarted", at: this.restoredAt } satisfies NoticeMessage);
      return;
    }
    if (auth.playerId) client.send(SERVER_MESSAGE.seat, { player: auth.playerId, ...(auth.seatKey ? { seatKey: auth.seatKey } : {}) } satisfies SeatMessage);
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    if (this.stopping) return;
    const id = client.sessionId;
    const session = this.sessions.get(id);
    if (!session) return;
    if (this.expelled.delete(id)) {
      this.sessions.delete(id);
      return;
    }
    session.connected = false;
    if (session.replaced) {
      this.sessions.delete(id);
      return;
    }
    if (consented) {
      this.sessions.delete(id);
      this.leaveGame(session);
      return;
    }
    // A drop: keep the seat (a bot plays it) and wait for the device to come back.
    this.connection(session, false);
    // While the server stops, nobody is waited for: the class is in the log and comes back on restart.
    if (matchMaker.state === matchMaker.MatchMakerState.SHUTTING_DOWN) return;
    const reconnection = this.allowReconnection(client, this.config.reconnectSeconds);
    this.waiting.set(id, reconnection);
    try {
      await reconnection;
      session.connected = true;
      this.connection(session, true);
    } catch {
      this.sessions.delete(id);
      // A stopping server drops every wait: the seat is kept in the log for the restart, not given up.
      if (!session.replaced && !this.stopping) this.leaveGame(session);
    } finally {
      this.waiting.delete(id);
    }
  }

  override async onDispose(): Promise<void> {
    try {
      // A stopping class flushed its log in stop() (the server's close() bounds that wait): a write that hangs must not hold Colyseus' own shutdown too.
      if (!this.stopping) await this.writing;
      // Everyone left: the class is over (its report is kept). A server that is stopping keeps it open, to come back.
      if (!this.stopping && matchMaker.state !== matchMaker.MatchMakerState.SHUTTING_DOWN) await this.store.finish(this.roomId, Date.now()).catch((e: unknown) => console.error(`classroom ${this.roomId}: finish failed:`, e));
      await this.presence.srem(CODES_KEY, this.roomId);
    } finally {
      this.markEnded();
    }
  }

  /**
   * Resolves once the class has ended: its last entries written and the class filed as finished. Colyseus no
   * longer lists a room it is disposing, so the server's close() waits on this, or it would close the store under them.
   */
  readonly ended = new Promise<void>((resolve) => (this.markEnded = resolve));

  /** Resolves when every log entry so far is written (the report reads the log; tests). */
  flushed(): Promise<void> {
    return this.writing;
  }

  /** A graceful stop: every device is told the server is restarting (it will reconnect), the log is flushed; the class stays open in the store. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.clock.clear();
    for (const client of [...this.clients]) client.leave(CLOSE.restarting, "The server is restarting: this page will reconnect by itself.");
    await this.writing;
  }

  /** Anything that escapes a handler of the room is logged; the room and every other class go on. */
  override onUncaughtException(error: RoomException<this>, methodName: string): void {
    // A join the room refused on purpose (full, bad name, wrong key) is an answer, not a fault.
    if (methodName === "onAuth" && error.cause instanceof ServerError) return;
    console.error(`classroom ${this.roomId}: ${methodName} failed:`, error.cause ?? error);
  }

  /**
   * Every message a client sends comes through here, before colyseus reads it: a frame that cannot
   * be read, a type that is not a string we know (colyseus' own "*" and "__no_message_handler"
   * included), or a handler that fails gets an "error" reply; the sender stays connected.
   */
  protected override _onMessage(client: Client & ClientPrivate, buffer: Buffer): void {
    const code = buffer?.[0];
    if (code !== Protocol.ROOM_DATA && code !== Protocol.ROOM_DATA_BYTES) return super._onMessage(client, buffer);
    if (client.state === ClientState.LEAVING) return;
    let type: unknown;
    let payload: unknown;
    try {
      const it = { offset: 1 };
      type = decode.stringCheck(buffer, it) ? decode.string(buffer, it) : decode.number(buffer, it);
      if (code === Protocol.ROOM_DATA_BYTES) throw new Error("raw bytes are not a message here");
      payload = buffer.byteLength > it.offset ? unpack(buffer.subarray(it.offset)) : undefined;
    } catch {
      this.intentFailed(client, typeof type === "string" ? type : undefined, "bad-message", refusalIn("refusal.unreadable"));
      return;
    }
    try {
      this.onIntent(client, type, payload);
    } catch (e) {
      console.error(`classroom ${this.roomId}: a message failed:`, e);
      this.intentFailed(client, type, "unavailable", refusalIn("refusal.failed"));
    }
  }

  /** The engine's full state (tests compare it with their own run of the engine). */
  get engineState(): GameState {
    return this.game;
  }

  /** Applies one of the server's own actions (joins, drops, the clock), logs and mirrors it; a refusal changes nothing. */
  protected dispatch(action: Action, secret?: EntrySecret): Applied {
    // Once the class is stopping its log is closing: nothing more happens to the game (it resumes from the log).
    if (this.stopping) return { ok: false, error: { code: "paused", message: refusalIn("refusal.classRestarting").message } };
    const now = Date.now();
    const applied = applyAction(this.game, action, now);
    this.commit(applied, now, secret);
    return applied;
  }

  /** Logs and mirrors an accepted action that changed the game (most clock ticks change nothing: no log, view or sync). */
  private commit(applied: Applied, now: number, secret?: EntrySecret): void {
    if (!applied.ok || !applied.changed) return;
    const result = applied;
    this.log({ seq: this.seq++, at: now, action: applied.action, ...(secret ? { secret } : {}) });
    const lockChanged = result.state.locked !== this.game.locked;
    // Once the host has resumed after a restart, a host device joining later is not told about it again.
    if (applied.action.type === "resume") this.restoredAt = null;
    this.game = result.state;
    const next = toView(this.game);
    syncState(this.state, next, this.view);
    this.view = next;
    // The lookup tells students a class is locked; joins are refused by the engine (never by colyseus, so a host key always gets in).
    if (lockChanged) void this.setMetadata({ locked: this.game.locked } satisfies ClassMetadata);
  }

  private async create(options: CreateOptions): Promise<void> {
    // Only the class API creates classes (matchmaking cannot): it always passes the host key it made.
    if (!validKey(options?.hostKey)) throw new ServerError(JOIN_REFUSAL["host-key"], refusalIn("refusal.createdByApi").message);
    const createdAt = Date.now();
    const settings = options.settings ?? null;
    const start = startGame(HOST_ID, settings, createdAt);
    if (!start.ok) throw new ServerError(JOIN_REFUSAL[start.error.code], start.error.message);
    this.hostKeyHash = hash(options.hostKey);
    this.roomId = await this.claimCode({ createdAt, hostKeyHash: this.hostKeyHash, settings, finishedAt: null });
    await this.open(start.state);
  }

  /** Brings a stored class back after a restart: its log replayed, everyone away, paused for the host. */
  private async restore(code: string): Promise<void> {
    const record = await this.store.getClass(code);
    if (!record || record.finishedAt !== null) throw new ServerError(JOIN_REFUSAL["not-found"], `No open class ${code} is stored.`);
    const log = await this.store.readLog(code);
    const { game } = replayClass(record, log, (entry, before) => this.remember(entry, before));
    this.hostKeyHash = record.hostKeyHash;
    this.seq = log.length;
    this.roomId = code;
    await this.presence.sadd(CODES_KEY, code);
    this.restoredAt = Date.now();
    // Nobody is here yet: colyseus ends an empty room within seconds (and an ended class is finished), long
    // before phones and the projector find their way back. Wait as long as pages keep trying.
    this.autoDispose = false;
    this.clock.setTimeout(() => (this.autoDispose = true), this.config.keepRestoredSeconds * 1000);
    await this.open(game);
    // Nobody is connected any more: every seat waits for its device (a bot plays meanwhile), the game waits for the host.
    for (const p of Object.values(this.game.players)) if (p.connected) this.dispatch({ type: "connection", player: p.id, connected: false });
    this.dispatch({ type: "connection", player: HOST_ID, connected: false });
  }

  private async open(game: GameState): Promise<void> {
    await this.setPrivate(true);
    this.setSeatReservationTime(this.config.seatReservationSeconds);
    await this.setMetadata({ locked: game.locked } satisfies ClassMetadata);
    this.game = game;
    this.view = toView(game);
    syncState(this.state, this.view);
    this.clock.setInterval(() => this.dispatch({ type: "tick" }), this.config.tickMs);
  }

  /** Rebuilds the server-only facts (seat keys, devices, bans) from one log entry and the state before it. */
  private remember(entry: TypedEntry, before: GameState): void {
    const { action } = entry;
    if (action.type === "join") {
      if (entry.secret?.seatKeyHash) this.seats.set(entry.secret.seatKeyHash, action.by);
      if (entry.secret?.deviceKey) this.devices.set(action.by, entry.secret.deviceKey);
    } else if (action.type === "leave" && action.by !== action.player) {
      const device = this.devices.get(action.player);
      if (device) this.bannedDevices.set(device, before.players[action.player]?.name ?? "");
    } else if (action.type === "unban") {
      this.unbanDevices(action.name);
    }
  }

  /**
   * Queues a log entry, written in order. Entries that arrive while a write is under way go together in the
   * next one (a store writes a batch at about the price of one entry; the SQLite store also puts every
   * class's entries of the same few ms in one commit: server/store/sqlite-store.ts).
   */
  private log(entry: LogEntry): void {
    this.unwritten.push(entry);
    // A write already queued behind the one under way takes this entry too.
    if (this.unwritten.length > 1) return;
    const code = this.roomId;
    this.writing = this.writing.then(() => {
      const batch = this.unwritten;
      this.unwritten = [];
      return this.store.append(code, batch).catch(async (e: unknown) => {
        // A write retried after a dropped connection can be refused although it landed the first time.
        if (e instanceof StoreError && e.reason === "bad-seq") {
          const landed = new Set((await this.store.readLog(code)).map((x) => x.seq));
          if (batch.every((x) => landed.has(x.seq))) return;
        }
        // The class goes on in memory; what is lost is its recovery after a restart: say so loudly.
        console.error(`classroom ${code}: log entries ${batch.map((x) => x.seq).join(", ")} were not written:`, e);
      });
    });
  }

  /** A student takes back their seat with its seat key (a reload, a restart, a lost token); a stale connection holding it is closed. */
  private reclaim(client: Client, seatKey: unknown, deviceKey: string | null): Auth {
    const playerId = validKey(seatKey) ? this.seats.get(hash(seatKey)) : undefined;
    if (!playerId || !this.game.players[playerId]) throw refusal("unknown-player", "That seat is not yours any more: join the class again.");
    for (const [id, other] of this.sessions) {
      if (other.playerId !== playerId) continue;
      other.replaced = true;
      this.sessions.delete(id);
      this.clients.getById(id)?.leave(CLOSE.replaced, "This seat was taken back from another connection.");
      this.waiting.get(id)?.reject(new Error("taken over"));
    }
    this.sessions.set(client.sessionId, this.newSession("student", playerId, deviceKey));
    this.dispatch({ type: "connection", player: playerId, connected: true });
    return { role: "student", playerId };
  }

  private onIntent(client: Client, type: unknown, payload: unknown): void {
    const session = this.sessions.get(client.sessionId);
    if (!session) return;
    // The log is closing: an intent taken now would live in memory only and be lost on restart. The device is
    // told, and sends again once it is back.
    if (this.stopping) return this.intentFailed(client, type, "unavailable", refusalIn("refusal.classRestarting"));
    if (!session.bucket.take(Date.now())) {
      session.strikes++;
      if (session.strikes === 1) this.intentFailed(client, type, "rate-limited", refusalIn("refusal.slowDown"));
      if (session.strikes > this.config.floodStrikes) client.leave(CLOSE.flood, "Too many messages.");
      return;
    }
    session.strikes = 0;
    const by = session.role === "host" ? HOST_ID : (session.playerId ?? client.sessionId);
    const before = this.game;
    const now = Date.now();
    // The engine words its refusals in English here; the messages it formatted tell the device which one it was.
    const { result: applied, said } = recordMessages(() => applyIntent(before, type, payload, by, now));
    if (!applied.ok) return this.intentFailed(client, type, applied.error.code, { message: applied.error.message, ...refusalWords(applied.error.message, said) }, applied.seq);
    this.commit(applied, now);
    // Once the intent is in the log (within a few ms: see `log`), the sender gets the
    // patch that shows it (server/state/pacer.ts) and the ack right behind it, in one socket write: an ack
    // means "kept", and the state already shows the intent when it arrives. A sender the patch could not
    // reach yet gets the ack after the next patch window instead.
    const seq = applied.seq;
    this.writing
      .then(() =>
        corked(client, () => {
          const upToDate = this.pacer.sendNow(client);
          if (seq !== undefined) client.send(SERVER_MESSAGE.ack, { seq } satisfies AckMessage, upToDate ? undefined : { afterNextPatch: true });
        }),
      )
      // Outside the message handler's try: a failure here must be logged, never left to end the process.
      .catch((e: unknown) => console.error(`classroom ${this.roomId}: the answer to an intent failed:`, e));
    const action = applied.action;
    if (action.type === "leave" && action.by !== action.player) this.expel(action.player, before.players[action.player]?.name ?? "");
    if (action.type === "unban") this.unbanDevices(action.name);
  }

  /** Sends a refusal of one message (English, with its message's id and values when known); `type` is echoed only as safe text. */
  private intentFailed(client: Client, type: unknown, code: WireErrorCode, words: { message: string } & Partial<RefusalWords>, seq?: number): void {
    const error: ErrorMessage = { code, ...words, type: typeof type === "string" ? type.slice(0, 40) : describeType(type) };
    if (seq !== undefined) error.seq = seq;
    client.send(SERVER_MESSAGE.error, error);
  }

  /** Closes the door on a player the host removed: their socket, their pending reconnection and their device. */
  private expel(player: string, name: string): void {
    const device = this.devices.get(player);
    if (device) this.bannedDevices.set(device, name);
    for (const [id, session] of this.sessions) {
      if (session.playerId !== player) continue;
      if (session.deviceKey) this.bannedDevices.set(session.deviceKey, name);
      const target = this.clients.getById(id);
      if (target) {
        this.expelled.add(id);
        target.send(SERVER_MESSAGE.kicked, { message: refusalIn("refusal.kicked").message } satisfies KickedMessage);
        target.leave(CLOSE.kicked, "Removed by the host.");
      }
      // Kicked while away: the reconnection token stops working at once.
      this.waiting.get(id)?.reject(new Error("removed by the host"));
    }
  }

  private unbanDevices(name: string): void {
    const key = nameKey(name);
    for (const [device, banned] of this.bannedDevices) if (nameKey(banned) === key) this.bannedDevices.delete(device);
  }

  private connection(session: Session, connected: boolean): void {
    if (session.role === "student") {
      if (session.playerId && this.game.players[session.playerId]) this.dispatch({ type: "connection", player: session.playerId, connected });
      return;
    }
    // The host is away only when no host device is connected (a projector and a phone may share the role).
    const hostsOnline = [...this.sessions.values()].some((s) => s.role === "host" && s.connected);
    if (connected || !hostsOnline) this.dispatch({ type: "connection", player: HOST_ID, connected });
  }

  private leaveGame(session: Session): void {
    if (session.role === "host") this.connection(session, false);
    else if (session.playerId && this.game.players[session.playerId]) this.dispatch({ type: "leave", by: session.playerId, player: session.playerId });
  }

  private newSession(role: Session["role"], playerId: string | null, deviceKey: string | null): Session {
    return { role, playerId, bucket: new TokenBucket(this.config.rate, this.config.burst, Date.now()), strikes: 0, connected: true, deviceKey, replaced: false };
  }

  /** A join code no other class (live on any process, or kept in the store) is using, recorded in the store with the class. */
  private async claimCode(record: Omit<Parameters<ClassStore["createClass"]>[0], "code">): Promise<string> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const code = randomCode();
      if (await this.presence.sismember(CODES_KEY, code)) continue;
      try {
        await this.store.createClass({ code, ...record });
      } catch (e) {
        if (e instanceof StoreError && e.reason === "code-taken") continue;
        throw e;
      }
      await this.presence.sadd(CODES_KEY, code);
      return code;
    }
    throw new ServerError(JOIN_REFUSAL.unavailable, "Could not find a free join code; try again.");
  }
}
