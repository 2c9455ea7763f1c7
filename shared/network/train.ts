// One training run of a network, as the learning benchmark and the brain lab both run it: random hoops,
// one rule, until every held-out hoop is scored or the budget runs out. One wide and with the default
// start, it is the line benchmark's run (test/bench/learning-court.ts) draw for draw.
import { DEFAULT_SETTINGS } from "../game/settings";
import type { Court } from "../line";
import { Rng } from "../random";
import type { RuleId } from "../rules";
import { applyProposal, layerWidths, randomFeedback, randomNetwork, type StartWeights } from "./build";
import { type NetworkParams, shootNetwork } from "./network";
import { NETWORK_RULES } from "./rules";

/** One run's setup: the rule, the network's shape, the learning rate, the seed and the budget (updates). */
export interface RunSpec {
  rule: RuleId;
  /** Layers, the shooter's included (a line of N neurons is depth N). */
  depth: number;
  /** Neurons in each layer before the shooter. */
  width: number;
  rate: number;
  seed: number;
  cap: number;
  /** Starting handshakes (default: the game's, all positive). */
  start?: StartWeights;
  court?: Court;
}

/** A run's outcome: updates until learned (null: not within the budget), balls thrown, and the worst held-out miss at the end. */
export interface RunResult {
  updates: number | null;
  shots: number | null;
  worst: number;
}

/** The game's court and starting handshakes. */
export const RUN_COURT: Court = DEFAULT_SETTINGS.court;
/** The game's starting handshakes, all positive. */
export const RUN_START: StartWeights = { ...DEFAULT_SETTINGS.startWeights, mixedSigns: false };
/** How often (updates) the held-out hoops are checked. */
export const NETWORK_CHECK_EVERY = 10;

/** 17 evenly spaced hoops across the court: learned = every one of them scored. */
export function heldOutHoops(court: Court): number[] {
  return Array.from({ length: 17 }, (_, k) => court.minDistance + (k * (court.maxDistance - court.minDistance)) / 16);
}

/** The network's largest miss over the held-out hoops, m (a broken network misses by Infinity). */
export function worstNetworkMiss(net: NetworkParams, court: Court, hoops: readonly number[] = heldOutHoops(court)): number {
  let worst = 0;
  for (const d of hoops) {
    const m = Math.abs(shootNetwork(net, d, court).miss);
    if (Number.isNaN(m)) return Infinity;
    if (m > worst) worst = m;
  }
  return worst;
}

/** Balls thrown per update under a rule (trial and error shoots twice). */
export function shotsPerUpdate(rule: RuleId): number {
  return rule === "trial-and-error" ? 2 : 1;
}

/** Trains one network from one seed until every held-out hoop is scored, or the budget runs out. */
export function trainNetwork(spec: RunSpec): RunResult {
  const court = spec.court ?? RUN_COURT;
  const hoops = heldOutHoops(court);
  const widths = layerWidths(spec.depth, spec.width);
  const rng = new Rng(spec.seed * 1_000_003 + spec.depth * 101 + 17);
  let net = randomNetwork(rng, widths, "tanh", spec.start ?? RUN_START);
  const feedback = randomFeedback(rng, widths);
  const rule = NETWORK_RULES[spec.rule];
  const per = shotsPerUpdate(spec.rule);
  for (let t = 0; t <= spec.cap; t++) {
    if (t % NETWORK_CHECK_EVERY === 0) {
      const worst = worstNetworkMiss(net, court, hoops);
      if (worst < court.hoopRadius) return { updates: t, shots: t * per, worst };
    }
    if (t === spec.cap) break;
    const shot = shootNetwork(net, rng.uniform(court.minDistance, court.maxDistance), court);
    net = applyProposal(net, rule({ net, feedback, shot, court, rate: spec.rate, rng }));
    if (!net.weights.every((m) => m.every((row) => row.every(Number.isFinite))) || !net.biases.every((v) => v.every(Number.isFinite))) {
      return { updates: null, shots: null, worst: Infinity };
    }
  }
  return { updates: null, shots: null, worst: worstNetworkMiss(net, court, hoops) };
}
