// The HTTP side's limits, shared by matchmaking and the class API: a request budget per address,
// a budget of failed lookups and joins per address (a guessing script is slowed to a crawl while a
// class behind one school address joins freely), classes created per address per hour, and request
// bodies read only up to a few KB.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiError, WireErrorCode } from "../../shared";
import { refusalIn, type RefusalWords } from "../../shared/game/refusal";
import type { Limits } from "./limits";
import { AddressLimiter, addressOf } from "./rate-limit";

/** A refusal the guard decided: HTTP status, a code and a sentence (English, with its message id when it has one), and how long to wait. */
export interface HttpRefusal extends Partial<RefusalWords> {
  status: number;
  code: WireErrorCode;
  message: string;
  retryAfter?: number;
}

/** Thrown by `readBody` when a body is over the limit. */
export class BodyTooLarge extends Error {}

/** One process's HTTP limits. */
export class HttpGuard {
  private readonly requests: AddressLimiter;
  private readonly failures: AddressLimiter;
  private readonly creates: AddressLimiter;

  constructor(readonly limits: Limits, private readonly now: () => number = Date.now) {
    this.requests = new AddressLimiter(limits.requestsPerSecond, limits.requestBurst, limits.maxTrackedAddresses);
    this.failures = new AddressLimiter(limits.failuresPerMinute / 60, limits.failureBurst, limits.maxTrackedAddresses);
    this.creates = new AddressLimiter(limits.createsPerHour / 3600, limits.createsPerHour, limits.maxTrackedAddresses);
  }

  /** The address a request is counted against. */
  address(req: IncomingMessage): string {
    return addressOf(req.socket.remoteAddress, req.headers["x-forwarded-for"], this.limits.trustProxy);
  }

  /** Takes one request from the address's budget; a refusal if it has none left, or if it is waiting out its failures. */
  admit(address: string): HttpRefusal | null {
    const now = this.now();
    const wait = this.requests.take(address, now);
    if (wait > 0) return tooMany(wait, "refusal.tooManyRequests");
    const failed = this.failures.wait(address, now);
    if (failed > 0) return tooMany(failed, "refusal.tooManyWrongCodes");
    return null;
  }

  /** Counts a failed lookup or join against the address. */
  failed(address: string): void {
    this.failures.take(address, this.now());
  }

  /** Takes one class creation from the address's hourly budget, or refuses. */
  create(address: string): HttpRefusal | null {
    const wait = this.creates.take(address, this.now());
    return wait > 0 ? tooMany(wait, "refusal.tooManyClasses") : null;
  }
}

function tooMany(seconds: number, id: RefusalWords["id"]): HttpRefusal {
  return { status: 429, code: "rate-limited", ...refusalIn(id), retryAfter: Math.max(1, Math.ceil(seconds)) };
}

/** Reads a request body, refusing (and stopping the upload) as soon as it passes `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Writes a refusal as JSON ({ error, message, and its message's id and values when it has them }) with its status and Retry-After. */
export function sendRefusal(res: ServerResponse, refusal: HttpRefusal, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const body: ApiError = { error: refusal.code, message: refusal.message, ...(refusal.id ? { id: refusal.id } : {}), ...(refusal.values ? { values: refusal.values } : {}) };
  res.writeHead(refusal.status, {
    ...headers,
    "Content-Type": "application/json",
    ...(refusal.retryAfter ? { "Retry-After": String(refusal.retryAfter) } : {}),
    // The client is done sending: do not wait for the rest of an oversized upload.
    ...(refusal.status === 413 ? { Connection: "close" } : {}),
  });
  res.end(JSON.stringify(body));
}

/** The refusal for a body over the limit. */
export function tooLarge(limit: number): HttpRefusal {
  return { status: 413, code: "too-large", ...refusalIn("refusal.tooLarge", { limit }) };
}
