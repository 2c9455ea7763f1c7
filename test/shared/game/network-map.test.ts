// The network map's model: the layout fits the screens, strokes follow the handshakes, vote colours follow
// the votes, neighbourhoods are scored as the engine scores them, and the coach's walk is the engine's
// backward pass (checked against shared/network's backwardNetwork, to the bit).
import { describe, expect, it } from "vitest";
import { NetworkDemo } from "../../../client/network/demo";
import { DEFAULT_SETTINGS } from "../../../shared/game";
import {
  NAME_ROOM,
  STROKE_MAX,
  STROKE_MIN,
  VOTE_COLOURS,
  WALK_MAX,
  coachWalk,
  connectionStrokes,
  connections,
  neighbourhoodMatches,
  networkLayout,
  seatOf,
  voteBlend,
  voteColours,
} from "../../../shared/game/network-map";
import type { Network } from "../../../shared/game/network-state";
import { scoreNetVote } from "../../../shared/game/network-votes";
import { ACTIVATIONS } from "../../../shared/line";
import { type NetworkParams, backwardNetwork, shootNetwork } from "../../../shared/network";
import type { RuleId } from "../../../shared/rules";

const WIDEST = [6, 6, 6, 6, 6, 6, 1];

/** The network's handshakes at the current shot, as shared/network's matrices. */
function paramsOf(net: Network): NetworkParams {
  const shot = net.current!;
  return {
    weights: net.widths.map((n, l) => Array.from({ length: n }, (_, j) => shot.weights[seatOf(net.widths, l, j)])),
    biases: net.widths.map((n, l) => Array.from({ length: n }, (_, j) => shot.biases[seatOf(net.widths, l, j)])),
    activation: DEFAULT_SETTINGS.activation,
  };
}

/** A demo network that has shot, voted and heard its rule. */
function spoken(rule: RuleId, depth: number, width: number, seed: number): Network {
  const demo = new NetworkDemo({ rule, depth, width, seed });
  demo.shoot();
  demo.vote();
  demo.speak();
  return demo.network;
}

describe("networkLayout", () => {
  for (const box of [{ width: 1280, height: 560 }, { width: 1024, height: 600 }, { width: 600, height: 400 }]) {
    it(`places 6 layers of 6 and a shooter inside ${box.width}x${box.height}, names under circles without overlaps`, () => {
      const map = networkLayout(WIDEST, box);
      expect(map.neurons).toHaveLength(37);
      for (const n of map.neurons) {
        expect(n.x - map.radius).toBeGreaterThanOrEqual(0);
        expect(n.x + map.radius).toBeLessThanOrEqual(box.width);
        expect(n.y - map.radius).toBeGreaterThanOrEqual(0);
        expect(n.y + map.radius + NAME_ROOM).toBeLessThanOrEqual(box.height);
      }
      // Same layer: one column, rows far enough apart for the circle and the name.
      for (const a of map.neurons) {
        for (const b of map.neurons) {
          if (a.seat >= b.seat) continue;
          if (a.layer === b.layer) {
            expect(a.x).toBe(b.x);
            expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(2 * map.radius + NAME_ROOM - 1e-9);
          } else expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(Math.max(2 * map.radius, map.labelWidth));
        }
      }
      // The distance on the left, the shooter alone on the right.
      const shooter = map.neurons[36];
      expect(Math.max(...map.neurons.map((n) => n.x))).toBe(shooter.x);
      expect(map.input.x).toBeLessThan(Math.min(...map.neurons.map((n) => n.x)));
      expect(map.radius).toBeGreaterThanOrEqual(box.width >= 1024 ? 12 : 6);
    });
  }
});

describe("connectionStrokes and voteColours", () => {
  it("draws every handshake, its width growing with |weight| and its sign kept", () => {
    const net = spoken("backprop", 4, 3, 2);
    const strokes = connectionStrokes(net);
    expect(strokes).toHaveLength(3 + 3 * 3 + 3 * 3 + 3);
    const sorted = [...strokes].sort((a, b) => Math.abs(a.weight) - Math.abs(b.weight));
    for (let k = 1; k < sorted.length; k++) expect(sorted[k].width).toBeGreaterThanOrEqual(sorted[k - 1].width);
    expect(Math.max(...strokes.map((s) => s.width))).toBe(STROKE_MAX);
    expect(Math.min(...strokes.map((s) => s.width))).toBeGreaterThanOrEqual(STROKE_MIN);
    for (const s of strokes) {
      expect(s.weight).toBe(net.neurons[s.to].weights[s.i]);
      expect(s.sign).toBe(s.weight < 0 ? "negative" : "positive");
    }
    expect(strokes.some((s) => s.sign === "negative")).toBe(true);
  });

  it("colours each handshake by the votes cast for it: count and firmer/looser split", () => {
    const net = spoken("backprop", 7, 6, 3);
    // Two extra voters on seat 8's first handshake would be two people on one neuron: the model counts them anyway.
    net.neurons[8].playerId = "p8";
    net.current!.votes = { p8: { handshake: 2, direction: "firmer" }, p0: { handshake: 0, direction: "looser" } };
    const colours = voteColours(net);
    const at = (to: number, i: number) => colours.find((c) => c.to === to && c.i === i)!;
    expect(at(8, 2)).toMatchObject({ firmer: 1, looser: 0, total: 1, colour: VOTE_COLOURS.firmer });
    expect(at(0, 0)).toMatchObject({ firmer: 0, looser: 1, total: 1, colour: VOTE_COLOURS.looser });
    expect(colours.filter((c) => c.total > 0)).toHaveLength(2);
    expect(at(8, 1).colour).toBe(VOTE_COLOURS.none);
    // A split (two people on one neuron cannot happen in a class, but the colour is defined) blends the two.
    expect(voteBlend(1)).toBe(VOTE_COLOURS.firmer);
    expect(voteBlend(0)).toBe(VOTE_COLOURS.looser);
    expect(voteBlend(0.5)).toBe("#9eaa75");
  });

  it("counts the demo's seeded votes: one per person, on the voter's own handshakes", () => {
    const net = spoken("feedback-alignment", 7, 6, 5);
    const votes = Object.entries(net.current!.votes);
    expect(votes.length).toBeGreaterThan(10);
    const colours = voteColours(net);
    expect(colours.reduce((s, c) => s + c.total, 0)).toBe(votes.length);
    for (const [id, v] of votes) {
      const seat = net.neurons.findIndex((n) => n.playerId === id);
      const c = colours.find((x) => x.to === seat && x.i === v.handshake)!;
      expect(c[v.direction]).toBe(1);
    }
  });
});

describe("neighbourhoodMatches", () => {
  it("scores each vote against the rule's biggest change on the voter's handshakes, or takes the engine's score", () => {
    const net = spoken("backprop", 5, 4, 7);
    const matches = neighbourhoodMatches(net);
    expect(matches).toHaveLength(Object.keys(net.current!.votes).length);
    for (const m of matches) {
      const changes = net.current!.coach!.weightChanges[m.seat];
      const biggest = changes.map(Math.abs).indexOf(Math.max(...changes.map(Math.abs)));
      // A neuron with one handshake had nothing to pick: its "which" is never a match (only the way is scored).
      expect(m.choice).toBe(changes.length > 1);
      expect(m.handshakeRight).toBe(m.choice && m.vote.handshake === biggest);
      expect(m.directionRight).toBe((changes[m.vote.handshake] > 0 ? "firmer" : "looser") === m.vote.direction);
      expect(m.fromEngine).toBe(false);
    }
    expect(matches.some((m) => !m.handshakeRight)).toBe(true);
    // The same scores as the engine's own (shared/game/network-votes.ts), for every rule.
    for (const rule of ["backprop", "feedback-alignment", "activity-difference", "trial-and-error", "fire-together"] as const) {
      const other = spoken(rule, 6, 5, 13);
      for (const m of neighbourhoodMatches(other)) {
        const engine = scoreNetVote(m.vote, other.current!.coach!, m.seat);
        expect([m.handshakeRight, m.directionRight], `${rule} seat ${m.seat}`).toEqual([engine.handshakeRight, engine.directionRight]);
      }
    }
    // The engine's scores win over the map's own.
    const [id, vote] = Object.entries(net.current!.votes)[0];
    net.current!.votes[id] = { ...vote, handshakeRight: true, directionRight: false };
    const first = neighbourhoodMatches(net).find((m) => net.neurons[m.seat].playerId === id)!;
    expect(first).toMatchObject({ handshakeRight: true, directionRight: false, fromEngine: true });
    // Nothing to match before the rule speaks.
    net.current!.coach = null;
    expect(neighbourhoodMatches(net)).toEqual([]);
  });
});

describe("coachWalk", () => {
  const act = ACTIVATIONS[DEFAULT_SETTINGS.activation];

  for (const [depth, width, seed] of [[7, 6, 1], [4, 3, 2], [5, 1, 3], [3, 6, 4]] as const) {
    it(`backprop, ${depth} layers of ${width}: every neuron hears the note backwardNetwork carries, and its slope makes its delta exactly`, () => {
      const net = spoken("backprop", depth, width, seed);
      const params = paramsOf(net);
      const shot = shootNetwork(params, net.current!.distance, DEFAULT_SETTINGS.court);
      const back = backwardNetwork(params, shot.pass, shot.lossSlope);
      const walk = coachWalk(net)!;
      expect(walk.mechanism).toBe("handshakes");
      expect(walk.steps.map((s) => s.layer)).toEqual(Array.from({ length: depth - 1 }, (_, k) => depth - 1 - k));
      expect(walk.shooter).toBe(back.deltas[depth - 1][0]);
      for (const step of walk.steps) {
        expect(step.parts).toHaveLength(net.widths[step.layer] * net.widths[step.layer - 1]);
        for (const p of step.parts) {
          const j = net.neurons[p.to].index;
          const i = p.i;
          expect(p.part).toBe(back.deltas[step.layer][j] * params.weights[step.layer][j][i]);
        }
        step.heard.forEach((h, i) => {
          expect(act.df(shot.pass.drives[step.layer - 1][i]) * h.value).toBe(back.deltas[step.layer - 1][i]);
        });
      }
    });
  }

  it("feedback alignment: the note crosses the fixed random wires, as backwardNetwork does with them", () => {
    const net = spoken("feedback-alignment", 6, 4, 9);
    const params = paramsOf(net);
    const feedback = net.widths.map((n, l) => Array.from({ length: n }, (_, j) => net.feedback[seatOf(net.widths, l, j)]));
    const shot = shootNetwork(params, net.current!.distance, DEFAULT_SETTINGS.court);
    const back = backwardNetwork(params, shot.pass, shot.lossSlope, feedback);
    const walk = coachWalk(net)!;
    expect(walk.mechanism).toBe("feedback-wires");
    for (const step of walk.steps) {
      for (const p of step.parts) expect(p.part).toBe(net.current!.coach!.signals[p.to] * net.feedback[p.to][p.i]);
      step.heard.forEach((h, i) => expect(act.df(shot.pass.drives[step.layer - 1][i]) * h.value).toBe(back.deltas[step.layer - 1][i]));
    }
    // Not the handshakes: the backprop walk of the same shot differs.
    const asBackprop = coachWalk({ ...net, rule: "backprop" })!;
    expect(asBackprop.steps[0].parts.map((p) => p.part)).not.toEqual(walk.steps[0].parts.map((p) => p.part));
  });

  it("activity difference: the nudge goes back over the handshakes and each layer's change of firing is what it heard", () => {
    const net = spoken("activity-difference", 5, 3, 11);
    const walk = coachWalk(net)!;
    expect(walk.mechanism).toBe("nudge");
    const { signals } = net.current!.coach!;
    const params = paramsOf(net);
    const shot = shootNetwork(params, net.current!.distance, DEFAULT_SETTINGS.court);
    for (const step of walk.steps) {
      step.heard.forEach((h, i) => {
        const z = shot.pass.drives[step.layer - 1][i];
        const a = shot.pass.outputs[step.layer - 1][i];
        expect(act.f(z + h.value) - a).toBe(signals[h.seat]);
      });
    }
  });

  it("trial and error and fire together carry nothing back; no walk before the rule speaks", () => {
    expect(coachWalk(spoken("trial-and-error", 4, 3, 1))).toBeNull();
    expect(coachWalk(spoken("fire-together", 4, 3, 1))).toBeNull();
    const demo = new NetworkDemo({ rule: "backprop", depth: 4, width: 3, seed: 1 });
    demo.shoot();
    expect(coachWalk(demo.network)).toBeNull();
  });

  it("draws the parts to one scale over the whole walk, so a fading note thins layer by layer", () => {
    const net = spoken("backprop", 7, 6, 1);
    const walk = coachWalk(net)!;
    const parts = walk.steps.flatMap((s) => s.parts);
    expect(Math.max(...parts.map((p) => p.width))).toBe(WALK_MAX);
    for (const p of parts) if (p.width > 0.5) expect(p.width).toBeCloseTo((WALK_MAX * Math.abs(p.part)) / walk.largest, 12);
    // Each layer's biggest part against the last layer's: the scale is shared, not per layer.
    const biggest = walk.steps.map((s) => Math.max(...s.parts.map((p) => Math.abs(p.part))));
    const widest = walk.steps.map((s) => Math.max(...s.parts.map((p) => p.width)));
    biggest.forEach((b, k) => expect(widest[k]).toBeCloseTo(Math.max(0.5, (WALK_MAX * b) / walk.largest), 12));
    expect(new Set(widest.map((w) => w.toFixed(6))).size).toBeGreaterThan(1);
  });

  it("lists every connection once, with the distance as layer 0's only neighbour", () => {
    const all = connections({ widths: WIDEST });
    expect(all).toHaveLength(6 + 5 * 36 + 6);
    expect(all.filter((c) => c.from === -1)).toHaveLength(6);
    expect(new Set(all.map((c) => `${c.to}:${c.i}`)).size).toBe(all.length);
  });
});

describe("the map's words", () => {
  it("name a coach only under backprop, in every language", async () => {
    const coach: Record<string, RegExp> = { en: /coach/i, es: /entrenador/i, fr: /entraîneur/i, de: /trainer/i, "zh-Hans": /教练/, ar: /مدرب/ };
    for (const [lang, word] of Object.entries(coach)) {
      const { messages } = (await import(`../../../shared/i18n/messages/${lang}/index.ts`)) as { messages: Record<string, string> };
      const all: Record<string, string> = lang === "en" ? (await import("../../../shared/i18n/messages/en")).en : messages;
      for (const rule of ["feedback-alignment", "activity-difference", "trial-and-error", "fire-together"]) expect(all[`network.dendrites.${rule}`], `${lang} ${rule}`).not.toMatch(word);
      for (const way of ["feedback-wires", "nudge", "trial-and-error", "fire-together"]) expect(all[`network.walk.${way}`], `${lang} ${way}`).not.toMatch(word);
      expect(all["network.dendrites.backprop"], lang).toMatch(word);
      expect(all["network.walk.handshakes"], lang).toMatch(word);
    }
  });
});
