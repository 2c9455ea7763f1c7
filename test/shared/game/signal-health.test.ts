// A fading or exploding line, judged from the engine's own numbers: the note's size at the front against
// the shooter's (the same size words as the cards), and why (weak or strong links, neurons that pass on
// little, a neuron stuck flat out). Shots come from the real forward pass and the real rules.
import { describe, expect, it } from "vitest";
import { type ActivationName, blameShares, coachReport, createGame, DEFAULT_COURT, type GameState, reduce, type RuleId, RULES, shoot, type ShotRecord, signalHealth, signalNews, signalSentence, sizeWord } from "../../../shared";
import { Rng } from "../../../shared/random";

/** One shot of a line with these handshakes (and biases, else 0) at a hoop 5 m away, with `rule`'s report, as the round files it. */
function shotOf(rule: RuleId, weights: number[], activation: ActivationName = "tanh", feedback: number[] = weights.map(() => 1), biases = weights.map(() => 0)): { line: { rule: RuleId; feedback: number[] }; shot: ShotRecord } {
  const params = { weights, biases, activation };
  const shot = shoot(params, 5, DEFAULT_COURT);
  const p = RULES[rule].propose({ line: params, feedback, shot, court: DEFAULT_COURT, rate: 0.003, rng: new Rng(1) });
  const record: ShotRecord = {
    round: 1,
    distance: 5,
    power: shot.pass.power,
    landing: shot.landing,
    miss: shot.miss,
    hit: shot.hit,
    inputs: shot.pass.inputs,
    outputs: shot.pass.outputs,
    weights,
    biases: params.biases,
    coach: coachReport(p.weightChanges, p.biasChanges, p.signals, blameShares(p.weightChanges)),
    votes: {},
    extraShots: p.extraShots,
  };
  return { line: { rule, feedback }, shot: record };
}

const front = (s: ShotRecord) => Math.abs(s.coach!.signals[0] / s.coach!.signals.at(-1)!);

describe("a fading or exploding line", () => {
  it("fades through weak handshakes: the note reaches the front tiny, and the handshakes are why", () => {
    const { line, shot } = shotOf("backprop", [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    const h = signalHealth(line, shot, "tanh");
    expect(h.kind).toBe("fading");
    expect(h.ratio).toBeCloseTo(front(shot), 12);
    expect(sizeWord(shot.coach!.signals[0], shot.coach!.signals[7])).toBe("tiny");
    expect(h.cause).toBe("links");
    expect(signalSentence(h, "backprop")).toMatch(/^The note got tiny by the time it reached neuron 1: the handshakes it crossed on the way back are weak/);
  });

  it("blows up through strong handshakes (a straight line, gain 1.5): the note reaches the front huge", () => {
    const { line, shot } = shotOf("backprop", [1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5], "identity");
    const h = signalHealth(line, shot, "identity");
    expect(front(shot)).toBeGreaterThanOrEqual(10);
    expect(h).toMatchObject({ kind: "exploding", cause: "links" });
    expect(signalSentence(h, "backprop")).toMatch(/grew huge .* the handshakes it crossed on the way back are strong/);
  });

  it("fades at a neuron stuck flat out, and names it", () => {
    // Neuron 2 grips so hard it fires at tanh's ceiling: its slope is nearly flat.
    const { line, shot } = shotOf("backprop", [1, 1, 40, 1, 1]);
    const h = signalHealth(line, shot, "tanh");
    expect(shot.outputs[2]).toBeGreaterThan(0.99);
    expect(h).toMatchObject({ kind: "fading", cause: "slopes", seat: 2, stuck: "flat-out" });
    expect(signalSentence(h, "backprop")).toContain("neuron 3 is firing flat out");
  });

  it("calls a shooter stuck flat out stuck, though the note's size against its own is fine; a relu below zero is silent", () => {
    // The shooter's excitability is so high it fires at the ceiling; the note behind it keeps its size against the shooter's.
    const top = shotOf("backprop", [1, 1, 1, 1], "tanh", [1, 1, 1, 1], [0, 0, 0, 3]);
    expect(sizeWord(top.shot.coach!.signals[0], top.shot.coach!.signals[3])).not.toBe("tiny");
    const stuck = signalHealth(top.line, top.shot, "tanh");
    expect(stuck).toMatchObject({ kind: "stuck", seat: 3, stuck: "flat-out" });
    expect(signalSentence(stuck, "backprop")).toMatch(/^Stuck: neuron 4 is firing flat out/);
    // Neuron 3 is switched off (relu below zero): nothing reaches the neurons before it.
    const off = shotOf("backprop", [1, 1, 1, 1], "relu", [1, 1, 1, 1], [0, 0, -5, 1]);
    const h = signalHealth(off.line, off.shot, "relu");
    expect(off.shot.outputs[2]).toBe(0);
    expect(h).toMatchObject({ kind: "fading", cause: "slopes", seat: 2, stuck: "silent" });
    expect(signalSentence(h, "backprop")).toContain("neuron 3 is not firing at all");
  });

  it("judges feedback alignment by its wires, not by the handshakes", () => {
    const weights = [1.2, 1.2, 1.2, 1.2, 1.2, 1.2];
    const weak = shotOf("feedback-alignment", weights, "tanh", [0, 0.2, 0.2, 0.2, 0.2, 0.2]);
    const h = signalHealth(weak.line, weak.shot, "tanh");
    expect(h).toMatchObject({ kind: "fading", cause: "links" });
    expect(signalSentence(h, "feedback-alignment")).toContain("the wires it crossed");
    // The same handshakes with backprop's own walk back: no fading.
    const same = shotOf("backprop", weights);
    expect(signalHealth(same.line, same.shot, "tanh").kind).toBe("fine");
  });

  it("is fine for rules that carry nothing back neuron by neuron, and for lines of two", () => {
    for (const rule of ["trial-and-error", "fire-together"] as const) {
      const { line, shot } = shotOf(rule, [0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3]);
      expect(signalHealth(line, shot, "tanh").kind, rule).toBe("fine");
    }
    const two = shotOf("backprop", [0.01, 0.01]);
    expect(signalHealth(two.line, two.shot, "tanh").kind).toBe("fine");
    expect(signalSentence(signalHealth(two.line, two.shot, "tanh"), "backprop")).toBe("");
  });

  it("is news once a game: the first shot that fades says so, later fading shots do not repeat it", () => {
    let s: GameState = createGame("host", { lineLength: 8, seed: 5, autoAdvance: false, strictness: 0.003, startWeights: { min: 0.6, max: 0.8 }, maxRounds: 6, hoop: { fixedRounds: 10, fixedDistance: 5 } });
    let t = 0;
    const step = (a: Parameters<typeof reduce>[1]) => {
      const r = reduce(s, a, (t += 1000));
      if (!r.ok) throw new Error(r.error.message);
      s = r.state;
    };
    step({ type: "join", by: "host", name: "You", line: 0, seat: 0 });
    step({ type: "start", by: "host" });
    const kinds: string[] = [];
    const news: (string | null)[] = [];
    for (let k = 0; k < 200 && s.phase !== "summary"; k++) {
      if (s.phase === "coach") {
        kinds.push(signalHealth(s.lines[0], s.lines[0].current!, "tanh").kind);
        news.push(signalNews(s.lines[0], "tanh")?.kind ?? null);
      }
      if (s.phase === "vote" && !s.lines[0].current!.votes.host) step({ type: "vote", by: "host", blame: 0, direction: "firmer" });
      else step({ type: "next", by: "host" });
    }
    expect(kinds.length).toBe(6);
    const first = kinds.indexOf("fading");
    expect(first).toBeGreaterThanOrEqual(0);
    expect(kinds.filter((k) => k === "fading").length).toBeGreaterThan(1);
    expect(news).toEqual(kinds.map((k, i) => (i === first ? "fading" : k !== "fading" && k !== "fine" && kinds.indexOf(k) === i ? k : null)));
  });
});
