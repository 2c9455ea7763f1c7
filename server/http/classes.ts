// The HTTP side of classes: look a typed code up (any case) before joining, and download the report.
import { matchMaker } from "@colyseus/core";
import { type Request, type Response, Router } from "express";
import { normalizeCode } from "../rooms/join-code";

/** The room name every class is registered under. */
export const ROOM_NAME = "classroom";

/** A refusal as JSON: a code for programs and a sentence for people. */
export interface LookupError {
  error: "bad-code" | "not-found" | "locked" | "no-key";
  message: string;
}

/** Routes under /api/classes: GET /:code and GET /:code/report.csv|json?key=HOSTKEY. */
export function classesRouter(): Router {
  const router = Router();

  router.get("/:code", async (req: Request, res: Response) => {
    const found = await find(req, res);
    if (!found) return;
    if (found.locked) {
      refuse(res, 423, "locked", "This class is locked: ask your teacher to unlock it.");
      return;
    }
    res.json({ roomId: found.roomId, clients: found.clients, processId: found.processId });
  });

  router.get("/:code/report.:format", async (req: Request, res: Response) => {
    const format = req.params.format;
    if (format !== "csv" && format !== "json") {
      refuse(res, 404, "not-found", "Reports come as report.csv or report.json.");
      return;
    }
    const found = await find(req, res);
    if (!found) return;
    const method = format === "csv" ? "reportCsv" : "report";
    // Works wherever the room lives: locally, or on another process through the presence.
    const report = await matchMaker.remoteRoomCall(found.roomId, method, [req.query.key]).catch(() => null);
    if (report === null || report === undefined) {
      refuse(res, 403, "no-key", "The report needs the class's host key.");
      return;
    }
    res.setHeader("Cache-Control", "no-store");
    res.attachment(`class-${found.roomId}.${format}`);
    if (format === "csv") res.type("text/csv").send(report);
    else res.json(report);
  });

  return router;
}

async function find(req: Request, res: Response) {
  const code = normalizeCode(req.params.code);
  if (!code) {
    refuse(res, 400, "bad-code", "A join code is 5 letters or digits, like K7QXM.");
    return null;
  }
  const [room] = await matchMaker.query({ name: ROOM_NAME, roomId: code });
  if (!room) {
    refuse(res, 404, "not-found", `No class is using the code ${code}. Check the code on the board.`);
    return null;
  }
  return room;
}

function refuse(res: Response, status: number, error: LookupError["error"], message: string): void {
  res.status(status).json({ error, message } satisfies LookupError);
}
