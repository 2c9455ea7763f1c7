// Colyseus' matchmaking over HTTP, guarded: only the two calls a page needs (join a class by its code,
// reconnect with a token), bodies read up to the limit, each address within its request budget, and
// failed joins counted against it. Creating a class is not a matchmaking call at all: POST /api/classes
// creates it and hands the host key back, so nobody can become host by timing.
import type { IncomingMessage, ServerResponse } from "node:http";
import { ErrorCode, matchMaker, Server, type ServerOptions } from "@colyseus/core";
import { JOIN_REFUSAL } from "../../shared";
import { refusalIn } from "../../shared/game/refusal";
import type { ClassStore } from "../store";
import { BodyTooLarge, type HttpGuard, readBody, type HttpRefusal, tooLarge } from "./http-guard";

/** The matchmaking calls a page may make. */
export const MATCHMAKE_METHODS = ["joinById", "reconnect"] as const;

const ROUTE = /^\/matchmake\/(joinById|reconnect)\/([A-Za-z0-9_-]{1,64})\/?(?:\?.*)?$/;

/** A Colyseus server whose matchmaking route goes through an HttpGuard. */
export class GuardedServer extends Server {
  constructor(options: ServerOptions, private readonly guard: HttpGuard, private readonly store: ClassStore) {
    super(options);
    // A second fence: even a call that reached the controller another way can only join or reconnect.
    matchMaker.controller.exposedMethods = [...MATCHMAKE_METHODS];
  }

  protected override async handleMatchMakeRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers: Record<string, string> = {
      ...(matchMaker.controller.DEFAULT_CORS_HEADERS as Record<string, string>),
      ...(matchMaker.controller.getCorsHeaders.call(undefined, req) as Record<string, string>),
    };
    try {
      await this.matchmake(req, res, headers);
    } catch (e) {
      // Never let a request's failure reach the process; say so without details.
      console.error("matchmaking request failed:", e);
      refuse(res, headers, { status: 500, code: "unavailable", ...refusalIn("refusal.serverBusy") });
    }
  }

  private async matchmake(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): Promise<void> {
    if (matchMaker.state === matchMaker.MatchMakerState.SHUTTING_DOWN) {
      return refuse(res, headers, { status: 503, code: "unavailable", ...refusalIn("refusal.restarting") });
    }
    if (req.method === "OPTIONS") {
      res.writeHead(204, headers);
      return void res.end();
    }
    const address = this.guard.address(req);
    const admitted = this.guard.admit(address);
    if (admitted) return refuse(res, headers, admitted);
    const route = req.method === "POST" ? ROUTE.exec(req.url ?? "") : null;
    if (!route) {
      req.resume();
      return refuse(res, headers, { status: 404, code: "not-found", ...refusalIn("refusal.joinByCode") });
    }
    const [, method, roomId] = route as unknown as [string, (typeof MATCHMAKE_METHODS)[number], string];
    let options: unknown;
    try {
      const body = await readBody(req, this.guard.limits.bodyBytes);
      options = body.length ? JSON.parse(body.toString("utf8")) : {};
    } catch (e) {
      if (e instanceof BodyTooLarge) return refuse(res, headers, tooLarge(this.guard.limits.bodyBytes));
      return refuse(res, headers, { status: 400, code: "bad-message", ...refusalIn("refusal.badJson") });
    }
    if (typeof options !== "object" || options === null || Array.isArray(options)) {
      return refuse(res, headers, { status: 400, code: "bad-message", ...refusalIn("refusal.badOptions") });
    }
    try {
      const response = (await matchMaker.controller.invokeMethod(method, roomId, options, {
        token: undefined,
        headers: req.headers,
        ip: address,
        req,
      })) as Record<string, unknown>;
      if (this.transport.protocol !== undefined) response.protocol = this.transport.protocol;
      res.writeHead(200, { ...headers, "Content-Type": "application/json" });
      res.end(JSON.stringify(response));
    } catch (e) {
      const error = e as { code?: number; message?: string };
      let answer = { code: error.code ?? JOIN_REFUSAL["not-found"], error: String(error.message ?? refusalIn("refusal.cannotJoin").message) };
      if (method === "joinById" && error.code === ErrorCode.MATCHMAKE_INVALID_ROOM_ID) {
        // A class the store keeps open but no process serves yet is coming back (a restart, a failover):
        // "try again", not "no such class", or the page would give up its seat.
        if ((await this.store.getClass(roomId).catch(() => null))?.finishedAt === null) {
          answer = { code: JOIN_REFUSAL.unavailable, error: refusalIn("refusal.comingBack").message };
        } else {
          // A code that is not in use: counted, so guessing slows down. (A failed reconnection token is not
          // a guess: after a restart every device's old token fails once, and a school shares one address.)
          this.guard.failed(address);
        }
      }
      // colyseus.js reads { code, error }.
      res.writeHead(200, { ...headers, "Content-Type": "application/json" });
      res.end(JSON.stringify(answer));
    }
  }
}

/** A refusal in the shape colyseus.js reads (`{ code, error }`), with its HTTP status and Retry-After. */
function refuse(res: ServerResponse, headers: Record<string, string>, refusal: HttpRefusal): void {
  if (res.headersSent) return void res.end();
  res.writeHead(refusal.status, {
    ...headers,
    "Content-Type": "application/json",
    ...(refusal.retryAfter ? { "Retry-After": String(refusal.retryAfter) } : {}),
    ...(refusal.status === 413 ? { Connection: "close" } : {}),
  });
  // colyseus.js reads code and error; id and values are the message's, for a device in another language.
  res.end(JSON.stringify({ code: JOIN_REFUSAL[refusal.code], error: refusal.message, ...(refusal.id ? { id: refusal.id } : {}), ...(refusal.values ? { values: refusal.values } : {}) }));
}
