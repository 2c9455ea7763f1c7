// The class log store ("no class is ever lost"). The engine is a pure, seeded reducer, so a class IS its
// creation record plus the ordered list of accepted actions with their times: replaying the log through
// `reduce` rebuilds the class exactly. Two implementations share this contract and one test suite
// (test/server/store.test.ts): SQLite (sqlite-store.ts, one process) and Redis (redis-store.ts, scale-out).
//
// Rules both keep:
// - A code is unique among ALL stored classes, finished or not: createClass refuses a code that exists
//   (`StoreError` "code-taken"); the caller picks another random code. A code becomes free again only
//   when its class is deleted or purged. (Simpler than "unique among open classes", and a host's old
//   report link can never point at somebody else's class.)
// - append refuses (nothing written) a batch whose first seq is not the log's length, whose seqs are not
//   consecutive, or whose class is missing or finished. The check and the write are one atomic step, so
//   two processes can never interleave entries of one class.
// - finish and deleteClass are idempotent: an unknown code is a no-op; finishing twice keeps the first time.

/** What a class was created with; enough to start replaying its log. */
export interface ClassRecord {
  /** The join code, 5 chars. */
  code: string;
  /** ms. */
  createdAt: number;
  /** sha256 hex of the host key (never the key itself). */
  hostKeyHash: string;
  /** The creator's settings patch as given (JSON), or null. */
  settings: unknown;
  /** Set when the class is closed for good (its report is kept until retention ends). */
  finishedAt: number | null;
}

/** Server-only facts of an entry (never shown to clients). */
export interface EntrySecret {
  seatKeyHash?: string;
  deviceKey?: string;
}

/** One accepted action: its place in the log, its time, the action (JSON), and server-only facts. */
export interface LogEntry {
  /** 0, 1, 2, ... per class, no gaps. */
  seq: number;
  /** ms, the `now` the reducer got. */
  at: number;
  /** A shared Action as JSON. */
  action: unknown;
  /** Omitted by readLog when it was absent or null. */
  secret?: EntrySecret | null;
}

export interface ClassStore {
  /** Records a new class; rejects with StoreError "code-taken" if any stored class has this code. */
  createClass(record: ClassRecord): Promise<void>;
  /** Appends entries in order, atomically; durable once it resolves. Rejects with StoreError ("bad-seq", "no-class", "finished") and writes nothing otherwise. */
  append(code: string, entries: LogEntry[]): Promise<void>;
  /** The whole log of a class, in order (empty if none). */
  readLog(code: string): Promise<LogEntry[]>;
  /** The class record, or null. */
  getClass(code: string): Promise<ClassRecord | null>;
  /** Classes not finished (to recover on boot), oldest first. */
  openClasses(): Promise<ClassRecord[]>;
  /** Classes whose host-key hash is this one, newest first, finished or not. */
  classesOfHost(hostKeyHash: string): Promise<ClassRecord[]>;
  /** Marks the class finished at `at` (no-op if unknown or already finished). */
  finish(code: string, at: number): Promise<void>;
  /** Deletes a class and its log (no-op if unknown). */
  deleteClass(code: string): Promise<void>;
  /** Deletes every class finished before `before` (ms), or created before it if never finished; returns how many. */
  purge(before: number): Promise<number>;
  /** Flushes and closes; the store is unusable afterwards. */
  close(): Promise<void>;
}

/** Why a write was refused; the caller branches on `reason`, never on the message. */
export type StoreRefusal = "code-taken" | "no-class" | "finished" | "bad-seq";

/** A write the store refused on purpose (as opposed to a failing backend). */
export class StoreError extends Error {
  readonly reason: StoreRefusal;
  constructor(reason: StoreRefusal, message: string) {
    super(message);
    this.name = "StoreError";
    this.reason = reason;
  }
}

/** Throws "bad-seq" unless the batch is `next, next+1, ...` with finite times (shared by both stores). */
export function checkBatch(code: string, entries: readonly LogEntry[], next: number): void {
  entries.forEach((e, i) => {
    if (e.seq !== next + i || !Number.isSafeInteger(e.seq)) throw new StoreError("bad-seq", `class ${code}: expected seq ${next + i}, got ${String(e.seq)}`);
    if (!Number.isFinite(e.at)) throw new StoreError("bad-seq", `class ${code}: entry ${e.seq} has no valid time`);
  });
}

/** JSON text of a value that must be JSON (an `undefined` action would silently vanish otherwise). */
export function toJson(value: unknown, what: string): string {
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) throw new TypeError(`${what} is not JSON-serialisable`);
  return text;
}

/** An entry as readLog returns it: `secret` only when there is one. */
export function makeEntry(seq: number, at: number, action: unknown, secret: EntrySecret | null): LogEntry {
  return secret ? { seq, at, action, secret } : { seq, at, action };
}
