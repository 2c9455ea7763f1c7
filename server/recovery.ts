// Bringing classes back: every class the store holds open must have a live home. A pass over the store
// re-creates (server/rooms/ClassroomRoom.ts restore: the log replayed) each open class that no live
// process serves. It runs on boot, and then every few seconds (the sweep), so that with REDIS_URL a
// surviving process adopts the classes of one that died (kill -9, a crash, a lost machine).
//
// For each open class, a pass:
// - skips it when this process holds it;
// - when another process lists it, asks colyseus whether that process answers
//   (`matchMaker.healthCheckProcessId`: 2 s without an answer and the process is dropped from the
//   stats and its listings from the driver), and adopts the class only if it does not;
// - when nobody lists it: on boot it adopts it at once; in the sweep only if it was unlisted in the
//   previous pass too, because a class is open in the store and not yet listed for a moment while it is
//   created, and unlisted and not yet finished while its room is disposed (everyone left).
// Adopting takes a lock in the presence first (atomic on LocalPresence and RedisPresence: `incr`), so
// two surviving processes never both restore a class, and looks at the listing again once it holds it.
//
// Colyseus also finds dead processes by itself, when a join or reconnection to one of their rooms times
// out, and then removes their listings at once; a device that asks in the moment between that and the
// adoption is told "no such class" and gives its seat up. So the sweep also watches the driver's
// `cleanup` (the one call colyseus makes when it has found a process dead) and adopts that process's
// classes before their listings go: each listing then flips from the dead process to the new home.
import { matchMaker } from "@colyseus/core";
import { ROOM_NAME } from "../shared";
import type { ClassStore } from "./store";

/** How often the sweep looks (ms). */
export const DEFAULT_SWEEP_MS = 5000;
/** Classes restored at the same time (store reads and replays overlap; each replay is synchronous). */
const CONCURRENCY = 4;
/** One adoption lock covers this many seconds (see `claim`). */
const CLAIM_SECONDS = 30;
/** After a failed restore, the class is not tried again for this long (ms): a broken log is logged once a minute, not every pass. */
const RETRY_FAILED_MS = 60_000;


/** The periodic sweep, as started by `startRecoverySweep`. */
export interface RecoverySweep {
  /** Runs one pass now (or waits for the running one) and returns the classes it adopted. */
  runNow(): Promise<string[]>;
  /** Stops the timer and the driver watch, and waits for a pass in progress. */
  stop(): Promise<void>;
}

/** Codes being adopted by this process right now. */
const adopting = new Set<string>();
/** Codes whose restore failed here, with when they may be tried again. */
const failedUntil = new Map<string, number>();

/**
 * Brings back every class the store holds open and no live process serves (after a crash or a
 * restart), by replaying its log; returns the codes it brought back (to this process or another).
 */
export async function recoverClasses(store: ClassStore): Promise<string[]> {
  return pass(store, null);
}

/** Starts the sweep: a pass every `intervalMs` (timer unref'd), and adoption as soon as colyseus finds a process dead. */
export function startRecoverySweep(store: ClassStore, options: { intervalMs?: number } = {}): RecoverySweep {
  const intervalMs = options.intervalMs ?? DEFAULT_SWEEP_MS;
  // Unlisted classes seen in the previous pass: adopted if they are still unlisted in this one.
  let unlisted = new Set<string>();
  let running: Promise<string[]> | null = null;
  let stopped = false;
  const run = (): Promise<string[]> => {
    if (running) return running;
    const seen = new Set<string>();
    running = pass(store, { previous: unlisted, seen })
      .catch((e: unknown) => {
        console.error("recovery: the sweep failed (it tries again):", e);
        return [];
      })
      .finally(() => {
        unlisted = seen;
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  const unwatch = watchCleanups(store);
  return {
    runNow: () => (stopped ? Promise.resolve([]) : run()),
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      unwatch();
      await running;
    },
  };
}

/**
 * One look at every open class. `sweep` is null on boot (an unlisted class is adopted at once);
 * otherwise an unlisted class is adopted only if it was in `previous` too, and every unlisted one is
 * added to `seen`.
 */
async function pass(store: ClassStore, sweep: { previous: Set<string>; seen: Set<string> } | null): Promise<string[]> {
  if (matchMaker.state === matchMaker.MatchMakerState.SHUTTING_DOWN) return [];
  const open = await store.openClasses();
  if (open.length === 0) return [];
  const listings = new Map((await matchMaker.query({ name: ROOM_NAME })).map((l) => [l.roomId, l]));
  // One health check per process per pass, however many of its classes are open.
  const checks = new Map<string, Promise<boolean>>();
  const answers = (processId: string): Promise<boolean> => {
    let check = checks.get(processId);
    if (!check) checks.set(processId, (check = matchMaker.healthCheckProcessId(processId)));
    return check;
  };
  const adopted: string[] = [];
  await eachLimited(open, CONCURRENCY, async ({ code }) => {
    const listing = listings.get(code);
    if (listing?.processId === matchMaker.processId) return;
    if (!listing) {
      const local = matchMaker.getLocalRoomById(code);
      if (local) {
        // Ours, but its listing is gone: another process's cleanup of a dead process raced our adoption.
        console.warn(`recovery: class ${code} lives here but was not listed; listing it again`);
        await local.listing.save();
        return;
      }
      if (sweep) {
        sweep.seen.add(code);
        if (!sweep.previous.has(code)) return;
      }
    } else if (await answers(listing.processId)) {
      return;
    }
    if (await adopt(code, listing?.processId ?? null)) adopted.push(code);
  });
  return adopted;
}

/** Adopts every open class that dead process `processId` lists (called just before colyseus removes its listings). */
async function adoptFrom(store: ClassStore, processId: string): Promise<void> {
  const listed = new Set((await matchMaker.query({ name: ROOM_NAME, processId })).map((l) => l.roomId));
  if (listed.size === 0) return;
  const open = (await store.openClasses()).filter((r) => listed.has(r.code));
  await eachLimited(open, CONCURRENCY, async ({ code }) => void (await adopt(code, processId)));
}

/**
 * Wraps the driver's `cleanup(processId)`, which colyseus calls once it has found another process dead
 * (a health check that timed out), so that the dead process's classes are adopted first. Returns the
 * undo. Never for this process's own cleanup (a graceful shutdown), and never while shutting down.
 */
function watchCleanups(store: ClassStore): () => void {
  const driver = matchMaker.driver;
  const original = driver.cleanup;
  if (!original) return () => undefined;
  const watched = async (processId: string): Promise<void> => {
    if (processId !== matchMaker.processId && matchMaker.state === matchMaker.MatchMakerState.READY) {
      // Must not wait for a health check of `processId`: colyseus is inside the one that called this.
      await adoptFrom(store, processId).catch((e: unknown) => console.error(`recovery: adopting the classes of process ${processId} failed:`, e));
    }
    return original.call(driver, processId);
  };
  driver.cleanup = watched;
  return () => {
    if (driver.cleanup === watched) driver.cleanup = original;
  };
}

/**
 * Restores class `code`, which `from` (a dead process) listed or nobody lists (null), unless another
 * process holds the claim or brought it back meanwhile. True if this call restored it.
 */
async function adopt(code: string, from: string | null): Promise<boolean> {
  if (adopting.has(code) || (failedUntil.get(code) ?? 0) > Date.now()) return false;
  adopting.add(code);
  let claimed: (() => Promise<void>) | null = null;
  try {
    claimed = await claim(code);
    if (!claimed) return false;
    // Looked again now that the claim is ours: another process may have brought it back since the pass read the listings.
    const [listing] = await matchMaker.query({ name: ROOM_NAME, roomId: code });
    if (listing && listing.processId !== from) return false;
    const started = performance.now();
    const home = await matchMaker.createRoom(ROOM_NAME, { restore: code });
    const why = from ? `its process ${from} stopped answering` : "no live process was serving it";
    const where = home.processId === matchMaker.processId ? "here" : `on process ${home.processId}`;
    console.log(`recovery: class ${code} is back ${where} (${why}; replayed in ${Math.round(performance.now() - started)} ms)`);
    failedUntil.delete(code);
    return true;
  } catch (e) {
    failedUntil.set(code, Date.now() + RETRY_FAILED_MS);
    console.error(`recovery: class ${code} could not be restored (tried again in ${RETRY_FAILED_MS / 1000} s):`, e);
    return false;
  } finally {
    adopting.delete(code);
    // Once the class is listed (or the restore failed) the lock has done its job: the next claimer looks at the listing.
    await claimed?.().catch(() => undefined);
  }
}

/**
 * Takes the lock on adopting `code`, among every process sharing the presence; returns its release, or
 * null if another process holds it. `incr` is atomic on both presences: the caller that gets 1 holds the
 * key. The key is per 30-second bucket, so a process that dies between `incr` and `expire` cannot leave a
 * lock that never expires; a claim in a neighbouring bucket (one made just before the bucket turned, or
 * on a clock a little ahead or behind) beats this one, so of two claims on either side of a boundary the
 * later one always sees the earlier one and backs off.
 */
async function claim(code: string): Promise<(() => Promise<void>) | null> {
  const presence = matchMaker.presence;
  const bucket = Math.floor(Date.now() / (CLAIM_SECONDS * 1000));
  const key = (b: number) => `classroom:adopting:${code}:${b}`;
  if ((await presence.incr(key(bucket))) !== 1) return null;
  await presence.expire(key(bucket), CLAIM_SECONDS * 3);
  const release = async () => void (await presence.del(key(bucket)));
  const [before, after] = await Promise.all([presence.exists(key(bucket - 1)), presence.exists(key(bucket + 1))]);
  if (before || after) {
    await release();
    return null;
  }
  return release;
}

/** A restored room here waits `seconds` for its devices before colyseus may dispose it as empty (which would finish the class). */
/** Runs `work` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, worker));
}
