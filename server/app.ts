// Builds the whole server: one HTTP port for the page, the API and the rooms. Tests boot it in-process.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { LocalPresence, matchMaker } from "@colyseus/core";
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";
import { Encoder } from "@colyseus/schema";
import express from "express";
import { ROOM_NAME } from "../shared";
import { HttpGuard } from "./guard/http-guard";
import { DEFAULT_LIMITS, type Limits } from "./guard/limits";
import { GuardedServer } from "./guard/matchmake";
import { apiErrors, classesRouter } from "./http/classes";
import { builtClient } from "./http/static";
import { lanRoute } from "./lan";
import { type ClassroomConfig, type ClassroomRoom, classroomRoom, DEFAULT_CLASSROOM_CONFIG } from "./rooms/ClassroomRoom";
import { recoverClasses, startRecoverySweep } from "./recovery";
import { type ClassStore, RedisStore, SqliteStore } from "./store";
import { SpreadPingTransport } from "./transport";

// A class of 96 with its history is larger than Schema's 8 KB default buffer: start bigger instead of
// growing (and warning) on every late joiner's full state.
Encoder.BUFFER_SIZE = 128 * 1024;

/** Where `npm run build` puts the client. */
export const CLIENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist/client");

/** How to start a server. */
export interface ServerConfig {
  port: number;
  /** Bind address; all interfaces by default so tablets on the LAN can join. */
  host?: string;
  /** Turns on RedisPresence + RedisDriver, so several processes share rooms. */
  redisUrl?: string;
  /** host:port clients use to reach this process (needed with Redis; defaults to localhost:port). */
  publicAddress?: string;
  /** Room tuning (tests shorten the grace period). */
  classroom?: Partial<ClassroomConfig>;
  /** Limits on what clients and strangers may do (server/guard/limits.ts); defaults fit a school. */
  limits?: Partial<Limits>;
  /** Keep-alive: each socket is pinged this often (ms); two unanswered pings close it. */
  pingMs?: number;
  /** Serve this folder as the page (default: dist/client). */
  clientDir?: string;
  /** Where classes are kept: this store, or Redis when redisUrl is set, or SQLite in dataDir. */
  store?: ClassStore;
  /** Folder for the SQLite file (default: DATA_DIR, else ./data). */
  dataDir?: string;
  /** Days a finished class (and its report) is kept before the server deletes it (default 30). */
  retentionDays?: number;
  /** Every this many ms, classes no live process serves (a crashed peer's, with Redis) are brought back (default 5000; 0: only on boot). */
  recoverySweepMs?: number;
  /** The HTTP limits' clock in ms (default Date.now); tests hold it still to check a budget without racing its refill. */
  limitsClock?: () => number;
  /** On close, how long (ms) to wait for classes to flush their logs and for classes ending to file their last entries (default 10000). */
  stopWaitMs?: number;
}

/** A running server. */
export interface RunningServer {
  port: number;
  gameServer: GuardedServer;
  /** The HTTP limits in force. */
  guard: HttpGuard;
  httpServer: http.Server;
  /** Where classes are kept. */
  store: ClassStore;
  /** Classes brought back from the store at start-up. */
  recovered: string[];
  /** Tells every device the server is restarting, flushes every class's log, stops rooms, sockets and stores (does not exit the process). */
  close(): Promise<void>;
}

/** The Express app: health check, class API and the built client (or a hint to build it). */
export function createApp(guard: HttpGuard, store: ClassStore, clientDir = CLIENT_DIR): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.get("/health", (_req, res) => {
    res.json({ ok: true, processId: matchMaker.processId, uptime: Math.round(process.uptime()) });
  });
  app.get("/api/lan", lanRoute);
  app.use("/api/classes", classesRouter(guard, store));
  if (fs.existsSync(path.join(clientDir, "index.html"))) {
    app.use(builtClient(clientDir));
  } else {
    app.get("/", (_req, res) => {
      res.type("text/plain").send("Blame Game server is running, but the client is not built: run npm run build (npm start does it).\n");
    });
  }
  app.use(apiErrors);
  return app;
}

/** Every class this process holds. */
async function localClasses(): Promise<ClassroomRoom[]> {
  const listed = await matchMaker.query({ name: ROOM_NAME, processId: matchMaker.processId });
  return listed.map((l) => matchMaker.getLocalRoomById(l.roomId) as ClassroomRoom | undefined).filter((r): r is ClassroomRoom => r !== undefined);
}

/** Waits for `work`, or `ms` at most (then calls `late`). */
async function within(ms: number, work: Promise<unknown>, late: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), ms)));
  if (await Promise.race([work.then(() => false), timedOut])) late();
  clearTimeout(timer);
}

/** Starts the HTTP + WebSocket server on `config.port` (one per process: Colyseus' matchmaker is global). */
export async function createServer(config: ServerConfig): Promise<RunningServer> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...config.limits };
  const guard = new HttpGuard(limits, config.limitsClock);
  const redis = config.redisUrl;
  const store = config.store ?? (redis ? new RedisStore(redis) : new SqliteStore(path.join(config.dataDir ?? (process.env.DATA_DIR || "./data"), "classes.sqlite")));
  const app = createApp(guard, store, config.clientDir);
  const httpServer = http.createServer(app);
  const transport = new SpreadPingTransport({
    server: httpServer,
    maxPayload: limits.frameBytes,
    // Each socket is pinged every 6 s (not 3), a twentieth of them every 300 ms; a dead socket is
    // still found in ~12-18 s.
    pingInterval: config.pingMs ?? 6000,
    pingMaxRetries: 2,
  });
  const gameServer = new GuardedServer({
    transport,
    presence: redis ? new RedisPresence(redis) : new LocalPresence(),
    driver: redis ? new RedisDriver(redis) : undefined,
    publicAddress: redis ? (config.publicAddress ?? `localhost:${config.port}`) : config.publicAddress,
    gracefullyShutdown: false,
    greet: false,
  }, guard, store);
  const handler = gameServer.define(
    ROOM_NAME,
    classroomRoom({
      ...DEFAULT_CLASSROOM_CONFIG,
      rate: limits.messagesPerSecond,
      burst: limits.messageBurst,
      floodStrikes: limits.floodStrikes,
      seatReservationSeconds: limits.seatReservationSeconds,
      ...config.classroom,
    }, store),
  );
  // Classes ending (everyone left): Colyseus unlists a room as its disposal starts, and its shutdown waits
  // only for the rooms it lists, so close() keeps its own list to wait for their last entries and finish.
  const ending = new Map<string, Promise<void>>();
  handler.on("dispose", (room: ClassroomRoom) => {
    const ended = room.ended.finally(() => ending.delete(room.roomId));
    ending.set(room.roomId, ended);
  });
  // Stored classes come back before the port opens, so no returning device is told "no such class" while they replay.
  const recovered = await recoverClasses(store);
  await gameServer.listen(config.port, config.host);
  const port = (httpServer.address() as { port: number }).port;
  const sweep = config.recoverySweepMs === 0 ? null : startRecoverySweep(store, { intervalMs: config.recoverySweepMs });
  const retentionMs = (config.retentionDays ?? 30) * 24 * 3600 * 1000;
  const purge = () => void store.purge(Date.now() - retentionMs).catch((e: unknown) => console.error("purging old classes failed:", e));
  purge();
  const purger = setInterval(purge, 3600 * 1000).unref();
  return {
    port,
    gameServer,
    guard,
    httpServer,
    store,
    recovered,
    close: async () => {
      clearInterval(purger);
      await sweep?.stop();
      // Each class flushes its log (listed ones stop; ending ones file their last entries), within a bound:
      // a class whose store hangs must not hold the shutdown forever.
      const waits = new Map(ending);
      for (const room of await localClasses()) waits.set(room.roomId, room.stop());
      const pending = new Set(waits.keys());
      for (const [code, wait] of waits) void wait.finally(() => pending.delete(code));
      await within(config.stopWaitMs ?? 10_000, Promise.all(waits.values()), () =>
        console.error(`stopping the server: class(es) ${[...pending].join(", ")} still ending or writing their log; stopping anyway (what is not written yet is lost)`),
      );
      await gameServer.gracefullyShutdown(false);
      await store.close();
    },
  };
}
