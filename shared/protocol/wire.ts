// The wire contract between the classroom server and its clients: names, close codes, the messages the
// server sends and their payloads, the join code's alphabet, and the codes of every refusal. Client and
// server import these; neither keeps a copy.
import type { ErrorCode } from "../game/actions";

/** The room name every class is registered under. */
export const ROOM_NAME = "classroom";
/** The engine's player id for the host (whoever holds the host key). */
export const HOST_ID = "host";

/** The characters a join code uses: letters and digits nobody confuses when spoken or typed (no I, O, 0, 1). */
export const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/** How many characters a join code has (32^5: about 33 million codes). */
export const CODE_LENGTH = 5;

/** A code as typed (any case, stray spaces or dashes) in its canonical form, or null if it cannot be one. */
export function normalizeCode(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length > 32) return null;
  const code = raw.replace(/[\s-]/g, "").toUpperCase();
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** WebSocket close codes the server uses (4000 is colyseus' own "left on purpose"). */
export const CLOSE = {
  /** The client left on purpose (room.leave()). */
  consented: 4000,
  /** The host removed this student. */
  kicked: 4100,
  /** The server is stopping; the page should try again in a moment. */
  restarting: 4101,
  /** Another connection took this seat back with its seat key (a reload after a silent drop). */
  replaced: 4102,
  /** The client sent too many messages. */
  flood: 4129,
} as const;

/** The messages the server sends, by name. */
export const SERVER_MESSAGE = {
  /** A refusal of one client message: ErrorMessage. */
  error: "error",
  /** The acceptance of one client message that carried a sequence number, sent after the class log has written it (or failed to, which the server logs): AckMessage. */
  ack: "ack",
  /** Sent to a student just before the socket closes with CLOSE.kicked: KickedMessage. */
  kicked: "kicked",
  /** Sent to a student on joining: which player they are, and (on a first join) the seat key to keep: SeatMessage. */
  seat: "seat",
  /** Something the host should be told: NoticeMessage. */
  notice: "notice",
} as const;

/** Why the wire refused something: the engine's codes plus the server's own. */
export type WireErrorCode =
  | ErrorCode
  /** Too many messages or requests: slow down (HTTP 429 carries Retry-After). */
  | "rate-limited"
  /** A typed join code that cannot be one (wrong length or letters). */
  | "bad-code"
  /** The bytes could not be read as a message at all. */
  | "bad-message"
  /** The host removed this device or name from the class. */
  | "banned"
  /** The class code is not in use (any more). */
  | "not-found"
  /** The host key does not match this class. */
  | "host-key"
  /** A request body or frame over the size limit. */
  | "too-large"
  /** The server could not do it right now; try again. */
  | "unavailable";

/** A value of a refusal's message: text, a number, or a message of its own (a field's name, in the reader's language). */
export type WireValue = string | number | { id: string; values?: Record<string, string | number> };

/**
 * Any refusal a client may meet: a code for programs and a sentence for people (the engine's GameError
 * is one). `message` is English (logs, older clients); `id` and `values`, when present, are the message
 * it was made from, which a device puts into its own language.
 */
export interface Refusal {
  code: WireErrorCode;
  message: string;
  id?: string;
  values?: Record<string, WireValue>;
}

/** A refusal of one client message: the message's type as sent (cut short), and its sequence number if it had one. */
export interface ErrorMessage extends Refusal {
  type: string;
  seq?: number;
}

/** The server accepted the message with this sequence number (it may have changed nothing). */
export interface AckMessage {
  seq: number;
}

/** Why a student's socket is about to close. */
export interface KickedMessage {
  message: string;
}

/** A student's seat: the engine's player id, and the secret that takes the seat back after a reload or a restart. */
export interface SeatMessage {
  player: string;
  seatKey?: string;
}

/** A note for the host: the server restarted at `at` (ms) and the class came back from its log, paused. */
export interface NoticeMessage {
  kind: "restarted";
  at: number;
}

/**
 * The numbers a refused join carries (colyseus' join errors are numeric): one per reason, so a client
 * tells "full" from "bad name" without reading the sentence. 4300..4399 is unused by colyseus.
 */
export const JOIN_REFUSAL: Record<WireErrorCode, number> = {
  "bad-action": 4300,
  "wrong-phase": 4301,
  "not-host": 4302,
  "not-seated": 4303,
  "unknown-player": 4304,
  "out-of-range": 4305,
  "not-a-number": 4306,
  "name-taken": 4307,
  "bad-name": 4308,
  full: 4309,
  locked: 4310,
  paused: 4311,
  "already-voted": 4312,
  "rate-limited": 4313,
  "bad-message": 4314,
  banned: 4315,
  "not-found": 4316,
  "host-key": 4317,
  "too-large": 4318,
  unavailable: 4319,
  "bad-code": 4320,
};

/** HTTP statuses and colyseus' own matchmaking errors that a join can fail with, by what they mean. */
const OTHER_REFUSALS: Record<number, WireErrorCode> = {
  400: "bad-message",
  404: "not-found",
  413: "too-large",
  423: "locked",
  429: "rate-limited",
  503: "unavailable",
  // colyseus: MATCHMAKE_INVALID_ROOM_ID, MATCHMAKE_EXPIRED (an old reconnection token), AUTH_FAILED
  4212: "not-found",
  4214: "not-found",
};

/** The refusal a join error's number stands for (ours, an HTTP status or colyseus'), or null if it is none of these. */
export function joinRefusalCode(code: unknown): WireErrorCode | null {
  if (typeof code !== "number") return null;
  for (const [name, n] of Object.entries(JOIN_REFUSAL)) if (n === code) return name as WireErrorCode;
  return OTHER_REFUSALS[code] ?? null;
}

/** What the HTTP API answers when it refuses: a code for programs and a sentence for people. */
export interface ApiError {
  error: WireErrorCode;
  message: string;
  /** The message `message` was made from, for a device that reads another language (see Refusal). */
  id?: string;
  values?: Record<string, WireValue>;
}

/** POST /api/classes answers this: the join code and the secret that alone makes a host. */
export interface CreatedClass {
  code: string;
  hostKey: string;
}

/** GET /api/classes/:code answers this when the class exists and takes students. */
export interface FoundClass {
  code: string;
  locked: boolean;
  /** Which server process holds the class (when several share classes through Redis). */
  processId: string;
}

/** GET /api/classes/:code/info answers this to the holder of the host key ("Your recent classes"). */
export interface ClassInfo {
  code: string;
  createdAt: number;
  finishedAt: number | null;
  /** Whether the class is running now (its room exists). */
  live: boolean;
}

/** The header that carries the host key to the HTTP API (never a URL: URLs end up in history and logs). */
export const HOST_KEY_HEADER = "x-host-key";

/** What a student (or a host) passes when joining: `joinById(code, options)`. */
export interface JoinOptions {
  /** The host key: makes this connection a host device. */
  hostKey?: string;
  /** A student's nickname; empty or missing gets a generated one. */
  name?: string;
  /** A random id this browser keeps, so a kicked device stays out. */
  deviceKey?: string;
  /** The seat key from SeatMessage: takes the same seat back (instead of a new one). */
  seatKey?: string;
}
