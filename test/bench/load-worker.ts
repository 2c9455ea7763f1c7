// One load-generator process for `npm run bench:load`: drives whole classrooms (a host and 30
// students, real colyseus.js clients) and measures, per student action, the time until the patch
// that shows it reaches that student. Talks to test/bench/load.ts over the fork IPC channel.
// Every client receives every patch (the server's cost is the same), but only the host and a random
// sample of `decoders` students per class decode them; the others read their frames and act on the
// host's decoded state. Decoding 31 copies of each patch cost the generator twice the server's CPU.
// For `npm run bench:recovery` (test/bench/recovery.ts) a worker also keeps every seat's keys and, when
// the server dies, gets each seat back the way the real client does (client/source/network-game.ts
// `rejoin`: the reconnection token, then the seat or host key, retried with the same back-off).
import { Client, type Room } from "colyseus.js";
import { joinRefusalCode, type Line, lineVotes, type SeatMessage } from "../../shared";
import { closeWindow, exit, later, noteError, openWindow, pool, rand, stats, window } from "./load-worker-kit";
import { phoneSender } from "./phone-sender";

/** What the parent asks of a worker. */
export type WorkerCommand =
  | {
      cmd: "start";
      port: number;
      rooms: number;
      students: number;
      settings: Record<string, unknown>;
      joinConcurrency: number;
      decoders: number;
      staggerMs: number;
      /** Say "played" once every class of this worker is past this many rounds. */
      rounds?: number;
      /** When the server drops a connection, get the seat back as the real client does. */
      rejoin?: boolean;
    }
  | { cmd: "measure" }
  | { cmd: "report" }
  | { cmd: "recovery" };

/** What a worker tells the parent. */
export type WorkerReply =
  | { kind: "ready"; joined: number; failedJoins: string[] }
  /** `perKind`: latencies by kind of action, as text ("vote n= p50= p95= ms; adjust ..."), from workers that time them apart. */
  | { kind: "report"; latencies: number[]; errors: number; errorSamples: string[]; disconnects: number; studentBytes: number; studentFrames: number; studentRounds: number; cpuMs: number; wallMs: number; lagP99Ms: number; lagMaxMs: number; perKind?: string }
  | { kind: "played"; codes: string[] }
  /** Per seat held: when it dropped and when it was back (epoch ms, null if not), and whether the server said it was gone. */
  | { kind: "recovery"; seats: { role: "host" | "student"; code: string; droppedAt: number | null; backAt: number | null; gone: boolean; attempts: number }[]; samples: string[] };

interface Pending {
  kind: "vote" | "adjust";
  at: number;
  weight?: number;
}


/**
 * A student who votes and turns the dial a few seconds into each phase, as people do. `observer` is
 * the room whose decoded state this student acts on: its own (a decoder, whose latency is measured)
 * or the host's.
 */
function playStudent(room: Room, observer: Room): void {
  const me = room.sessionId;
  const decodes = observer === room;
  const send = phoneSender(room);
  let pending: Pending[] = [];
  let phase = "";
  let round = -1;
  if (!decodes) {
    // Frames are still received and parsed; only the Schema decoding is skipped.
    (room as unknown as { serializer: { patch(): void } }).serializer.patch = () => undefined;
  }
  const ws = (room.connection as unknown as { transport: { ws: { addEventListener(t: string, f: (e: { data: ArrayBuffer }) => void): void } } }).transport.ws;
  ws.addEventListener("message", (e) => {
    if (!window.measuring) return;
    stats.studentBytes += e.data.byteLength;
    stats.studentFrames++;
  });
  room.onMessage("error", (m: { code: string; message: string }) => noteError(`${m.code}: ${m.message}`));
  room.onMessage("kicked", () => undefined);
  room.onMessage("seat", () => undefined);
  room.onLeave((code) => {
    if (code !== 1000 && code !== 4000) {
      if (window.measuring) stats.disconnects++;
    }
  });
  observer.onStateChange((state) => {
    const now = performance.now();
    const player = state.players.get(me);
    if (!player) return;
    const line = state.lines[player.line];
    const neuron = line?.neurons[player.seat];
    // Actions this patch shows to their sender (measured on decoding students only).
    if (pending.length) {
      pending = pending.filter((p) => {
        const shown = p.kind === "vote" ? line?.current?.votes.get(me) !== undefined : neuron?.weight === p.weight;
        if (shown && window.measuring) stats.latencies.push(now - p.at);
        return !shown;
      });
    }
    if (state.round !== round) {
      if (window.measuring && round !== -1) stats.studentRounds++;
      round = state.round;
    }
    if (state.phase === phase) return;
    phase = state.phase;
    // Only lines whose rule asks who is to blame vote (the others would be refused: "no vote").
    if (phase === "vote" && lineVotes({ rule: line.rule, current: (line.current ?? null) as Line["current"] })) {
      later(rand(500, 4000), () => {
        if (observer.state.phase !== "vote") return;
        if (decodes) pending.push({ kind: "vote", at: performance.now() });
        send("vote", { blame: Math.floor(Math.random() * line.neurons.length), direction: Math.random() < 0.5 ? "firmer" : "looser" });
      });
    } else if (phase === "adjust") {
      const turns = 1 + Math.floor(Math.random() * 3);
      let t = 0;
      for (let i = 0; i < turns; i++) {
        t += rand(500, 1500);
        later(t, () => {
          if (observer.state.phase !== "adjust") return;
          const p = observer.state.players.get(me);
          const n = p && observer.state.lines[p.line]?.neurons[p.seat];
          if (!n) return;
          const weight = Math.max(-5, Math.min(5, Math.round((n.weight + rand(-0.3, 0.3)) * 1000) / 1000));
          if (weight === n.weight) return;
          if (decodes) pending.push({ kind: "adjust", at: performance.now(), weight });
          send("adjust", { weight });
        });
      }
      later(t + rand(300, 1000), () => {
        if (observer.state.phase === "adjust") send("ready", {});
      });
    }
  });
}

/** A seat this worker holds, with what it takes to get it back. */
interface Held {
  role: "host" | "student";
  code: string;
  token: string;
  /** The host key, or the seat key the server sent on joining. */
  key: string | null;
  /** Dropped and not back yet. */
  down: boolean;
  /** The last drop and the return after it (epoch ms). */
  droppedAt: number | null;
  backAt: number | null;
  gone: boolean;
  attempts: number;
}

const held: Held[] = [];
/** Distinct reasons a try at getting a seat back failed (the first few). */
const recoverySamples = new Set<string>();
let rejoinOn = false;
let endpoint = "";

/** Answers that mean the seat is gone for good (client/source/network-game.ts SEAT_GONE). */
const SEAT_GONE = new Set(["unknown-player", "banned", "not-found", "host-key"]);

function seatGone(error: unknown): boolean {
  const code = joinRefusalCode((error as { code?: unknown } | null)?.code);
  return code !== null && SEAT_GONE.has(code);
}

/** Keeps `room`'s seat: its token, its key, and a way back when the server drops it. */
function hold(room: Room, seat: Held): void {
  if (!held.includes(seat)) held.push(seat);
  seat.token = room.reconnectionToken;
  room.onMessage("seat", (m: SeatMessage) => {
    if (m.seatKey) seat.key = m.seatKey;
  });
  room.onMessage("notice", () => undefined);
  room.onLeave((code) => {
    // 1000/4000: a leave on purpose (the bench ending); anything else is the server going away.
    if (!rejoinOn || code === 1000 || code === 4000 || seat.down) return;
    seat.down = true;
    seat.droppedAt = Date.now();
    seat.backAt = null;
    retry(seat, 1);
  });
}

/** Keeps a distinct reason a try failed (its error code and message). */
function note(what: string, error: unknown): void {
  const e = error as { code?: unknown; message?: string } | null;
  const reason = `${what}: ${String(e?.code ?? "")} ${String(e?.message ?? error).replace(/127\.0\.0\.1:\d+/, "the server").replace(/\b[A-Z0-9]{5}\b/g, "CODE")}`.slice(0, 160);
  if (recoverySamples.size < 12) recoverySamples.add(reason);
}

/** One try at the seat, as the real client's `rejoin`: the token first, then the host or seat key. */
async function rejoin(client: Client, seat: Held): Promise<Room | "gone" | null> {
  let tokenError: unknown = null;
  const byToken = await client.reconnect(seat.token).catch((e: unknown) => ((tokenError = e), null));
  if (byToken) return byToken;
  note(`${seat.role} token`, tokenError);
  const options = seat.role === "host" ? (seat.key ? { hostKey: seat.key } : null) : seat.key ? { seatKey: seat.key } : null;
  if (!options) return seatGone(tokenError) ? "gone" : null;
  try {
    return await client.joinById(seat.code, options);
  } catch (e) {
    note(`${seat.role} ${seat.role === "host" ? "host" : "seat"} key`, e);
    return seatGone(e) ? "gone" : null;
  }
}

/** The real client's back-off: quick at first, then every 5 s (for at most 10 minutes). */
function retry(seat: Held, attempt: number): void {
  later(Math.min(5000, 250 * 2 ** (attempt - 1)), () => {
    seat.attempts = attempt;
    void rejoin(new Client(endpoint), seat).then((room) => {
      if (room === "gone") seat.gone = true;
      else if (room) {
        seat.backAt = Date.now();
        seat.down = false;
        // Back in: frames are still read, only students skip decoding patches (as most do in the load bench).
        if (seat.role === "student") (room as unknown as { serializer: { patch(): void } }).serializer.patch = () => undefined;
        hold(room, seat);
      } else if (Date.now() - (seat.droppedAt ?? Date.now()) < 600_000) retry(seat, attempt + 1);
    });
  });
}

async function start(c: Extract<WorkerCommand, { cmd: "start" }>): Promise<void> {
  endpoint = `ws://127.0.0.1:${c.port}`;
  rejoinOn = c.rejoin === true;
  const client = new Client(endpoint);
  const newSeat = (role: Held["role"], code: string, key: string | null): Held => ({ role, code, token: "", key, down: false, droppedAt: null, backAt: null, gone: false, attempts: 0 });
  const failedJoins: string[] = [];
  let joined = 0;
  const hosts: Room[] = [];
  for (let r = 0; r < c.rooms; r++) {
    const res = await fetch(`http://127.0.0.1:${c.port}/api/classes`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ settings: c.settings }) });
    if (res.status !== 201) throw new Error(`creating a class failed: ${res.status} ${await res.text()}`);
    const created = (await res.json()) as { code: string; hostKey: string };
    const host = await client.joinById(created.code, { hostKey: created.hostKey });
    host.onMessage("error", (m: { code: string; message: string }) => noteError(`host ${m.code}: ${m.message}`));
    if (rejoinOn) hold(host, newSeat("host", created.code, created.hostKey));
    hosts.push(host);
  }
  // Which seats decode: a random sample per class.
  const seats = hosts.flatMap((h) => {
    const order = Array.from({ length: c.students }, (_, i) => i).sort(() => Math.random() - 0.5);
    return order.map((i, k) => ({ host: h, decodes: k < c.decoders, name: `S${i}` }));
  });
  await pool(seats, c.joinConcurrency, async ({ host, decodes }) => {
    try {
      const room = await client.joinById(host.roomId, { name: "" });
      if (rejoinOn) hold(room, newSeat("student", host.roomId, null));
      playStudent(room, decodes ? room : host);
      joined++;
    } catch (e) {
      if (failedJoins.length < 5) failedJoins.push((e as Error).message);
      else failedJoins.push("");
    }
  });
  // Classes start together (lockstep: every class votes in the same seconds) or spread over staggerMs.
  hosts.forEach((h, r) => (c.staggerMs > 0 ? later((r / hosts.length) * c.staggerMs, () => h.send("start", {})) : h.send("start", {})));
  if (c.rounds !== undefined) {
    const rounds = c.rounds;
    let told = false;
    const check = () => {
      if (told || !hosts.every((h) => (h.state as { round?: number }).round! > rounds)) return;
      told = true;
      process.send!({ kind: "played", codes: hosts.map((h) => h.roomId) } satisfies WorkerReply);
    };
    for (const h of hosts) h.onStateChange(check);
  }
  process.send!({ kind: "ready", joined, failedJoins } satisfies WorkerReply);
}

process.on("message", (m: WorkerCommand) => {
  if (m.cmd === "start") {
    start(m).catch((e) => {
      process.send!({ kind: "ready", joined: 0, failedJoins: [String(e)] } satisfies WorkerReply);
    });
  } else if (m.cmd === "recovery") {
    const seats = held.map(({ role, code, droppedAt, backAt, gone, attempts }) => ({ role, code, droppedAt, backAt, gone, attempts }));
    process.send!({ kind: "recovery", seats, samples: [...recoverySamples] } satisfies WorkerReply);
  } else if (m.cmd === "measure") {
    openWindow();
  } else if (m.cmd === "report") {
    process.send!({ kind: "report", ...closeWindow() } satisfies WorkerReply, exit);
  }
});
