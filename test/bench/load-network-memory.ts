// What one network class costs the server's heap per round, in-process and without sockets: the engine
// and the room's Schema state (server/state/sync.ts with a real Encoder, each patch encoded as the room
// does), 30 people in 5 layers of 6 and a shooter, every round a shot, 30 votes, 30 dial turns. Prints
// KB per class per round, the Schema state's part, and the Schema nodes a round adds. A class keeps its
// latest CLASS_NET_DETAIL shots in full, as a server's class does (replay.ts); --detail N keeps N instead
// (--detail 200: every shot, as before old shots were summarized).
//   node --expose-gc --import tsx test/bench/load-network-memory.ts [--rounds 200] [--classes 2] [--detail 3] [--warm 10]
import { Encoder } from "@colyseus/schema";
import { ClassroomState } from "../../server/state/schema";
import { syncState } from "../../server/state/sync";
import { type Action, CLASS_NET_DETAIL, createGame, type GameState, type GameView, reduce, toView } from "../../shared";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const ROUNDS = arg("rounds", 200);
const CLASSES = arg("classes", 2);
const DETAIL = arg("detail", CLASS_NET_DETAIL);
const WARM = arg("warm", 10);
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

function newClass(seed: number, schema: boolean): Class {
  // maxRounds past the protocol's 200 (so not through startGame): the class keeps playing once its history is full.
  let s: GameState = { ...createGame("host", { shape: "network", lineLength: 6, layerWidth: 6, autoAdvance: false, maxRounds: 10_000, seed }), netDetail: DETAIL };
  const ids = Array.from({ length: 30 }, (_, i) => `p${i}`);
  for (const id of ids) s = mustReduce(s, { type: "join", by: id, name: `Kid ${id}` });
  const view = toView(s);
  if (!schema) return { s, view, state: null, encoder: null, ids };
  const state = new ClassroomState();
  syncState(state, view);
  const encoder = new Encoder(state);
  encoder.encodeAll();
  encoder.discardChanges();
  return { s, view, state, encoder, ids };
}

/** One action; with a Schema state, synced and encoded as the room does. */
function step(k: Class, a: Action): void {
  k.s = mustReduce(k.s, a);
  const next = toView(k.s);
  if (k.state && k.encoder) {
    syncState(k.state, next, k.view);
    k.encoder.encode();
    k.encoder.discardChanges();
  }
  k.view = next;
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

/** Plays the warm-up (the first rounds also fill the heap with compiled code), then ROUNDS rounds: the heap before and after. */
function run(classes: Class[]): { before: number; after: number; ms: number } {
  for (const k of classes) step(k, { type: "start", by: "host" });
  for (let i = 0; i < WARM; i++) for (const k of classes) round(k);
  const before = heap();
  const t0 = performance.now();
  for (let i = 0; i < ROUNDS; i++) for (const k of classes) round(k);
  const ms = (performance.now() - t0) / ROUNDS / CLASSES;
  return { before, after: heap(), ms };
}

// The engine alone first (its growth per round), then the same classes with their Schema states.
let bare: Class[] | null = Array.from({ length: CLASSES }, (_, c) => newClass(c + 1, false));
const engine = run(bare);
bare = null;
const empty = heap();
const classes = Array.from({ length: CLASSES }, (_, c) => newClass(c + 1, true));
const nodesBefore = nodes(classes[0]);
const { before, after, ms } = run(classes);
const nodesPerRound = (nodes(classes[0]) - nodesBefore) / ROUNDS;
for (const k of classes) k.state = k.encoder = null;
const engineOnly = heap();
const kb = (bytes: number) => (bytes / ROUNDS / CLASSES / 1024).toFixed(1);
const grown = after - before;
const engineGrown = engine.after - engine.before;
console.log(`${CLASSES} network classes of 30, ${ROUNDS} rounds after ${WARM} (history kept: ${classes[0].s.network!.history.length} shots, the latest ${DETAIL} in full), ${ms.toFixed(1)} ms of CPU per class per round (${engine.ms.toFixed(1)} engine alone)`);
console.log(`heap per class per round: ${kb(grown)} KB (engine ${kb(engineGrown)} KB, Schema state ${kb(grown - engineGrown)} KB; ${nodesPerRound.toFixed(1)} Schema nodes a round)`);
const mb = (bytes: number) => (bytes / CLASSES / 1048576).toFixed(2);
console.log(`per class: grown ${mb(grown)} MB over the ${ROUNDS} rounds; the whole class at the end ${mb(after - empty)} MB, of which its Schema state ${mb(after - engineOnly)} MB`);
