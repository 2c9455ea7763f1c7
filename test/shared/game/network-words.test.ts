// The words of a one-network class against what each rule really computes (issue 15's review): the map's
// marks, tooltips, legend and vote line speak of the teller that scored the vote (the coach is "right", the
// wires and the nudge "blamed most") and say nothing of votes under rules that hold none; a layer-0 phone
// is given the hoop's distance, not a ball from a neighbour; a student's end screen gives the network's
// result, their votes and their neuron's average share, in every language; the network page names its
// bots in the page's language, as the game's sources do.
import { describe, expect, it } from "vitest";
import { isBotSeat, NetworkDemo } from "../../../client/network/demo";
import { type Action, botName, createGame, describeNeighbours, type GameState, localBotName, neighbourhood, networkCaption, RULE_IDS, type RuleId, sayNet, toView } from "../../../shared";
import { MATCH_MARK, marksLegend, matchKind, matchSaid, matchSummary, scoredMatches, voteTeller } from "../../../shared/game/network-match-words";
import { neighbourhoodMatches } from "../../../shared/game/network-map";
import type { Network } from "../../../shared/game/network-state";
import { averageShare, networkResult, studentNetSummary } from "../../../shared/game/network-summary";
import { createTranslator, en, type Messages, t } from "../../../shared/i18n";
import { messages as ar } from "../../../shared/i18n/messages/ar";
import { messages as de } from "../../../shared/i18n/messages/de";
import { messages as es } from "../../../shared/i18n/messages/es";
import { messages as fr } from "../../../shared/i18n/messages/fr";
import { messages as zh } from "../../../shared/i18n/messages/zh-Hans";
import { ok } from "../helpers";

const ALL: Record<string, Messages> = { en, es, fr, de, "zh-Hans": zh, ar };
const sayIn = (lang: string) => createTranslator(lang as "en", ALL[lang]).t;

/** Plays a class of one network (2 layers of 3 and a shooter, 4 people) until `stop` holds, every person voting handshake 0 firmer when asked. */
function play(rule: RuleId, stop: (s: GameState) => boolean, maxRounds = 6, seed = 3): GameState {
  let s = createGame("host", { autoAdvance: false, shape: "network", layerWidth: 3, lineLength: 3, rules: [rule], seed, maxRounds });
  let now = 0;
  const go = (a: Action) => (s = ok(s, a, (now += 1000)));
  for (let i = 0; i < 4; i++) go({ type: "join", by: `p${i}`, name: `Kid${i}` });
  go({ type: "start", by: "host" });
  for (let k = 0; k < 200 && !stop(s); k++) {
    if (s.phase === "vote") for (const id of Object.keys(s.players)) if (!s.network?.current?.votes[id]) go({ type: "vote", by: id, handshake: 0, direction: "firmer" });
    if (!stop(s) && s.phase !== "summary") go({ type: "next", by: "host" });
  }
  expect(stop(s)).toBe(true);
  return s;
}

/** The network once its rule has spoken about a missed shot. */
function spokenAfterMiss(rule: RuleId): Network {
  const s = play(rule, (x) => x.phase === "coach" && !!x.network?.current && !x.network.current.hit);
  return toView(s).network!;
}

describe("the map's votes, in the words of the rule that scored them", () => {
  it("the coach, the wires and the nudge score votes; trial and error and fire together hold none", () => {
    expect(RULE_IDS.map((r) => [r, voteTeller(r)])).toEqual([
      ["backprop", "coach"],
      ["feedback-alignment", "wires"],
      ["activity-difference", "nudge"],
      ["trial-and-error", null],
      ["fire-together", null],
    ]);
  });

  it("each mark's tooltip, the legend and the vote line name the teller; only the coach says 'right'", () => {
    for (const rule of ["backprop", "feedback-alignment", "activity-difference"] as const) {
      const network = spokenAfterMiss(rule);
      const matches = scoredMatches(network);
      // The engine's scores, one per person (bots too), and the map's kind and mark from them.
      expect(matches.length).toBeGreaterThan(0);
      expect(matches).toEqual(neighbourhoodMatches(network));
      const teller = voteTeller(rule)!;
      // Voters in the first layer have one handshake (nothing to pick), the others three.
      expect(matches.some((m) => !m.choice)).toBe(true);
      expect(matches.some((m) => m.choice)).toBe(true);
      for (const m of matches) {
        const said = matchSaid(rule, m, "Ada");
        // One handshake: the mark and the words are about the way alone (a tick for the right way, never a half).
        if (!m.choice) {
          expect(said).toEqual({ id: "netplay.match.way", values: { name: "Ada", teller, direction: m.directionRight ? "right" : "wrong" } });
          expect(MATCH_MARK[matchKind(m)]).toBe(m.directionRight ? "✓" : "✗");
          continue;
        }
        expect(said).toEqual({ id: `network.match.${matchKind(m)}`, values: { name: "Ada", teller } });
        expect(MATCH_MARK[matchKind(m)]).toBe(m.handshakeRight && m.directionRight ? "✓" : m.handshakeRight || m.directionRight ? "½" : "✗");
      }
      expect(marksLegend(network)).toEqual({ id: "network.legend.marks", values: { teller } });
      expect(matchSummary(network)).toEqual({
        id: "netplay.match.summary",
        values: { teller, right: matches.filter((m) => m.handshakeRight).length, choosers: matches.filter((m) => m.choice).length, turned: matches.filter((m) => m.directionRight).length, total: matches.length },
      });
      const words = [marksLegend(network)!, matchSummary(network)!, ...(["both", "handshake", "direction", "neither"] as const).map((k) => ({ id: `network.match.${k}` as const, values: { name: "Ada", teller } }))].map((s) => t(s.id, s.values));
      if (rule === "backprop") expect(words.join(" ")).toMatch(/right handshake/);
      else {
        for (const w of words) expect(w, w).not.toMatch(/right|coach|rule changed/);
        expect(words.join(" ")).toContain(rule === "feedback-alignment" ? "the wires blamed" : "the nudge blamed");
      }
    }
  });

  it("the map's words are the coach's only under backprop, and the wires' differ from the nudge's, in every language", () => {
    for (const lang of Object.keys(ALL)) {
      const say = sayIn(lang);
      for (const id of ["network.legend.marks", "network.match.both", "network.match.handshake", "network.match.direction", "network.match.neither"] as const) {
        const [coach, wires, nudge] = (["coach", "wires", "nudge"] as const).map((teller) => say(id, { teller, name: "Ada" }));
        expect(new Set([coach, wires, nudge]).size, `${lang} ${id}`).toBe(3);
      }
      const [coach, wires, nudge] = (["coach", "wires", "nudge"] as const).map((teller) => say("network.match.summary", { teller, right: 2, turned: 3, total: 4 }));
      expect(new Set([coach, wires, nudge]).size, lang).toBe(3);
    }
    // The English before the fix said "right handshake, right way" under every rule.
    expect(t("network.legend.marks", { teller: "wires" })).toBe("✓ the handshake the wires blamed most, turned the way the vote said · ½ one of the two · ✗ neither · one handshake: ✓ turned the way the vote said");
    expect(t("network.match.handshake", { teller: "nudge", name: "Ada" })).toBe("Ada: the handshake the nudge blamed most, but the nudge turned it the other way");
    expect(t("network.match.both", { teller: "coach", name: "Ada" })).toBe("Ada: right handshake, right way");
    expect(t("network.legend.marks", { teller: "coach" })).toBe("✓ right handshake, right way · ½ one of the two · ✗ neither · one handshake: ✓ right way, ✗ wrong way");
  });

  it("the projector's caption names the neuron with the biggest share in the rule's words: blame only from the coach", () => {
    const said = (rule: RuleId) => networkCaption(toView(play(rule, (x) => x.phase === "coach" && !!x.network?.current?.coach && !x.network.current.hit))).map(sayNet).join(" ");
    expect(said("backprop")).toMatch(/Neuron .+ carries most of the blame \(\d+%\)\.$/);
    expect(said("feedback-alignment")).toMatch(/Neuron .+ gets the biggest part of the wires' note \(\d+%\)\.$/);
    expect(said("activity-difference")).toMatch(/Neuron .+ gets the biggest part of the nudge \(\d+%\)\.$/);
    for (const rule of ["feedback-alignment", "activity-difference"] as const) expect(said(rule)).not.toMatch(/blame/);
    for (const lang of Object.keys(ALL)) {
      const say = sayIn(lang);
      const [coach, wires, nudge] = (["coach", "wires", "nudge"] as const).map((teller) => say("netplay.caption.coach", { teller, seat: "some", name: "Ada", share: 21 }));
      expect(new Set([coach, wires, nudge]).size, lang).toBe(3);
    }
  });

  it("under trial and error and fire together no vote is scored, marked or counted, even with ballots in the record", () => {
    for (const rule of ["trial-and-error", "fire-together"] as const) {
      const s = play(rule, (x) => x.phase === "coach" && !!x.network?.current?.coach);
      const network = toView(s).network!;
      // As the network page does when its rule is switched after a vote: ballots lie in the record.
      const balloted: Network = { ...network, current: { ...network.current!, votes: { p0: { handshake: 0, direction: "firmer" }, p1: { handshake: 1, direction: "looser" } } } };
      expect(neighbourhoodMatches(balloted)).toHaveLength(2);
      expect(scoredMatches(balloted)).toEqual([]);
      expect(marksLegend(balloted)).toBeNull();
      expect(matchSummary(balloted)).toBeNull();
    }
  });

  it("after a hit no vote was held: the map says nothing of one", () => {
    const s = play("backprop", (x) => x.phase === "coach" && !!x.network?.current?.hit, 60);
    const network = toView(s).network!;
    expect(matchSummary(network)).toBeNull();
    expect(marksLegend(network)).toBeNull();
  });
});

describe("a layer-0 neuron is handed the hoop's distance", () => {
  it("says so instead of 'one neighbour hands you the ball'; layer 1 still names its neighbours, in every language", () => {
    const view = toView(play("backprop", (x) => x.phase === "aim"));
    const network = view.network!;
    const first = describeNeighbours(neighbourhood(network, 0, view.settings.court))[0];
    const second = describeNeighbours(neighbourhood(network, 3, view.settings.court))[0];
    expect(t(first.id, first.values)).toBe("You are neuron 1 of 3 in layer 1 of 2 before the shooter. You are given the distance to the hoop; you pass the ball on to 3 neighbours.");
    expect(t(second.id, second.values)).toBe("You are neuron 1 of 3 in layer 2 of 2 before the shooter. 3 neighbours hand you the ball; you pass the ball on to one neighbour.");
    for (const lang of Object.keys(ALL)) {
      const say = sayIn(lang);
      const given = say(first.id, first.values);
      // The same place with one neighbour before it would have said the neighbour's words: layer 0 does not.
      const neighbourWords = say(first.id, { ...first.values, first: "no" });
      expect(given, lang).not.toBe(neighbourWords);
    }
  });
});

describe("a network student's end screen", () => {
  it("gives the network's result, their votes against the rule and their neuron's average share, from the view", () => {
    for (const rule of ["backprop", "feedback-alignment", "activity-difference"] as const) {
      const view = toView(play(rule, (x) => x.phase === "summary"));
      const network = view.network!;
      const p = view.players.p0;
      expect(p.votesCast).toBeGreaterThan(0);
      const said = studentNetSummary(network, p);
      const result = networkResult(network);
      expect(result.shots).toBe(network.history.length);
      expect(result.hits).toBe(network.history.filter((s) => s.hit).length);
      expect(said[0]).toEqual(result.said);
      const teller = voteTeller(rule)!;
      // p0 sits in the first layer: one handshake, so its votes count only the way.
      expect(network.neurons[p.seat].weights).toHaveLength(1);
      expect(p.choiceVotes ?? 0).toBe(0);
      expect(p.blameRight).toBe(0);
      expect(said[1]).toEqual({ id: "netplay.summary.ways", values: { teller, votes: p.votesCast, choices: 0, handshake: 0, direction: p.directionRight } });
      // p3 sits in the second layer: three handshakes, every vote had a choice.
      const q = view.players.p3;
      expect(q.choiceVotes).toBe(q.votesCast);
      expect(studentNetSummary(network, q)[1]).toEqual({ id: "netplay.summary.votes", values: { teller, votes: q.votesCast, handshake: q.blameRight, direction: q.directionRight } });
      // The average of the neuron's shares over the missed shots, worked out here on its own.
      const misses = network.history.filter((s) => !s.hit && s.coach);
      expect(misses.length).toBeGreaterThan(0);
      const want = misses.reduce((a, s) => a + s.coach!.shares[p.seat], 0) / misses.length;
      expect(averageShare(network, p.seat)).toBeCloseTo(want, 12);
      expect(said[2]).toEqual({ id: "netplay.summary.share", values: { teller, share: averageShare(network, p.seat)! } });
      expect(said).toHaveLength(3);
    }
  });

  it("under a rule without blame says why there was no vote, and gives no share", () => {
    for (const rule of ["trial-and-error", "fire-together"] as const) {
      const view = toView(play(rule, (x) => x.phase === "summary"));
      const said = studentNetSummary(view.network!, view.players.p0);
      expect(said).toEqual([networkResult(view.network!).said, { id: `rules.${rule}.noVote`, values: {} }]);
      expect(averageShare(view.network!, 0)).toBeNull();
    }
  });

  it("a student who never voted is told so; a game ended before its first shot says that", () => {
    const none = studentNetSummary({ rule: "backprop", history: [], learnedAt: null }, { seat: 0, votesCast: 0, blameRight: 0, directionRight: 0 });
    expect(none).toEqual([
      { id: "network.summary.none", values: {} },
      { id: "student.summary.noVotes", values: {} },
    ]);
  });

  it("reads in every language, in the teller's words", () => {
    for (const lang of Object.keys(ALL)) {
      const say = sayIn(lang);
      const votes = (["coach", "wires", "nudge"] as const).map((teller) => say("netplay.summary.votes", { teller, votes: 5, handshake: 2, direction: 4 }));
      const shares = (["coach", "wires", "nudge"] as const).map((teller) => say("netplay.summary.share", { teller, share: 0.14 }));
      expect(new Set(votes).size, lang).toBe(3);
      expect(new Set(shares).size, lang).toBe(3);
      for (const v of votes) expect(v, lang).toMatch(/2[^0-9]+.*4/su);
      for (const s of shares) expect(s, lang).toMatch(/14/);
    }
    expect(t("netplay.summary.votes", { teller: "coach", votes: 5, handshake: 2, direction: 4 })).toBe("Your votes: the right handshake 2 of 5 times; the right way 4 of 5 times.");
    expect(t("netplay.summary.share", { teller: "wires", share: 0.14 })).toBe("After a miss, your neuron got 14% of the wires' note on average.");
  });
});

describe("the network page's bots", () => {
  it("are named in the page's language through shared/game/bot-names.ts, the people's names untouched", () => {
    const spec = { rule: "backprop", depth: 3, width: 5, seed: 2 } as const;
    const english = new NetworkDemo(spec, "es").network.neurons;
    for (const lang of ["es", "zh-Hans", "ar"] as const) {
      const tr = createTranslator(lang, ALL[lang]);
      const shown = new NetworkDemo(spec, "es", tr).network.neurons;
      const bots = shown.flatMap((n, seat) => (isBotSeat(seat) ? [seat] : []));
      expect(bots.length).toBeGreaterThan(1);
      for (const seat of bots) {
        expect(shown[seat].name, lang).toBe(localBotName(seat, tr));
        expect(shown[seat].name, lang).not.toBe(botName(seat));
        expect(english[seat].name).toBe(botName(seat));
      }
      for (const [seat, n] of shown.entries()) if (!isBotSeat(seat)) expect(n.name).toBe(english[seat].name);
    }
  });
});
