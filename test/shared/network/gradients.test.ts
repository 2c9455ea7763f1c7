// Backprop through a network against central finite differences of the real loss: every activation, depth 1..5, width 1..6.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTIVATION_NAMES, DEFAULT_COURT, type NetworkParams, Rng, backwardNetwork, shootNetwork } from "../../../shared";
import { randomNet } from "./fixtures";

const court = DEFAULT_COURT;

/** The network with one parameter set to v. */
function withParam(net: NetworkParams, l: number, j: number, i: number | null, v: number): NetworkParams {
  if (i === null) return { ...net, biases: net.biases.map((b, ll) => (ll === l ? b.map((x, jj) => (jj === j ? v : x)) : b)) };
  return { ...net, weights: net.weights.map((m, ll) => (ll === l ? m.map((row, jj) => (jj === j ? row.map((x, ii) => (ii === i ? v : x)) : row)) : m)) };
}

/** Richardson-extrapolated central difference of the loss in one parameter (i null: the excitability). */
function numeric(net: NetworkParams, d: number, l: number, j: number, i: number | null): number {
  const base = i === null ? net.biases[l][j] : net.weights[l][j][i];
  const central = (h: number): number =>
    (shootNetwork(withParam(net, l, j, i, base + h), d, court).loss - shootNetwork(withParam(net, l, j, i, base - h), d, court).loss) / (2 * h);
  const h = 1e-4 * Math.max(1, Math.abs(base));
  return (4 * central(h / 2) - central(h)) / 3;
}

const caseArb = fc.record({
  depth: fc.integer({ min: 1, max: 5 }),
  width: fc.integer({ min: 1, max: 6 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 }),
  distance: fc.double({ min: court.minDistance, max: court.maxDistance, noNaN: true }),
});

describe.each(ACTIVATION_NAMES)("the network's backward pass with %s", (activation) => {
  it("matches central finite differences for every handshake and excitability", () => {
    fc.assert(
      fc.property(caseArb, ({ depth, width, seed, distance }) => {
        const widths = Array.from({ length: depth }, (_, l) => (l === depth - 1 ? 1 : width));
        const net = randomNet(new Rng(seed), widths, activation);
        const shot = shootNetwork(net, distance, court);
        // ReLU has a kink at 0: keep every drive clearly away from it so the finite difference is honest.
        fc.pre(activation !== "relu" || shot.pass.drives.flat().every((z) => Math.abs(z) > 1e-2));
        const back = backwardNetwork(net, shot.pass, shot.lossSlope);
        const all = [...back.weightGrads.flat(2), ...back.biasGrads.flat()];
        const scale = Math.max(...all.map(Math.abs), 1e-12);
        net.weights.forEach((m, l) =>
          m.forEach((row, j) => {
            row.forEach((_, i) => {
              const fd = numeric(net, distance, l, j, i);
              expect(Math.abs(back.weightGrads[l][j][i] - fd) / scale, `w[${l}][${j}][${i}] ${widths}`).toBeLessThan(1e-6);
            });
            const fd = numeric(net, distance, l, j, null);
            expect(Math.abs(back.biasGrads[l][j] - fd) / scale, `b[${l}][${j}] ${widths}`).toBeLessThan(1e-6);
          }),
        );
        // A handshake's blame is the signal times what came in over it; the excitability's is the signal.
        back.deltas.forEach((layer, l) =>
          layer.forEach((d, j) => {
            expect(back.biasGrads[l][j]).toBe(d);
            shot.pass.inputs[l].forEach((x, i) => expect(back.weightGrads[l][j][i]).toBe(d * x));
          }),
        );
      }),
      { numRuns: 120, seed: 20250115 + ACTIVATION_NAMES.indexOf(activation) },
    );
  });

  it("records the forward pass: each layer's input is the layer before's output, the power the shooter's", () => {
    fc.assert(
      fc.property(caseArb, ({ depth, width, seed, distance }) => {
        const widths = Array.from({ length: depth }, (_, l) => (l === depth - 1 ? 1 : width));
        const net = randomNet(new Rng(seed), widths, activation);
        const { pass } = shootNetwork(net, distance, court);
        expect(pass.inputs[0]).toEqual([(distance - court.minDistance) / (court.maxDistance - court.minDistance)]);
        for (let l = 1; l < depth; l++) expect(pass.inputs[l]).toBe(pass.outputs[l - 1]);
        pass.drives.forEach((z, l) => expect(z).toHaveLength(widths[l]));
        expect(pass.power).toBe(pass.outputs[depth - 1][0]);
      }),
      { numRuns: 50 },
    );
  });
});
