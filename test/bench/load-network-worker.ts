// One load-generator process for `npm run bench:load:network` (test/bench/load-network.ts): whole classes
// played as one network (a host and 30 students, real colyseus.js clients). Each student votes on one of
// its own handshakes ({ handshake, direction }) and turns all its dials ({ weights }) a few seconds into
// each phase; per action, the time until the patch showing it reaches that student. Speaks load-worker.ts's
// IPC (start, measure, report). As there, only `decoders` students per class decode patches (and are
// timed); the others read their frames and act on the host's decoded state.
import { Client, type Room } from "colyseus.js";
import { RULES, type RuleId } from "../../shared";
import type { WorkerCommand, WorkerReply } from "./load-worker";
import { closeWindow, every, exit, later, noteError, openWindow, pool, rand, stats, window } from "./load-worker-kit";
import { phoneSender } from "./phone-sender";

/** What this worker reads of a decoded network (server/state/schema.ts NetworkSchema). */
interface NetView {
  rule: string;
  neurons: { weights: { length: number; [i: number]: number } & Iterable<number> }[];
  current?: { hit: boolean; votes: { get(id: string): unknown } };
}

interface Pending {
  kind: "vote" | "adjust";
  at: number;
  weights?: number[];
}

// BENCH_ONLY_KIND=vote (or adjust): time only that kind of action, to see which one is slow.
const ONLY = process.env.BENCH_ONLY_KIND;
/** This window's latencies per kind of action (ms). */
const byKind: Record<string, number[]> = {};
/** This process's CPU in each second of the window (% of one core). */
const cpuBySecond: number[] = [];

/** Whether the network votes after its shot: a miss under a rule that hands out blame (shared networkVotes). */
function votes(net: NetView | undefined): boolean {
  const rule = net?.rule as RuleId | undefined;
  return !!net?.current && !net.current.hit && !!rule && Object.hasOwn(RULES, rule) && RULES[rule].story.blameVote;
}

function sameWeights(a: { length: number; [i: number]: number }, b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A student in the network: a vote on a handshake in the vote phase; one to three turns of all its dials, then "ready", in the adjust phase. */
function playStudent(room: Room, observer: Room): void {
  const me = room.sessionId;
  const decodes = observer === room;
  const send = phoneSender(room);
  let pending: Pending[] = [];
  let phase = "";
  let round = -1;
  if (!decodes) (room as unknown as { serializer: { patch(): void } }).serializer.patch = () => undefined;
  const ws = (room.connection as unknown as { transport: { ws: { addEventListener(t: string, f: (e: { data: ArrayBuffer }) => void): void } } }).transport.ws;
  ws.addEventListener("message", (e) => {
    if (!window.measuring) return;
    stats.studentBytes += e.data.byteLength;
    stats.studentFrames++;
  });
  room.onMessage("error", (m: { code: string; message: string }) => noteError(`${m.code}: ${m.message}`));
  for (const type of ["kicked", "seat", "notice"]) room.onMessage(type, () => undefined);
  room.onLeave((code) => {
    if (code !== 1000 && code !== 4000 && window.measuring) stats.disconnects++;
  });
  const mine = (state: { players: { get(id: string): { seat: number } | undefined }; network?: NetView }) => {
    const player = state.players.get(me);
    return player ? state.network?.neurons[player.seat] : undefined;
  };
  observer.onStateChange((state) => {
    const now = performance.now();
    const net = state.network as NetView | undefined;
    const neuron = mine(state);
    if (!neuron || !net) return;
    if (pending.length) {
      // A later dial turn shown means every earlier one was applied too (both can arrive in one frame, the
      // earlier never seen on its own): it is shown now, not left pending to be dropped uncounted.
      let lastShown = -1;
      pending.forEach((p, i) => {
        if (p.kind === "adjust" && sameWeights(neuron.weights, p.weights!)) lastShown = i;
      });
      pending = pending.filter((p, i) => {
        const shown = p.kind === "vote" ? net.current?.votes.get(me) !== undefined : i <= lastShown;
        if (shown && window.measuring && (ONLY === undefined || ONLY === p.kind)) {
          stats.latencies.push(now - p.at);
          (byKind[p.kind] ??= []).push(now - p.at);
        }
        return !shown;
      });
    }
    if (state.round !== round) {
      if (window.measuring && round !== -1) stats.studentRounds++;
      round = state.round;
    }
    if (state.phase === phase) return;
    phase = state.phase;
    // An intent still unseen from an earlier phase was refused (sent as the phase closed): it is no latency,
    // and left pending it would match next round's vote and count a whole round.
    pending = pending.filter((p) => p.kind !== (phase === "vote" ? "vote" : phase === "adjust" ? "adjust" : ""));
    if (phase === "vote" && votes(net)) {
      later(rand(500, 4000), () => {
        if (observer.state.phase !== "vote") return;
        const n = mine(observer.state);
        if (!n) return;
        if (decodes) pending.push({ kind: "vote", at: performance.now() });
        send("vote", { handshake: Math.floor(Math.random() * n.weights.length), direction: Math.random() < 0.5 ? "firmer" : "looser" });
      });
    } else if (phase === "adjust") {
      const turns = 1 + Math.floor(Math.random() * 3);
      let t = 0;
      for (let i = 0; i < turns; i++) {
        t += rand(500, 1500);
        later(t, () => {
          if (observer.state.phase !== "adjust") return;
          const n = mine(observer.state);
          if (!n) return;
          // Every dial of the neuron at once, as the phone's "follow all" and its per-handshake dials send them.
          const weights = [...n.weights].map((w) => Math.max(-5, Math.min(5, Math.round((w + rand(-0.3, 0.3)) * 1000) / 1000)));
          if (sameWeights(n.weights, weights)) return;
          if (decodes) pending.push({ kind: "adjust", at: performance.now(), weights });
          send("adjust", { weights });
        });
      }
      later(t + rand(300, 1000), () => {
        if (observer.state.phase === "adjust") send("ready", {});
      });
    }
  });
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
    for (const type of ["seat", "notice"]) host.onMessage(type, () => undefined);
    hosts.push(host);
  }
  const seats = hosts.flatMap((h) => {
    // Seats are taken in join order, layer by layer: the timed students are spread at random over the
    // layers (the first `decoders` to join would all sit in layer 0, with one handshake each).
    const order = Array.from({ length: c.students }, (_, i) => i).sort(() => Math.random() - 0.5);
    return order.map((i) => ({ host: h, decodes: i < c.decoders }));
  });
  await pool(seats, c.joinConcurrency, async ({ host, decodes }) => {
    try {
      const room = await client.joinById(host.roomId, { name: "" });
      playStudent(room, decodes ? room : host);
      joined++;
    } catch (e) {
      failedJoins.push(failedJoins.length < 5 ? (e as Error).message : "");
    }
  });
  hosts.forEach((h, r) => (c.staggerMs > 0 ? later((r / hosts.length) * c.staggerMs, () => h.send("start", {})) : h.send("start", {})));
  process.send!({ kind: "ready", joined, failedJoins } satisfies WorkerReply);
}

process.on("message", (m: WorkerCommand) => {
  if (m.cmd === "start") {
    start(m).catch((e) => process.send!({ kind: "ready", joined: 0, failedJoins: [String(e)] } satisfies WorkerReply));
  } else if (m.cmd === "measure") {
    openWindow();
    for (const k of Object.keys(byKind)) delete byKind[k];
    // This generator's CPU per second: a burst it cannot keep up with delays the patches it reads.
    let last = { cpu: process.cpuUsage(), at: performance.now() };
    cpuBySecond.length = 0;
    every(1000, () => {
      const now = { cpu: process.cpuUsage(), at: performance.now() };
      cpuBySecond.push(Math.round(((now.cpu.user - last.cpu.user + now.cpu.system - last.cpu.system) / 1000 / (now.at - last.at)) * 100));
      last = now;
    });
  } else if (m.cmd === "report") {
    const closed = closeWindow();
    // Votes and dial turns apart (the report's latencies mix them): the parent prints a line per worker.
    const kinds = Object.entries(byKind).map(([k, a]) => {
      a.sort((x, y) => x - y);
      return `${k} n=${a.length} p50=${(a[Math.floor(a.length / 2)] ?? NaN).toFixed(1)} p95=${(a[Math.floor(a.length * 0.95)] ?? NaN).toFixed(1)} ms`;
    });
    process.send!({ kind: "report", ...closed, perKind: `${kinds.join("; ")}; generator CPU % by second ${cpuBySecond.join(" ")}` } satisfies WorkerReply, exit);
  }
});
