// Issue 15 (B1): what a network phone says the rule does must be what it does. Under trial and error the
// change is not the wiggle but -rate * k * wiggle (k from how much the second shot improved): the phone
// says where the second shot landed and whether each handshake keeps its wiggle's way or turns the other
// way, by the change really applied. A change that is nothing (or too small to show) is said as none,
// never "firmer by 0.000".
import { describe, expect, it } from "vitest";
import {
  type Action,
  createGame,
  DEFAULT_COURT,
  describeNetworkPhase,
  describeRetry,
  directionOf,
  type GameState,
  neighbourhood,
  netCoachReport,
  netRetry,
  networkTrialAndError,
  Rng,
  sayNet,
  shootNetwork,
  shownSuggestions,
  toView,
} from "../../../shared";
import { describeSuggestions } from "../../../shared/game/describe-network";
import { WIGGLE } from "../../../shared/rules/trial-and-error";
import { randomNet } from "../network/fixtures";
import { ok } from "../helpers";

describe("trial and error's second shot and verdict, against the rule's own arithmetic", () => {
  it("keeps each wiggle's way when the second shot lands closer and turns it around when farther", () => {
    const seen = { kept: 0, reversed: 0 };
    for (let seed = 1; seed <= 40; seed++) {
      const net = randomNet(new Rng(seed), [3, 2, 1], "tanh");
      const shot = shootNetwork(net, 4 + (seed % 5), DEFAULT_COURT);
      const proposal = networkTrialAndError({ net, feedback: [], shot, court: DEFAULT_COURT, rate: 0.02, rng: new Rng(1000 + seed) });
      // The same wiggles the rule drew: its generator's first draws, handshakes layer by layer.
      const again = new Rng(1000 + seed);
      const wiggles = net.weights.map((m) => m.map((row) => row.map(() => WIGGLE * again.gaussian())));
      const wiggleB = net.biases.map((v) => v.map(() => WIGGLE * again.gaussian()));
      const wiggled = { ...net, weights: net.weights.map((m, l) => m.map((row, j) => row.map((w, i) => w + wiggles[l][j][i]))), biases: net.biases.map((v, l) => v.map((b, j) => b + wiggleB[l][j])) };
      const second = shootNetwork(wiggled, shot.distance, DEFAULT_COURT);
      expect(proposal.retry).toEqual({ landing: second.landing, miss: second.miss });
      const retry = netRetry({ miss: shot.miss, coach: netCoachReport(proposal) })!;
      expect(retry.miss).toBe(second.miss);
      expect(retry.verdict).toBe(Math.abs(second.miss) < Math.abs(shot.miss) ? "kept" : "reversed");
      seen[retry.verdict as "kept" | "reversed"]++;
      proposal.weightChanges.forEach((m, l) =>
        m.forEach((row, j) =>
          row.forEach((change, i) => {
            // Kept: the change goes the wiggle's way; reversed: the other way.
            const same = directionOf(change) === directionOf(wiggles[l][j][i]);
            expect(same, `seed ${seed} [${l}][${j}][${i}]`).toBe(retry.verdict === "kept");
          }),
        ),
      );
    }
    expect(seen.kept).toBeGreaterThan(0);
    expect(seen.reversed).toBeGreaterThan(0);
  });
});

/** A class of one network (2 layers of 3 and a shooter, 4 people) under `rule`, played until `stop`. */
function play(rule: "trial-and-error" | "backprop", stop: (s: GameState) => boolean, seed = 3): GameState {
  let s = createGame("host", { autoAdvance: false, shape: "network", layerWidth: 3, lineLength: 3, rules: [rule], seed, maxRounds: 40, hoop: { fixedRounds: 40, fixedDistance: 5 } });
  let now = 0;
  const go = (a: Action) => (s = ok(s, a, (now += 1000)));
  for (let i = 0; i < 4; i++) go({ type: "join", by: `p${i}`, name: `Kid${i}` });
  go({ type: "start", by: "host" });
  for (let k = 0; k < 2000 && !stop(s); k++) {
    if (s.phase === "vote") for (const id of Object.keys(s.players)) if (!s.network?.current?.votes[id]) go({ type: "vote", by: id, handshake: 0, direction: "firmer" });
    if (!stop(s) && s.phase !== "summary") go({ type: "next", by: "host" });
  }
  expect(stop(s)).toBe(true);
  return s;
}

describe("a network phone under trial and error", () => {
  it("says where the second shot landed, then each handshake's applied change and whether it keeps the wiggle's way", () => {
    const s = play("trial-and-error", (x) => x.phase === "adjust" && x.round >= 1);
    const view = toView(s);
    const shot = view.network!.current!;
    const retry = netRetry(shot)!;
    expect(retry).not.toBeNull();
    const said = describeNetworkPhase(view, 3).map(sayNet);
    const metres = Math.abs(shot.coach!.retry!.miss);
    expect(said[0]).toMatch(new RegExp(`^Everyone wiggled and the network shot a second time\\. That shot lands [\\d.]+ (metres?|centimetres?) (short|long|from the middle): ${retry.verdict === "kept" ? "closer, so everyone keeps their wiggle" : "farther, so everyone goes the other way from their wiggle"}\\.$`));
    expect(said[0]).toContain(metres >= 1 ? `${Number(metres.toFixed(1))} metre` : "centimetre");
    const shown = shownSuggestions(shot, 3)!;
    expect(said).toHaveLength(1 + shown.length);
    shown.forEach((c, i) => {
      const text = said[i + 1];
      // Never the old claim that the wiggle itself turns the handshake.
      expect(text).not.toMatch(/Your wiggle turns/);
      expect(text).toContain(`turns ${c.direction} by ${Number(Math.abs(c.change).toFixed(c.digits))}`);
      // The applied change, the one the dial follows: the report's, not a wiggle of 0.01.
      expect(c.change).toBe(shot.coach!.weightChanges[3][i]);
      expect(text).toMatch(retry.verdict === "kept" ? /: the way you wiggled it\./ : /: the other way from your wiggle\./);
    });
    // The same second shot on the visible line (network-controller shows describeRetry's sentence).
    expect(describeRetry(shot, view.settings.court).map(sayNet)).toEqual([said[0]]);
  });

  it("says the other way from the wiggle when the second shot was farther", () => {
    // Over a long game both verdicts come up; each is said as the rule did it.
    const verdicts = new Set<string>();
    let s = play("trial-and-error", (x) => x.phase === "adjust");
    for (let k = 0; k < 30 && verdicts.size < 2; k++) {
      const view = toView(s);
      const retry = netRetry(view.network!.current)!;
      verdicts.add(retry.verdict);
      const said = describeNetworkPhase(view, 4).map(sayNet).join(" ");
      if (retry.verdict === "reversed") expect(said).toMatch(/farther, so everyone goes the other way from their wiggle\..*the other way from your wiggle\./);
      if (retry.verdict === "kept") expect(said).toMatch(/closer, so everyone keeps their wiggle\..*the way you wiggled it\./);
      const round = s.round;
      s = play("trial-and-error", (x) => x.phase === "adjust" && x.round > round);
    }
    expect([...verdicts].sort()).toEqual(["kept", "reversed"]);
  });
});

describe("a change that is nothing, or too small to show", () => {
  it("is said as the handshake staying (almost) as it is, never a way by 0.000", () => {
    const s = play("backprop", (x) => x.phase === "adjust");
    const network = toView(s).network!;
    const shot = network.current!;
    const seat = 3;
    const rows = shot.coach!.weightChanges.map((row, i) => (i === seat ? [0, 0.0002, -0.3] : row));
    const edited = { ...network, current: { ...shot, coach: { ...shot.coach!, weightChanges: rows } } };
    const hood = neighbourhood(edited, seat, toView(s).settings.court);
    const said = describeSuggestions(edited, hood).map(sayNet);
    expect(said[0]).toBe("The coach leaves your handshake with Kid0 as it is: no change.");
    expect(said[1]).toBe("The coach leaves your handshake with Kid1 almost as it is: it changes by less than 0.001.");
    expect(said[2]).toBe("The coach turns your handshake with Kid2 looser by 0.300. This is the biggest change of all your handshakes.");
    expect(shownSuggestions(edited.current, seat)!.map((c) => [c.size, c.most])).toEqual([["zero", false], ["tiny", false], ["some", true]]);
  });

  it("after a real hit, no handshake is said to turn by 0.000", () => {
    // The first hit of each game: the coach's step after it is small, and some of it too small to show.
    let tiny = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const s = play("backprop", (x) => x.phase === "adjust" && !!x.network?.current?.hit, seed);
      const view = toView(s);
      for (let seat = 0; seat < 4; seat++) {
        tiny += shownSuggestions(view.network!.current, seat)!.filter((c) => c.size !== "some").length;
        const said = describeNetworkPhase(view, seat).map(sayNet);
        expect(said.length).toBeGreaterThan(0);
        for (const text of said) expect(text, text).not.toMatch(/(firmer|looser) by 0\.0+(?![\d])/);
      }
    }
    expect(tiny).toBeGreaterThan(0);
  });
});
