// Each rule's defining property, in networks several neurons wide.
import { describe, expect, it } from "vitest";
import {
  ACTIVATION_NAMES,
  type Court,
  type Handshakes,
  NETWORK_RULES,
  type NetworkParams,
  type NetworkShot,
  Rng,
  backwardNetwork,
} from "../../../shared";
import { untouchable } from "../rules/fixtures";
import { cosine, flat, netInput, randomNet, randomWidths, randomWires } from "./fixtures";

const { backprop, "feedback-alignment": feedbackAlignment, "activity-difference": activityDifference } = NETWORK_RULES;
const { "trial-and-error": trialAndError, "fire-together": fireTogether } = NETWORK_RULES;

/** Every change a proposal makes, handshakes then excitabilities. */
const changes = (p: { weightChanges: number[][][]; biasChanges: number[][] }): number[] => [...flat(p.weightChanges), ...flat(p.biasChanges)];

describe("backprop in a network", () => {
  it("proposes minus the rate times the exact gradient, and tells each neuron its delta", () => {
    const rng = new Rng(1);
    for (let c = 0; c < 30; c++) {
      const net = randomNet(rng, randomWidths(rng, 5, 6), "tanh");
      const input = netInput(net, rng.uniform(2, 9), c, 0.02);
      const back = backwardNetwork(net, input.shot.pass, input.shot.lossSlope);
      const p = backprop(input);
      expect(changes(p)).toEqual([...flat(back.weightGrads), ...flat(back.biasGrads)].map((g) => -0.02 * g));
      expect(p.signals).toEqual(back.deltas);
    }
  });

  it("a neuron's note is the sum of the notes above it, each sent back over its own handshake (the transpose)", () => {
    const net = randomNet(new Rng(2), [3, 4, 1], "identity");
    const input = netInput(net, 6);
    const { signals } = backprop(input);
    // identity: f' = 1, so layer 1's neuron i hears sum_j w[2][j][i] * delta[2][j].
    for (let i = 0; i < 4; i++) expect(signals[1][i]).toBeCloseTo(net.weights[2][0][i] * signals[2][0], 14);
    for (let i = 0; i < 3; i++) expect(signals[0][i]).toBeCloseTo(signals[1].reduce((s, d, j) => s + net.weights[1][j][i] * d, 0), 14);
  });
});

describe("feedback alignment in a network", () => {
  it("its notes come over the feedback matrices and never read the handshakes", () => {
    const rng = new Rng(3);
    for (let c = 0; c < 20; c++) {
      const net = randomNet(rng, randomWidths(rng, 5, 6), ACTIVATION_NAMES[c % 4]);
      const input = netInput(net, rng.uniform(2, 9), c);
      // The shot was taken with the real handshakes; the rule itself must not look at them again.
      const blind: NetworkParams = { ...net, weights: untouchable<Handshakes[]>("weights") };
      const p = feedbackAlignment({ ...input, net: blind, court: untouchable<Court>("court"), rng: untouchable<Rng>("rng") });
      expect(p).toEqual(feedbackAlignment(input));
      // Backprop does read them, whenever there is a layer below the shooter to send its note to.
      if (net.weights.length > 1) expect(() => backprop({ ...input, net: blind })).toThrow(/weights/);
    }
  });

  it("is backprop for a network whose handshakes (above the first layer) were the feedback wires", () => {
    const rng = new Rng(4);
    const net = randomNet(rng, [5, 5, 5, 1], "tanh");
    const input = netInput(net, 5, 4);
    const swapped: NetworkParams = { ...net, weights: net.weights.map((m, l) => (l === 0 ? m : input.feedback[l])) };
    expect(feedbackAlignment(input).signals).toEqual(backwardNetwork(swapped, input.shot.pass, input.shot.lossSlope).deltas);
  });

  it("different wires change every hidden neuron's note, but not the shooter's", () => {
    const rng = new Rng(5);
    const net = randomNet(rng, [4, 4, 1], "tanh");
    const a = feedbackAlignment(netInput(net, 7, 1));
    const b = feedbackAlignment({ ...netInput(net, 7, 1), feedback: randomWires(new Rng(99), net) });
    expect(b.signals[2]).toEqual(a.signals[2]);
    for (const l of [0, 1]) a.signals[l].forEach((s, j) => expect(b.signals[l][j]).not.toBe(s));
  });

  it("with wires equal to the handshakes, it is backprop exactly", () => {
    const rng = new Rng(6);
    const net = randomNet(rng, [6, 3, 1], "sigmoid");
    const input = netInput(net, 4);
    expect(feedbackAlignment({ ...input, feedback: net.weights })).toEqual(backprop(input));
  });
});

describe("activity difference in a network", () => {
  it.each(ACTIVATION_NAMES)("approaches backprop's update as the nudge shrinks (%s)", (activation) => {
    const rng = new Rng(7);
    let checked = 0;
    for (let c = 0; c < 20; c++) {
      const net = randomNet(rng, randomWidths(rng, 5, 6), activation);
      const input = netInput(net, rng.uniform(2, 9), c);
      const target = changes(backprop(input));
      // A ReLU network whose shooter is silent passes nothing back under either rule: nothing to compare.
      if (Math.hypot(...target) === 0) continue;
      checked++;
      const errors = [1, 1e-2, 1e-4].map((s) => {
        const got = changes(activityDifference({ ...input, shot: { ...input.shot, lossSlope: s * input.shot.lossSlope } })).map((x) => x / s);
        return Math.hypot(...got.map((g, i) => g - target[i])) / Math.hypot(...target);
      });
      // The gap shrinks with the nudge (linear ones are exact at any nudge, up to rounding).
      expect(errors[2]).toBeLessThan(1e-4);
      expect(errors[2]).toBeLessThanOrEqual(errors[0] * 1e-2 + 1e-7);
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("uses only activities: never the feedback wires, the court, chance or the miss itself", () => {
    const net = randomNet(new Rng(8), [4, 4, 1], "tanh");
    const input = netInput(net, 7, 3);
    const { pass, lossSlope } = input.shot;
    const p = activityDifference({
      ...input,
      shot: { pass, lossSlope } as NetworkShot,
      feedback: untouchable<Handshakes[]>("feedback"),
      court: untouchable<Court>("court"),
      rng: untouchable<Rng>("rng"),
    });
    expect(p).toEqual(activityDifference(input));
  });
});

describe("trial and error in a network", () => {
  it("every change is its own wiggle times one verdict shared by the whole network", () => {
    const net = randomNet(new Rng(9), [3, 3, 1], "tanh");
    const p = trialAndError(netInput(net, 6, 9));
    expect(p.extraShots).toBe(1);
    // Replay the same draws: handshakes' wiggles first, layer by layer, then the excitabilities'.
    const rng = new Rng(9);
    randomWires(rng, net); // netInput drew the wires from the same generator first
    const xi = [...flat(net.weights).map(() => 0.01 * rng.gaussian()), ...flat(net.biases).map(() => 0.01 * rng.gaussian())];
    const ratios = changes(p).map((c, i) => c / xi[i]);
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0], 10);
    p.signals.forEach((layer, l) => layer.forEach((s, j) => expect(s).toBeCloseTo(p.weightChanges[l][j].reduce((a, c) => a + c, 0) / ratios[0], 12)));
  });

  it("is right on average over many seeds, far off in any one", () => {
    const net = randomNet(new Rng(10), [4, 4, 1], "tanh");
    const input = netInput(net, 6, 1);
    const truth = changes(backprop(input));
    const runs = 4000;
    const mean = new Array<number>(truth.length).fill(0);
    let single = 0;
    for (let seed = 0; seed < runs; seed++) {
      const est = changes(trialAndError({ ...input, rng: new Rng(5000 + seed) }));
      est.forEach((e, i) => (mean[i] += e / runs));
      single += cosine(est, truth) / runs;
    }
    expect(cosine(mean, truth)).toBeGreaterThan(0.9);
    expect(Math.hypot(...mean) / Math.hypot(...truth)).toBeGreaterThan(0.8);
    expect(Math.hypot(...mean) / Math.hypot(...truth)).toBeLessThan(1.2);
    // 33 parameters wiggle at once: one estimate's agreement is about 1/sqrt(33).
    expect(single).toBeLessThan(0.4);
    expect(single).toBeGreaterThan(0.05);
  });
});

describe("fire together in a network", () => {
  it("ignores the miss: the same firing gives the same changes whatever the ball did", () => {
    const net = randomNet(new Rng(11), [5, 5, 1], "sigmoid");
    const input = netInput(net, 4, 2);
    const { pass } = input.shot;
    const p = fireTogether({
      ...input,
      shot: { pass } as NetworkShot,
      feedback: untouchable<Handshakes[]>("feedback"),
      court: untouchable<Court>("court"),
      rng: untouchable<Rng>("rng"),
    });
    expect(p).toEqual(fireTogether(input));
    expect(flat(p.biasChanges).every((c) => c === 0)).toBe(true);
  });

  it("each handshake grows with both its ends' firing and fades with its own strength", () => {
    const net = randomNet(new Rng(12), [3, 2, 1], "tanh");
    const input = netInput(net, 5, 1, 0.1);
    const p = fireTogether(input);
    const { inputs, outputs } = input.shot.pass;
    net.weights.forEach((m, l) =>
      m.forEach((row, j) => row.forEach((w, i) => expect(p.weightChanges[l][j][i]).toBeCloseTo(0.1 * (inputs[l][i] * outputs[l][j] - 0.1 * w), 14))),
    );
  });
});
