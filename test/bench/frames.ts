// Counts what one classroom costs the server per round, in numbers that do not move with the machine's
// load: WebSocket frames and bytes each client receives (the server's main cost is one socket write per
// client per frame), patch frames among them, and Schema encodes. A real server in this process, one
// class of 30 real colyseus.js students and a host playing whole rounds on the timers, as people do
// (votes and dial turns a few seconds into each phase, at random: test/bench/load-worker.ts's student).
// Latencies are printed too, but on a busy machine they are wall-clock and only a hint.
//   npx tsx test/bench/frames.ts --rounds 3 --label after
import fs from "node:fs";
import { Client, type Room } from "colyseus.js";
import { lineVotes, type Line } from "../../shared";
import { startServer } from "../server/helpers";
import { serverRoom } from "../server/helpers";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const ROUNDS = Number(arg("rounds", "3"));
const STUDENTS = Number(arg("students", "30"));
const LABEL = arg("label", "run");
const OUT = arg("out", "test/bench/results/frames.json");
// The load bench's class: three lines of ten, phases on their timers (votes and dials end them early).
const SETTINGS = { lineLength: 10, teams: 3, rules: ["backprop", "feedback-alignment", "backprop"], autoAdvance: true, voteSeconds: 8, adjustSeconds: 8, maxRounds: 200 };
/** colyseus' Protocol.ROOM_STATE_PATCH: the first byte of a patch frame. */
const PATCH = 15;

interface Counts {
  frames: number;
  patches: number;
  bytes: number;
  acks: number;
}

const zero = (): Counts => ({ frames: 0, patches: 0, bytes: 0, acks: 0 });
const rand = (lo: number, hi: number) => lo + Math.random() * (hi - lo);

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] : NaN;
}

/** Counts every frame a client's socket receives while `on.measuring`. */
function count(room: Room, c: Counts, on: { measuring: boolean }): void {
  const ws = (room.connection as unknown as { transport: { ws: { addEventListener(t: string, f: (e: { data: ArrayBuffer }) => void): void } } }).transport.ws;
  ws.addEventListener("message", (e) => {
    if (!on.measuring) return;
    const bytes = new Uint8Array(e.data);
    c.frames++;
    c.bytes += bytes.byteLength;
    if (bytes[0] === PATCH) c.patches++;
  });
  room.onMessage("ack", () => on.measuring && c.acks++);
}

async function main(): Promise<void> {
  const server = await startServer(0);
  const endpoint = `ws://127.0.0.1:${server.port}`;
  const client = new Client(endpoint);
  const on = { measuring: false };
  const ownLatency: number[] = [];
  const hostLatency: number[] = [];
  try {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/classes`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ settings: SETTINGS }) });
    const created = (await res.json()) as { code: string; hostKey: string };
    const host = await client.joinById(created.code, { hostKey: created.hostKey });
    const hostCounts = zero();
    count(host, hostCounts, on);
    // Server side: Schema encodes of patches (full states for joiners are encodeAll, not counted).
    const encoder = (serverRoom(created.code) as unknown as { _serializer: { encoder: { encode: (...a: unknown[]) => unknown } } })._serializer.encoder;
    let encodes = 0;
    const encode = encoder.encode.bind(encoder);
    encoder.encode = (...a: unknown[]) => (on.measuring && encodes++, encode(...a));
    // When each student's vote was sent, to time when the host (the projector) shows it.
    const voteSent = new Map<string, number>();
    host.onStateChange((state) => {
      for (const line of state.lines)
        line.current?.votes.forEach((_v: unknown, id: string) => {
          const at = voteSent.get(id);
          if (at !== undefined) {
            if (on.measuring) hostLatency.push(performance.now() - at);
            voteSent.delete(id);
          }
        });
    });
    const students: { room: Room; counts: Counts }[] = [];
    for (let i = 0; i < STUDENTS; i++) {
      const room = await client.joinById(created.code, { name: `S${i + 1}` });
      const counts = zero();
      count(room, counts, on);
      students.push({ room, counts });
      play(room, voteSent, ownLatency, on);
    }
    host.send("start", {});
    // Measure whole rounds: from the first aim of round 2 (joins and the first round's start are not a round's cost).
    const roundOf = () => (host.state as { round: number }).round;
    const waitRound = async (r: number) => {
      while (roundOf() < r) await new Promise((res) => setTimeout(res, 20));
    };
    await waitRound(2);
    on.measuring = true;
    const t0 = Date.now();
    await waitRound(2 + ROUNDS);
    on.measuring = false;
    const wall = Date.now() - t0;
    const sum = students.reduce((s, x) => ({ frames: s.frames + x.counts.frames, patches: s.patches + x.counts.patches, bytes: s.bytes + x.counts.bytes, acks: s.acks + x.counts.acks }), zero());
    const per = (n: number) => Math.round((n / STUDENTS / ROUNDS) * 10) / 10;
    const result = {
      label: LABEL,
      date: new Date().toISOString(),
      rounds: ROUNDS,
      students: STUDENTS,
      settings: SETTINGS,
      secondsPerRound: Math.round(wall / ROUNDS / 100) / 10,
      student: { framesPerRound: per(sum.frames), patchFramesPerRound: per(sum.patches), acksPerRound: per(sum.acks), bytesPerRound: per(sum.bytes) },
      host: { framesPerRound: hostCounts.frames / ROUNDS, patchFramesPerRound: hostCounts.patches / ROUNDS, bytesPerRound: hostCounts.bytes / ROUNDS },
      serverFramesPerRound: (sum.frames + hostCounts.frames) / ROUNDS,
      encodesPerRound: encodes / ROUNDS,
      ownPatchMs: { n: ownLatency.length, p50: Math.round(quantile(ownLatency, 0.5)), p95: Math.round(quantile(ownLatency, 0.95)) },
      tapToHostMs: { n: hostLatency.length, p50: Math.round(quantile(hostLatency, 0.5)), p95: Math.round(quantile(hostLatency, 0.95)) },
    };
    console.log(JSON.stringify(result, null, 2));
    const all = fs.existsSync(OUT) ? (JSON.parse(fs.readFileSync(OUT, "utf8")) as Record<string, unknown>) : {};
    all[LABEL] = result;
    fs.writeFileSync(OUT, JSON.stringify(all, null, 2) + "\n");
    for (const s of students) await s.room.leave();
    await host.leave();
  } finally {
    await server.close();
  }
}

/** A student as in the load bench: votes 0.5-4 s into the vote, turns the dial 1-3 times, then says ready; with `seq`, as the real client. */
function play(room: Room, voteSent: Map<string, number>, latency: number[], on: { measuring: boolean }): void {
  const me = room.sessionId;
  let phase = "";
  let seq = 0;
  let pending: { kind: "vote" | "adjust"; at: number; weight?: number }[] = [];
  const state = () => room.state;
  room.onMessage("error", () => undefined);
  room.onMessage("seat", () => undefined);
  room.onStateChange((s) => {
    const now = performance.now();
    const player = s.players.get(me);
    if (!player) return;
    const line = s.lines[player.line];
    const neuron = line?.neurons[player.seat];
    pending = pending.filter((p) => {
      const shown = p.kind === "vote" ? line?.current?.votes.get(me) !== undefined : neuron?.weight === p.weight;
      if (shown && on.measuring) latency.push(now - p.at);
      return !shown;
    });
    if (s.phase === phase) return;
    phase = s.phase;
    if (phase === "vote" && lineVotes({ rule: line.rule, current: (line.current ?? null) as Line["current"] })) {
      setTimeout(() => {
        if (state().phase !== "vote") return;
        pending.push({ kind: "vote", at: performance.now() });
        voteSent.set(me, performance.now());
        room.send("vote", { blame: Math.floor(Math.random() * line.neurons.length), direction: Math.random() < 0.5 ? "firmer" : "looser", seq: ++seq });
      }, rand(500, 4000));
    } else if (phase === "adjust") {
      const turns = 1 + Math.floor(Math.random() * 3);
      let t = 0;
      for (let i = 0; i < turns; i++) {
        t += rand(500, 1500);
        setTimeout(() => {
          if (state().phase !== "adjust") return;
          const p = state().players.get(me);
          const n = p && state().lines[p.line]?.neurons[p.seat];
          if (!n) return;
          const weight = Math.max(-5, Math.min(5, Math.round((n.weight + rand(-0.3, 0.3)) * 1000) / 1000));
          if (weight === n.weight) return;
          pending.push({ kind: "adjust", at: performance.now(), weight });
          room.send("adjust", { weight, seq: ++seq });
        }, t);
      }
      setTimeout(() => state().phase === "adjust" && room.send("ready", { seq: ++seq }), t + rand(300, 1000));
    }
  });
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
