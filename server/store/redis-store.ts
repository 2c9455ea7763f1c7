// The class log store in Redis (ioredis), for several server processes sharing classes.
//
// Durability: a write is acknowledged once Redis has applied it, so a kill -9 of this process loses
// nothing that returned, and every other connection sees it at once. Whether Redis itself keeps it is
// the operator's choice: run Redis with AOF (`appendonly yes`). With `appendfsync everysec` (Redis'
// default once AOF is on) a crash of redis-server loses nothing and a power loss up to ~1 s; with
// `appendfsync always` not even that, at an fsync per write. Without AOF (RDB snapshots only, or
// none) a Redis restart loses classes.
//
// Keys, all under `prefix` (default "blame:", apart from colyseus' own keys in the same Redis):
//   class:<code>   hash   code, createdAt, hostKeyHash, settings (JSON), finishedAt (absent while open)
//   log:<code>     list   one JSON entry per seq, so its length is the next seq
//   open           zset   codes of unfinished classes, by createdAt
//   host:<hash>    zset   codes of one host's classes, by createdAt
//   expiry         zset   every code, by finishedAt ?? createdAt (what purge reads)
// Every write that touches several keys is one Lua script, so it is atomic and two processes can
// never interleave entries of one class. The scripts build key names from the prefix, so this needs
// a single Redis (or a primary with replicas), not Redis Cluster.
import { createHash } from "node:crypto";
import { Redis } from "ioredis";
import { checkBatch, type ClassRecord, type ClassStore, type LogEntry, makeEntry, StoreError, toJson } from "./class-store";

const CREATE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'code', ARGV[1], 'createdAt', ARGV[2], 'hostKeyHash', ARGV[3], 'settings', ARGV[4])
if ARGV[5] ~= '' then redis.call('HSET', KEYS[1], 'finishedAt', ARGV[5]) else redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1]) end
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
redis.call('ZADD', KEYS[4], ARGV[5] ~= '' and ARGV[5] or ARGV[2], ARGV[1])
return 1`;

// KEYS: class, log. ARGV: first seq, entries... Returns 1, or -1 no class, -2 finished, -3 bad seq.
// RPUSH in chunks: Lua's unpack stops at a few thousand values.
const APPEND = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
if redis.call('HEXISTS', KEYS[1], 'finishedAt') == 1 then return -2 end
if redis.call('LLEN', KEYS[2]) ~= tonumber(ARGV[1]) then return -3 end
for i = 2, #ARGV, 1000 do redis.call('RPUSH', KEYS[2], unpack(ARGV, i, math.min(i + 999, #ARGV))) end
return 1`;

const FINISH = `
if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('HEXISTS', KEYS[1], 'finishedAt') == 1 then return 0 end
redis.call('HSET', KEYS[1], 'finishedAt', ARGV[2])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
return 1`;

// ARGV: prefix, limit ('' = none), codes... Deletes each code (whose expiry score is below the limit)
// with its log and index entries; returns how many classes it deleted.
const DELETE = `
local p, limit, n = ARGV[1], ARGV[2], 0
for i = 3, #ARGV do
  local code = ARGV[i]
  local score = redis.call('ZSCORE', p .. 'expiry', code)
  if limit == '' or (score and tonumber(score) < tonumber(limit)) then
    local host = redis.call('HGET', p .. 'class:' .. code, 'hostKeyHash')
    if host then redis.call('ZREM', p .. 'host:' .. host, code) end
    n = n + redis.call('DEL', p .. 'class:' .. code)
    redis.call('DEL', p .. 'log:' .. code)
    redis.call('ZREM', p .. 'open', code)
    redis.call('ZREM', p .. 'expiry', code)
  end
end
return n`;

/** A Lua script run by its sha, sent in full only when Redis does not know it yet (after a restart). */
class Script {
  private readonly sha: string;
  constructor(private readonly lua: string) {
    this.sha = createHash("sha1").update(lua).digest("hex");
  }
  async run(redis: Redis, keys: string[], args: (string | number)[]): Promise<number> {
    try {
      return (await redis.evalsha(this.sha, keys.length, ...keys, ...args)) as number;
    } catch (e) {
      if (!String((e as Error).message).startsWith("NOSCRIPT")) throw e;
      return (await redis.eval(this.lua, keys.length, ...keys, ...args)) as number;
    }
  }
}

const SCRIPTS = { create: new Script(CREATE), append: new Script(APPEND), finish: new Script(FINISH), delete: new Script(DELETE) };
const PURGE_BATCH = 200;

/** Connects to `url` (redis://...) and keeps every key under `prefix`. */
export class RedisStore implements ClassStore {
  private readonly redis: Redis;

  constructor(url: string, readonly prefix = "blame:") {
    this.redis = new Redis(url);
  }

  private key(kind: "class" | "log" | "host", id: string): string {
    return `${this.prefix}${kind}:${id}`;
  }

  async createClass(r: ClassRecord): Promise<void> {
    const keys = [this.key("class", r.code), `${this.prefix}open`, this.key("host", r.hostKeyHash), `${this.prefix}expiry`];
    const ok = await SCRIPTS.create.run(this.redis, keys, [r.code, r.createdAt, r.hostKeyHash, toJson(r.settings ?? null, "settings"), r.finishedAt ?? ""]);
    if (ok !== 1) throw new StoreError("code-taken", `class ${r.code} exists`);
  }

  async append(code: string, entries: LogEntry[]): Promise<void> {
    const first = entries[0];
    if (!first) return;
    checkBatch(code, entries, first.seq); // consecutive here; that `first` is the log's length is checked in Redis
    const json = entries.map((e) => toJson({ seq: e.seq, at: e.at, action: e.action, secret: e.secret ?? null }, "entry"));
    const status = await SCRIPTS.append.run(this.redis, [this.key("class", code), this.key("log", code)], [first.seq, ...json]);
    if (status === -1) throw new StoreError("no-class", `class ${code} does not exist`);
    if (status === -2) throw new StoreError("finished", `class ${code} is finished`);
    if (status === -3) throw new StoreError("bad-seq", `class ${code}: seq ${first.seq} is not the next one`);
  }

  async readLog(code: string): Promise<LogEntry[]> {
    const items = await this.redis.lrange(this.key("log", code), 0, -1);
    return items.map((text) => {
      const e = JSON.parse(text) as Required<LogEntry>;
      return makeEntry(e.seq, e.at, e.action, e.secret);
    });
  }

  async getClass(code: string): Promise<ClassRecord | null> {
    return toRecord(await this.redis.hgetall(this.key("class", code)));
  }

  async openClasses(): Promise<ClassRecord[]> {
    return this.records(await this.redis.zrange(`${this.prefix}open`, 0, -1));
  }

  async classesOfHost(hostKeyHash: string): Promise<ClassRecord[]> {
    return this.records(await this.redis.zrange(this.key("host", hostKeyHash), 0, -1, "REV"));
  }

  async finish(code: string, at: number): Promise<void> {
    await SCRIPTS.finish.run(this.redis, [this.key("class", code), `${this.prefix}open`, `${this.prefix}expiry`], [code, at]);
  }

  async deleteClass(code: string): Promise<void> {
    await SCRIPTS.delete.run(this.redis, [], [this.prefix, "", code]);
  }

  async purge(before: number): Promise<number> {
    let deleted = 0;
    for (;;) {
      // Each batch re-checks the time in the script, so a class finished meanwhile is kept.
      const codes = await this.redis.zrangebyscore(`${this.prefix}expiry`, "-inf", `(${before}`, "LIMIT", 0, PURGE_BATCH);
      if (codes.length === 0) return deleted;
      deleted += await SCRIPTS.delete.run(this.redis, [], [this.prefix, before, ...codes]);
    }
  }

  async close(): Promise<void> {
    if (this.redis.status !== "end") await this.redis.quit();
  }

  /** The records of these codes, in this order (a code deleted meanwhile is left out). */
  private async records(codes: string[]): Promise<ClassRecord[]> {
    if (codes.length === 0) return [];
    const pipe = this.redis.pipeline();
    for (const code of codes) pipe.hgetall(this.key("class", code));
    const replies = (await pipe.exec()) ?? [];
    return replies.map(([err, hash]) => {
      if (err) throw err;
      return toRecord(hash as Record<string, string>);
    }).filter((r): r is ClassRecord => r !== null);
  }
}

/** A class hash as a record, or null for an empty (missing) hash. */
function toRecord(h: Record<string, string>): ClassRecord | null {
  if (h.code === undefined) return null;
  return {
    code: h.code,
    createdAt: Number(h.createdAt),
    hostKeyHash: h.hostKeyHash ?? "",
    settings: JSON.parse(h.settings ?? "null") as unknown,
    finishedAt: h.finishedAt === undefined ? null : Number(h.finishedAt),
  };
}
