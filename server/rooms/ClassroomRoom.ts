// The classroom: a thin adapter between colyseus clients and the shared engine. Messages in ->
// parseMessage -> reduce -> Schema state out. It decides no rule of the game itself.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { type Client, ErrorCode, Room, ServerError } from "@colyseus/core";
import {
  type Action,
  createGame,
  type GameError,
  type GameState,
  type GameView,
  MESSAGE_SCHEMAS,
  parseMessage,
  reduce,
  toView,
} from "../../shared";
import { classReport, type ClassReport, reportCsv } from "../report";
import { ClassroomState } from "../state/schema";
import { syncState } from "../state/sync";
import { randomCode } from "./join-code";
import { TokenBucket } from "./rate-limit";

/** The engine's id for the host (whoever holds the host key). */
export const HOST_ID = "host";
/** Presence set holding the join codes in use (shared by every process when Redis is on). */
export const CODES_KEY = "classroom:codes";
/** Close code sent to a kicked student. */
export const CLOSE_KICKED = 4100;
/** Close code sent to a client that flooded the room. */
export const CLOSE_FLOOD = 4129;

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
}

/** The defaults: a tablet may sleep for two minutes and keep its seat. */
export const DEFAULT_CLASSROOM_CONFIG: ClassroomConfig = { reconnectSeconds: 120, tickMs: 250, rate: 10, burst: 20, floodStrikes: 20 };

/** What a host passes to `client.create("classroom", ...)` and a student to `joinById(code, ...)`. */
export interface ClassroomJoinOptions {
  /** The host key: makes this client the host (the creator may choose it; otherwise the room makes one). */
  hostKey?: unknown;
  /** Initial settings (creator only), validated like a "configure" message. */
  settings?: unknown;
  /** A student's nickname; empty or missing gets a generated one. */
  name?: unknown;
}

/** The message the host receives on joining: the secret to keep for reloads. */
export interface HostKeyMessage {
  code: string;
  hostKey: string;
}

/** The refusal sent back to a client: the engine's code (or rate-limited) and a readable message. */
export interface ErrorMessage {
  code: GameError["code"] | "rate-limited";
  message: string;
  type: string;
}

interface Session {
  role: "host" | "student";
  bucket: TokenBucket;
  strikes: number;
  connected: boolean;
}

/** A classroom room for one server config. */
export function classroomRoom(config: ClassroomConfig = DEFAULT_CLASSROOM_CONFIG) {
  return class extends ClassroomRoom {
    override config = config;
  };
}

/** One class: a host, up to 96 students and the bots that fill the other seats. */
export class ClassroomRoom extends Room<ClassroomState> {
  override maxClients = 100;
  override state = new ClassroomState();
  protected config: ClassroomConfig = DEFAULT_CLASSROOM_CONFIG;
  private game!: GameState;
  private view!: GameView;
  private hostKey = "";
  private hostClaimed = false;
  private sessions = new Map<string, Session>();
  /** Sessions removed by the game (kicked): their leaving must not hold or free the seat again. */
  private expelled = new Set<string>();

  override async onCreate(options: ClassroomJoinOptions = {}): Promise<void> {
    let game = createGame(HOST_ID);
    if (options.settings !== undefined) {
      const parsed = parseMessage("configure", { settings: options.settings }, HOST_ID);
      if (!parsed.ok) throw new ServerError(ErrorCode.MATCHMAKE_UNHANDLED, parsed.error.message);
      const configured = reduce(game, parsed.action, Date.now());
      if (!configured.ok) throw new ServerError(ErrorCode.MATCHMAKE_UNHANDLED, configured.error.message);
      game = configured.state;
    }
    this.hostKey = validKey(options.hostKey) ? options.hostKey : randomBytes(18).toString("base64url");
    this.roomId = await this.claimCode();
    this.setPrivate(true);
    this.game = game;
    this.view = toView(game);
    syncState(this.state, this.view);

    for (const type of Object.keys(MESSAGE_SCHEMAS)) this.onMessage(type, (client, payload) => this.onIntent(client, type, payload));
    // Unknown types get a refusal instead of the default disconnect.
    this.onMessage("*", (client, type, payload) => this.onIntent(client, type, payload));
    this.clock.setInterval(() => this.dispatch({ type: "tick" }), this.config.tickMs);
  }

  override onAuth(client: Client, options: ClassroomJoinOptions = {}): { role: Session["role"] } {
    if (options.hostKey !== undefined || !this.hostClaimed) {
      // The creator's own join comes first (nobody else knows the code yet); later hosts need the key.
      if (this.hostClaimed && !(validKey(options.hostKey) && sameKey(options.hostKey, this.hostKey))) {
        throw new ServerError(ErrorCode.AUTH_FAILED, "That host key does not match this class.");
      }
      this.hostClaimed = true;
      this.sessions.set(client.sessionId, this.newSession("host"));
      return { role: "host" };
    }
    const name = options.name ?? "";
    if (typeof name !== "string") throw new ServerError(ErrorCode.AUTH_FAILED, "A nickname must be text.");
    if (name.length > 200) throw new ServerError(ErrorCode.AUTH_FAILED, "That nickname is far too long.");
    const result = this.dispatch({ type: "join", by: client.sessionId, name });
    if (!result.ok) throw new ServerError(ErrorCode.AUTH_FAILED, result.error.message);
    this.sessions.set(client.sessionId, this.newSession("student"));
    return { role: "student" };
  }

  override onJoin(client: Client, _options: unknown, auth: { role: Session["role"] }): void {
    if (auth.role === "host") {
      client.send("host-key", { code: this.roomId, hostKey: this.hostKey } satisfies HostKeyMessage);
      this.dispatch({ type: "connection", player: HOST_ID, connected: true });
    }
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
    try {
      await this.allowReconnection(client, this.config.reconnectSeconds);
      session.connected = true;
      this.connection(id, session, true);
      if (session.role === "host") client.send("host-key", { code: this.roomId, hostKey: this.hostKey } satisfies HostKeyMessage);
    } catch {
      this.sessions.delete(id);
      this.leaveGame(id, session);
    }
  }

  override onDispose(): Promise<unknown> {
    return this.presence.srem(CODES_KEY, this.roomId);
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
  protected dispatch(action: Action, client?: Client, type: string = action.type) {
    const result = reduce(this.game, action, Date.now());
    if (!result.ok) {
      if (client) this.sendError(client, { ...result.error, type });
      return result;
    }
    // Most actions, above all the clock's tick between deadlines, change nothing: skip the view and sync.
    if (sameFields(result.state, this.game)) return result;
    this.game = result.state;
    const next = toView(this.game);
    syncState(this.state, next, this.view);
    this.view = next;
    // Matchmaking mirrors the engine's lock (reconnections still get in).
    if (this.game.locked !== this.locked) void (this.game.locked ? this.lock() : this.unlock());
    return result;
  }

  private onIntent(client: Client, type: unknown, payload: unknown): void {
    const session = this.sessions.get(client.sessionId);
    if (!session) return;
    const typeName = typeof type === "string" ? type.slice(0, 40) : String(type);
    if (!session.bucket.take(Date.now())) {
      session.strikes++;
      if (session.strikes === 1) this.sendError(client, { code: "rate-limited", message: "Too many messages: slow down.", type: typeName });
      if (session.strikes > this.config.floodStrikes) client.leave(CLOSE_FLOOD, "Too many messages.");
      return;
    }
    session.strikes = 0;
    const by = session.role === "host" ? HOST_ID : client.sessionId;
    const parsed = parseMessage(type, payload, by);
    if (!parsed.ok) {
      this.sendError(client, { ...parsed.error, type: typeName });
      return;
    }
    const result = this.dispatch(parsed.action, client, typeName);
    if (result.ok && parsed.action.type === "leave") this.expel(parsed.action.player);
  }

  /** Disconnects a player the game removed (kicked, or left by their own "kick" of themselves). */
  private expel(player: string): void {
    const target = this.clients.getById(player);
    if (!target) return;
    this.expelled.add(player);
    target.send("kicked", { message: "The host removed you from this class." });
    target.leave(CLOSE_KICKED, "Removed by the host.");
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

  private newSession(role: Session["role"]): Session {
    return { role, bucket: new TokenBucket(this.config.rate, this.config.burst, Date.now()), strikes: 0, connected: true };
  }

  private sendError(client: Client, error: ErrorMessage): void {
    client.send("error", error);
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
    throw new ServerError(ErrorCode.MATCHMAKE_UNHANDLED, "Could not find a free join code; try again.");
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
