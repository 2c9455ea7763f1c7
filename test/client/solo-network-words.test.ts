// Issue 15, a review of the solo network chapters (8-10) read against the engine: the wires' gauge once the
// first ball has landed (the shot is filed only at the rule's step), the wait before Play where there is no
// class, the layers counted as the class's form and the intros count them (those before the shooter), and
// no change shown as "by 0.000" on the first shot of the wires, in every language.
import { describe, expect, it } from "vitest";
import { chapterById } from "../../client/chapters/chapters";
import { wireWords } from "../../client/ui/wire-panel";
import { type Action, createGame, type GameState, reduce, toView } from "../../shared";
import { describeNetworkPhase, describeNeighbours, neighbourhood, netWaitSaid, sayNet } from "../../shared/game/describe-network";
import { createTranslator, en, type Messages, t } from "../../shared/i18n";
import { messages as ar } from "../../shared/i18n/messages/ar";
import { messages as de } from "../../shared/i18n/messages/de";
import { messages as es } from "../../shared/i18n/messages/es";
import { messages as fr } from "../../shared/i18n/messages/fr";
import { messages as zh } from "../../shared/i18n/messages/zh-Hans";

const ALL: Record<string, Messages> = { en, es, fr, de, "zh-Hans": zh, ar };

/** Applies an action that must succeed. */
function ok(s: GameState, a: Action, now: number): GameState {
  const r = reduce(s, a, now);
  if (!r.ok) throw new Error(`${a.type}: ${r.error.message}`);
  return r.state;
}

/** A solo chapter's game as its screen holds it: the learner ("host") joined in the chapter's seat, bots in every other. */
function solo(id: string): { s: GameState; seat: number } {
  const chapter = chapterById(id)!;
  const s = ok(createGame("host", { ...chapter.settings, autoAdvance: false }), { type: "join", by: "host", name: "You", line: 0, seat: chapter.seat }, 0);
  return { s, seat: chapter.seat };
}

/** Moves phases on as the host until `stop` holds. */
function until(start: GameState, stop: (s: GameState) => boolean): GameState {
  let s = start;
  let now = 2000;
  for (let k = 0; k < 100 && !stop(s); k++) s = ok(s, { type: "next", by: "host" }, (now += 1000));
  expect(stop(s)).toBe(true);
  return s;
}

describe("the wires' gauge on the first shot", () => {
  it("says the ball is on its way, then that it landed and the wires speak after the vote; never 'no shot yet' once it is thrown", () => {
    const { s: lobby, seat } = solo("wires");
    const aim = ok(lobby, { type: "start", by: "host" }, 1000);
    expect(wireWords(toView(aim), seat)).toEqual([t("chapters.wires.waiting")]);
    const shot = until(aim, (x) => x.phase === "shot");
    expect(shot.network?.history.length).toBe(0);
    expect(wireWords(toView(shot), seat)).toEqual([t("chapters.wires.flying")]);
    const vote = until(shot, (x) => x.phase === "vote");
    // The review's shot: 2.6 m short, and nothing filed yet (the rule has not taken its step).
    expect(vote.network?.current?.miss).toBeCloseTo(-2.6, 1);
    expect(vote.network?.history.length).toBe(0);
    expect(wireWords(toView(vote), seat)).toEqual([t("chapters.wires.landed")]);
    // At the rule's step the shot is filed and the gauge has its reading.
    const coach = until(vote, (x) => x.phase === "coach");
    expect(wireWords(toView(coach), seat)[0]).not.toBe(t("chapters.wires.landed"));
    for (const [lang, m] of Object.entries(ALL)) {
      const say = createTranslator(lang as "en", m).t;
      expect(say("chapters.wires.landed"), lang).not.toBe(say("chapters.wires.waiting"));
      expect(say("chapters.wires.flying"), lang).not.toBe(say("chapters.wires.landed"));
    }
  });
});

describe("the wait before Play in a solo network chapter", () => {
  it("says the others are bots, not the class's network; a class of people still hears of its class", () => {
    for (const id of ["network", "wires", "dendrites"]) {
      const { s } = solo(id);
      expect(netWaitSaid(toView(s)), id).toEqual({ id: "netplay.wait.alone", values: {} });
    }
    let s = createGame("host", { autoAdvance: false, shape: "network", layerWidth: 3, lineLength: 3, seed: 3 });
    for (let i = 0; i < 4; i++) s = ok(s, { type: "join", by: `p${i}`, name: `Kid${i}` }, i + 1);
    expect(netWaitSaid(toView(s))).toEqual({ id: "netplay.wait.network", values: {} });
    for (const [lang, m] of Object.entries(ALL)) {
      const say = createTranslator(lang as "en", m).t;
      expect(say("netplay.wait.alone"), lang).not.toBe(say("netplay.wait.network"));
    }
    expect(t("netplay.wait.alone")).toBe("You are one neuron of this network. Every other neuron is a bot.");
  });
});

describe("layers counted as the class's form and the intros count them", () => {
  it("chapter 8 (three layers of three, then the shooter): the middle neuron is in layer 2 of 3 before the shooter; the shooter is the shooter", () => {
    const { s, seat } = solo("network");
    const v = toView(ok(s, { type: "start", by: "host" }, 1000));
    const net = v.network!;
    expect(net.widths).toEqual([3, 3, 3, 1]);
    const [said] = describeNeighbours(neighbourhood(net, seat, v.settings.court));
    expect(said?.values.layers).toBe(3);
    expect(sayNet(said)).toMatch(/^You are neuron 2 of 3 in layer 2 of 3 before the shooter\. /);
    const [shooter] = describeNeighbours(neighbourhood(net, net.neurons.length - 1, v.settings.court));
    expect(sayNet(shooter)).toMatch(/^You are the shooter, the last neuron of the network\. 3 neighbours hand you the ball; you shoot at the hoop\.$/);
    expect(t("netplay.head.seat", { layer: 2, layers: 3, index: 2, width: 3 })).toBe("Layer 2 of 3 · neuron 2 of 3");
    for (const [lang, m] of Object.entries(ALL)) {
      const say = createTranslator(lang as "en", m).t;
      // A network 3 wide and 3 deep before the shooter: no "of 4" in any language.
      for (const text of [say(said.id, said.values), say("netplay.head.seat", { layer: 2, layers: 3, index: 2, width: 3 })]) expect(text, lang).not.toMatch(/4|٤/);
      expect(say(shooter.id, shooter.values), lang).not.toMatch(/\{|\}/);
    }
  });
});

describe("the first miss of the wires, said in numbers", () => {
  it("never says a handshake turns 'by 0.000' (a small change shows its digits, or 'less than 0.001'), in every language", () => {
    const { s, seat } = solo("wires");
    const coach = toView(until(ok(s, { type: "start", by: "host" }, 1000), (x) => x.phase === "coach"));
    const said = describeNetworkPhase(coach, seat);
    expect(said.length).toBeGreaterThan(0);
    // The review's shot: the biggest change is below 0.001 and still has a way.
    const changes = coach.network!.current!.coach!.weightChanges[seat];
    expect(Math.max(...changes.map(Math.abs))).toBeLessThan(0.001);
    for (const [lang, m] of Object.entries(ALL)) {
      const say = createTranslator(lang as "en", m).t;
      for (const x of said) expect(say(x.id, x.values), lang).not.toMatch(/0[.,٫]000(?![0-9])|٠[.,٫]٠٠٠(?![٠-٩])/);
    }
  });
});
