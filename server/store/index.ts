// Where classes are kept: Redis when REDIS_URL is set (the processes that share rooms through Redis
// must share their classes too), else one SQLite file in DATA_DIR. There is no in-memory store: a
// class that only lives in memory is lost on restart, which is the bug this store exists to fix.
import path from "node:path";
import type { ClassStore } from "./class-store";
import { RedisStore } from "./redis-store";
import { SqliteStore } from "./sqlite-store";

export type { ClassRecord, ClassStore, EntrySecret, LogEntry, StoreRefusal } from "./class-store";
export { StoreError } from "./class-store";
export { RedisStore } from "./redis-store";
export { SqliteStore } from "./sqlite-store";

/** The SQLite file for this environment: `${DATA_DIR ?? "./data"}/classes.sqlite`. */
export function sqlitePath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.DATA_DIR || "./data", "classes.sqlite");
}

/** The store for this environment: RedisStore(REDIS_URL) if set, else SqliteStore(sqlitePath(env)). */
export function openStore(env: NodeJS.ProcessEnv = process.env): ClassStore {
  return env.REDIS_URL ? new RedisStore(env.REDIS_URL) : new SqliteStore(sqlitePath(env));
}
