// The class log store in one SQLite file (better-sqlite3), for a single server process.
//
// Durability: WAL journal with `synchronous = NORMAL`. A transaction is in the WAL file (the OS's page
// cache) when its statement returns, so it survives a crash or kill -9 of this process; only a power
// loss or OS crash can lose the last transactions (never corrupt the file). `synchronous = FULL` would
// also cover that, at an fsync per append.
// Checkpoints: the store's connection never checkpoints (wal_autocheckpoint = 0); a worker thread with its
// own connection does (checkpoint-worker.ts), because a checkpoint syncs to disk and, inside an append,
// stalled the event loop (and every class) for 7-160 ms. If the worker keeps crashing, the automatic
// checkpoint comes back on. Checkpoints never touch durability: an entry is safe once it is in the WAL.
// better-sqlite3 is synchronous: each method does its work before the returned promise settles, which
// is what makes "durable once it resolves" true. Appends are the exception, for speed: those made within
// APPEND_WINDOW_MS of each other (a class's votes, other classes' dial turns) are written together, in one
// transaction (each class's batch checked before it is written, so one refused batch loses no other),
// and each promise settles once that transaction has committed. The commit is most of an append's cost
// (18 of 24 us here), so a window that holds several pays it once; a room waits for its write before it
// acks an intent, so the window is also the most it adds to a student's wait (server/rooms/ClassroomRoom.ts). Several processes may open the same file (WAL lets
// readers run beside the one writer; writes wait up to `timeout` for the lock), but scale-out should
// use the Redis store.
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type CheckpointOptions, Checkpointer } from "./checkpoint-worker";
import { checkBatch, type ClassRecord, type ClassStore, type EntrySecret, type LogEntry, makeEntry, StoreError, toJson } from "./class-store";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS classes (
  code TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  host_key_hash TEXT NOT NULL,
  settings_json TEXT NOT NULL,
  finished_at INTEGER
);
CREATE INDEX IF NOT EXISTS classes_by_host ON classes (host_key_hash, created_at);
CREATE INDEX IF NOT EXISTS classes_open ON classes (created_at) WHERE finished_at IS NULL;
CREATE TABLE IF NOT EXISTS log (
  code TEXT NOT NULL,
  seq INTEGER NOT NULL,
  at INTEGER NOT NULL,
  action_json TEXT NOT NULL,
  secret_json TEXT,
  PRIMARY KEY (code, seq)
) WITHOUT ROWID;
`;

interface ClassRow { code: string; created_at: number; host_key_hash: string; settings_json: string; finished_at: number | null }
interface LogRow { seq: number; at: number; action_json: string; secret_json: string | null }

const toRecord = (r: ClassRow): ClassRecord => ({
  code: r.code,
  createdAt: r.created_at,
  hostKeyHash: r.host_key_hash,
  settings: JSON.parse(r.settings_json) as unknown,
  finishedAt: r.finished_at,
});

/** Every statement, prepared once. */
function statements(db: Database.Database) {
  return {
    insertClass: db.prepare("INSERT INTO classes (code, created_at, host_key_hash, settings_json, finished_at) VALUES (?, ?, ?, ?, ?)"),
    getClass: db.prepare<[string], ClassRow>("SELECT * FROM classes WHERE code = ?"),
    openClasses: db.prepare<[], ClassRow>("SELECT * FROM classes WHERE finished_at IS NULL ORDER BY created_at, code"),
    ofHost: db.prepare<[string], ClassRow>("SELECT * FROM classes WHERE host_key_hash = ? ORDER BY created_at DESC, code DESC"),
    finish: db.prepare("UPDATE classes SET finished_at = ? WHERE code = ? AND finished_at IS NULL"),
    nextSeq: db.prepare<[string], { next: number }>("SELECT COALESCE(MAX(seq) + 1, 0) AS next FROM log WHERE code = ?"),
    insertEntry: db.prepare("INSERT INTO log (code, seq, at, action_json, secret_json) VALUES (?, ?, ?, ?, ?)"),
    readLog: db.prepare<[string], LogRow>("SELECT seq, at, action_json, secret_json FROM log WHERE code = ? ORDER BY seq"),
    deleteLog: db.prepare("DELETE FROM log WHERE code = ?"),
    deleteClass: db.prepare("DELETE FROM classes WHERE code = ?"),
    purgeLogs: db.prepare("DELETE FROM log WHERE code IN (SELECT code FROM classes WHERE COALESCE(finished_at, created_at) < ?)"),
    purgeClasses: db.prepare("DELETE FROM classes WHERE COALESCE(finished_at, created_at) < ?"),
  };
}

/** How long the first append of a batch waits for others to share its commit (ms; see the top comment). */
export const APPEND_WINDOW_MS = 4;

/** A log row as inserted: code, seq, at, the action's JSON, the secret's JSON. */
type Row = [string, number, number, string, string | null];

/** An append waiting for its window to close; `error` is its batch's refusal, if any. */
interface QueuedAppend {
  code: string;
  entries: LogEntry[];
  resolve: () => void;
  reject: (e: unknown) => void;
  error?: unknown;
}

/** SQLite's own automatic checkpoint (pages), used only when the checkpoint worker gives up (or in "on-connection"). */
const AUTOCHECKPOINT_PAGES = 1000;

/** Opens (creating the file, its folder and the tables) the store at `file`. */
export class SqliteStore implements ClassStore {
  /** The worker thread that checkpoints the WAL (its counts are for tests and benches); null in "on-connection". */
  readonly checkpointer: Checkpointer | null;
  private readonly db: Database.Database;
  private closing: Promise<void> | null = null;
  private readonly q: ReturnType<typeof statements>;
  private readonly appendTx: (code: string, entries: LogEntry[]) => void;
  /** Writes every queued append in one transaction (see the top comment). */
  private readonly appendAllTx: (queue: QueuedAppend[]) => void;
  /** Appends made since the window opened, written when it closes. */
  private queue: QueuedAppend[] = [];
  private window: NodeJS.Timeout | null = null;
  private readonly deleteTx: (code: string) => void;
  private readonly purgeTx: (before: number) => number;

  /**
   * `checkpoints` tunes the checkpoint worker (tests use short intervals and small limits); "on-connection"
   * leaves them to SQLite inside the appends, as before issue 13 (the bench compares the two). Tests and
   * benches that append thousands of entries one after another pass an `appendWindowMs` of 0.
   */
  constructor(
    readonly file: string,
    checkpoints: Partial<CheckpointOptions> | "on-connection" = {},
    /** How long the first append of a batch waits for others (0: to the end of this turn of the event loop). */
    private readonly appendWindowMs = APPEND_WINDOW_MS,
  ) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file, { timeout: 5000 });
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL"); // survives a process crash (see the top comment)
    this.db.exec(SCHEMA);
    const onConnection = () => void (this.db.open && this.db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`));
    if (checkpoints === "on-connection") {
      onConnection();
      this.checkpointer = null;
    } else {
      this.db.pragma("wal_autocheckpoint = 0"); // the worker checkpoints (see the top comment)
      this.checkpointer = new Checkpointer(file, checkpoints, onConnection);
    }
    const db = this.db;
    this.q = statements(db);
    // The seq check and the inserts are one transaction; `.immediate` takes the write lock before the
    // read, so another process cannot slip an entry in between.
    // Everything that can refuse a batch (the class, the seqs, the JSON) runs before its first insert.
    const check = (code: string, entries: LogEntry[]): Row[] => {
      const cls = this.q.getClass.get(code);
      if (!cls) throw new StoreError("no-class", `class ${code} does not exist`);
      if (cls.finished_at !== null) throw new StoreError("finished", `class ${code} is finished`);
      checkBatch(code, entries, this.q.nextSeq.get(code)?.next ?? 0);
      return entries.map((e) => [code, e.seq, e.at, toJson(e.action, "action"), e.secret ? toJson(e.secret, "secret") : null]);
    };
    const insert = (rows: Row[]) => {
      for (const row of rows) this.q.insertEntry.run(...row);
    };
    const append = db.transaction((code: string, entries: LogEntry[]) => insert(check(code, entries)));
    this.appendTx = (code, entries) => append.immediate(code, entries);
    // A batch is checked before any of it is written, so a refused one writes nothing and the others go on.
    const appendAll = db.transaction((queue: QueuedAppend[]) => {
      for (const q of queue) {
        let rows: Row[];
        try {
          rows = check(q.code, q.entries);
        } catch (e) {
          q.error = e;
          continue;
        }
        insert(rows);
      }
    });
    this.appendAllTx = (queue) => appendAll.immediate(queue);
    this.deleteTx = db.transaction((code: string) => void (this.q.deleteLog.run(code), this.q.deleteClass.run(code)));
    this.purgeTx = db.transaction((before: number) => (this.q.purgeLogs.run(before), this.q.purgeClasses.run(before).changes));
  }

  async createClass(r: ClassRecord): Promise<void> {
    try {
      this.q.insertClass.run(r.code, r.createdAt, r.hostKeyHash, toJson(r.settings ?? null, "settings"), r.finishedAt);
    } catch (e) {
      if ((e as { code?: string }).code === "SQLITE_CONSTRAINT_PRIMARYKEY") throw new StoreError("code-taken", `class ${r.code} exists`);
      throw e;
    }
  }

  append(code: string, entries: LogEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      if (this.queue.length === 0) {
        if (this.appendWindowMs > 0) this.window = setTimeout(() => this.writeQueue(), this.appendWindowMs);
        else setImmediate(() => this.writeQueue());
      }
      this.queue.push({ code, entries, resolve, reject });
    });
  }

  /** Writes the appends queued in this window: one commit for all; each promise settles with its own batch's outcome. */
  private writeQueue(): void {
    if (this.window) clearTimeout(this.window);
    this.window = null;
    const queue = this.queue;
    if (queue.length === 0) return;
    this.queue = [];
    const [only] = queue;
    try {
      if (queue.length === 1 && only) this.appendTx(only.code, only.entries);
      else this.appendAllTx(queue);
    } catch (e) {
      // Nothing was written (the commit failed, or the one batch was refused).
      for (const q of queue) q.reject(e);
      return;
    }
    for (const q of queue) {
      if (q.error === undefined) q.resolve();
      else q.reject(q.error);
    }
  }

  async readLog(code: string): Promise<LogEntry[]> {
    return this.q.readLog.all(code).map((r) =>
      makeEntry(r.seq, r.at, JSON.parse(r.action_json), r.secret_json === null ? null : (JSON.parse(r.secret_json) as EntrySecret | null)));
  }

  async getClass(code: string): Promise<ClassRecord | null> {
    const row = this.q.getClass.get(code);
    return row ? toRecord(row) : null;
  }

  async openClasses(): Promise<ClassRecord[]> {
    return this.q.openClasses.all().map(toRecord);
  }

  async classesOfHost(hostKeyHash: string): Promise<ClassRecord[]> {
    return this.q.ofHost.all(hostKeyHash).map(toRecord);
  }

  async finish(code: string, at: number): Promise<void> {
    this.q.finish.run(at, code);
  }

  async deleteClass(code: string): Promise<void> {
    this.deleteTx(code);
  }

  async purge(before: number): Promise<number> {
    return this.purgeTx(before);
  }

  /** Closes the connection, then stops the checkpoint worker, whose connection, closing last, folds the WAL into the file. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      // Appends still waiting for their window are written first, so all is in the WAL before either connection closes.
      this.writeQueue();
      this.db.close();
      await this.checkpointer?.stop();
    })();
    return this.closing;
  }
}
