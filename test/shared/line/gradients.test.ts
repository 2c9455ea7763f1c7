// Backprop's gradients against central finite differences of the real loss, for every activation and N = 1..12.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTIVATION_NAMES, DEFAULT_COURT, type LineParams, backward, shoot } from "../../../shared";

const court = DEFAULT_COURT;

function loss(line: LineParams, d: number): number {
  return shoot(line, d, court).loss;
}

/** Central difference of the loss with respect to one parameter (Richardson-extrapolated for a tight check). */
function numeric(line: LineParams, d: number, which: "weights" | "biases", i: number): number {
  const base = line[which][i];
  const central = (h: number): number => {
    const at = (v: number): number => {
      const params = line[which].slice();
      params[i] = v;
      return loss({ ...line, [which]: params }, d);
    };
    return (at(base + h) - at(base - h)) / (2 * h);
  };
  const h = 1e-4 * Math.max(1, Math.abs(base));
  return (4 * central(h / 2) - central(h)) / 3;
}

const lineArb = () =>
  fc.integer({ min: 1, max: 12 }).chain((n) =>
    fc.record({
      weights: fc.array(fc.double({ min: -1.6, max: 1.6, noNaN: true }), { minLength: n, maxLength: n }),
      biases: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
      distance: fc.double({ min: court.minDistance, max: court.maxDistance, noNaN: true }),
    }),
  );

describe.each(ACTIVATION_NAMES)("backward pass with %s", (activation) => {
  it("matches central finite differences for every weight and bias", () => {
    fc.assert(
      fc.property(lineArb(), ({ weights, biases, distance }) => {
        const line: LineParams = { weights, biases, activation };
        const shot = shoot(line, distance, court);
        // ReLU has a kink at 0: keep every drive clearly away from it so the finite difference is honest.
        fc.pre(activation !== "relu" || shot.pass.drives.every((z) => Math.abs(z) > 1e-2));
        const back = backward(line, shot.pass, shot.lossSlope);
        const scale = Math.max(...back.weightGrads.map(Math.abs), ...back.biasGrads.map(Math.abs), 1e-12);
        for (let i = 0; i < weights.length; i++) {
          for (const [which, grads] of [["weights", back.weightGrads], ["biases", back.biasGrads]] as const) {
            const fd = numeric(line, distance, which, i);
            // Relative to the largest blame in the line: a tight 1e-6, far below anything a player could see.
            expect(Math.abs(grads[i] - fd) / scale, `${which}[${i}] N=${weights.length}`).toBeLessThan(1e-6);
          }
        }
        // The bias blame is the signal itself, and the handshake's is the signal times what came in.
        back.deltas.forEach((d, i) => {
          expect(back.biasGrads[i]).toBe(d);
          expect(back.weightGrads[i]).toBe(d * shot.pass.inputs[i]);
        });
      }),
      { numRuns: 150, seed: 20250101 + ACTIVATION_NAMES.indexOf(activation) },
    );
  });

  it("records the forward pass: each input is the previous output, the power the last output", () => {
    fc.assert(
      fc.property(lineArb(), ({ weights, biases, distance }) => {
        const { pass } = shoot({ weights, biases, activation }, distance, court);
        expect(pass.inputs[0]).toBeCloseTo((distance - court.minDistance) / (court.maxDistance - court.minDistance), 12);
        for (let i = 1; i < weights.length; i++) expect(pass.inputs[i]).toBe(pass.outputs[i - 1]);
        pass.drives.forEach((z, i) => expect(z).toBe(weights[i] * pass.inputs[i] + biases[i]));
        expect(pass.power).toBe(pass.outputs[weights.length - 1]);
      }),
      { numRuns: 50 },
    );
  });
});

describe("the shot's numbers", () => {
  it("miss, loss and hit agree with the landing", () => {
    const line: LineParams = { weights: [1, 1, 1], biases: [0.2, 0, 0.1], activation: "tanh" };
    const shot = shoot(line, 5, court);
    expect(shot.miss).toBe(shot.landing - 5);
    expect(shot.loss).toBe(shot.miss ** 2 / 2);
    expect(shot.hit).toBe(Math.abs(shot.miss) < court.hoopRadius);
  });
});
