// A whole game driven only by actions: phases in order, rounds, votes scored, the summary; and exact replays.
import { describe, expect, it } from "vitest";
import { type Action, type GameState, PHASES, RULES, type Settings, createGame, reduce, shoot, shotsTaken, toView } from "../../../shared";
import { at } from "../../../shared/checked";
import { ok, playByTicks } from "../helpers";

/** Drives a 3-round game with two people and explicit host commands; returns the final state and the phases seen. */
function scriptedGame(seed: number): { state: GameState; phases: string[] } {
  let s = createGame("host", { lineLength: 3, maxRounds: 3, seed, autoAdvance: false, hoop: { fixedRounds: 1, fixedDistance: 4 } });
  const phases = [s.phase as string];
  const go = (a: Action, now: number): void => {
    s = ok(s, a, now);
    if (phases[phases.length - 1] !== s.phase) phases.push(s.phase);
  };
  go({ type: "join", by: "p1", name: "Ann" }, 0);
  go({ type: "join", by: "p2", name: "Bob" }, 0);
  go({ type: "start", by: "host" }, 1);
  for (let round = 1; round <= 3; round++) {
    const t = round * 1000;
    go({ type: "next", by: "host" }, t); // aim -> pass
    go({ type: "next", by: "host" }, t + 1); // pass -> shot
    go({ type: "next", by: "host" }, t + 2); // shot -> vote
    go({ type: "vote", by: "p1", blame: 2, direction: "firmer" }, t + 3);
    go({ type: "vote", by: "p2", blame: 0, direction: "looser" }, t + 4);
    go({ type: "next", by: "host" }, t + 5); // vote -> coach
    go({ type: "next", by: "host" }, t + 6); // coach -> adjust
    go({ type: "adjust", by: "p1", weight: 1.25 }, t + 7);
    go({ type: "ready", by: "p1" }, t + 8);
    go({ type: "next", by: "host" }, t + 9); // adjust -> aim or summary
  }
  return { state: s, phases };
}

describe("a full game", () => {
  it("goes through lobby, then aim, pass, shot, vote, coach, adjust each round, then the summary", () => {
    const { state, phases } = scriptedGame(5);
    const round = ["aim", "pass", "shot", "vote", "coach", "adjust"];
    expect(phases).toEqual(["lobby", ...round, ...round, ...round, "summary"]);
    expect(PHASES).toEqual(["lobby", ...round, "summary"]);
    expect(state.round).toBe(3);
    const line = state.lines[0];
    expect(line.history).toHaveLength(3);
    expect(line.history.map((h) => h.round)).toEqual([1, 2, 3]);
    expect(line.history[0].distance).toBe(4);
    // Every shot's record matches a real shot of the weights it was taken with.
    for (const h of line.history) {
      const shot = shoot({ weights: h.weights, biases: h.biases, activation: state.settings.activation }, h.distance, state.settings.court);
      expect(h.miss).toBe(shot.miss);
      expect(h.power).toBe(shot.pass.power);
      expect(h.coach).not.toBeNull();
      expect(Object.keys(h.votes).sort()).toEqual(["bot:2", "p1", "p2"]);
    }
    // p1 turned their dial to 1.25 each round and kept it.
    expect(line.history[1].weights[0]).toBe(1.25);
    expect(line.neurons[0].weight).toBe(1.25);
    // p2 never touched the dial: it followed the rule exactly.
    const h = line.history[2];
    expect(line.neurons[1].weight).toBe(h.weights[1] + h.coach!.weightChanges[1]);
    expect(state.players.p1.votesCast).toBe(3);
  });

  it("scores votes against the coach: a point for the right neuron, one for the right direction", () => {
    const { state } = scriptedGame(6);
    for (const id of ["p1", "p2"]) {
      const p = state.players[id];
      let blame = 0;
      let dir = 0;
      for (const h of state.lines[0].history) {
        const v = h.votes[id] as { blame: number; direction: string; blameRight: boolean; directionRight: boolean };
        expect(v.blameRight).toBe(v.blame === h.coach!.mostToBlame);
        expect(v.directionRight).toBe(v.direction === h.coach!.directions[p.seat]);
        blame += v.blameRight ? 1 : 0;
        dir += v.directionRight ? 1 : 0;
      }
      expect(p.blameRight).toBe(blame);
      expect(p.directionRight).toBe(dir);
      expect(p.score).toBe(blame + dir);
    }
  });

  it("the same seed and actions give the same game; another seed gives another", () => {
    expect(scriptedGame(5)).toEqual(scriptedGame(5));
    expect(scriptedGame(5).state.lines[0].history).not.toEqual(scriptedGame(6).state.lines[0].history);
  });

  it("plays to the summary by itself on timer ticks, with bots in every seat", () => {
    const states = playByTicks(ok(createGame("host", { maxRounds: 4, seed: 3 }), { type: "start", by: "host" }, 0));
    const last = states[states.length - 1];
    expect(last.phase).toBe("summary");
    expect(last.round).toBe(4);
    expect(last.lines[0].history).toHaveLength(4);
    // Deadlines follow the settings: the vote lasts voteSeconds.
    const vote = states.find((s) => s.phase === "vote")!;
    const before = states[states.indexOf(vote) - 1];
    expect(vote.deadline! - before.deadline!).toBe(last.settings.voteSeconds * 1000);
    // A tick before the deadline does nothing.
    const early = reduce(vote, { type: "tick" }, vote.deadline! - 1);
    expect(early.ok && early.state.phase).toBe("vote");
  });

  it("moves the hoop after the fixed rounds, within the court", () => {
    const states = playByTicks(ok(createGame("host", { maxRounds: 12, seed: 8, hoop: { fixedRounds: 3, fixedDistance: 6 } }), { type: "start", by: "host" }, 0));
    const d = states[states.length - 1].lines[0].history.map((h) => h.distance);
    expect(d.slice(0, 3)).toEqual([6, 6, 6]);
    expect(new Set(d.slice(3)).size).toBeGreaterThan(3);
    for (const x of d) expect(x >= 2 && x <= 9).toBe(true);
  });

  it("the host's replay keeps the same hoop for the next shot", () => {
    let s = createGame("host", { maxRounds: 10, seed: 4, hoop: { fixedRounds: 0, fixedDistance: 5 } });
    s = ok(s, { type: "start", by: "host" }, 0);
    const first = s.distance;
    for (let i = 0; i < 5; i++) s = ok(s, { type: "next", by: "host" }, 1); // to adjust
    expect(s.phase).toBe("adjust");
    s = ok(s, { type: "next", by: "host", replay: true }, 2);
    expect(s.phase).toBe("aim");
    expect(s.distance).toBe(first);
  });

  it("teams play side by side, each line with its own rule", () => {
    let s = createGame("host", { teams: 2, lineLength: 4, rules: ["backprop", "trial-and-error"], maxRounds: 2, seed: 9 });
    s = ok(s, { type: "join", by: "a", name: "Ava" }, 0);
    s = ok(s, { type: "join", by: "b", name: "Ben" }, 0);
    // People fill the emptier line first.
    expect([s.players.a.line, s.players.b.line].sort()).toEqual([0, 1]);
    const last = playByTicks(ok(s, { type: "start", by: "host" }, 0)).pop()!;
    expect(last.lines.map((l) => l.rule)).toEqual(["backprop", "trial-and-error"]);
    expect(last.lines[0].history.every((h) => h.extraShots === 0)).toBe(true);
    expect(last.lines[1].history.every((h) => h.extraShots === 1)).toBe(true);
    // The backprop line's coach report is backprop's exact proposal for that shot.
    const h = last.lines[0].history[0];
    const line = { weights: h.weights, biases: h.biases, activation: last.settings.activation };
    const p = RULES.backprop.propose({ line, feedback: last.lines[0].feedback, shot: shoot(line, h.distance, last.settings.court), court: last.settings.court, rate: last.settings.strictness, rng: null! });
    expect(h.coach!.weightChanges).toEqual(p.weightChanges);
    expect(h.coach!.signals).toEqual(p.signals);
  });

  it("bots vote, and adjust by their rule with a little wobble", () => {
    const last = playByTicks(ok(createGame("host", { lineLength: 4, maxRounds: 3, seed: 12 }), { type: "start", by: "host" }, 0)).pop()!;
    const [h1, h2] = last.lines[0].history;
    expect(Object.keys(h1.votes).sort()).toEqual(["bot:0", "bot:1", "bot:2", "bot:3"]);
    for (let i = 0; i < 4; i++) {
      const proposed = h1.coach!.weightChanges[i];
      const done = h2.weights[i] - h1.weights[i];
      // Same direction as the rule, roughly the same size (a wobble of about 10%), not a copy.
      expect(Math.sign(done)).toBe(Math.sign(proposed));
      expect(done / proposed).toBeGreaterThan(0.6);
      expect(done / proposed).toBeLessThan(1.4);
      expect(h2.biases[i]).toBeCloseTo(h1.biases[i] + h1.coach!.biasChanges[i], 12);
    }
    expect(h2.weights.some((w, i) => w !== h1.weights[i] + h1.coach!.weightChanges[i])).toBe(true);
  });

  it("the view hides only the generator's state", () => {
    const s = createGame("host", { seed: 2 });
    const view = toView(s);
    expect("rngState" in view).toBe(false);
    expect({ ...view, rngState: s.rngState }).toEqual(s);
  });
});

describe("the clock's tick", () => {
  it("hands back the very same state while nothing is due, and moves on once the deadline passes", () => {
    const s = ok(createGame("host", { seed: 2 }), { type: "start", by: "host" }, 0);
    expect(s.phase).toBe("aim");
    const deadline = s.deadline!;
    expect(reduce(s, { type: "tick" }, deadline - 1).state).toBe(s);
    const moved = ok(s, { type: "tick" }, deadline);
    expect(moved).not.toBe(s);
    expect(moved.phase).toBe("pass");
  });
});

describe("shots taken, as the projector's summary counts them", () => {
  type EndIn = "aim" | "pass" | "shot" | "vote";
  /** Plays `rounds` whole rounds of a shape, then starts one more and ends the game in phase `endIn` (a vote cast first, where there is one). */
  function endedAt(shape: "lines" | "network", rounds: number, endIn: EndIn, settings: Partial<Settings> = {}): GameState {
    let s = createGame("host", { shape, layerWidth: 2, lineLength: 3, maxRounds: 8, seed: 3, autoAdvance: false, ...settings });
    const go = (a: Action) => (s = ok(s, a, 0));
    // Read through a call: the compiler narrows `s.phase` and cannot see `go` move it on.
    const over = (): boolean => s.phase === "summary";
    go({ type: "join", by: "p1", name: "Ann" });
    go({ type: "start", by: "host" });
    for (let r = 0; r < rounds && !over(); r++) while (!over() && (s.phase !== "aim" || s.round === r + 1)) go({ type: "next", by: "host" });
    if (endIn !== "aim") while (s.phase !== endIn && !over()) go({ type: "next", by: "host" });
    if (endIn === "vote") go(shape === "network" ? { type: "vote", by: "p1", handshake: 0, direction: "firmer" } : { type: "vote", by: "p1", blame: 0, direction: "firmer" });
    if (!over()) go({ type: "end", by: "host" });
    expect(s.phase).toBe("summary");
    return s;
  }
  /** The first seed from 1 whose game, played to its end, satisfies `want`. */
  function seedWhere(shape: "lines" | "network", settings: Partial<Settings>, want: (full: GameState) => boolean): number {
    for (let seed = 1; seed < 300; seed++) if (want(endedAt(shape, 20, "aim", { ...settings, maxRounds: 20, seed }))) return seed;
    throw new Error("no such seed");
  }
  const historyOf = (s: GameState) => (s.network ? s.network.history : at(s.lines, 0).history);
  for (const shape of ["lines", "network"] as const) {
    it(`${shape}: an End at a round's aim or pass does not count that round; the count is the history's, which the board and the report read`, () => {
      expect(shotsTaken(endedAt(shape, 0, "aim"))).toBe(0);
      const twoThenAim = endedAt(shape, 2, "aim");
      expect(twoThenAim.round).toBe(3);
      expect(shotsTaken(twoThenAim)).toBe(2);
      // In the pass the ball is still on its way: nobody has seen it land.
      expect(historyOf(endedAt(shape, 2, "pass")).length).toBe(2);
    });

    it(`${shape}: a ball the class saw land counts when the game ends before the rule's step, and a vote cast on it is scored`, () => {
      const landed = endedAt(shape, 2, "shot");
      expect(landed.round).toBe(3);
      expect(historyOf(landed).length).toBe(3);
      expect(shotsTaken(toView(landed))).toBe(3);
      expect(historyOf(landed).at(-1)!.round).toBe(3);
      // A seed whose third shot misses, so there is a vote to end in.
      const seed = seedWhere(shape, {}, (full) => historyOf(full)[2]?.hit === false);
      const voted = endedAt(shape, 2, "vote", { seed });
      expect(historyOf(voted).length).toBe(3);
      const votes = historyOf(voted).at(-1)! as { votes: Record<string, unknown> };
      expect(Object.keys(votes.votes)).toContain("p1");
      expect(voted.players.p1.votesCast).toBe(1);
    });

    it(`${shape}: a third hit in a row cut off by End still counts as learned`, () => {
      // A seed whose game learns (three in a row), replayed and ended as the third hit lands.
      const seed = seedWhere(shape, {}, (full) => (full.network ?? at(full.lines, 0)).learnedAt !== null);
      const full = endedAt(shape, 20, "aim", { maxRounds: 20, seed });
      const learnedAt = (full.network ?? at(full.lines, 0)).learnedAt!;
      const cut = endedAt(shape, learnedAt - 1, "shot", { maxRounds: 20, seed });
      expect(cut.round).toBe(learnedAt);
      const net = cut.network ?? at(cut.lines, 0);
      expect(net.streak).toBe(3);
      expect(net.learnedAt).toBe(learnedAt);
    });

    it(`${shape}: under trial and error, the second throw the game ended before is not counted`, () => {
      const s = endedAt(shape, 1, "shot", { rules: ["trial-and-error"] });
      expect(historyOf(s).length).toBe(2);
      expect(historyOf(s).at(0)!.extraShots).toBe(1);
      expect(historyOf(s).at(-1)!.extraShots).toBe(0);
    });
  }
});
