// One load-generator process for `npm run bench:load`: drives whole classrooms (a host and 30
// students, real colyseus.js clients) and measures, per student action, the time until the patch
// that shows it reaches that student. Talks to test/bench/load.ts over the fork IPC channel.
// Every client receives every patch (the server's cost is the same), but only the host and a random
// sample of `decoders` students per class decode them; the others read their frames and act on the
// host's decoded state. Decoding 31 copies of each patch cost the generator twice the server's CPU.
import { Client, type Room } from "colyseus.js";

/** What the parent asks of a worker. */
export type WorkerCommand =
  | { cmd: "start"; port: number; rooms: number; students: number; settings: Record<string, unknown>; joinConcurrency: number; decoders: number; staggerMs: number }
  | { cmd: "measure" }
  | { cmd: "report" };

/** What a worker tells the parent. */
export type WorkerReply =
  | { kind: "ready"; joined: number; failedJoins: string[] }
  | { kind: "report"; latencies: number[]; errors: number; errorSamples: string[]; disconnects: number; studentBytes: number; studentFrames: number; studentRounds: number; cpuMs: number; wallMs: number };

interface Pending {
  kind: "vote" | "adjust";
  at: number;
  weight?: number;
}

const stats = { latencies: [] as number[], errors: 0, errorSamples: [] as string[], disconnects: 0, studentBytes: 0, studentFrames: 0, studentRounds: 0 };
let measuring = false;
let cpuStart = process.cpuUsage();
let wallStart = Date.now();
const timers = new Set<NodeJS.Timeout>();

function later(ms: number, fn: () => void): void {
  const t = setTimeout(() => {
    timers.delete(t);
    fn();
  }, ms);
  timers.add(t);
}

function rand(lo: number, hi: number): number {
  return lo + Math.random() * (hi - lo);
}

function noteError(what: string): void {
  if (!measuring) return;
  stats.errors++;
  if (stats.errorSamples.length < 5) stats.errorSamples.push(what.slice(0, 200));
}

/**
 * A student who votes and turns the dial a few seconds into each phase, as people do. `observer` is
 * the room whose decoded state this student acts on: its own (a decoder, whose latency is measured)
 * or the host's.
 */
function playStudent(room: Room, observer: Room): void {
  const me = room.sessionId;
  const decodes = observer === room;
  let pending: Pending[] = [];
  let phase = "";
  let round = -1;
  if (!decodes) {
    // Frames are still received and parsed; only the Schema decoding is skipped.
    (room as unknown as { serializer: { patch(): void } }).serializer.patch = () => undefined;
  }
  const ws = (room.connection as unknown as { transport: { ws: { addEventListener(t: string, f: (e: { data: ArrayBuffer }) => void): void } } }).transport.ws;
  ws.addEventListener("message", (e) => {
    if (!measuring) return;
    stats.studentBytes += e.data.byteLength;
    stats.studentFrames++;
  });
  room.onMessage("error", (m: { code: string; message: string }) => noteError(`${m.code}: ${m.message}`));
  room.onMessage("kicked", () => undefined);
  room.onLeave((code) => {
    if (code !== 1000 && code !== 4000) {
      if (measuring) stats.disconnects++;
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
        if (shown && measuring) stats.latencies.push(now - p.at);
        return !shown;
      });
    }
    if (state.round !== round) {
      if (measuring && round !== -1) stats.studentRounds++;
      round = state.round;
    }
    if (state.phase === phase) return;
    phase = state.phase;
    if (phase === "vote") {
      later(rand(500, 4000), () => {
        if (observer.state.phase !== "vote") return;
        if (decodes) pending.push({ kind: "vote", at: performance.now() });
        room.send("vote", { blame: Math.floor(Math.random() * line.neurons.length), direction: Math.random() < 0.5 ? "firmer" : "looser" });
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
          room.send("adjust", { weight });
        });
      }
      later(t + rand(300, 1000), () => {
        if (observer.state.phase === "adjust") room.send("ready", {});
      });
    }
  });
}

async function pool<T>(items: T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await run(items[next++]);
    }),
  );
}

async function start(c: Extract<WorkerCommand, { cmd: "start" }>): Promise<void> {
  const client = new Client(`ws://127.0.0.1:${c.port}`);
  const failedJoins: string[] = [];
  let joined = 0;
  const hosts: Room[] = [];
  for (let r = 0; r < c.rooms; r++) {
    const res = await fetch(`http://127.0.0.1:${c.port}/api/classes`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ settings: c.settings }) });
    if (res.status !== 201) throw new Error(`creating a class failed: ${res.status} ${await res.text()}`);
    const created = (await res.json()) as { code: string; hostKey: string };
    const host = await client.joinById(created.code, { hostKey: created.hostKey });
    host.onMessage("error", (m: { code: string; message: string }) => noteError(`host ${m.code}: ${m.message}`));
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
      playStudent(room, decodes ? room : host);
      joined++;
    } catch (e) {
      if (failedJoins.length < 5) failedJoins.push((e as Error).message);
      else failedJoins.push("");
    }
  });
  // Classes start together (lockstep: every class votes in the same seconds) or spread over staggerMs.
  hosts.forEach((h, r) => (c.staggerMs > 0 ? later((r / hosts.length) * c.staggerMs, () => h.send("start", {})) : h.send("start", {})));
  process.send!({ kind: "ready", joined, failedJoins } satisfies WorkerReply);
}

process.on("message", (m: WorkerCommand) => {
  if (m.cmd === "start") {
    start(m).catch((e) => {
      process.send!({ kind: "ready", joined: 0, failedJoins: [String(e)] } satisfies WorkerReply);
    });
  } else if (m.cmd === "measure") {
    measuring = true;
    Object.assign(stats, { latencies: [], errors: 0, errorSamples: [], disconnects: 0, studentBytes: 0, studentFrames: 0, studentRounds: 0 });
    cpuStart = process.cpuUsage();
    wallStart = Date.now();
  } else if (m.cmd === "report") {
    measuring = false;
    const cpu = process.cpuUsage(cpuStart);
    process.send!({ kind: "report", ...stats, cpuMs: (cpu.user + cpu.system) / 1000, wallMs: Date.now() - wallStart } satisfies WorkerReply, () => {
      for (const t of timers) clearTimeout(t);
      process.exit(0);
    });
  }
});
