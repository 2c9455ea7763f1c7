// The classroom: a thin adapter between colyseus clients and the shared engine. Bytes in -> one
// guarded reader -> parseMessage -> reduce -> Schema state out. It decides no rule of the game itself;
// it owns who may speak (host key, seats, bans of devices) and how often.
import { timingSafeEqual } from "node:crypto";
import { type Client, type ClientPrivate, ClientState, type Deferred, Protocol, Room, type RoomException, ServerError } from "@colyseus/core";
import { unpack } from "@colyseus/msgpackr";
import { decode } from "@colyseus/schema";
import {
  type AckMessage,
  type Action,
  CLOSE,
  createGame,
  describeType,
  type ErrorMessage,
  type GameState,
  type GameView,
  HOST_ID,
  JOIN_REFUSAL,
  type KickedMessage,
  nameKey,
  parseMessage,
  reduce,
  SERVER_MESSAGE,
  toView,
  type WireErrorCode,
} from "../../shared";
import { TokenBucket } from "../guard/rate-limit";
import type { ClassMetadata } from "../http/classes";
import { classReport, type ClassReport, reportCsv } from "../report";
import { ClassroomState } from "../state/schema";
import { syncState } from "../state/sync";
import { randomCode } from "./join-code";

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
  /** Seconds a join's seat reservation waits for its socket. */
  seatReservationSeconds: number;
}

/** The defaults: a tablet may sleep for two minutes and keep its seat. */
export const DEFAULT_CLASSROOM_CONFIG: ClassroomConfig = { reconnectSeconds: 120, tickMs: 250, rate: 10, burst: 20, floodStrikes: 20, seatReservationSeconds: 8 };

/** What the class API passes to `matchMaker.createRoom`: the host key it made, and the creator's settings. */
export interface CreateOptions {
  hostKey: string;
  settings?: unknown;
}

interface Session {
  role: "host" | "student";
  bucket: TokenBucket;
  strikes: number;
  connected: boolean;
  deviceKey: string | null;
}

/** A refused join: colyseus hands the number and the sentence to the joining client. */
function refusal(code: WireErrorCode, message: string): ServerError {
  return new ServerError(JOIN_REFUSAL[code], message);
}

/** A classroom room for one server config. */
export function classroomRoom(config: ClassroomConfig = DEFAULT_CLASSROOM_CONFIG) {
  return class extends ClassroomRoom {
    override config = config;
  };
}

/** One class: host devices, up to 96 students and the bots that fill the other seats. */
export class ClassroomRoom extends Room<ClassroomState> {
  // Seats are the engine's to count (a refused join says "full"); colyseus' own cap only bounds
  // reservations, high enough that reservations without a socket can never lock a class.
  override maxClients = 1000;
  override state = new ClassroomState();
  protected config: ClassroomConfig = DEFAULT_CLASSROOM_CONFIG;
  private game!: GameState;
  private view!: GameView;
  private hostKey = "";
  private sessions = new Map<string, Session>();
  /** Sessions removed by the game (kicked): their leaving must not hold or free the seat again. */
  private expelled = new Set<string>();
  /** Dropped sessions waiting to come back, so a kick can close the door on them too. */
  private waiting = new Map<string, Deferred<Client>>();
  /** Devices the host removed, with the name each was removed under (letting the name back in lets them in). */
  private bannedDevices = new Map<string, string>();

  override onCreate(options: CreateOptions): Promise<void> {
    return this.create(options);
  }

  override onAuth(client: Client, options: unknown): { role: Session["role"] } {
    const o = (typeof options === "object" && options !== null ? options : {}) as Record<string, unknown>;
    const deviceKey = validKey(o.deviceKey) ? o.deviceKey : null;
    if (o.hostKey !== undefined) {
      if (!(validKey(o.hostKey) && sameKey(o.hostKey, this.hostKey))) throw refusal("host-key", "That host key does not match this class.");
      this.sessions.set(client.sessionId, this.newSession("host", deviceKey));
      return { role: "host" };
    }
    if (deviceKey && this.bannedDevices.has(deviceKey)) throw refusal("banned", "Your teacher removed this device from the class.");
    const name = o.name ?? "";
    if (typeof name !== "string") throw refusal("bad-name", "A nickname must be text.");
    if (name.length > 200) throw refusal("bad-name", "That nickname is far too long.");
    const result = this.dispatch({ type: "join", by: client.sessionId, name });
    if (!result.ok) throw refusal(result.error.code, result.error.message);
    this.sessions.set(client.sessionId, this.newSession("student", deviceKey));
    return { role: "student" };
  }

  override onJoin(client: Client, _options: unknown, auth: { role: Session["role"] }): void {
    if (auth.role === "host") this.dispatch({ type: "connection", player: HOST_ID, connected: true });
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    const id = client.sessionId;
    const session = this.sessions.get(id);
    if (!session) return;
    if (this.expelled.delete(id)) {
      this.sessions.delete(id);
      return;
    }
    session.connected = false;
    if (consented) {
      this.sessions.delete(id);
      this.leaveGame(id, session);
      return;
    }
    // A drop: keep the seat (a bot plays it) and wait for the device to come back.
    this.connection(id, session, false);
    const reconnection = this.allowReconnection(client, this.config.reconnectSeconds);
    this.waiting.set(id, reconnection);
    try {
      await reconnection;
      session.connected = true;
      this.connection(id, session, true);
    } catch {
      this.sessions.delete(id);
      this.leaveGame(id, session);
    } finally {
      this.waiting.delete(id);
    }
  }

  override onDispose(): Promise<unknown> {
    return this.presence.srem(CODES_KEY, this.roomId);
  }

  /** Anything that escapes a handler of the room is logged; the room and every other class go on. */
  override onUncaughtException(error: RoomException<this>, methodName: string): void {
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
      this.intentFailed(client, typeof type === "string" ? type : undefined, "bad-message", "That message could not be read.");
      return;
    }
    try {
      this.onIntent(client, type, payload);
    } catch (e) {
      console.error(`classroom ${this.roomId}: a message failed:`, e);
      this.intentFailed(client, type, "unavailable", "The server could not handle that message; the class goes on.");
    }
  }

  /** The class report for the holder of the host key, or null (called over IPC by the HTTP API). */
  report(key: unknown): ClassReport | null {
    if (!validKey(key) || !sameKey(key, this.hostKey)) return null;
    return classReport(this.view, this.roomId);
  }

  /** The report as CSV, for the holder of the host key, or null. */
  reportCsv(key: unknown): string | null {
    const report = this.report(key);
    return report && reportCsv(report);
  }

  /** The engine's full state (tests compare it with their own run of the engine). */
  get engineState(): GameState {
    return this.game;
  }

  /** Applies an action to the game and mirrors the result; a refusal changes nothing. */
  protected dispatch(action: Action) {
    const result = reduce(this.game, action, Date.now());
    // Most actions, above all the clock's tick between deadlines, change nothing: skip the view and sync.
    if (!result.ok || sameFields(result.state, this.game)) return result;
    const lockChanged = result.state.locked !== this.game.locked;
    this.game = result.state;
    const next = toView(this.game);
    syncState(this.state, next, this.view);
    this.view = next;
    // The lookup tells students a class is locked; joins are refused by the engine (never by colyseus, so a host key always gets in).
    if (lockChanged) void this.setMetadata({ locked: this.game.locked } satisfies ClassMetadata);
    return result;
  }

  private async create(options: CreateOptions): Promise<void> {
    // Only the class API creates classes (matchmaking cannot): it always passes the host key it made.
    if (!validKey(options?.hostKey)) throw new ServerError(JOIN_REFUSAL["host-key"], "A class is created through POST /api/classes.");
    let game = createGame(HOST_ID);
    if (options.settings !== undefined) {
      const parsed = parseMessage("configure", { settings: options.settings }, HOST_ID);
      if (!parsed.ok) throw new ServerError(JOIN_REFUSAL[parsed.error.code], parsed.error.message);
      const configured = reduce(game, parsed.action, Date.now());
      if (!configured.ok) throw new ServerError(JOIN_REFUSAL[configured.error.code], configured.error.message);
      game = configured.state;
    }
    this.hostKey = options.hostKey;
    this.roomId = await this.claimCode();
    await this.setPrivate(true);
    this.setSeatReservationTime(this.config.seatReservationSeconds);
    await this.setMetadata({ locked: false } satisfies ClassMetadata);
    this.game = game;
    this.view = toView(game);
    syncState(this.state, this.view);
    this.clock.setInterval(() => this.dispatch({ type: "tick" }), this.config.tickMs);
  }

  private onIntent(client: Client, type: unknown, payload: unknown): void {
    const session = this.sessions.get(client.sessionId);
    if (!session) return;
    if (!session.bucket.take(Date.now())) {
      session.strikes++;
      if (session.strikes === 1) this.intentFailed(client, type, "rate-limited", "Too many messages: slow down.");
      if (session.strikes > this.config.floodStrikes) client.leave(CLOSE.flood, "Too many messages.");
      return;
    }
    session.strikes = 0;
    const by = session.role === "host" ? HOST_ID : client.sessionId;
    const parsed = parseMessage(type, payload, by);
    if (!parsed.ok) return this.intentFailed(client, type, parsed.error.code, parsed.error.message, parsed.seq);
    const before = this.game;
    const result = this.dispatch(parsed.action);
    if (!result.ok) return this.intentFailed(client, type, result.error.code, result.error.message, parsed.seq);
    // After the next patch, so the sender's state already shows what it asked for when the ack arrives.
    if (parsed.seq !== undefined) client.send(SERVER_MESSAGE.ack, { seq: parsed.seq } satisfies AckMessage, { afterNextPatch: true });
    const action = parsed.action;
    if (action.type === "leave" && action.by !== action.player) this.expel(action.player, before.players[action.player]?.name ?? "");
    if (action.type === "unban") this.unbanDevices(action.name);
  }

  /** Sends a refusal of one message; `type` is echoed only as safe text. */
  private intentFailed(client: Client, type: unknown, code: WireErrorCode, message: string, seq?: number): void {
    const error: ErrorMessage = { code, message, type: typeof type === "string" ? type.slice(0, 40) : describeType(type) };
    if (seq !== undefined) error.seq = seq;
    client.send(SERVER_MESSAGE.error, error);
  }

  /** Closes the door on a player the host removed: their socket, their pending reconnection and their device. */
  private expel(player: string, name: string): void {
    const session = this.sessions.get(player);
    if (session?.deviceKey) this.bannedDevices.set(session.deviceKey, name);
    const target = this.clients.getById(player);
    if (target) {
      this.expelled.add(player);
      target.send(SERVER_MESSAGE.kicked, { message: "Your teacher removed you from this class." } satisfies KickedMessage);
      target.leave(CLOSE.kicked, "Removed by the host.");
    }
    // Kicked while away: the reconnection token stops working at once.
    this.waiting.get(player)?.reject(new Error("removed by the host"));
  }

  private unbanDevices(name: string): void {
    const key = nameKey(name);
    for (const [device, banned] of this.bannedDevices) if (nameKey(banned) === key) this.bannedDevices.delete(device);
  }

  private connection(id: string, session: Session, connected: boolean): void {
    if (session.role === "student") {
      if (this.game.players[id]) this.dispatch({ type: "connection", player: id, connected });
      return;
    }
    // The host is away only when no host device is connected (a projector and a phone may share the role).
    const hostsOnline = [...this.sessions.values()].some((s) => s.role === "host" && s.connected);
    if (connected || !hostsOnline) this.dispatch({ type: "connection", player: HOST_ID, connected });
  }

  private leaveGame(id: string, session: Session): void {
    if (session.role === "host") this.connection(id, session, false);
    else if (this.game.players[id]) this.dispatch({ type: "leave", by: id, player: id });
  }

  private newSession(role: Session["role"], deviceKey: string | null): Session {
    return { role, bucket: new TokenBucket(this.config.rate, this.config.burst, Date.now()), strikes: 0, connected: true, deviceKey };
  }

  /** A join code no other class (on any process) is using. */
  private async claimCode(): Promise<string> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const code = randomCode();
      // Check, then claim: a clash in the instant between the two is one in millions.
      if (await this.presence.sismember(CODES_KEY, code)) continue;
      await this.presence.sadd(CODES_KEY, code);
      return code;
    }
    throw new ServerError(JOIN_REFUSAL.unavailable, "Could not find a free join code; try again.");
  }
}

/** Whether two states hold the same value in every field, by reference (the reducer copies the top level even for a no-op). */
function sameFields(a: GameState, b: GameState): boolean {
  if (a === b) return true;
  for (const key in a) if (a[key as keyof GameState] !== b[key as keyof GameState]) return false;
  return true;
}

function validKey(key: unknown): key is string {
  return typeof key === "string" && key.length >= 8 && key.length <= 128;
}

function sameKey(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
