// A class played as one network, as the host and the students read it: the settings form's seat count,
// the projector's lobby line, what one neuron may see (only its neighbours, with the engine's numbers),
// the screen reader's sentences and the projector's caption in each rule's own words.
import { describe, expect, it } from "vitest";
import {
  type Action,
  createGame,
  describeNetworkPhase,
  type GameState,
  networkCaption,
  networkLobbyLine,
  networkShape,
  networkShapeLine,
  networkSize,
  neighbourhood,
  RULE_IDS,
  type RuleId,
  sayNet,
  scaleDistance,
  shownSuggestions,
  toView,
} from "../../../shared";
import { ok } from "../helpers";

/** A class of one network 3 wide and 2 layers deep before the shooter (7 seats), with `people` joined, played to the vote (or past it after a hit). */
function toVote(rule: RuleId, people = 4, seed = 3): GameState {
  let s = createGame("host", { autoAdvance: false, shape: "network", layerWidth: 3, lineLength: 3, rules: [rule], seed });
  let now = 0;
  const go = (a: Action) => (s = ok(s, a, (now += 1000)));
  for (let i = 0; i < people; i++) go({ type: "join", by: `p${i}`, name: `Kid${i}` });
  go({ type: "start", by: "host" });
  for (let i = 0; i < 3; i++) go({ type: "next", by: "host" });
  return s;
}

/** The state after the rule has spoken (everyone's vote in where there is one). */
function toCoach(rule: RuleId): GameState {
  let s = toVote(rule);
  if (s.phase === "vote") {
    for (const id of Object.keys(s.players)) s = ok(s, { type: "vote", by: id, handshake: 0, direction: "firmer" }, 1e6);
    if (s.phase === "vote") s = ok(s, { type: "next", by: "host" }, 1e6);
  }
  expect(s.phase).toBe("coach");
  return s;
}

describe("the host's count of a network's seats", () => {
  it("says layers of a width and a shooter, and counts as the engine does", () => {
    expect(networkShapeLine({ lineLength: 5, layerWidth: 6 })).toBe("4 layers of 6 and a shooter: 25 seats");
    expect(networkShapeLine({ lineLength: 2, layerWidth: 1 })).toBe("1 layer of 1 and a shooter: 2 seats");
    for (const lineLength of [2, 3, 5, 7, 12]) for (const layerWidth of [1, 2, 4, 6]) expect(networkShape({ lineLength, layerWidth }).seats).toBe(networkSize({ lineLength, layerWidth }));
  });

  it("counts who joined, the network's neurons and the free ones, then says when it is full", () => {
    const s = toView(toVote("backprop", 4));
    expect(networkLobbyLine({ players: s.players, network: s.network! })).toBe("4 joined · one network of 7 neurons · 3 free seats");
    const full = toView(toVote("backprop", 7));
    expect(networkLobbyLine({ players: full.players, network: full.network! })).toMatch(/^7 joined · one network of 7 neurons · full: every neuron has a person/);
  });
});

describe("what one neuron may see", () => {
  it("shows only the layer before (with what each handed over and my handshake) and the layer after", () => {
    const s = toVote("backprop");
    const n = s.network!;
    const shot = n.current!;
    // Seats 0-2 are layer 0, 3-5 layer 1, 6 the shooter.
    const mid = neighbourhood(n, 4, s.settings.court);
    expect([mid.layer, mid.index, mid.layers, mid.width]).toEqual([1, 1, 3, 3]);
    expect(mid.incoming.map((x) => x.seat)).toEqual([0, 1, 2]);
    expect(mid.incoming.map((x) => x.value)).toEqual([0, 1, 2].map((i) => shot.outputs[i]));
    expect(mid.incoming.map((x) => x.weight)).toEqual(n.neurons[4].weights);
    expect(mid.incoming.map((x) => x.name)).toEqual(["Kid0", "Kid1", "Kid2"]);
    expect(mid.outgoing).toEqual([{ seat: 6, name: n.neurons[6].name }]);
    expect(mid.output).toBe(shot.outputs[4]);
    // My own layer is never among my neighbours.
    expect([...mid.incoming.map((x) => x.seat), ...mid.outgoing.map((x) => x.seat)]).not.toContain(3);
    const first = neighbourhood(n, 0, s.settings.court);
    expect(first.incoming).toEqual([{ seat: null, name: null, value: scaleDistance(shot.distance, s.settings.court), weight: n.neurons[0].weights[0] }]);
    expect(first.outgoing.map((x) => x.seat)).toEqual([3, 4, 5]);
    expect(neighbourhood(n, 6, s.settings.court).outgoing).toEqual([]);
  });

  it("has no values before the ball went through", () => {
    const s = createGame("host", { shape: "network", layerWidth: 2, lineLength: 3 });
    const hood = neighbourhood(s.network!, 2, s.settings.court);
    expect(hood.incoming.map((x) => x.value)).toEqual([null, null]);
    expect(hood.output).toBeNull();
  });
});

describe("the screen reader's sentences and the projector's caption, in each rule's words", () => {
  it.each(RULE_IDS)("%s: the suggestion per handshake names what the rule is, never a coach it does not have", (rule) => {
    const s = toCoach(rule);
    const view = toView(s);
    const all = describeNetworkPhase(view, 4).map(sayNet);
    // Trial and error first says where its second shot landed (its rows follow from it).
    const said = rule === "trial-and-error" ? all.slice(1) : all;
    if (rule === "trial-and-error") expect(all[0]).toMatch(/^Everyone wiggled and the network shot a second time\. That shot lands .*: (closer|farther)/);
    expect(said).toHaveLength(3);
    const shown = shownSuggestions(s.network!.current, 4)!;
    said.forEach((text, i) => {
      expect(text).toContain(`Kid${i}`);
      const c = shown[i];
      // A change too small to show is said as none, never "by 0.000".
      if (c.size !== "some") expect(text).toMatch(/leaves your handshake with Kid\d (almost )?as it is/);
      else {
        expect(text).toContain(String(Number(Math.abs(c.change).toFixed(c.digits))));
        expect(text).toMatch(c.change >= 0 ? / firmer by / : / looser by /);
      }
      expect(text).not.toMatch(/by 0\.0+\b(?![1-9])/);
    });
    const caption = networkCaption(view).map(sayNet).join(" ");
    if (rule === "backprop") {
      expect(said[0]).toMatch(/^The coach turns/);
      expect(caption).toMatch(/coach walks back layer by layer/);
    } else {
      expect(`${said.join(" ")} ${caption}`).not.toMatch(/coach/i);
    }
    if (rule === "fire-together") expect(caption).not.toMatch(/blame/);
    if (rule === "feedback-alignment") expect(caption).toMatch(/own wires/);
  });

  it("asks for a vote only where the rule hands out blame", () => {
    let asked = 0;
    for (const rule of RULE_IDS) {
      const s = toVote(rule);
      if (s.phase !== "vote") continue;
      const caption = networkCaption(toView(s)).map(sayNet).join(" ");
      const shot = s.network!.current!;
      if (rule === "trial-and-error" || rule === "fire-together" || shot.hit) expect(caption).not.toMatch(/which of your own handshakes/);
      else expect(caption).toMatch(/which of your own handshakes carries the blame\? 4 still voting\./);
      if (!shot.hit && (rule === "backprop" || rule === "feedback-alignment" || rule === "activity-difference")) {
        expect(describeNetworkPhase(toView(s), 4).map(sayNet)).toEqual(["Vote: which of your 3 handshakes carries the blame, and which way should it turn?"]);
        asked++;
      }
    }
    expect(asked).toBeGreaterThan(0);
  });

  it("tells where I sit and who my neighbours are in the lobby", () => {
    const s = toView(createGame("host", { shape: "network", layerWidth: 3, lineLength: 3 }));
    expect(describeNetworkPhase(s, 4).map(sayNet)).toEqual(["You are neuron 2 of 3 in layer 2 of 2 before the shooter. 3 neighbours hand you the ball; you pass the ball on to one neighbour."]);
    expect(describeNetworkPhase(s, 6).map(sayNet)[0]).toMatch(/you shoot at the hoop\.$/);
  });
});
