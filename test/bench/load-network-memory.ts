// What one network class costs the server's heap per round, in-process and without sockets: the engine
// and the room's Schema state (server/state/sync.ts with a real Encoder, each patch encoded as the room
// does), 30 people in 5 layers of 6 and a shooter, every round a shot, 30 votes, 30 dial turns. Prints
// KB per class per round, the Schema state's part, and the Schema nodes a round adds.
//   node --expose-gc --import tsx test/bench/load-network-memory.ts [--rounds 200] [--classes 2]
import { Encoder } from "@colyseus/schema";
import { ClassroomState } from "../../server/state/schema";
import { syncState } from "../../server/state/sync";
import { type Action, createGame, type GameState, type GameView, reduce, toView } from "../../shared";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const ROUNDS = arg("rounds", 200);
const CLASSES = arg("classes", 2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");
// The full state of 200 shots is larger than Schema's default buffer (it grows it, with a warning each time).
Encoder.BUFFER_SIZE = 512 * 1024;

function heap(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

function mustReduce(s: GameState, a: Action): GameState {
  const r = reduce(s, a, 0);
  if (!r.ok) throw new Error(`${a.type}: ${r.error.message}`);
  return r.state;
}

interface Class {
  s: GameState;
  view: GameView;
  state: ClassroomState | null;
  encoder: Encoder | null;
  ids: string[];
}

function newClass(seed: number): Class {
  let s = createGame("host", { shape: "network", lineLength: 6, layerWidth: 6, autoAdvance: false, maxRounds: 10_000, seed });
  const ids = Array.from({ length: 30 }, (_, i) => `p${i}`);
  for (const id of ids) s = mustReduce(s, { type: "join", by: id, name: `Kid ${id}` });
  const state = new ClassroomState();
  const view = toView(s);
  syncState(state, view);
  const encoder = new Encoder(state);
  encoder.encodeAll();
  encoder.discardChanges();
  return { s, view, state, encoder, ids };
}

function step(k: Class, a: Action): void {
  k.s = mustReduce(k.s, a);
  const next = toView(k.s);
  syncState(k.state!, next, k.view);
  k.view = next;
  k.encoder!.encode();
  k.encoder!.discardChanges();
}

function round(k: Class): void {
  const r = k.s.round;
  while (k.s.round === r) {
    step(k, { type: "next", by: "host" });
    if (k.s.phase === "vote") for (const id of k.ids) step(k, { type: "vote", by: id, handshake: 0, direction: "firmer" });
    if (k.s.phase === "adjust")
      for (const id of k.ids) {
        const n = k.s.network!.neurons[k.s.players[id].seat];
        step(k, { type: "adjust", by: id, weights: n.weights.map((w) => Math.max(-5, Math.min(5, Math.round((w + 0.1) * 1000) / 1000))) });
      }
  }
}

const nodes = (k: Class): number => Object.keys((k.encoder as unknown as { root: { changeTrees: object } }).root.changeTrees).length;

const classes = Array.from({ length: CLASSES }, (_, c) => newClass(c + 1));
for (const k of classes) step(k, { type: "start", by: "host" });
for (const k of classes) round(k);
const before = heap();
const nodesBefore = nodes(classes[0]);
const t0 = performance.now();
for (let i = 0; i < ROUNDS; i++) for (const k of classes) round(k);
const ms = (performance.now() - t0) / ROUNDS / CLASSES;
const after = heap();
const nodesPerRound = (nodes(classes[0]) - nodesBefore) / ROUNDS;
for (const k of classes) k.state = k.encoder = null;
const engineOnly = heap();
const kb = (bytes: number) => (bytes / ROUNDS / CLASSES / 1024).toFixed(1);
console.log(`${CLASSES} network classes of 30, ${ROUNDS} rounds (history kept: ${classes[0].s.network!.history.length} shots), ${ms.toFixed(1)} ms of CPU per class per round`);
console.log(`heap per class per round: ${kb(after - before)} KB (Schema state ${kb(after - engineOnly)} KB; ${nodesPerRound.toFixed(1)} Schema nodes a round)`);
console.log(`Schema state per class at the end: ${((after - engineOnly) / CLASSES / 1048576).toFixed(2)} MB`);
