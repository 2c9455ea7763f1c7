// A network's shot record packed into strings for the room's Schema state. A class keeps up to
// LIMITS.history shots, and each Schema node costs the server about 1 KB and each array element about
// 46 bytes of change tracking: as nodes and arrays a shot of 31 neurons took ~200 KB, as these strings
// ~8 KB. Numbers travel as the bytes of float64s (little-endian) in base64, so every value, -0
// included, comes back exactly; lists carry their lengths, so no shape is assumed. Pure (btoa and atob
// exist in browsers and Node): the server packs (server/state/sync.ts), wire-view.ts unpacks.
import type { NetCoachReport, NetShotSummary, NetVote, ScoredNetVote } from "../game/network-state";

/** A shot's numbers as sent: its outputs, excitabilities and handshakes (rows by seat). */
export interface ShotNumbers {
  outputs: number[];
  biases: number[];
  weights: number[][];
}

/** Writes lists of float64s into one base64 string. */
class Writer {
  private readonly values: number[] = [];
  list(a: readonly number[]): this {
    this.values.push(a.length, ...a);
    return this;
  }
  rows(r: readonly (readonly number[])[]): this {
    this.values.push(r.length);
    for (const row of r) this.list(row);
    return this;
  }
  one(v: number): this {
    this.values.push(v);
    return this;
  }
  done(): string {
    const view = new DataView(new ArrayBuffer(this.values.length * 8));
    this.values.forEach((v, i) => view.setFloat64(i * 8, v, true));
    let binary = "";
    const bytes = new Uint8Array(view.buffer);
    // In chunks: String.fromCharCode takes its bytes as arguments.
    for (let i = 0; i < bytes.length; i += 0x2000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
    return btoa(binary);
  }
}

/** Reads back what a Writer wrote, in the same order. */
class Reader {
  private readonly view: DataView;
  private at = 0;
  constructor(packed: string) {
    const binary = atob(packed);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    this.view = new DataView(bytes.buffer);
  }
  one(): number {
    const v = this.view.getFloat64(this.at, true);
    this.at += 8;
    return v;
  }
  list(): number[] {
    return Array.from({ length: this.one() }, () => this.one());
  }
  rows(): number[][] {
    return Array.from({ length: this.one() }, () => this.list());
  }
  /** Whether anything is left to read. */
  more(): boolean {
    return this.at < this.view.byteLength;
  }
}

/** A shot's outputs, excitabilities and handshakes as one string. */
export function packShotNumbers(s: ShotNumbers): string {
  return new Writer().list(s.outputs).list(s.biases).rows(s.weights).done();
}

/** The numbers packShotNumbers packed. */
export function unpackShotNumbers(packed: string): ShotNumbers {
  if (packed === "") return { outputs: [], biases: [], weights: [] };
  const r = new Reader(packed);
  return { outputs: r.list(), biases: r.list(), weights: r.rows() };
}

/** What the rule said about a shot, as one string; trial and error's second shot (landing, miss) at the end. */
export function packCoach(c: NetCoachReport): string {
  const w = new Writer().list(c.signals).rows(c.weightChanges).list(c.biasChanges).list(c.shares).one(c.mostToBlame);
  return (c.retry ? w.one(c.retry.landing).one(c.retry.miss) : w).done();
}

/** The report packCoach packed. */
export function unpackCoach(packed: string): NetCoachReport {
  const r = new Reader(packed);
  const report: NetCoachReport = { signals: r.list(), weightChanges: r.rows(), biasChanges: r.list(), shares: r.list(), mostToBlame: r.one() };
  // Only a report with a second shot has more: absent otherwise, as in the engine's report.
  if (r.more()) report.retry = { landing: r.one(), miss: r.one() };
  return report;
}

/** An old shot's summary as one string: its numbers, hit as 0 or 1, then the shares (after a 0 when the rule had not spoken). */
export function packShotSummary(s: NetShotSummary): string {
  const w = new Writer().one(s.round).one(s.distance).one(s.power).one(s.landing).one(s.miss).one(s.hit ? 1 : 0).one(s.extraShots);
  return (s.coach === null ? w.one(0) : w.one(1).list(s.coach.shares)).done();
}

/** The summary packShotSummary packed. */
export function unpackShotSummary(packed: string): NetShotSummary {
  const r = new Reader(packed);
  const [round, distance, power, landing, miss, hit, extraShots] = [r.one(), r.one(), r.one(), r.one(), r.one(), r.one(), r.one()];
  return { round, distance, power, landing, miss, hit: hit === 1, extraShots, coach: r.one() === 0 ? null : { shares: r.list() } };
}

/** A vote as a short string: "handshake|direction", then "|1|0" for handshakeRight and directionRight once scored. */
export function packVote(v: NetVote | ScoredNetVote): string {
  const base = `${v.handshake}|${v.direction}`;
  return "handshakeRight" in v ? `${base}|${v.handshakeRight ? 1 : 0}|${v.directionRight ? 1 : 0}` : base;
}

/** The vote packVote packed. */
export function unpackVote(packed: string): NetVote | ScoredNetVote {
  const [handshake, direction, handshakeRight, directionRight] = packed.split("|");
  const vote = { handshake: Number(handshake), direction: direction as NetVote["direction"] };
  return handshakeRight === undefined ? vote : { ...vote, handshakeRight: handshakeRight === "1", directionRight: directionRight === "1" };
}
