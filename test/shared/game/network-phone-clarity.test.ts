// Issue 15: four unclear things on a network phone and the projector: the handshake the rule changed most
// (marked, and told apart when the numbers look alike), the hoop's distance said as metres and what comes
// in, a short "Distance" row and column heads that wrap only between words, and the hoop's moves at aim.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatChange } from "../../../client/ui/dial";
import { type Action, createGame, describeNeighbours, describeNetworkPhase, type GameState, mostChanged, neighbourhood, networkCaption, sayNet, shownSuggestions, toView } from "../../../shared";
import { createTranslator, en, type Messages } from "../../../shared/i18n";
import { messages as ar } from "../../../shared/i18n/messages/ar";
import { messages as de } from "../../../shared/i18n/messages/de";
import { messages as es } from "../../../shared/i18n/messages/es";
import { messages as fr } from "../../../shared/i18n/messages/fr";
import { messages as zh } from "../../../shared/i18n/messages/zh-Hans";
import { scaleDistance } from "../../../shared/line";
import { ok } from "../helpers";

const ALL: Record<string, Messages> = { en, es, fr, de, "zh-Hans": zh, ar };

/** A class of one network (2 layers of 3 and a shooter, 4 people), the hoop fixed for 2 shots. */
function started(): GameState {
  let s = createGame("host", { autoAdvance: false, shape: "network", layerWidth: 3, lineLength: 3, rules: ["backprop"], seed: 3, maxRounds: 8, hoop: { fixedRounds: 2, fixedDistance: 5 } });
  for (let i = 0; i < 4; i++) s = ok(s, { type: "join", by: `p${i}`, name: `Kid${i}` }, i + 1);
  return ok(s, { type: "start", by: "host" }, 10);
}

/** Steps the game with "next" (everyone votes when asked) until `stop` holds. */
function playFrom(start: GameState, stop: (s: GameState) => boolean): GameState {
  let s = start;
  let now = 1_000_000;
  const go = (a: Action) => (s = ok(s, a, (now += 1000)));
  for (let k = 0; k < 300 && !stop(s); k++) {
    if (s.phase === "vote") for (const id of Object.keys(s.players)) if (!s.network?.current?.votes[id]) go({ type: "vote", by: id, handshake: 0, direction: "firmer" });
    if (!stop(s) && s.phase !== "summary") go({ type: "next", by: "host" });
  }
  expect(stop(s)).toBe(true);
  return s;
}

describe("the phone's suggestion table marks the handshake the rule changed most", () => {
  it("marks the same handshake the vote is scored on, for every seat of a real step", () => {
    const s = playFrom(started(), (x) => x.phase === "coach" && !!x.network?.current?.coach);
    const net = s.network!;
    for (const seat of net.neurons.keys()) {
      const shown = shownSuggestions(net.current, seat)!;
      // An only handshake (the first layer's) is not marked: there is no other to tell it from.
      if (shown.length === 1) {
        expect(shown[0].most).toBe(false);
        continue;
      }
      expect(shown.filter((x) => x.most)).toHaveLength(1);
      expect(shown.findIndex((x) => x.most)).toBe(mostChanged(net.current!.coach!, seat));
    }
  });

  it("shows one more digit for the top two when they look the same at 3 decimals, and only for them", () => {
    const s = playFrom(started(), (x) => x.phase === "coach" && !!x.network?.current?.coach);
    const net = s.network!;
    const seat = net.neurons.findIndex((n) => n.layer === 1);
    const coach = net.current!.coach!;
    const weightChanges = coach.weightChanges.map((row, i) => (i === seat ? [0.0081, 0.0084, -0.0079] : row));
    const shot = { ...net.current!, coach: { ...coach, weightChanges } };
    const shown = shownSuggestions(shot, seat)!;
    expect(shown.map((x) => x.most)).toEqual([false, true, false]);
    expect(shown.map((x) => x.digits)).toEqual([4, 4, 3]);
    // As the table writes them: the two biggest now read differently ("+0.0081" and "+0.0084").
    const text = shown.map((x) => formatChange(x.change, x.digits));
    expect(text[0]).not.toBe(text[1]);
    // Plainly different changes keep 3 decimals.
    const apart = shownSuggestions({ ...shot, coach: { ...coach, weightChanges: coach.weightChanges.map((row, i) => (i === seat ? [0.02, 0.008, 0.001] : row)) } }, seat)!;
    expect(apart.map((x) => x.digits)).toEqual([3, 3, 3]);
    expect(apart.map((x) => x.most)).toEqual([true, false, false]);
  });

  it("tells a screen reader which suggestion is the biggest, once", () => {
    const s = playFrom(started(), (x) => x.phase === "coach" && !!x.network?.current?.coach);
    const seat = s.network!.neurons.findIndex((n) => n.layer === 1);
    const said = describeNetworkPhase(toView(s), seat).map(sayNet);
    const top = mostChanged(s.network!.current!.coach!, seat);
    said.forEach((text, i) => expect(text.endsWith("This is the biggest change of all your handshakes."), text).toBe(i === top));
  });

  it("has the screen reader's words for the star in every language", () => {
    for (const [lang, m] of Object.entries(ALL)) expect(m["netplay.coach.most"], lang).toBeTruthy();
  });
});

describe("layer 0's sentence about the hoop's distance", () => {
  it("says the metres and what comes in (scaled: the nearest hoop 0, the farthest 1), not 'the hoop's distance gave you'", () => {
    const s = playFrom(started(), (x) => x.phase === "pass" && !!x.network?.current);
    const view = toView(s);
    const seat = s.network!.neurons.findIndex((n) => n.layer === 0);
    const hood = neighbourhood(s.network!, seat, view.settings.court);
    const said = describeNeighbours(hood).slice(1);
    const scaled = scaleDistance(s.network!.current!.distance, view.settings.court);
    expect(s.network!.current!.distance).toBe(5);
    expect(scaled).toBeCloseTo(3 / 7, 9);
    const w = hood.incoming[0].weight.toFixed(3);
    expect(sayNet(said[0])).toBe(`The hoop's distance (5 m) comes in as 0.429 (2 m would be 0, 9 m would be 1); your handshake with it is ${w}.`);
    const frT = createTranslator("fr", fr).t;
    expect(frT(said[0].id, said[0].values)).toContain("La distance du panier (5 m) t’arrive comme 0,429");
    // Neighbours in later layers still say who gave what.
    const later = s.network!.neurons.findIndex((n) => n.layer === 1);
    expect(describeNeighbours(neighbourhood(s.network!, later, view.settings.court))[1].id).toBe("netplay.describe.in");
  });
});

describe("the phone's table at 360 px", () => {
  it("names the distance's row with one short word in every language", () => {
    for (const [lang, m] of Object.entries(ALL)) {
      const short = m["netplay.in.distanceShort"] ?? "";
      expect(short.length, lang).toBeGreaterThan(0);
      expect(short.length, lang).toBeLessThanOrEqual(10);
      expect(short.length, lang).toBeLessThan((m["netplay.in.distance"] ?? "").length);
    }
  });

  it("lets column heads wrap only between words (the controller's overflow-wrap: anywhere split 'Your handsh / ake')", () => {
    const css = readFileSync(new URL("../../../client/ui/network-controller.css", import.meta.url), "utf8");
    const rule = css.split("\n").find((l) => l.startsWith(".net-table th[scope=\"col\"]") && l.includes("overflow-wrap"));
    expect(rule).toContain("overflow-wrap: normal");
    expect(rule).toContain("hyphens: auto");
    const src = readFileSync(new URL("../../../client/ui/network-controller.ts", import.meta.url), "utf8");
    expect(src).toContain('t("netplay.in.distanceShort")');
  });
});

describe("the projector's aim caption for a network", () => {
  it("says when the hoop starts moving and when it moved, as the lines' caption does", () => {
    const ids = (s: GameState) => networkCaption(toView(s)).map((c) => c.id);
    const second = playFrom(started(), (x) => x.phase === "aim" && x.round === 2);
    expect(ids(second)).toEqual(["caption.aim"]);
    const third = playFrom(second, (x) => x.phase === "aim" && x.round === 3);
    expect(ids(third)).toEqual(["caption.aim-hoop-moves"]);
    expect(sayNet(networkCaption(toView(third))[0])).toMatch(/^Shot 3: from now on the hoop moves!/);
    let s = third;
    let moved = false;
    for (let r = 4; r <= 8 && !moved; r++) {
      s = playFrom(s, (x) => x.phase === "aim" && x.round === r);
      const last = s.network!.history.at(-1)!;
      if (last.distance !== s.distance) {
        moved = true;
        expect(ids(s)).toEqual(["caption.aim-hoop-moved"]);
        expect(sayNet(networkCaption(toView(s))[0])).toBe(`Shot ${r}: the hoop moved to ${Math.round(s.distance * 10) / 10} m.`);
      } else expect(ids(s)).toEqual(["caption.aim"]);
    }
    expect(moved).toBe(true);
  });
});
