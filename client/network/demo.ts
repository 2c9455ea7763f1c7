// A class's network without the class engine, for the network page and its tests: real handshakes from
// shared/network (randomNetwork, shootNetwork, NETWORK_RULES), seats of people and bots, and votes drawn
// from a seeded generator. Pure (no DOM): the same spec and steps give the same network in Node.
import { DEFAULT_SETTINGS, botName, generatedName, localBotName } from "../../shared/game";
import type { Network, NetNeuron, NetShotRecord } from "../../shared/game/network-state";
import type { LanguageCode } from "../../shared/i18n/languages";
import type { Translator } from "../../shared/i18n/translate";
import type { Court } from "../../shared/line";
import { NETWORK_RULES, type NetworkParams, type NetworkProposal, type NetworkShot, applyProposal, layerWidths, randomFeedback, randomNetwork, shootNetwork } from "../../shared/network";
import { Rng } from "../../shared/random";
import { RULES, type RuleId } from "../../shared/rules";

/** The network to build: rule, depth (layers, the shooter's included), width of the layers before the shooter, seed. */
export interface DemoSpec {
  rule: RuleId;
  depth: number;
  width: number;
  seed: number;
}

/** The page's default: 6 layers of 6 and a shooter, the coach's rule. */
export const DEMO_DEFAULT: DemoSpec = { rule: "backprop", depth: 7, width: 6, seed: 1 };

/** The largest network the page builds: the 6 layers of 6 and a shooter. */
export const DEMO_LIMITS = { depth: { min: 2, max: 7 }, width: { min: 1, max: 6 } } as const;

/** Every fifth seat is a bot, as when a class has fewer people than neurons. */
export const isBotSeat = (seat: number): boolean => seat % 5 === 4;

/** Reads a spec from the page's address (?rule=&depth=&width=&seed=), clamped to the limits. */
export function specFromSearch(search: string): DemoSpec {
  const q = new URLSearchParams(search);
  const num = (k: string, lo: number, hi: number, d: number) => {
    const v = Math.round(Number(q.get(k)));
    return Number.isFinite(v) && q.has(k) ? Math.min(hi, Math.max(lo, v)) : d;
  };
  const rule = q.get("rule");
  return {
    rule: rule && rule in RULES ? (rule as RuleId) : DEMO_DEFAULT.rule,
    depth: num("depth", DEMO_LIMITS.depth.min, DEMO_LIMITS.depth.max, DEMO_DEFAULT.depth),
    width: num("width", DEMO_LIMITS.width.min, DEMO_LIMITS.width.max, DEMO_DEFAULT.width),
    seed: num("seed", 1, 1_000_000, DEMO_DEFAULT.seed),
  };
}

/** Flattens per-layer lists into one list by seat. */
const bySeat = <T>(layers: readonly (readonly T[])[]): T[] => layers.flatMap((l) => [...l]);

/** A network being played by the page: shoot, vote, let the rule speak, shoot again. */
export class NetworkDemo {
  readonly widths: number[];
  readonly court: Court = DEFAULT_SETTINGS.court;
  private params: NetworkParams;
  private readonly feedback: number[][][];
  private readonly rng: Rng;
  private readonly voteRng: Rng;
  private readonly names: string[];
  private shot: NetworkShot | null = null;
  private proposal: NetworkProposal | null = null;
  private record: NetShotRecord | null = null;
  private readonly history: NetShotRecord[] = [];
  rule: RuleId;

  /**
   * `language`: the people's generated names are made in it. `tr`: the page's translator, which names the
   * bots as the game's sources show them (shared/game/bot-names.ts); without it, the engine's English names.
   */
  constructor(spec: DemoSpec, language: LanguageCode = "en", tr?: Translator) {
    this.rule = spec.rule;
    this.widths = layerWidths(spec.depth, spec.width);
    this.rng = new Rng(spec.seed);
    this.voteRng = new Rng(spec.seed * 7919 + 1);
    this.params = randomNetwork(this.rng, this.widths, DEFAULT_SETTINGS.activation, { ...DEFAULT_SETTINGS.startWeights, mixedSigns: true });
    this.feedback = randomFeedback(this.rng, this.widths);
    const nameRng = new Rng(spec.seed + 104729);
    const seats = this.widths.reduce((a, b) => a + b, 0);
    this.names = Array.from({ length: seats }, (_, seat) => (isBotSeat(seat) ? (tr ? localBotName(seat, tr) : botName(seat)) : generatedName(nameRng, language)));
  }

  /** The player id of a seat, or null for a bot. */
  playerOf(seat: number): string | null {
    return isBotSeat(seat) ? null : `p${seat}`;
  }

  /** Shoots at a new hoop (after making the rule's last proposal, if it spoke). */
  shoot(): void {
    if (this.proposal) this.params = applyProposal(this.params, this.proposal);
    this.proposal = null;
    const distance = this.rng.uniform(this.court.minDistance, this.court.maxDistance);
    const shot = shootNetwork(this.params, distance, this.court);
    this.shot = shot;
    if (this.record) this.history.push(this.record);
    this.record = {
      round: this.history.length + 1,
      distance,
      power: shot.pass.power,
      landing: shot.landing,
      miss: shot.miss,
      hit: shot.hit,
      outputs: bySeat(shot.pass.outputs),
      weights: bySeat(this.params.weights).map((row) => [...row]),
      biases: bySeat(this.params.biases),
      coach: null,
      votes: {},
      extraShots: 0,
    };
  }

  /** Every person votes on one of their own handshakes and a direction, drawn from the seeded generator (about one in eight abstains). */
  vote(): void {
    if (!this.record) this.shoot();
    const record = this.record as NetShotRecord;
    record.votes = {};
    let seat = 0;
    this.widths.forEach((n, layer) => {
      const fanIn = layer === 0 ? 1 : (this.widths[layer - 1] ?? 1);
      for (let j = 0; j < n; j++, seat++) {
        const id = this.playerOf(seat);
        const handshake = this.voteRng.int(fanIn);
        const direction = this.voteRng.next() < 0.5 ? "firmer" : "looser";
        if (id !== null && this.voteRng.next() >= 0.125) record.votes[id] = { handshake, direction };
      }
    });
  }

  /** The rule speaks about the current shot: its report, as the class engine would keep it. */
  speak(): void {
    if (!this.record || !this.shot) this.shoot();
    const shot = this.shot as NetworkShot;
    const record = this.record as NetShotRecord;
    const rate = DEFAULT_SETTINGS.strictness * RULES[this.rule].rateScale;
    const p = NETWORK_RULES[this.rule]({ net: this.params, feedback: this.feedback, shot, court: this.court, rate, rng: this.rng });
    this.proposal = p;
    const weightChanges = bySeat(p.weightChanges).map((row) => [...row]);
    const sizes = weightChanges.map((row) => row.reduce((s, c) => s + Math.abs(c), 0));
    const total = sizes.reduce((s, x) => s + x, 0);
    const shares = sizes.map((s) => (total > 0 ? s / total : 1 / sizes.length));
    record.coach = { signals: bySeat(p.signals), weightChanges, biasChanges: bySeat(p.biasChanges), shares, mostToBlame: shares.indexOf(Math.max(...shares)) };
    record.extraShots = p.extraShots;
  }

  /** The network as the class's state holds it. */
  get network(): Network {
    let seat = 0;
    const neurons: NetNeuron[] = [];
    this.params.weights.forEach((m, layer) =>
      m.forEach((row, index) => {
        neurons.push({ playerId: this.playerOf(seat), name: this.names[seat] ?? "", layer, index, weights: [...row], bias: this.params.biases[layer]?.[index] ?? 0, adjusted: false, biasAdjusted: false, ready: false });
        seat++;
      }),
    );
    return { rule: this.rule, widths: [...this.widths], neurons, feedback: bySeat(this.feedback).map((row) => [...row]), current: this.record ? structuredClone(this.record) : null, history: structuredClone(this.history), streak: 0, learnedAt: null };
  }
}
