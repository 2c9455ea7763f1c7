// The wires' agreement with a coach (shared/game/wire-agreement.ts), the start with mixed signs
// (Settings.startSigns), and which rule spoke about a shot (shared/game/shot-rule.ts).
import { describe, expect, it } from "vitest";
import { createGame, DEFAULT_SETTINGS, type GameState, parseMessage, Rng, type RuleId, type Settings } from "../../../shared";
import { fullShot, type Network } from "../../../shared/game/network-state";
import { shotRule } from "../../../shared/game/shot-rule";
import { cosine, handshakesFitWires, layerAgreementCurve, wireAgreement } from "../../../shared/game/wire-agreement";
import { ok, refused } from "../helpers";

const COURT = DEFAULT_SETTINGS.court;
/** The chapter's network: two layers of three and a shooter, feedback alignment, the hoop moving every shot. */
const NET: Partial<Settings> = { shape: "network", lineLength: 3, layerWidth: 3, rules: ["feedback-alignment"], strictness: 0.003, autoAdvance: false, hoop: { fixedRounds: 0, fixedDistance: 5 } };

/** Plays `shots` shots with the host moving every phase on (everyone follows the rule); the state at the end. */
function play(settings: Partial<Settings>, shots: number): GameState {
  let s = createGame("host", { ...settings, maxRounds: shots });
  let now = 0;
  s = ok(s, { type: "start", by: "host" }, (now += 1000));
  while (s.phase !== "summary") s = ok(s, { type: "next", by: "host" }, (now += 1000));
  return s;
}

/** A shot record to ask about: the network's handshakes now, at distance d. */
function shotOf(net: Network, d: number) {
  return { weights: net.neurons.map((n) => n.weights), biases: net.neurons.map((n) => n.bias), distance: d };
}

describe("cosine", () => {
  it("is 1 for the same direction, -1 for the opposite, 0 at right angles, NaN with nothing", () => {
    expect(cosine([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(cosine([1, 2, 3], [-1, -2, -3])).toBeCloseTo(-1, 12);
    expect(cosine([1, 0], [0, 5])).toBe(0);
    expect(cosine([0, 0], [1, 2])).toBeNaN();
  });
});

describe("the wires' agreement with a coach who knows the true handshakes", () => {
  const net = createGame("host", { ...NET, startSigns: "mixed", seed: 6 }).network!;

  it("is exactly 1 everywhere when the wires are the handshakes themselves (the coach's own way back)", () => {
    const wired: Network = { ...net, feedback: net.neurons.map((n) => n.weights) };
    for (const d of [2, 5, 9]) {
      const a = wireAgreement(wired, shotOf(wired, d), "tanh", COURT);
      expect(a.hidden).toBeCloseTo(1, 12);
      for (const l of a.layers) expect(l).toBeCloseTo(1, 12);
      expect(a.neurons.every((x) => x === 1)).toBe(true);
      expect(handshakesFitWires(wired, wired.neurons.map((n) => n.weights))).toBeCloseTo(1, 12);
    }
  });

  it("is -1 when every wire is the handshake turned around, and near 0 on average for unrelated random wires", () => {
    const flipped: Network = { ...net, feedback: net.neurons.map((n) => n.weights.map((w) => -w)) };
    // The last hidden layer hears the shooter over the flipped wire alone: exactly the opposite way.
    expect(wireAgreement(flipped, shotOf(flipped, 5), "tanh", COURT).layers[1]).toBeCloseTo(-1, 12);
    const rng = new Rng(99);
    const values: number[] = [];
    for (let k = 0; k < 400; k++) {
      const random: Network = { ...net, feedback: net.neurons.map((n) => n.weights.map(() => rng.gaussian())) };
      values.push(wireAgreement(random, shotOf(random, rng.uniform(2, 9)), "tanh", COURT).hidden);
    }
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.1);
    expect(Math.min(...values)).toBeLessThan(-0.5);
    expect(Math.max(...values)).toBeGreaterThan(0.5);
  });

  it("grows under feedback alignment from the chapter's mixed start: the wires' advice comes to point the right way over 200 shots", () => {
    const end = play({ ...NET, startSigns: "mixed", seed: 6 }, 200).network!;
    const curve = layerAgreementCurve(end, 1, "tanh", COURT);
    expect(curve).toHaveLength(200);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    // Exactly the wrong way at first (the shooter's handshakes against the wires), the right way at the end.
    expect(mean(curve.slice(0, 10))).toBeLessThan(-0.9);
    expect(mean(curve.slice(-20))).toBeGreaterThan(0.6);
    // And the handshakes came to fit the wires, which never changed.
    expect(end.feedback).toEqual(createGame("host", { ...NET, startSigns: "mixed", seed: 6 }).network!.feedback);
    expect(handshakesFitWires(end, fullShot(end.history[199]).weights)).toBeGreaterThan(handshakesFitWires(end, fullShot(end.history[0]).weights) + 0.1);
  });

  it("from a mixed start more seeds come to agree than from the game's all-positive start (seeds 1-30, 200 shots)", () => {
    const agreed = (startSigns: Settings["startSigns"]) => {
      let n = 0;
      for (let seed = 1; seed <= 30; seed++) {
        const end = play({ ...NET, startSigns, seed }, 200).network!;
        const last = layerAgreementCurve(end, 1, "tanh", COURT).slice(-20);
        if (last.reduce((a, b) => a + b, 0) / last.length > 0.5) n++;
      }
      return n;
    };
    const mixed = agreed("mixed");
    const positive = agreed("positive");
    expect(mixed).toBeGreaterThan(positive);
    expect(mixed).toBeGreaterThanOrEqual(12);
  });
});

describe("the start's signs (Settings.startSigns)", () => {
  it("defaults to all positive, drawing exactly what a game without the setting draws", () => {
    expect(DEFAULT_SETTINGS.startSigns).toBe("positive");
    const before = createGame("host", { ...NET, seed: 4 });
    const { startSigns: _, ...old } = { ...before.settings };
    const without = createGame("host", old);
    expect(without.network).toEqual(before.network);
    expect(before.network!.neurons.every((n) => n.weights.every((w) => w > 0))).toBe(true);
  });

  it("mixed gives handshakes of both signs, and is a reshape only in the lobby, checked by the engine and the protocol", () => {
    const mixed = createGame("host", { ...NET, startSigns: "mixed", seed: 4 });
    const weights = mixed.network!.neurons.flatMap((n) => n.weights);
    expect(weights.some((w) => w < 0) && weights.some((w) => w > 0)).toBe(true);
    let s = createGame("host", { ...NET, seed: 4 });
    s = ok(s, { type: "configure", by: "host", settings: { startSigns: "mixed" } });
    expect(s.settings.startSigns).toBe("mixed");
    expect(s.network).toEqual(mixed.network);
    expect(refused(s, { type: "configure", by: "host", settings: { startSigns: "sideways" as "mixed" } }, "bad-action")).toMatch(/startSigns/);
    const running = ok(s, { type: "start", by: "host" });
    refused(running, { type: "configure", by: "host", settings: { startSigns: "positive" } }, "wrong-phase");
    expect(parseMessage("configure", { settings: { startSigns: "mixed" } }, "u").ok).toBe(true);
    expect(parseMessage("configure", { settings: { startSigns: "both" } }, "u").ok).toBe(false);
  });
});

describe("which rule spoke about a shot", () => {
  it("names backprop, feedback alignment or activity difference from the shot's own record, and nothing else", () => {
    for (const rule of ["backprop", "feedback-alignment", "activity-difference", "trial-and-error", "fire-together"] as RuleId[]) {
      const end = play({ ...NET, rules: [rule], seed: 2 }, 3).network!;
      for (const shot of end.history.map(fullShot)) expect(shotRule(end, shot, "tanh", COURT), rule).toBe(rule === "trial-and-error" || rule === "fire-together" ? null : rule);
    }
    const unspoken = createGame("host", NET).network!;
    expect(shotRule(unspoken, { ...shotOf(unspoken, 5), coach: null }, "tanh", COURT)).toBeNull();
  });
});
