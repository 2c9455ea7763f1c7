// The class API: create a class (the only way to become its host), look a typed code up before
// joining, and download the report with the host key in a header. Every route is within the
// address's request budget; failed lookups count against the address (server/guard/http-guard.ts).
import { randomBytes } from "node:crypto";
import { matchMaker } from "@colyseus/core";
import express, { type NextFunction, type Request, type Response, Router } from "express";
import { type ClassInfo, type CreatedClass, type FoundClass, HOST_KEY_HEADER, normalizeCode, ROOM_NAME } from "../../shared";
import { type HttpGuard, type HttpRefusal, sendRefusal } from "../guard/http-guard";
import { refusalIn, type RefusalWords } from "../../shared/game/refusal";
import { keyMatches } from "../keys";
import { classReport, type ClassReport, reportCsv, reportFileName, reportTranslator } from "../report";
import type { ClassRecord, ClassStore } from "../store";

/** What a room lists about itself for the lookup (colyseus metadata). */
export interface ClassMetadata {
  locked: boolean;
}

/**
 * Routes under /api/classes: POST / (create), GET /:code (look up before joining), and for the holder of
 * the host key (header x-host-key): GET /:code/info, GET /:code/report.csv|students.csv|json[?lang=es] (live classes and
 * finished ones still kept), DELETE /:code (a finished class and its report).
 */
export function classesRouter(guard: HttpGuard, store: ClassStore): Router {
  const router = Router();
  router.use((req, res, next) => {
    const refusal = guard.admit(guard.address(req));
    if (refusal) return sendRefusal(res, refusal);
    next();
  });

  router.post("/", express.json({ limit: guard.limits.bodyBytes, strict: true }), async (req: Request, res: Response) => {
    const limited = guard.create(guard.address(req));
    if (limited) return sendRefusal(res, limited);
    const body: unknown = req.body ?? {};
    if (typeof body !== "object" || body === null || Array.isArray(body)) return sendRefusal(res, bad(refusalIn("refusal.createShape", { example: '{ "settings": {...} }' })));
    const settings = (body as { settings?: unknown }).settings;
    const hostKey = randomBytes(24).toString("base64url");
    try {
      const room = await matchMaker.createRoom(ROOM_NAME, { settings, hostKey });
      res.status(201).setHeader("Cache-Control", "no-store");
      res.json({ code: room.roomId, hostKey } satisfies CreatedClass);
    } catch (e) {
      sendRefusal(res, bad(e instanceof Error ? { message: e.message } : refusalIn("refusal.badSettings")));
    }
  });

  router.get("/:code", async (req: Request, res: Response) => {
    const found = await find(guard, store, req, res);
    if (!found) return;
    if ((found.metadata as ClassMetadata | undefined)?.locked) {
      return sendRefusal(res, { status: 423, code: "locked", ...refusalIn("refusal.locked") });
    }
    res.setHeader("Cache-Control", "no-store");
    res.json({ code: found.roomId, locked: false, processId: found.processId } satisfies FoundClass);
  });

  router.get("/:code/report.:format", async (req: Request, res: Response) => {
    // report.csv (one row per shot and seat), report.students.csv (one row per student and game), report.json (everything, full precision).
    const format = req.params.format;
    if (format !== "csv" && format !== "json" && format !== "students.csv") return sendRefusal(res, { status: 404, code: "not-found", ...refusalIn("refusal.reportFormats") });
    if (req.query.key !== undefined) {
      // A key in the address stays in browser history and proxy logs: refuse it even when it is right.
      return sendRefusal(res, bad(refusalIn("refusal.keyInHeader", { header: HOST_KEY_HEADER })));
    }
    const owned = await ownedClass(guard, store, req, res);
    if (!owned) return;
    const report = await reportOf(owned.record, store);
    res.setHeader("Cache-Control", "no-store");
    if (format === "json") {
      res.attachment(reportFileName(report, "json"));
      res.json(report);
      return;
    }
    const sheet = format === "students.csv" ? "students" : "shots";
    res.attachment(reportFileName(report, "csv", sheet));
    // ?lang= (the page's language) sets the headers' and words' language; English when missing or unknown.
    res.type("text/csv; charset=utf-8").send(reportCsv(report, sheet, reportTranslator(req.query.lang)));
  });

  router.get("/:code/info", async (req: Request, res: Response) => {
    const owned = await ownedClass(guard, store, req, res);
    if (!owned) return;
    const { record } = owned;
    const [live] = await matchMaker.query({ name: ROOM_NAME, roomId: record.code });
    res.setHeader("Cache-Control", "no-store");
    res.json({ code: record.code, createdAt: record.createdAt, finishedAt: record.finishedAt, live: live !== undefined } satisfies ClassInfo);
  });

  router.delete("/:code", async (req: Request, res: Response) => {
    const owned = await ownedClass(guard, store, req, res);
    if (!owned) return;
    const [live] = await matchMaker.query({ name: ROOM_NAME, roomId: owned.record.code });
    if (live || owned.record.finishedAt === null) {
      return sendRefusal(res, { status: 409, code: "wrong-phase", ...refusalIn("refusal.stillOpen") });
    }
    await store.deleteClass(owned.record.code);
    res.status(204).end();
  });

  return router;
}

/** The final error handler: a status and a sentence, never a stack trace or a server path. */
export function apiErrors(err: unknown, _req: Request, res: Response, _next: NextFunction): void {
  const e = err as { status?: number; statusCode?: number; type?: string };
  const status = e.status ?? e.statusCode ?? 500;
  if (status >= 500) console.error("request failed:", err);
  const refusal: HttpRefusal =
    e.type === "entity.too.large"
      ? { status: 413, code: "too-large", ...refusalIn("refusal.requestTooLarge") }
      : status < 500
        ? { status, code: "bad-message", ...refusalIn("refusal.notUnderstood") }
        : { status: 500, code: "unavailable", ...refusalIn("refusal.serverBusy") };
  sendRefusal(res, refusal);
}

/** The stored class behind `:code` when the request carries its host key; otherwise the refusal is sent and null returned. */
async function ownedClass(guard: HttpGuard, store: ClassStore, req: Request, res: Response): Promise<{ record: ClassRecord } | null> {
  const code = normalizeCode(req.params.code);
  const record = code ? await store.getClass(code) : null;
  if (!record || !keyMatches(req.get(HOST_KEY_HEADER), record.hostKeyHash)) {
    // Unknown code or wrong key: the same answer, so neither can be probed.
    refuseKey(guard, req, res);
    return null;
  }
  return { record };
}

/** The report of a class, replayed from its log; a live room (on any process) first writes out what it holds. */
async function reportOf(record: ClassRecord, store: ClassStore): Promise<ClassReport> {
  const [live] = await matchMaker.query({ name: ROOM_NAME, roomId: record.code });
  if (live) await matchMaker.remoteRoomCall(live.roomId, "flushed", []).catch(() => undefined);
  return classReport(record, await store.readLog(record.code));
}

function refuseKey(guard: HttpGuard, req: Request, res: Response): void {
  guard.failed(guard.address(req));
  sendRefusal(res, { status: 403, code: "host-key", ...refusalIn("refusal.needsHostKey") });
}

async function find(guard: HttpGuard, store: ClassStore, req: Request, res: Response) {
  const code = normalizeCode(req.params.code);
  if (!code) {
    guard.failed(guard.address(req));
    sendRefusal(res, { status: 400, code: "bad-code", ...refusalIn("refusal.codeShape") });
    return null;
  }
  const [room] = await matchMaker.query({ name: ROOM_NAME, roomId: code });
  if (!room && (await store.getClass(code).catch(() => null))?.finishedAt === null) {
    // Kept open in the store, served by no process yet: it is coming back (a restart, a failover).
    sendRefusal(res, { status: 503, code: "unavailable", ...refusalIn("refusal.classRestarting"), retryAfter: 2 });
    return null;
  }
  if (!room) {
    guard.failed(guard.address(req));
    sendRefusal(res, { status: 404, code: "not-found", ...refusalIn("refusal.noSuchClass", { code }) });
    return null;
  }
  return room;
}

function bad(words: { message: string } & Partial<RefusalWords>): HttpRefusal {
  return { status: 400, code: "bad-message", ...words };
}
