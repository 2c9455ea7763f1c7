// The class log store's contract, run over both real backends: a SQLite file in a temp folder and a
// real redis-server with AOF on (appendfsync always). Also: a writer killed with SIGKILL loses nothing
// it reported as written, two writers keep each class's order, a Redis restart keeps the data, and
// timings (printed, not asserted).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type ClassRecord, type ClassStore, type LogEntry, RedisStore, SqliteStore, StoreError } from "../../server/store";
import { sleep } from "./helpers";
import { freePorts, redisServerPath } from "./processes";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const TMP = mkdtempSync(path.join(os.tmpdir(), "blame-store-"));
let redisUrl = "";
let redis: ChildProcess | undefined;
let made = 0;
const opened: ClassStore[] = [];

/** One backend's place for one test: `open()` gives a new store object (a new connection) on it. */
interface Target {
  open: () => ClassStore;
  /** The crash child's arguments before `<code> <count>`. */
  childArgs: string[];
}

function track(store: ClassStore): ClassStore {
  opened.push(store);
  return store;
}

function makeSqlite(): Target {
  const file = path.join(TMP, `sqlite-${++made}`, "classes.sqlite");
  return { open: () => track(new SqliteStore(file)), childArgs: ["sqlite", file] };
}

function makeRedis(): Target {
  const prefix = `t${++made}:`;
  return { open: () => track(new RedisStore(redisUrl, prefix)), childArgs: ["redis", redisUrl, prefix] };
}

/** A private redis-server with AOF fsynced on every write, keeping its files in `dir`. */
async function startDurableRedis(port: number, dir: string): Promise<ChildProcess> {
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes", "--appendfsync", "always", "--save", ""];
  const child = spawn(redisServerPath(), args, { stdio: "ignore" });
  const deadline = Date.now() + 20_000;
  while (!(await canConnect(port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server on ${port} did not start`);
    await sleep(50);
  }
  return child;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });
}

async function kill(child: ChildProcess, signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill(signal);
  await exited;
}

const cls = (code: string, createdAt: number, host = "h".repeat(64), finishedAt: number | null = null): ClassRecord =>
  ({ code, createdAt, hostKeyHash: host, settings: { players: 6, rule: "backprop" }, finishedAt });

const entry = (seq: number): LogEntry => ({
  seq,
  at: 1_700_000_000_000 + seq * 250,
  action: { type: "adjust", playerId: `p${seq % 5}`, delta: (seq % 7) / 10 },
  ...(seq % 3 === 0 ? { secret: { deviceKey: `dev-${seq}`, seatKeyHash: "ab".repeat(32) } } : {}),
});

const range = (from: number, to: number): LogEntry[] => Array.from({ length: to - from }, (_, i) => entry(from + i));

/** Awaits `p` and returns the StoreError's reason it was refused with. */
async function refusal(p: Promise<unknown>): Promise<string> {
  const e: unknown = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(StoreError);
  return (e as StoreError).reason;
}

beforeAll(async () => {
  const [port] = await freePorts(1);
  const dir = path.join(TMP, "redis");
  mkdirSync(dir);
  redis = await startDurableRedis(port, dir);
  redisUrl = `redis://127.0.0.1:${port}`;
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

afterAll(async () => {
  if (redis) await kill(redis, "SIGTERM");
  rmSync(TMP, { recursive: true, force: true });
});

describe.each([["sqlite", makeSqlite], ["redis", makeRedis]] as const)("class store: %s", (name, make) => {
  it("creates a class and reads it back; a code is taken while the class is stored, finished or not", async () => {
    const store = make().open();
    await store.createClass(cls("ABCDE", 1000));
    await store.createClass({ ...cls("FGHJK", 1001), settings: null });
    expect(await store.getClass("ABCDE")).toEqual(cls("ABCDE", 1000));
    expect(await store.getClass("FGHJK")).toEqual({ ...cls("FGHJK", 1001), settings: null });
    expect(await store.getClass("ZZZZZ")).toBeNull();
    expect(await refusal(store.createClass(cls("ABCDE", 2000, "x".repeat(64))))).toBe("code-taken");
    await store.finish("ABCDE", 3000);
    expect(await refusal(store.createClass(cls("ABCDE", 4000)))).toBe("code-taken");
    expect(await store.getClass("ABCDE")).toEqual(cls("ABCDE", 1000, undefined, 3000));
    expect(await store.readLog("ZZZZZ")).toEqual([]);
  });

  it("appends in order, in batches of any size, and reads the same log back", async () => {
    const store = make().open();
    await store.createClass(cls("ABCDE", 1000));
    await store.append("ABCDE", range(0, 1));
    await store.append("ABCDE", []);
    await store.append("ABCDE", range(1, 4));
    await store.append("ABCDE", range(4, 50));
    const log = await store.readLog("ABCDE");
    expect(log).toEqual(range(0, 50));
    expect(log[3]).toEqual({ ...entry(3), secret: { deviceKey: "dev-3", seatKeyHash: "ab".repeat(32) } });
    expect(log[1]).not.toHaveProperty("secret");
  });

  it("refuses a gap, a repeated seq, a broken batch, a missing or finished class, and writes nothing", async () => {
    const store = make().open();
    await store.createClass(cls("ABCDE", 1000));
    await store.append("ABCDE", range(0, 3));
    expect(await refusal(store.append("ABCDE", [entry(4)]))).toBe("bad-seq"); // gap
    expect(await refusal(store.append("ABCDE", [entry(2)]))).toBe("bad-seq"); // repeated
    expect(await refusal(store.append("ABCDE", [entry(3), entry(5)]))).toBe("bad-seq"); // first ok, then a gap
    expect(await refusal(store.append("ABCDE", [entry(3), entry(3)]))).toBe("bad-seq");
    expect(await refusal(store.append("ZZZZZ", [entry(0)]))).toBe("no-class");
    expect(await store.readLog("ABCDE")).toEqual(range(0, 3));
    expect(await store.readLog("ZZZZZ")).toEqual([]);
    await store.finish("ABCDE", 2000);
    expect(await refusal(store.append("ABCDE", [entry(3)]))).toBe("finished");
    expect(await store.readLog("ABCDE")).toEqual(range(0, 3));
  });

  it("appends made in the same moment by many classes each land or fail alone; a close writes what is queued", async () => {
    const target = make();
    const store = target.open();
    const codes = ["AAAAA", "BBBBB", "CCCCC", "DDDDD"];
    for (const [i, code] of codes.entries()) await store.createClass(cls(code, 1000 + i));
    await store.finish("DDDDD", 2000);
    // Not awaited one by one: the SQLite store writes one turn's appends in one commit.
    const outcomes = await Promise.allSettled([
      store.append("AAAAA", range(0, 3)),
      store.append("BBBBB", [entry(1)]), // a gap: refused
      store.append("CCCCC", range(0, 2)),
      store.append("DDDDD", [entry(0)]), // finished: refused
      store.append("ZZZZZ", [entry(0)]), // no such class: refused
      store.append("BBBBB", range(0, 1)), // the right first entry after the refused one
    ]);
    expect(outcomes.map((o) => (o.status === "fulfilled" ? "ok" : (o.reason as StoreError).reason))).toEqual(["ok", "bad-seq", "ok", "finished", "no-class", "ok"]);
    expect(await store.readLog("AAAAA")).toEqual(range(0, 3));
    expect(await store.readLog("BBBBB")).toEqual(range(0, 1));
    expect(await store.readLog("CCCCC")).toEqual(range(0, 2));
    expect(await store.readLog("DDDDD")).toEqual([]);
    // Appended, then closed at once: nothing is lost.
    const last = store.append("AAAAA", range(3, 5));
    await store.close();
    await last;
    expect(await target.open().readLog("AAAAA")).toEqual(range(0, 5));
  });

  it("lists open classes (oldest first) without the finished ones", async () => {
    const store = make().open();
    await store.createClass(cls("CCCCC", 3000));
    await store.createClass(cls("AAAAA", 1000));
    await store.createClass(cls("BBBBB", 2000));
    await store.createClass(cls("DDDDD", 500, undefined, 900)); // created finished
    await store.finish("BBBBB", 5000);
    await store.finish("BBBBB", 6000); // a second finish changes nothing
    await store.finish("ZZZZZ", 6000); // an unknown code is a no-op
    expect((await store.openClasses()).map((c) => c.code)).toEqual(["AAAAA", "CCCCC"]);
    expect((await store.getClass("BBBBB"))?.finishedAt).toBe(5000);
  });

  it("lists a host's classes newest first, finished or not, and only theirs", async () => {
    const store = make().open();
    const [me, other] = ["a".repeat(64), "b".repeat(64)];
    await store.createClass(cls("AAAAA", 1000, me));
    await store.createClass(cls("BBBBB", 3000, me));
    await store.createClass(cls("CCCCC", 2000, other));
    await store.createClass(cls("DDDDD", 2000, me));
    await store.finish("BBBBB", 4000);
    expect((await store.classesOfHost(me)).map((c) => c.code)).toEqual(["BBBBB", "DDDDD", "AAAAA"]);
    expect((await store.classesOfHost(me))[0]).toEqual(cls("BBBBB", 3000, me, 4000));
    expect(await store.classesOfHost("c".repeat(64))).toEqual([]);
  });

  it("deletes a class with its log, everywhere; its code is free again", async () => {
    const store = make().open();
    await store.createClass(cls("AAAAA", 1000));
    await store.createClass(cls("BBBBB", 2000));
    await store.append("AAAAA", range(0, 10));
    await store.append("BBBBB", range(0, 5));
    await store.deleteClass("AAAAA");
    await store.deleteClass("ZZZZZ");
    expect(await store.getClass("AAAAA")).toBeNull();
    expect(await store.readLog("AAAAA")).toEqual([]);
    expect((await store.openClasses()).map((c) => c.code)).toEqual(["BBBBB"]);
    expect((await store.classesOfHost("h".repeat(64))).map((c) => c.code)).toEqual(["BBBBB"]);
    expect(await store.readLog("BBBBB")).toEqual(range(0, 5));
    await store.createClass(cls("AAAAA", 9000));
    expect(await store.readLog("AAAAA")).toEqual([]);
    await store.append("AAAAA", range(0, 1));
  });

  it("purges by time: finished before the cutoff, or created before it if never finished", async () => {
    const store = make().open();
    await store.createClass(cls("AAAAA", 100)); // finished at 500
    await store.createClass(cls("BBBBB", 200)); // open
    await store.createClass(cls("CCCCC", 300)); // finished at 1000
    await store.createClass(cls("DDDDD", 2000)); // open
    for (const code of ["AAAAA", "BBBBB", "CCCCC", "DDDDD"]) await store.append(code, range(0, 3));
    await store.finish("AAAAA", 500);
    await store.finish("CCCCC", 1000);
    expect(await store.purge(200)).toBe(0); // strictly before
    expect(await store.purge(250)).toBe(1); // BBBBB
    expect(await store.purge(600)).toBe(1); // AAAAA
    expect(await store.purge(600)).toBe(0);
    expect(await store.readLog("AAAAA")).toEqual([]);
    expect(await store.getClass("BBBBB")).toBeNull();
    expect((await store.classesOfHost("h".repeat(64))).map((c) => c.code)).toEqual(["DDDDD", "CCCCC"]);
    expect(await store.purge(5000)).toBe(2);
    expect(await store.openClasses()).toEqual([]);
    expect(await store.classesOfHost("h".repeat(64))).toEqual([]);
    expect(await store.readLog("DDDDD")).toEqual([]);
  });

  it("keeps everything across closing and reopening the store", async () => {
    const target = make();
    const first = target.open();
    await first.createClass(cls("AAAAA", 1000));
    await first.createClass(cls("BBBBB", 2000));
    await first.append("AAAAA", range(0, 20));
    await first.finish("BBBBB", 3000);
    await first.close();
    const again = target.open();
    expect(await again.getClass("AAAAA")).toEqual(cls("AAAAA", 1000));
    expect(await again.getClass("BBBBB")).toEqual(cls("BBBBB", 2000, undefined, 3000));
    expect(await again.readLog("AAAAA")).toEqual(range(0, 20));
    expect((await again.openClasses()).map((c) => c.code)).toEqual(["AAAAA"]);
    await again.append("AAAAA", range(20, 21)); // and goes on where it stopped
  });

  it("loses nothing a writer reported as appended when it is killed with SIGKILL", async () => {
    const target = make();
    const store = target.open();
    await store.createClass(cls("KILLD", 1000));
    // The child goes on appending up to 400; it is killed the moment it reports the 200th.
    const child = spawn(process.execPath, ["--import", "tsx", "test/server/store-crash-child.ts", ...target.childArgs, "KILLD", "400"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let printed = -1;
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        for (const m of out.matchAll(/appended (\d+)/g)) printed = Math.max(printed, Number(m[1]));
        if (printed >= 199) { child.kill("SIGKILL"); resolve(); }
      });
      child.once("exit", () => reject(new Error(`the child exited before appending 200:\n${out}`)));
    });
    await kill(child);
    const log = await store.readLog("KILLD");
    console.log(`[${name}] SIGKILL after "appended ${printed}": ${log.length} entries in the log`);
    expect(log.length).toBeGreaterThanOrEqual(printed + 1);
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i));
    expect(log.every((e) => (e.action as { n: number }).n === e.seq && e.at === 1_000 + e.seq)).toBe(true);
    await store.append("KILLD", [{ seq: log.length, at: 0, action: { type: "after" } }]); // the log goes on
  }, 60_000);

  it("keeps each class's order with two store objects writing interleaved, and lets one writer win a race", async () => {
    const target = make();
    const [a, b] = [target.open(), target.open()];
    await a.createClass(cls("AAAAA", 1000));
    await b.createClass(cls("BBBBB", 1000));
    const write = async (store: ClassStore, code: string) => {
      for (let seq = 0; seq < 100; seq++) await store.append(code, [entry(seq)]);
    };
    await Promise.all([write(a, "AAAAA"), write(b, "BBBBB")]);
    expect(await b.readLog("AAAAA")).toEqual(range(0, 100));
    expect(await a.readLog("BBBBB")).toEqual(range(0, 100));
    // Both try to append seq 100 to the same class at once: exactly one wins, the log has no double.
    const results = await Promise.allSettled([a.append("AAAAA", [entry(100)]), b.append("AAAAA", [{ ...entry(100), action: { type: "other" } }])]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected?.reason as StoreError).reason).toBe("bad-seq");
    expect(await a.readLog("AAAAA")).toHaveLength(101);
  });

  it("times appends and reads (printed, not asserted)", async () => {
    const store = make().open();
    await store.createClass(cls("SINGL", 1000));
    let t = performance.now();
    for (let seq = 0; seq < 2000; seq++) await store.append("SINGL", [entry(seq)]);
    const perAppend = (performance.now() - t) / 2000;
    t = performance.now();
    const log = await store.readLog("SINGL");
    const read2000 = performance.now() - t;
    expect(log).toHaveLength(2000);

    await store.createClass(cls("LARGE", 1000));
    t = performance.now();
    for (let seq = 0; seq < 10_000; seq += 100) await store.append("LARGE", range(seq, seq + 100));
    const append10k = performance.now() - t;
    t = performance.now();
    const large = await store.readLog("LARGE");
    const read10k = performance.now() - t;
    expect(large).toHaveLength(10_000);
    expect(large[9_999]).toEqual(entry(9_999));
    console.log(`[${name}] append of one entry: ${(perAppend * 1000).toFixed(0)} µs each (2,000 in a row); read of 2,000 entries: ${read2000.toFixed(1)} ms; ` +
      `10,000 entries in batches of 100: append ${append10k.toFixed(0)} ms, read ${read10k.toFixed(0)} ms`);
  }, 120_000);
});

describe("class store: redis only", () => {
  it("keeps the data across a kill -9 and restart of redis-server (AOF, appendfsync always)", async () => {
    const [port] = await freePorts(1);
    const dir = mkdtempSync(path.join(TMP, "restart-"));
    let server = await startDurableRedis(port, dir);
    const url = `redis://127.0.0.1:${port}`;
    try {
      const before = track(new RedisStore(url));
      await before.createClass(cls("AAAAA", 1000));
      await before.append("AAAAA", range(0, 30));
      await before.finish("AAAAA", 2000);
      await before.close();
      await kill(server);
      server = await startDurableRedis(port, dir);
      const after = track(new RedisStore(url));
      expect(await after.getClass("AAAAA")).toEqual(cls("AAAAA", 1000, undefined, 2000));
      expect(await after.readLog("AAAAA")).toEqual(range(0, 30));
    } finally {
      await Promise.all(opened.splice(0).map((s) => s.close()));
      await kill(server);
    }
  }, 60_000);
});
