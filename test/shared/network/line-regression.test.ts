// The line is the network one neuron wide: for every rule, the same shots, signals and changes, bit for bit.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTIVATION_NAMES,
  type ActivationName,
  DEFAULT_COURT,
  type LineParams,
  NETWORK_RULES,
  RULES,
  RULE_IDS,
  Rng,
  applyProposal,
  feedbackFromLine,
  networkFromLine,
  shoot,
  shootNetwork,
  trainNetwork,
} from "../../../shared";
import { train } from "../../bench/learning-court";
import { flat } from "./fixtures";

const court = DEFAULT_COURT;

/** Every pair of numbers the same under Object.is (so -0 and NaN count too), with the first difference named. */
function expectIdentical(got: readonly number[], want: readonly number[], what: string): void {
  // Compared by hand first: thousands of expect calls per test would make this file the suite's slowest.
  if (got.length === want.length && got.every((g, i) => Object.is(g, want[i]))) return;
  expect(got.length, what).toBe(want.length);
  const k = got.findIndex((g, i) => !Object.is(g, want[i]));
  expect(k, `${what}: first difference at ${k}: ${got[k]} vs ${want[k]}`).toBe(-1);
}

/** Plays one seeded line for `steps` updates through the line's rule and the network's, comparing everything after every step. */
function replay(seed: number, rule: (typeof RULE_IDS)[number], activation: ActivationName, steps: number): void {
  const setup = new Rng(seed);
  const n = 1 + setup.int(12);
  let line: LineParams = {
    weights: Array.from({ length: n }, () => setup.sign() * setup.uniform(0.3, 1.6)),
    biases: Array.from({ length: n }, () => setup.uniform(-0.5, 0.5)),
    activation,
  };
  const feedback = Array.from({ length: n }, () => setup.sign() * setup.uniform(0.5, 1.5));
  let net = networkFromLine(line);
  const wires = feedbackFromLine(feedback);
  const lineRng = new Rng(seed + 1);
  const netRng = new Rng(seed + 1);
  const rate = [1e-4, 1e-3, 1e-2][seed % 3];
  for (let t = 0; t < steps; t++) {
    const d = lineRng.uniform(court.minDistance, court.maxDistance);
    if (netRng.uniform(court.minDistance, court.maxDistance) !== d) expect.fail(`the two runs drew different hoops at step ${t}`);
    const shot = shoot(line, d, court);
    const netShot = shootNetwork(net, d, court);
    const label = `${rule} ${activation} N=${n} seed ${seed} step ${t}`;
    expectIdentical(
      [netShot.landing, netShot.miss, netShot.loss, netShot.lossSlope, netShot.pass.power, ...flat(netShot.pass.drives), ...flat(netShot.pass.outputs), ...flat(netShot.pass.inputs)],
      [shot.landing, shot.miss, shot.loss, shot.lossSlope, shot.pass.power, ...shot.pass.drives, ...shot.pass.outputs, ...shot.pass.inputs],
      `${label}: the shot`,
    );
    if (netShot.hit !== shot.hit) expect(netShot.hit).toBe(shot.hit);
    const p = RULES[rule].propose({ line, feedback, shot, court, rate, rng: lineRng });
    const q = NETWORK_RULES[rule]({ net, feedback: wires, shot: netShot, court, rate, rng: netRng });
    if (q.extraShots !== p.extraShots) expect(q.extraShots).toBe(p.extraShots);
    expectIdentical(flat(q.weightChanges), p.weightChanges, `${label}: handshake changes`);
    expectIdentical(flat(q.biasChanges), p.biasChanges, `${label}: excitability changes`);
    expectIdentical(flat(q.signals), p.signals, `${label}: signals`);
    // Whole structures too: the network one wide is the line wrapped in brackets.
    if (t === steps - 1) expect(q.weightChanges).toStrictEqual(p.weightChanges.map((c) => [[c]]));
    if (lineRng.state !== netRng.state) expect(lineRng.state).toBe(netRng.state);
    line = { ...line, weights: line.weights.map((w, i) => w + p.weightChanges[i]), biases: line.biases.map((b, i) => b + p.biasChanges[i]) };
    net = applyProposal(net, q);
    expectIdentical(flat(net.weights), line.weights, `${label}: handshakes after`);
    expectIdentical(flat(net.biases), line.biases, `${label}: excitabilities after`);
  }
}

describe("a network one neuron wide is the line", () => {
  describe.each(RULE_IDS)("%s", (rule) => {
    it.each(ACTIVATION_NAMES)("replays 25 seeded lines of 1..12 neurons for 40 updates each, bit for bit (%s)", (activation) => {
      for (let seed = 1; seed <= 25; seed++) replay(seed * 7919 + RULE_IDS.indexOf(rule), rule, activation, 40);
    });
  });

  it("holds for any line fast-check finds, every rule", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.constantFrom(...RULE_IDS),
        fc.constantFrom(...ACTIVATION_NAMES),
        (seed, rule, activation) => replay(seed, rule, activation, 5),
      ),
      { numRuns: 300, seed: 1515 },
    );
  });

  it.each(RULE_IDS)("trains as the line benchmark's run does, to the same update (%s)", (rule) => {
    for (let seed = 1; seed <= 4; seed++) {
      for (const depth of [2, 4]) {
        const rate = 3e-3;
        const net = trainNetwork({ rule, depth, width: 1, rate, seed, cap: 400 });
        const row = { label: rule, rule, feedback: "random-sign" as const };
        const line = train(row, depth, rate, seed, 400);
        expect(net.updates).toBe(line.at);
        expect(Object.is(net.worst, line.worst)).toBe(true);
      }
    }
  });
});
