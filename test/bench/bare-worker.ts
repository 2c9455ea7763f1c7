// One load-generator process for the bare room (test/bench/bare-server.ts): `rooms` rooms of `students`
// colyseus.js clients, each sending one small message every few seconds, as students do in the game.
// Speaks the same IPC as test/bench/load-worker.ts (start, measure, report), so load.ts drives both
// alike; as there, only `decoders` clients per room decode patches and are timed.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Client, type Room } from "colyseus.js";
import type { WorkerCommand, WorkerReply } from "./load-worker";

interface BareView {
  players: { get(id: string): { value: number } | undefined };
}

const stats = { latencies: [] as number[], errors: 0, errorSamples: [] as string[], disconnects: 0, studentBytes: 0, studentFrames: 0, studentRounds: 0 };
let measuring = false;
let cpuStart = process.cpuUsage();
let wallStart = Date.now();
const timers = new Set<NodeJS.Timeout>();
// How late this process's event loop runs (as in load-worker.ts).
const lag = monitorEventLoopDelay({ resolution: 5 });
let counter = 0;

function later(ms: number, fn: () => void): void {
  const t = setTimeout(() => {
    timers.delete(t);
    fn();
  }, ms);
  timers.add(t);
}

/** A client that sets its number every 2-6 s (about a student's pace: a vote, dial turns and "ready" per round). */
function play(room: Room<BareView>, decodes: boolean): void {
  const me = room.sessionId;
  let pending: { value: number; at: number }[] = [];
  if (!decodes) (room as unknown as { serializer: { patch(): void } }).serializer.patch = () => undefined;
  const ws = (room.connection as unknown as { transport: { ws: { addEventListener(t: string, f: (e: { data: ArrayBuffer }) => void): void } } }).transport.ws;
  ws.addEventListener("message", (e) => {
    if (!measuring) return;
    stats.studentBytes += e.data.byteLength;
    stats.studentFrames++;
  });
  room.onLeave((code) => {
    if (code !== 1000 && code !== 4000 && measuring) stats.disconnects++;
  });
  if (decodes) {
    room.onStateChange((state) => {
      const now = performance.now();
      const mine = state.players.get(me)?.value;
      pending = pending.filter((p) => {
        if (p.value !== mine) return true;
        if (measuring) stats.latencies.push(now - p.at);
        return false;
      });
    });
  }
  const act = () => {
    const value = ++counter;
    if (decodes) pending.push({ value, at: performance.now() });
    room.send("act", { v: value });
    later(2000 + Math.random() * 4000, act);
  };
  later(Math.random() * 4000, act);
}

async function start(c: Extract<WorkerCommand, { cmd: "start" }>): Promise<void> {
  const client = new Client(`ws://127.0.0.1:${c.port}`);
  const failedJoins: string[] = [];
  let joined = 0;
  for (let r = 0; r < c.rooms; r++) {
    const first = await client.create<BareView>("bare");
    const rest: Room<BareView>[] = [];
    for (let i = 1; i < c.students; i++) {
      try {
        rest.push(await client.joinById<BareView>(first.roomId));
      } catch (e) {
        failedJoins.push((e as Error).message);
      }
    }
    [first, ...rest].forEach((room, i) => play(room, i < c.decoders));
    joined += 1 + rest.length;
  }
  process.send!({ kind: "ready", joined, failedJoins: failedJoins.slice(0, 5) } satisfies WorkerReply);
}

process.on("message", (m: WorkerCommand) => {
  if (m.cmd === "start") {
    start(m).catch((e) => process.send!({ kind: "ready", joined: 0, failedJoins: [String(e)] } satisfies WorkerReply));
  } else if (m.cmd === "measure") {
    measuring = true;
    Object.assign(stats, { latencies: [], errors: 0, errorSamples: [], disconnects: 0, studentBytes: 0, studentFrames: 0, studentRounds: 0 });
    cpuStart = process.cpuUsage();
    wallStart = Date.now();
    lag.reset();
    lag.enable();
  } else if (m.cmd === "report") {
    measuring = false;
    const cpu = process.cpuUsage(cpuStart);
    lag.disable();
    process.send!({ kind: "report", ...stats, cpuMs: (cpu.user + cpu.system) / 1000, wallMs: Date.now() - wallStart, lagP99Ms: lag.percentile(99) / 1e6, lagMaxMs: lag.max / 1e6 } satisfies WorkerReply, () => {
      for (const t of timers) clearTimeout(t);
      process.exit(0);
    });
  }
});
