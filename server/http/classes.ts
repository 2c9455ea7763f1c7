// The class API: create a class (the only way to become its host), look a typed code up before
// joining, and download the report with the host key in a header. Every route is within the
// address's request budget; failed lookups count against the address (server/guard/http-guard.ts).
import { randomBytes } from "node:crypto";
import { matchMaker } from "@colyseus/core";
import express, { type NextFunction, type Request, type Response, Router } from "express";
import { type CreatedClass, type FoundClass, HOST_KEY_HEADER, normalizeCode, ROOM_NAME } from "../../shared";
import { type HttpGuard, type HttpRefusal, sendRefusal } from "../guard/http-guard";

/** What a room lists about itself for the lookup (colyseus metadata). */
export interface ClassMetadata {
  locked: boolean;
}

/** Routes under /api/classes: POST /, GET /:code, GET /:code/report.csv|json (header x-host-key). */
export function classesRouter(guard: HttpGuard): Router {
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
    if (typeof body !== "object" || body === null || Array.isArray(body)) return sendRefusal(res, bad("A class is created from an object such as { \"settings\": {...} }."));
    const settings = (body as { settings?: unknown }).settings;
    const hostKey = randomBytes(24).toString("base64url");
    try {
      const room = await matchMaker.createRoom(ROOM_NAME, { settings, hostKey });
      res.status(201).setHeader("Cache-Control", "no-store");
      res.json({ code: room.roomId, hostKey } satisfies CreatedClass);
    } catch (e) {
      sendRefusal(res, bad(e instanceof Error ? e.message : "Those settings cannot be used."));
    }
  });

  router.get("/:code", async (req: Request, res: Response) => {
    const found = await find(guard, req, res);
    if (!found) return;
    if ((found.metadata as ClassMetadata | undefined)?.locked) {
      return sendRefusal(res, { status: 423, code: "locked", message: "This class is locked: ask your teacher to unlock it." });
    }
    res.setHeader("Cache-Control", "no-store");
    res.json({ code: found.roomId, locked: false, processId: found.processId } satisfies FoundClass);
  });

  router.get("/:code/report.:format", async (req: Request, res: Response) => {
    const format = req.params.format;
    if (format !== "csv" && format !== "json") return sendRefusal(res, { status: 404, code: "not-found", message: "Reports come as report.csv or report.json." });
    if (req.query.key !== undefined) {
      // A key in the address stays in browser history and proxy logs: refuse it even when it is right.
      return sendRefusal(res, bad(`Send the host key in the ${HOST_KEY_HEADER} header, not in the address.`));
    }
    const found = await find(guard, req, res);
    if (!found) return;
    const method = format === "csv" ? "reportCsv" : "report";
    // Works wherever the room lives: locally, or on another process through the presence.
    const report: unknown = await matchMaker.remoteRoomCall(found.roomId, method, [req.get(HOST_KEY_HEADER)]).catch(() => null);
    if (report === null || report === undefined) {
      guard.failed(guard.address(req));
      return sendRefusal(res, { status: 403, code: "host-key", message: "The report needs the class's host key." });
    }
    res.setHeader("Cache-Control", "no-store");
    res.attachment(`class-${found.roomId}.${format}`);
    if (format === "csv") res.type("text/csv").send(report);
    else res.json(report);
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
      ? { status: 413, code: "too-large", message: "That request is too large." }
      : status < 500
        ? { status, code: "bad-message", message: "That request could not be understood." }
        : { status: 500, code: "unavailable", message: "The server could not do that just now: try again." };
  sendRefusal(res, refusal);
}

async function find(guard: HttpGuard, req: Request, res: Response) {
  const code = normalizeCode(req.params.code);
  if (!code) {
    guard.failed(guard.address(req));
    sendRefusal(res, { status: 400, code: "bad-code", message: "A join code is 5 letters or digits, like K7QXM." });
    return null;
  }
  const [room] = await matchMaker.query({ name: ROOM_NAME, roomId: code });
  if (!room) {
    guard.failed(guard.address(req));
    sendRefusal(res, { status: 404, code: "not-found", message: `No class is using the code ${code}. Check the code on the board.` });
    return null;
  }
  return room;
}

function bad(message: string): HttpRefusal {
  return { status: 400, code: "bad-message", message };
}
