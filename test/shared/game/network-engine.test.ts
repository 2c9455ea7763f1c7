// A class played as one network through the class engine: the width-1 network is the line game shot for
// shot; seats, votes on handshakes, the rule's report per seat, adjusting several dials, and refusals.
import { describe, expect, it } from "vitest";
import { type Action, createGame, fullShot, type GameState, LIMITS, networkSize, RULE_IDS, type RuleId, type Settings, shootNetwork, networkParams } from "../../../shared";
import { ok, refused } from "../helpers";

const PEOPLE = ["p1", "p2", "p3"];

/** Plays `rounds` rounds with host commands; the people vote and p1 turns its dial(s) each round. */
function play(settings: Partial<Settings>, rounds: number): GameState[] {
  let s = createGame("host", { autoAdvance: false, maxRounds: rounds, ...settings });
  const net = settings.shape === "network";
  let now = 0;
  const go = (a: Action) => (s = ok(s, a, (now += 1000)));
  for (const id of PEOPLE) go({ type: "join", by: id, name: id.toUpperCase() });
  go({ type: "start", by: "host" });
  const seen: GameState[] = [];
  for (let r = 1; r <= rounds; r++) {
    for (let i = 0; i < 3; i++) go({ type: "next", by: "host" });
    if (s.phase === "vote") {
      PEOPLE.forEach((id, i) => {
        const direction = (r + i) % 2 ? "firmer" : "looser";
        go(net ? { type: "vote", by: id, handshake: 0, direction } : { type: "vote", by: id, blame: (r + i) % 4, direction });
      });
      go({ type: "next", by: "host" });
    }
    go({ type: "next", by: "host" });
    const dial = 0.9 + 0.05 * r;
    go(net ? { type: "adjust", by: "p1", weights: [dial] } : { type: "adjust", by: "p1", weight: dial });
    seen.push(s);
    go({ type: "next", by: "host" });
  }
  seen.push(s);
  return seen;
}

describe("one network one neuron wide is the line game", () => {
  it.each(RULE_IDS.flatMap((rule) => [1, 7].map((seed) => [rule, seed] as [RuleId, number])))("%s, seed %i: the same shots and handshakes", (rule, seed) => {
    for (const bots of ["follow", "hold"] as const) {
      const common: Partial<Settings> = { lineLength: 5, teams: 1, rules: [rule], seed, bots, hoop: { fixedRounds: 2, fixedDistance: 5 } };
      const lines = play(common, 8);
      const nets = play({ ...common, shape: "network", layerWidth: 1 }, 8);
      expect(nets.at(-1)!.lines).toEqual([]);
      for (const [k, l] of lines.entries()) {
        const line = l.lines[0];
        const net = nets[k].network!;
        expect(nets[k].distance).toBe(l.distance);
        expect(net.neurons.map((n) => n.weights)).toStrictEqual(line.neurons.map((n) => [n.weight]));
        expect(net.neurons.map((n) => n.bias)).toStrictEqual(line.neurons.map((n) => n.bias));
        expect(net.feedback).toStrictEqual(line.feedback.map((f) => [f]));
        expect(net.history.length).toBe(line.history.length);
        for (const [i, h] of line.history.entries()) {
          const n = fullShot(net.history[i]);
          expect([n.distance, n.power, n.landing, n.miss, n.hit, n.extraShots]).toStrictEqual([h.distance, h.power, h.landing, h.miss, h.hit, h.extraShots]);
          expect(n.outputs).toStrictEqual(h.outputs);
          expect(n.weights).toStrictEqual(h.weights.map((w) => [w]));
          expect(n.coach!.weightChanges).toStrictEqual(h.coach!.weightChanges.map((c) => [c]));
          expect(n.coach!.biasChanges).toStrictEqual(h.coach!.biasChanges);
          expect(n.coach!.shares).toStrictEqual(h.coach!.shares);
          expect(Object.keys(n.votes).sort()).toStrictEqual(Object.keys(h.votes).sort());
        }
        expect([net.streak, net.learnedAt]).toStrictEqual([line.streak, line.learnedAt]);
      }
    }
  });
});

describe("a class as one network", () => {
  const NET: Partial<Settings> = { shape: "network", lineLength: 4, layerWidth: 3, autoAdvance: false, maxRounds: 4, seed: 3 };

  it("builds the network from the settings: layers of the width and a shooter, bots everywhere, no lines", () => {
    const s = createGame("host", NET);
    expect(s.lines).toEqual([]);
    const net = s.network!;
    expect(net.widths).toEqual([3, 3, 3, 1]);
    expect(net.neurons).toHaveLength(10);
    expect(net.neurons.map((n) => [n.layer, n.index])).toEqual([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2], [2, 0], [2, 1], [2, 2], [3, 0]]);
    expect(net.neurons.map((n) => n.weights.length)).toEqual([1, 1, 1, 3, 3, 3, 3, 3, 3, 3]);
    expect(net.feedback.map((f) => f.length)).toEqual([1, 1, 1, 3, 3, 3, 3, 3, 3, 3]);
    expect(net.neurons.every((n) => n.playerId === null && n.name.startsWith("Bot "))).toBe(true);
    // Starting handshakes all positive, shared over the fan-in.
    for (const n of net.neurons) for (const w of n.weights) expect(w * n.weights.length).toBeGreaterThanOrEqual(0.8 - 1e-12);
    expect(createGame("host").network).toBeNull();
  });

  it("seats people in neurons layer by layer, gives seats back to bots, and says full with the reason", () => {
    let s = createGame("host", { ...NET, lineLength: 2, layerWidth: 2 });
    expect(networkSize(s.settings)).toBe(3);
    for (const id of ["a", "b", "c"]) s = ok(s, { type: "join", by: id, name: id.toUpperCase() });
    expect(Object.values(s.players).map((p) => [p.line, p.seat])).toEqual([[0, 0], [0, 1], [0, 2]]);
    expect(s.network!.neurons.map((n) => n.playerId)).toEqual(["a", "b", "c"]);
    const full = refused(s, { type: "join", by: "d", name: "D" }, "full");
    expect(full).toMatch(/3 seats/);
    // A kick gives the seat back to a bot, keeping the handshakes; the next to join takes it.
    const before = s.network!.neurons[1].weights;
    s = ok(s, { type: "leave", by: "host", player: "b" });
    expect(s.network!.neurons[1].playerId).toBeNull();
    expect(s.network!.neurons[1].weights).toBe(before);
    s = ok(s, { type: "join", by: "e", name: "E", seat: 1 });
    expect(s.players.e.seat).toBe(1);
    refused(s, { type: "join", by: "f", name: "F", seat: 3 }, "out-of-range");
  });

  it("configure: switching shape reseats everyone; the seat cap and too-small networks are refused", () => {
    let s = createGame("host", { autoAdvance: false });
    for (const id of PEOPLE) s = ok(s, { type: "join", by: id, name: id });
    s = ok(s, { type: "configure", by: "host", settings: { shape: "network", layerWidth: 2, lineLength: 3 } });
    expect(s.lines).toEqual([]);
    expect(s.network!.widths).toEqual([2, 2, 1]);
    expect(PEOPLE.map((id) => s.network!.neurons[s.players[id].seat].playerId)).toEqual(PEOPLE);
    expect(refused(s, { type: "configure", by: "host", settings: { lineLength: 8, layerWidth: 6 } }, "out-of-range")).toMatch(/37/);
    expect(refused(s, { type: "configure", by: "host", settings: { lineLength: 2, layerWidth: 1 } }, "out-of-range")).toMatch(/3 people/);
    refused(s, { type: "configure", by: "host", settings: { layerWidth: 7 } }, "out-of-range");
    refused(s, { type: "configure", by: "host", settings: { shape: "blob" as "lines" } }, "bad-action");
    const biggest = ok(s, { type: "configure", by: "host", settings: { lineLength: 7, layerWidth: 6 } });
    expect(biggest.network!.neurons).toHaveLength(LIMITS.networkSeats);
    // Rules change without reseating; back to lines rebuilds the lines.
    const fa = ok(s, { type: "configure", by: "host", settings: { rules: ["feedback-alignment"] } });
    expect(fa.network!.rule).toBe("feedback-alignment");
    expect(fa.network!.neurons).toBe(s.network!.neurons);
    const back = ok(s, { type: "configure", by: "host", settings: { shape: "lines" } });
    expect(back.network).toBeNull();
    expect(back.lines[0].neurons.filter((n) => n.playerId !== null)).toHaveLength(3);
    // Not while a game runs.
    const running = ok(s, { type: "start", by: "host" });
    refused(running, { type: "configure", by: "host", settings: { layerWidth: 3 } }, "wrong-phase");
  });

  it("plays a round: the shot, votes on own handshakes scored against the rule, several dials, bots following", () => {
    let s = createGame("host", NET);
    for (const id of PEOPLE) s = ok(s, { type: "join", by: id, name: id });
    s = ok(s, { type: "configure", by: "host", settings: { hoop: { fixedRounds: 4, fixedDistance: 9 } } });
    // p3 sits in layer 1: fan-in 3. Move it there by kicking nobody: join order gives seats 0-2, so seat p4 at 4.
    s = ok(s, { type: "join", by: "p4", name: "p4", seat: 4 });
    s = ok(s, { type: "start", by: "host" });
    for (let i = 0; i < 3; i++) s = ok(s, { type: "next", by: "host" });
    expect(s.phase).toBe("vote");
    const rec = s.network!.current!;
    const params = networkParams(s.network!.widths, rec.weights, rec.biases, s.settings.activation);
    const shot = shootNetwork(params, rec.distance, s.settings.court);
    expect(rec.miss).toBe(shot.miss);
    expect(rec.outputs).toStrictEqual(shot.pass.outputs.flat());
    // Refusals: a line's vote, an index past the voter's handshakes, both at once, nothing.
    expect(refused(s, { type: "vote", by: "p1", blame: 0, direction: "firmer" }, "bad-action")).toMatch(/handshake/);
    refused(s, { type: "vote", by: "p1", handshake: 1, direction: "firmer" }, "out-of-range");
    refused(s, { type: "vote", by: "p4", handshake: 3, direction: "firmer" }, "out-of-range");
    refused(s, { type: "vote", by: "p4", handshake: 0, blame: 1, direction: "firmer" }, "bad-action");
    refused(s, { type: "vote", by: "p1", direction: "firmer" }, "bad-action");
    s = ok(s, { type: "vote", by: "p1", handshake: 0, direction: "firmer" });
    s = ok(s, { type: "vote", by: "p4", handshake: 2, direction: "looser" });
    refused(s, { type: "vote", by: "p4", handshake: 1, direction: "looser" }, "already-voted");
    s = ok(s, { type: "next", by: "host" });
    expect(s.phase).toBe("coach");
    const report = s.network!.current!.coach!;
    expect(report.weightChanges.map((r) => r.length)).toEqual(s.network!.neurons.map((n) => n.weights.length));
    expect(report.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const sizes = report.weightChanges.map((r) => r.reduce((a, c) => a + Math.abs(c), 0));
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(report.shares).toStrictEqual(sizes.map((x) => x / total));
    expect(report.mostToBlame).toBe(sizes.indexOf(Math.max(...sizes)));
    // p4's vote is scored on its own handshakes; bots voted in their seats.
    const v4 = s.network!.current!.votes.p4 as { handshakeRight: boolean; directionRight: boolean };
    const own = report.weightChanges[4].map(Math.abs);
    expect(v4.handshakeRight).toBe(own.indexOf(Math.max(...own)) === 2);
    expect(v4.directionRight).toBe(report.weightChanges[4][2] <= 0);
    expect(s.players.p4.score).toBe(Number(v4.handshakeRight) + Number(v4.directionRight));
    expect(Object.keys(s.network!.current!.votes).filter((k) => k.startsWith("bot:"))).toHaveLength(6);
    expect(s.network!.history).toHaveLength(1);
    s = ok(s, { type: "next", by: "host" });
    // Adjust: the voter's fan-in of values, each within the dial's range.
    expect(refused(s, { type: "adjust", by: "p4", weights: [1, 1] }, "out-of-range")).toMatch(/3 handshakes/);
    refused(s, { type: "adjust", by: "p4", weight: 1 }, "bad-action");
    refused(s, { type: "adjust", by: "p4", weights: [1, 9, 1] }, "out-of-range");
    const shotW = s.network!.current!.weights[4];
    s = ok(s, { type: "adjust", by: "p4", weights: [0.5, shotW[1], -0.25], bias: 0.1 });
    s = ok(s, { type: "ready", by: "p4" });
    expect(s.network!.neurons[4].ready).toBe(true);
    s = ok(s, { type: "next", by: "host" });
    expect(s.phase).toBe("aim");
    const n4 = s.network!.neurons[4];
    // A person's dials stand as sent: the middle one, sent where it was at the shot, is kept there ("keep"),
    // not overridden by the rule (the phone sends an untouched dial at the rule's value instead).
    expect(n4.weights[0]).toBe(0.5);
    expect(n4.weights[2]).toBe(-0.25);
    expect(n4.weights[1]).toBe(shotW[1]);
    expect(report.weightChanges[4][1]).not.toBe(0);
    expect(n4.bias).toBe(0.1);
    // p2 (seat 1) did nothing: its dial followed the rule exactly.
    const rec1 = fullShot(s.network!.history[0]);
    expect(s.network!.neurons[1].weights[0]).toBe(rec1.weights[1][0] + report.weightChanges[1][0]);
    expect(s.network!.neurons.every((n) => !n.adjusted && !n.ready)).toBe(true);
  });

  it("a person away is played by a bot (its dials follow the rule, no wobble); a restart builds a fresh network with everyone seated again", () => {
    let s = createGame("host", { ...NET, maxRounds: 1 });
    for (const id of PEOPLE) s = ok(s, { type: "join", by: id, name: id });
    s = ok(s, { type: "start", by: "host" });
    while (s.phase !== "adjust") {
      s = ok(s, { type: "next", by: "host" });
      if (s.phase === "vote") s = ok(s, { type: "vote", by: "p1", handshake: 0, direction: "firmer" });
    }
    s = ok(s, { type: "adjust", by: "p2", weights: [2] });
    s = ok(s, { type: "connection", player: "p2", connected: false });
    const rec = s.network!.current!;
    s = ok(s, { type: "next", by: "host" });
    expect(s.phase).toBe("summary");
    // Away: its own dial does not count; the rule's change is made exactly.
    expect(s.network!.neurons[1].weights).toStrictEqual([rec.weights[1][0] + rec.coach!.weightChanges[1][0]]);
    expect(s.players.p1.votesCast).toBe(rec.hit ? 0 : 1);
    const again = ok(s, { type: "start", by: "host" });
    expect(again.round).toBe(1);
    expect(again.network!.history).toEqual([]);
    expect(again.network!.neurons.slice(0, 3).map((n) => n.playerId)).toEqual(PEOPLE);
    expect(again.network!.neurons[0].weights).toStrictEqual(createGame("host", NET).network!.neurons[0].weights);
    expect(Object.values(again.players).every((p) => p.score === 0 && p.votesCast === 0)).toBe(true);
  });

  it("outside the vote and adjust phases (and more time's early windows) a network's vote and dials are refused, never a crash", () => {
    let s = createGame("host", { ...NET, hoop: { fixedRounds: 4, fixedDistance: 9 } });
    s = ok(s, { type: "join", by: "p1", name: "p1" });
    s = ok(s, { type: "start", by: "host" });
    for (const phase of ["aim", "pass", "shot"]) {
      expect(s.phase).toBe(phase);
      // The ball has landed: the vote is open early (extra-time.ts, tested in extra-time-network.test.ts).
      if (phase !== "shot") refused(s, { type: "vote", by: "p1", handshake: 0, direction: "firmer" }, "wrong-phase");
      refused(s, { type: "adjust", by: "p1", weights: [1] }, "wrong-phase");
      refused(s, { type: "ready", by: "p1" }, "wrong-phase");
      s = ok(s, { type: "next", by: "host" });
    }
    s = ok(s, { type: "next", by: "host" });
    expect(s.phase).toBe("coach");
    // The rule's card is out: a dial is taken early, but still checked (p1's first-layer neuron has one handshake).
    refused(s, { type: "adjust", by: "p1", weights: [1, 2] }, "out-of-range");
    refused(s, { type: "adjust", by: "p1", weights: "lots" as unknown as number[] }, "bad-action");
    refused(s, { type: "vote", by: "p1", handshake: 0, direction: "firmer" }, "wrong-phase");
  });

  it("rules without blame do not ask for a vote, and trial and error counts its extra shot", () => {
    let s = createGame("host", { ...NET, rules: ["trial-and-error"] });
    s = ok(s, { type: "join", by: "p1", name: "p1" });
    s = ok(s, { type: "start", by: "host" });
    for (let i = 0; i < 3; i++) s = ok(s, { type: "next", by: "host" });
    expect(s.phase).toBe("coach");
    expect(s.network!.current!.extraShots).toBe(1);
    expect(s.network!.current!.votes).toEqual({});
  });

  it("moves on by itself once every connected person has voted, and once every one is done", () => {
    let s = createGame("host", { ...NET, autoAdvance: true, hoop: { fixedRounds: 4, fixedDistance: 9 } });
    s = ok(s, { type: "join", by: "p1", name: "p1" });
    s = ok(s, { type: "join", by: "p2", name: "p2" });
    s = ok(s, { type: "start", by: "host" }, 0);
    while (s.phase !== "vote") s = ok(s, { type: "tick" }, s.deadline!);
    s = ok(s, { type: "vote", by: "p1", handshake: 0, direction: "firmer" }, s.deadline! - 1);
    expect(s.phase).toBe("vote");
    s = ok(s, { type: "vote", by: "p2", handshake: 0, direction: "firmer" }, s.deadline! - 1);
    expect(s.phase).toBe("coach");
    s = ok(s, { type: "tick" }, s.deadline!);
    expect(s.phase).toBe("adjust");
    s = ok(s, { type: "ready", by: "p1" }, s.deadline! - 1);
    s = ok(s, { type: "ready", by: "p2" }, s.deadline! - 1);
    expect(s.phase).toBe("aim");
  });

  it("keeps at most LIMITS.history shots, counts the streak and when it learned", () => {
    let s = createGame("host", { ...NET, rules: ["backprop"], maxRounds: LIMITS.history + 3, lineLength: 2, layerWidth: 2 });
    s = ok(s, { type: "start", by: "host" });
    while (s.phase !== "summary") s = ok(s, { type: "next", by: "host" });
    const net = s.network!;
    expect(net.history).toHaveLength(LIMITS.history);
    expect(net.history.at(-1)!.round).toBe(LIMITS.history + 3);
    let streak = 0;
    for (const h of net.history) streak = h.hit ? streak + 1 : 0;
    expect(net.streak).toBe(streak);
    expect(net.learnedAt).not.toBeNull();
  });

  it("a line's adjust and vote in a network, and a network's in lines, are refused with a sentence saying what to send", () => {
    let lines = createGame("host", { autoAdvance: false, hoop: { fixedRounds: 4, fixedDistance: 9 } });
    lines = ok(lines, { type: "join", by: "p1", name: "p1" });
    lines = ok(lines, { type: "start", by: "host" });
    for (let i = 0; i < 3; i++) lines = ok(lines, { type: "next", by: "host" });
    expect(lines.phase).toBe("vote");
    expect(refused(lines, { type: "vote", by: "p1", handshake: 0, direction: "firmer" }, "bad-action")).toMatch(/lines/);
    lines = ok(lines, { type: "next", by: "host" });
    lines = ok(lines, { type: "next", by: "host" });
    expect(refused(lines, { type: "adjust", by: "p1", weights: [1] }, "bad-action")).toMatch(/lines/);
  });
});

describe("keep all", () => {
  it("a person who sends every dial where it was at the shot keeps them all, the excitability too; a turn without the excitability lets it follow the rule", () => {
    let s = createGame("host", { shape: "network", layerWidth: 3, lineLength: 3, rules: ["backprop"], seed: 4, autoAdvance: false, maxRounds: 3, hoop: { fixedRounds: 3, fixedDistance: 6 } });
    s = ok(s, { type: "join", by: "k", name: "Kim" });
    s = ok(s, { type: "join", by: "f", name: "Fay" });
    s = ok(s, { type: "start", by: "host" });
    while (s.phase !== "adjust") s = ok(s, { type: "next", by: "host" });
    const [k, f] = [s.players.k.seat, s.players.f.seat];
    const rec = s.network!.current!;
    const report = rec.coach!;
    expect(report.weightChanges[k].some((c) => c !== 0)).toBe(true);
    s = ok(s, { type: "adjust", by: "k", weights: [...rec.weights[k]], bias: rec.biases[k] });
    s = ok(s, { type: "adjust", by: "f", weights: [...rec.weights[f]] });
    s = ok(s, { type: "next", by: "host" });
    expect(s.network!.neurons[k].weights).toStrictEqual(rec.weights[k]);
    expect(s.network!.neurons[k].bias).toBe(rec.biases[k]);
    expect(s.network!.neurons[f].weights).toStrictEqual(rec.weights[f]);
    expect(s.network!.neurons[f].bias).toBe(rec.biases[f] + report.biasChanges[f]);
    expect(report.biasChanges[f]).not.toBe(0);
    expect(s.network!.neurons.every((n) => !n.adjusted && !n.biasAdjusted)).toBe(true);
  });
});
