// "Wires that learn to be right": under feedback alignment, do the handshakes come to agree with the fixed
// random wires, so that the wires' advice points the way the true gradient does? A network trained by
// feedback alignment on the game's court (shared/network's trainNetwork draws: same seed, same start) is
// stopped at shots 0, 10, 50, 200 and 1000; for that network and that shot, the blame each hidden neuron
// is told over the random wires is compared with what backprop would tell it (the cosine between the two
// vectors of hidden deltas: 1 = the same direction, 0 = unrelated, -1 = opposite). The shooter's own delta
// is the same under both rules and is left out, or every cosine would look better than it is.
// Run alone: `npx tsx test/bench/alignment.ts` (writes test/bench/results/alignment.json); bench:learning runs it too.
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import {
  NETWORK_RULES,
  RUN_COURT,
  RUN_START,
  Rng,
  type StartWeights,
  applyProposal,
  backwardNetwork,
  layerWidths,
  randomFeedback,
  randomNetwork,
  shootNetwork,
} from "../../shared";
import { median } from "./learning-stats";

/** Layers, the shooter's included. */
export const ALIGN_DEPTHS = [3, 4];
/** Neurons per layer before the shooter. */
export const ALIGN_WIDTHS = [1, 3, 6];
export const ALIGN_SEEDS = 50;
/** The shots at which the two signals are compared (the shot about to be learned from). */
export const ALIGN_AT = [0, 10, 50, 200, 1000];
/** Feedback alignment's most often tuned rate in the network grid (learning-network.json). */
export const ALIGN_RATE = 3e-3;

/** One cell: a start, a depth and a width; per checkpoint, the median cosine and the share of seeds pointing the right way. */
export interface AlignCell {
  start: string;
  depth: number;
  width: number;
  /** Median cosine between feedback alignment's hidden deltas and backprop's, per checkpoint. */
  medianCos: number[];
  /** Share of seeds whose cosine is above 0 (the wires' advice at least points downhill). */
  sharePositive: number[];
  /** Median cosine between each layer's handshakes and the wires that carry blame back over them. */
  medianWireCos: number[];
}

/** cos(a, b), or NaN when either is all zeros. */
function cosine(a: readonly number[], b: readonly number[]): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i] * b[i];
    aa += a[i] * a[i];
    bb += b[i] * b[i];
  }
  return aa === 0 || bb === 0 ? NaN : ab / Math.sqrt(aa * bb);
}

/** One seed: train by feedback alignment, reading the two signals at each checkpoint. */
function runSeed(depth: number, width: number, seed: number, start: StartWeights): { cos: number[]; wire: number[] } {
  const court = RUN_COURT;
  const widths = layerWidths(depth, width);
  const rng = new Rng(seed * 1_000_003 + depth * 101 + 17);
  let net = randomNetwork(rng, widths, "tanh", start);
  const feedback = randomFeedback(rng, widths);
  const cos: number[] = [];
  const wire: number[] = [];
  const last = ALIGN_AT[ALIGN_AT.length - 1];
  for (let t = 0; t <= last; t++) {
    const shot = shootNetwork(net, rng.uniform(court.minDistance, court.maxDistance), court);
    if (ALIGN_AT.includes(t)) {
      const fa = backwardNetwork(net, shot.pass, shot.lossSlope, feedback).deltas.slice(0, -1).flat();
      const bp = backwardNetwork(net, shot.pass, shot.lossSlope).deltas.slice(0, -1).flat();
      cos.push(cosine(fa, bp));
      // The matrices the blame crosses on its way back: layers 1..depth-1.
      wire.push(cosine(net.weights.slice(1).flat(2), feedback.slice(1).flat(2)));
    }
    if (t === last) break;
    net = applyProposal(net, NETWORK_RULES["feedback-alignment"]({ net, feedback, shot, court, rate: ALIGN_RATE, rng }));
  }
  return { cos, wire };
}

/** The whole measurement: both starts, every depth and width, 50 seeds. */
export function alignment(): AlignCell[] {
  const starts: [string, StartWeights][] = [
    ["game start (all +)", RUN_START],
    ["mixed-sign start", { ...RUN_START, mixedSigns: true }],
  ];
  const cells: AlignCell[] = [];
  for (const [label, start] of starts) {
    for (const depth of ALIGN_DEPTHS) {
      for (const width of ALIGN_WIDTHS) {
        const runs = Array.from({ length: ALIGN_SEEDS }, (_, s) => runSeed(depth, width, s + 1, start));
        const col = (k: number, f: (r: (typeof runs)[0]) => number[]) => runs.map((r) => f(r)[k]).filter((x) => !Number.isNaN(x));
        cells.push({
          start: label,
          depth,
          width,
          medianCos: ALIGN_AT.map((_, k) => median(col(k, (r) => r.cos))),
          sharePositive: ALIGN_AT.map((_, k) => {
            const c = col(k, (r) => r.cos);
            return c.filter((x) => x > 0).length / c.length;
          }),
          medianWireCos: ALIGN_AT.map((_, k) => median(col(k, (r) => r.wire))),
        });
      }
    }
  }
  return cells;
}

/** Prints the table and writes results/alignment.json. */
export function printAlignment(): AlignCell[] {
  const cells = alignment();
  const f = (x: number) => (Number.isNaN(x) ? "  -  " : x.toFixed(2).padStart(5));
  const head = ALIGN_AT.map((t) => `@${t}`.padStart(5)).join(" ");
  console.log(`\nWires that learn to be right (feedback alignment, rate ${ALIGN_RATE}, ${ALIGN_SEEDS} seeds): cosine of the wires' blame with backprop's, hidden neurons`);
  console.log(`${"start".padEnd(20)} depth width | median cos ${head} | share cos>0 ${head} | handshakes~wires ${head}`);
  for (const c of cells) {
    console.log(
      `${c.start.padEnd(20)} ${String(c.depth).padStart(5)} ${String(c.width).padStart(5)} |            ${c.medianCos.map(f).join(" ")} |             ${c.sharePositive.map(f).join(" ")} |                  ${c.medianWireCos.map(f).join(" ")}`,
    );
  }
  const out = { rate: ALIGN_RATE, seeds: ALIGN_SEEDS, at: ALIGN_AT, cells };
  writeFileSync(new URL("./results/alignment.json", import.meta.url), JSON.stringify(out, null, 1) + "\n");
  return cells;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) printAlignment();
