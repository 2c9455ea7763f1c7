// Every limit the server puts on what a client or a stranger may do, in one place, with defaults that
// fit a school: all students may come from one address (the school's NAT), so per-address limits count
// what a class never does (failed code guesses, creating classes by the hundred, floods), not joins.
// Each can be set by an environment variable (server/README.md lists them).

/** The server's limits. */
export interface Limits {
  /** Largest HTTP request body, bytes (matchmaking and the class API); larger gets 413. */
  bodyBytes: number;
  /** Largest WebSocket frame a client may send, bytes; larger closes the socket (1009). */
  frameBytes: number;
  /** Requests of any kind to the class API and matchmaking, per address: burst, then per second. */
  requestBurst: number;
  requestsPerSecond: number;
  /** Failed code lookups and joins per address: burst, then per minute (a mistyped code costs one). */
  failureBurst: number;
  failuresPerMinute: number;
  /** Classes one address may create in an hour. */
  createsPerHour: number;
  /** Seconds a join's seat reservation waits for its socket before it stops counting against the class. */
  seatReservationSeconds: number;
  /** Messages per second and burst per connected client; `floodStrikes` more over the limit and it is closed. */
  messagesPerSecond: number;
  messageBurst: number;
  floodStrikes: number;
  /** Addresses remembered by each limiter before idle ones are forgotten (bounds memory under a spoofed-address flood). */
  maxTrackedAddresses: number;
  /** Take the client's address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
}

/** The defaults: a class of 300 joining within a minute from one address is fine; a script guessing codes is not. */
export const DEFAULT_LIMITS: Limits = {
  bodyBytes: 4 * 1024,
  frameBytes: 4 * 1024,
  requestBurst: 300,
  requestsPerSecond: 50,
  failureBurst: 20,
  failuresPerMinute: 20,
  createsPerHour: 60,
  // Long enough for a slow school Wi-Fi to open the socket after the HTTP reservation; short enough that
  // one address within its request budget cannot reserve maxClients (1000) seats at once.
  seatReservationSeconds: 8,
  messagesPerSecond: 10,
  messageBurst: 20,
  floodStrikes: 20,
  maxTrackedAddresses: 50_000,
  trustProxy: false,
};

/** The environment variable for each limit. */
export const LIMIT_ENV: Record<keyof Limits, string> = {
  bodyBytes: "LIMIT_BODY_BYTES",
  frameBytes: "LIMIT_FRAME_BYTES",
  requestBurst: "LIMIT_REQUEST_BURST",
  requestsPerSecond: "LIMIT_REQUESTS_PER_SECOND",
  failureBurst: "LIMIT_FAILURE_BURST",
  failuresPerMinute: "LIMIT_FAILURES_PER_MINUTE",
  createsPerHour: "LIMIT_CREATES_PER_HOUR",
  seatReservationSeconds: "LIMIT_SEAT_RESERVATION_SECONDS",
  messagesPerSecond: "LIMIT_MESSAGES_PER_SECOND",
  messageBurst: "LIMIT_MESSAGE_BURST",
  floodStrikes: "LIMIT_FLOOD_STRIKES",
  maxTrackedAddresses: "LIMIT_MAX_TRACKED_ADDRESSES",
  trustProxy: "TRUST_PROXY",
};

/** The limits with any set in `env` applied; a value that is not a positive number is an error at start-up, not a silent default. */
export function limitsFromEnv(env: Record<string, string | undefined>): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_ENV) as (keyof Limits)[]) {
    const raw = env[LIMIT_ENV[key]];
    if (raw === undefined || raw === "") continue;
    if (key === "trustProxy") {
      limits.trustProxy = raw === "1" || raw.toLowerCase() === "true";
      continue;
    }
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${LIMIT_ENV[key]} must be a positive number, not "${raw}".`);
    limits[key] = n;
  }
  return limits;
}
