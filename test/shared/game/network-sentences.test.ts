// Issue 15: five sentences a one-network class (projector + phones) said wrong or never said: the
// "learned it" caption at the shot, the phone at aim and at the pass, the legend of the walk's thick
// lines under each rule, and the adjust caption's grammar with every rule title, in every language.
import { describe, expect, it } from "vitest";
import { type Action, createGame, type GameState, networkCaption, netWaitSaid, RULE_IDS, type RuleId, sayNet, toView } from "../../../shared";
import { noteLegend } from "../../../shared/game/network-legend-words";
import { createTranslator, en, type Messages, t } from "../../../shared/i18n";
import { messages as ar } from "../../../shared/i18n/messages/ar";
import { messages as de } from "../../../shared/i18n/messages/de";
import { messages as es } from "../../../shared/i18n/messages/es";
import { messages as fr } from "../../../shared/i18n/messages/fr";
import { messages as zh } from "../../../shared/i18n/messages/zh-Hans";
import { ok } from "../helpers";

const ALL: Record<string, Messages> = { en, es, fr, de, "zh-Hans": zh, ar };
const sayIn = (lang: string) => createTranslator(lang as "en", ALL[lang]).t;

/** A class of one network (2 layers of 3 and a shooter, 4 people), stepped with "next" until `stop` holds; everyone votes when asked. */
function playFrom(start: GameState, stop: (s: GameState) => boolean): GameState {
  let s = start;
  let now = 1_000_000;
  const go = (a: Action) => (s = ok(s, a, (now += 1000)));
  for (let k = 0; k < 200 && !stop(s); k++) {
    if (s.phase === "vote") for (const id of Object.keys(s.players)) if (!s.network?.current?.votes[id]) go({ type: "vote", by: id, handshake: 0, direction: "firmer" });
    if (!stop(s) && s.phase !== "summary") go({ type: "next", by: "host" });
  }
  expect(stop(s)).toBe(true);
  return s;
}

/** A fresh network game with its people joined and started. */
function started(rule: RuleId = "backprop"): GameState {
  let s = createGame("host", { autoAdvance: false, shape: "network", layerWidth: 3, lineLength: 3, rules: [rule], seed: 3, maxRounds: 6 });
  for (let i = 0; i < 4; i++) s = ok(s, { type: "join", by: `p${i}`, name: `Kid${i}` }, i + 1);
  return ok(s, { type: "start", by: "host" }, 10);
}

const ids = (s: GameState) => networkCaption(toView(s)).map((c) => c.id);

describe("the network's 'learned it' caption", () => {
  it("shows as the third hit in a row lands (before the rule's step counts it), and still at the step and the dials", () => {
    const atShot = playFrom(started(), (x) => x.phase === "shot" && !!x.network?.current);
    const net = atShot.network!;
    // Two hits already in a row and this shot went in: the step about to run makes it three.
    const third: GameState = { ...atShot, network: { ...net, streak: 2, learnedAt: null, current: { ...net.current!, hit: true, miss: 0 } } };
    expect(ids(third)).toEqual(["caption.shot-hit", "netplay.caption.learned"]);
    // Only the third: after one hit, after a miss, or once the network has learned, no cheer at the shot.
    expect(ids({ ...third, network: { ...third.network!, streak: 1 } })).not.toContain("netplay.caption.learned");
    expect(ids({ ...third, network: { ...third.network!, current: { ...third.network!.current!, hit: false, miss: 1 } } })).not.toContain("netplay.caption.learned");
    expect(ids({ ...third, network: { ...third.network!, learnedAt: 1 } })).not.toContain("netplay.caption.learned");
    // The real step agrees with the look-ahead: it sets learnedAt to this round, and the caption keeps saying it.
    const coach = playFrom(third, (x) => x.phase === "coach");
    expect(coach.network!.learnedAt).toBe(coach.round);
    expect(ids(coach)).toContain("netplay.caption.learned");
    const adjust = playFrom(coach, (x) => x.phase === "adjust");
    expect(ids(adjust)[0]).toBe("netplay.caption.learned");
    // The next round's shot does not cheer again.
    const next = playFrom(adjust, (x) => x.phase === "shot" && x.round === adjust.round + 1);
    expect(ids(next)).not.toContain("netplay.caption.learned");
  });
});

describe("a network phone while it waits", () => {
  it("at aim mid-game says where the hoop is, as a line's phone does, never 'waiting for your teacher to start'", () => {
    const aim = toView(playFrom(started(), (x) => x.phase === "aim" && x.round === 2));
    const said = netWaitSaid(aim);
    const last = aim.network!.history.at(-1)!;
    const distance = Math.round(aim.distance * 10) / 10;
    expect(said).toEqual(last.distance === aim.distance ? { id: "student.aim.at", values: { round: 2, distance } } : { id: "student.aim.moves", values: { distance } });
    expect(sayNet(said)).not.toBe(t("student.wait.lobby"));
    // The hoop moved since the last shot: the phone says so.
    const moved = { ...aim, distance: last.distance + 1.5 };
    expect(sayNet(netWaitSaid(moved))).toBe(`The hoop moves to ${Math.round(moved.distance * 10) / 10} m…`);
    const stayed = { ...aim, distance: last.distance };
    expect(sayNet(netWaitSaid(stayed))).toBe(`Shot 2: the hoop is at ${Math.round(last.distance * 10) / 10} m. Get ready…`);
  });

  it("at the pass says the ball passes through the network, not down a line, in every language", () => {
    const pass = toView(playFrom(started(), (x) => x.phase === "pass"));
    expect(netWaitSaid(pass)).toEqual({ id: "netplay.wait.pass", values: {} });
    expect(sayNet(netWaitSaid(pass))).toBe("The ball is passing through the network…");
    for (const lang of Object.keys(ALL)) {
      const say = sayIn(lang);
      expect(say("netplay.wait.pass"), lang).not.toBe(say("student.wait.pass"));
      expect(say("netplay.wait.pass"), lang).not.toBe("netplay.wait.pass");
    }
    expect(netWaitSaid(toView(playFrom(started(), (x) => x.phase === "shot")))).toEqual({ id: "student.wait.shot", values: {} });
  });
});

describe("the map's legend for the walk's thick lines", () => {
  it("names what the rule sends back: the coach's note, the wires' note, the nudge, or the change itself (never a coach where there is none)", () => {
    expect(noteLegend("backprop").values.teller).toBe("coach");
    expect(noteLegend("feedback-alignment").values.teller).toBe("wires");
    expect(noteLegend("activity-difference").values.teller).toBe("nudge");
    expect(sayNet(noteLegend("activity-difference"))).toBe("Thick line: a big part of the nudge");
    expect(sayNet(noteLegend("feedback-alignment"))).toBe("Thick line: a big part of the wires' note");
    expect(sayNet(noteLegend("backprop"))).toBe("Thick line: a big part of the coach's note");
    expect(sayNet(noteLegend("trial-and-error"))).toBe("Thick line: a big change after the wiggle");
    expect(sayNet(noteLegend("fire-together"))).toBe("Thick line: a big change from firing together");
    for (const lang of Object.keys(ALL)) {
      const say = sayIn(lang);
      const words = (["backprop", "feedback-alignment", "activity-difference", "trial-and-error", "fire-together"] as const).map((r) => say("network.legend.note", noteLegend(r).values));
      expect(new Set(words).size, lang).toBe(5);
    }
  });
});

describe("the adjust caption with the rule's title", () => {
  it("reads right for every rule title in every language: the title is named as the rule, not used as a subject", () => {
    const adjust = toView(playFrom(started("feedback-alignment"), (x) => x.phase === "adjust"));
    const said = networkCaption(adjust).find((c) => c.id === "netplay.caption.adjust")!;
    expect(sayNet(said)).toMatch(/^Turn your handshakes on your phone, or leave them: the rule \(Separate feedback wires\) sets them for you\. \d of \d done\.$/);
    for (const lang of Object.keys(ALL)) {
      const say = sayIn(lang);
      // The title stands in brackets after the word for "rule", so its own grammar (plural, a verb phrase) never
      // meets the verb: in a network's caption and in the lines' one alike.
      for (const id of ["netplay.caption.adjust", "caption.adjust"] as const) expect(String(ALL[lang][id]), `${lang} ${id}`).toMatch(/[(（]\{title\}[)）]/);
      for (const rule of RULE_IDS) {
        const title = say(`rules.${rule}.title`);
        const text = say("netplay.caption.adjust", { title, done: 1, people: 2 });
        expect(text, `${lang} ${rule}`).toContain(title);
        expect(text, `${lang} ${rule}`).not.toContain("{");
      }
    }
  });
});
