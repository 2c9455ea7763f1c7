// The screen reader's story against the engine: every number said is the engine's (read back out of the
// English words), in the order the court shows it, and each rule is told in its own words.
import { describe, expect, it } from "vitest";
import {
  createGame,
  DESCRIBE_EN,
  describePhase,
  describeScreen,
  describeStory,
  distanceValues,
  type GameState,
  type RuleId,
  sayEnglish,
  secondShotOf,
  type Settings,
  toldSeats,
  toView,
} from "../../../shared";
import { ok, playByTicks } from "../helpers";

/** Every state of a whole game (bots and one idle person, "me", at `seat`), driven by the timers. */
function game(settings: Partial<Settings>, seat: number): GameState[] {
  let s = createGame("host", { maxRounds: 8, ...settings });
  s = ok(s, { type: "join", by: "me", name: "Me", line: 0, seat });
  s = ok(s, { type: "start", by: "host" });
  return playByTicks(s);
}

/** The English sentences said as `state`'s phase begins, for "me". */
const said = (state: GameState) => describePhase(toView(state), "me").map(sayEnglish);
/** The numbers in a sentence, in order. */
const numbers = (text: string) => [...text.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
const first = (states: GameState[], phase: string, test: (s: GameState) => boolean = () => true) => {
  const s = states.find((x) => x.phase === phase && test(x));
  if (!s) throw new Error(`no ${phase} state`);
  return s;
};
const shotOf = (s: GameState) => s.lines[0].current!;

describe("the pass and the shot", () => {
  const states = game({ lineLength: 5, seed: 3 }, 1);

  it("says every handover with the engine's input and output, to two decimals, front to back", () => {
    const pass = first(states, "pass");
    const shot = shotOf(pass);
    const words = said(pass);
    expect(words).toHaveLength(5);
    words.forEach((w, i) => {
      const [inn, out] = numbers(w).slice(-2);
      expect(inn).toBeCloseTo(shot.inputs[i], 2);
      expect(out).toBeCloseTo(shot.outputs[i], 2);
    });
    // The input of each neuron is what the one before passed on.
    for (let i = 1; i < 5; i++) expect(shot.inputs[i]).toBe(shot.outputs[i - 1]);
    expect(words[0]).toMatch(/^The ball starts at neuron 1: /);
    expect(words[1]).toMatch(/^The ball goes from neuron 1 to you: [\d.-]+ in, you pass [\d.-]+ on\.$/);
    expect(words[2]).toMatch(/^The ball goes from you to neuron 3: /);
  });

  it("says who shoots with what power and how far the shot lands, short or long, as the engine measured it", () => {
    const shotState = first(states, "shot");
    const shot = shotOf(shotState);
    const [shoots, lands] = said(shotState);
    expect(shoots).toBe(`Neuron 5 shoots with power ${shot.power.toFixed(2)}.`);
    const d = distanceValues(shot.miss);
    expect(numbers(lands)[0]).toBe(d.size);
    if (!shot.hit) expect(lands).toContain(shot.miss < 0 ? "short" : "long");
    expect(d.unit === "cm" ? Math.abs(shot.miss) * 100 : Math.abs(shot.miss)).toBeCloseTo(d.size, d.unit === "cm" ? -0.3 : 1);
  });

  it("says the hoop's distance as the round begins", () => {
    const aim = first(states, "aim");
    expect(said(aim)).toEqual([`Shot 1 of 8. The hoop is ${aim.distance.toFixed(1)} metres away.`]);
  });

  it("measures in centimetres under a metre and in metres above", () => {
    expect(distanceValues(-0.456)).toEqual({ unit: "cm", size: 46 });
    expect(distanceValues(1.24)).toEqual({ unit: "m", size: 1.2 });
    expect(distanceValues(0.999)).toEqual({ unit: "m", size: 1 });
    expect(sayEnglish({ id: "describe.land.miss", values: { ...distanceValues(-1.04), side: "short" } })).toBe("The shot lands 1 metre short.");
    expect(sayEnglish({ id: "describe.land.miss", values: { ...distanceValues(0.012), side: "long" } })).toBe("The shot lands 1 centimetre long.");
  });
});

describe("each rule in its own words", () => {
  const story = (rule: RuleId, seat = 1, test: (s: GameState) => boolean = () => true) => {
    const states = game({ lineLength: 5, seed: 3, rules: [rule] }, seat);
    const coach = first(states, "coach", test);
    return { coach, shot: shotOf(coach), words: said(coach) };
  };

  it("backprop: the coach walks back from the shooter, with each neuron's share of the blame and direction", () => {
    const { shot, words } = story("backprop", 1, (s) => !shotOf(s).hit);
    const report = shot.coach!;
    expect(words[0]).toBe(sayEnglish({ id: "story.after", values: { rule: "backprop" } }));
    const told = words.slice(1);
    expect(told).toHaveLength(5);
    told.forEach((w, k) => {
      const seat = 4 - k;
      expect(w).toMatch(seat === 1 ? /^The coach reaches you: / : new RegExp(`^The coach reaches neuron ${seat + 1}: `));
      expect(numbers(w.replace(/neuron \d+/, ""))[0]).toBe(Math.round(report.shares[seat] * 100));
      expect(w).toContain(`grip ${report.directions[seat]}`);
    });
  });

  it("backprop after a hit: notes, and nobody's blame", () => {
    const states = game({ lineLength: 3, seed: 2, maxRounds: 30 }, 0);
    const hit = states.find((s) => s.phase === "coach" && shotOf(s).hit);
    expect(hit, "the line learns to hit within 30 shots").toBeDefined();
    const words = said(hit!);
    expect(words[0]).toBe(sayEnglish({ id: "story.afterHit", values: { rule: "backprop" } }));
    for (const w of words.slice(1)) {
      expect(w).toMatch(/^The coach reaches (you|neuron \d) with a (tiny|small|medium|big|huge) note: grip (firmer|looser)\.$/);
      expect(w).not.toContain("%");
    }
  });

  it("feedback alignment: notes over the wires, never a coach", () => {
    const { shot, words } = story("feedback-alignment", 1, (s) => !shotOf(s).hit);
    // The rule's own story may say "no coach"; what reaches each neuron never names one.
    expect(words.slice(1).join(" ")).not.toMatch(/coach/i);
    const told = words.slice(1);
    expect(told[3]).toMatch(/^A note reaches you over the feedback wire: \d+% of the blame/);
    expect(numbers(told[0].replace(/neuron \d+/, ""))[0]).toBe(Math.round(shot.coach!.shares[4] * 100));
  });

  it("activity difference: the firing before and after the nudge, from the engine's outputs and signals", () => {
    const { shot, words } = story("activity-difference", 2, (s) => !shotOf(s).hit);
    expect(words.slice(1).join(" ")).not.toMatch(/coach/i);
    const mine = words.find((w) => w.startsWith("The nudge reaches you"))!;
    const [before, after, share] = numbers(mine);
    expect(before).toBeCloseTo(shot.outputs[2], 2);
    expect(after).toBeCloseTo(shot.outputs[2] + shot.coach!.signals[2], 2);
    expect(share).toBe(Math.round(shot.coach!.shares[2] * 100));
  });

  it("trial and error: the second shot and its verdict, each neuron's wiggle, no blame and no coach", () => {
    const states = game({ lineLength: 5, seed: 3, rules: ["trial-and-error"] }, 1);
    const coach = first(states, "coach", (s) => secondShotOf("trial-and-error", shotOf(s), s.settings) !== null);
    const words = said(coach);
    const all = words.join(" ");
    expect(all).not.toMatch(/coach|blame/i);
    const second = secondShotOf("trial-and-error", shotOf(coach), coach.settings)!;
    const line = words.find((w) => w.startsWith("The second shot"))!;
    expect(numbers(line)[0]).toBe(distanceValues(second.shot.miss).size);
    expect(line).toContain(second.kept ? "keeps their wiggle" : "the other way");
    const wiggles = shotOf(coach).coach!.signals;
    expect(words.find((w) => w.startsWith("You wiggled"))).toContain(wiggles[1] > 0 ? "firmer" : "looser");
  });

  it("fire together: who fired together and whose grip grows, never blame, never a coach", () => {
    const { shot, words } = story("fire-together", 0);
    const all = words.join(" ");
    expect(all).not.toMatch(/coach|blame|%/i);
    const told = words.slice(1);
    expect(told[0]).toMatch(/^You and the ball's start /);
    expect(told[1]).toMatch(/^Neuron 2 and you /);
    told.forEach((w, seat) => expect(w).toContain(shot.coach!.weightChanges[seat] > 0 ? "the grip grows" : "the grip fades"));
  });
});

describe("long lines and the rest of the round", () => {
  it("tells a long line in part: the front, me and my neighbours, the shooter, skipping the rest in order", () => {
    expect(toldSeats(10, 4)).toEqual([0, [1, 2], 3, 4, 5, [6, 8], 9]);
    expect(toldSeats(4, 2)).toEqual([0, 1, 2, 3]);
    const states = game({ lineLength: 10, seed: 4 }, 4);
    const pass = said(first(states, "pass"));
    expect(pass.map((w) => w.slice(0, 40))).toHaveLength(7);
    expect(pass[1]).toBe("The ball goes on through neurons 2 to 3.");
    expect(pass[5]).toBe("The ball goes on through neurons 7 to 9.");
    const coach = first(states, "coach", (s) => !shotOf(s).hit);
    const back = describeStory(coach.lines[0], 4, coach.settings).map(sayEnglish);
    // Walking back: the shooter first, then past 9 to 7, ..., the front last.
    expect(back[1]).toMatch(/^The coach reaches neuron 10: /);
    expect(back[2]).toBe("The coach walks on past neurons 9 to 7.");
    expect(back.at(-1)).toMatch(/^The coach reaches neuron 1: /);
  });

  it("says the suggestion for my handshake at adjust, and the hits at the end", () => {
    const states = game({ lineLength: 4, seed: 3 }, 2);
    const adjust = first(states, "adjust");
    const shot = shotOf(adjust);
    const [turn] = said(adjust);
    const [before, after] = numbers(turn);
    expect(before).toBeCloseTo(shot.weights[2], 3);
    expect(after).toBeCloseTo(shot.weights[2] + shot.coach!.weightChanges[2], 3);
    expect(turn).toContain("The coach suggests");
    const end = states.at(-1)!;
    const hits = end.lines[0].history.filter((h) => h.hit).length;
    expect(said(end)).toEqual([`Game over: ${hits} ${hits === 1 ? "hit" : "hits"} in ${end.lines[0].history.length} shots.`]);
  });

  it("summarises the screen: the shot, my place, the rule, my handshake, the last shot, what happens now", () => {
    const states = game({ lineLength: 5, seed: 3 }, 0);
    const vote = first(states, "vote");
    const words = describeScreen(toView(vote), "me").map(sayEnglish);
    expect(words[0]).toBe(`Shot 1 of 8. The hoop is ${vote.distance.toFixed(1)} metres away.`);
    expect(words[1]).toBe("You are neuron 1 of 5. The ball starts with you and you pass it to neuron 2.");
    expect(words[2]).toBe("The rule: Backprop coach.");
    expect(words[3]).toBe(`Your handshake: ${vote.lines[0].neurons[0].weight.toFixed(2)}.`);
    expect(words[4]).toMatch(/^The shot lands /);
    expect(words[5]).toBe("Now: the vote.");
    const coach = describeScreen(toView(first(states, "coach")), null).map(sayEnglish);
    expect(coach[0]).toMatch(/^Shot 1/);
    expect(coach[1]).toBe("You are watching a line of 5 neurons.");
    expect(coach.at(-1)).toBe("Now: The coach walks back.");
  });

  it("has English words for every message, with no value left unfilled", () => {
    const states = game({ lineLength: 5, seed: 3 }, 2);
    const ids = new Set<string>();
    for (const s of states) for (const x of [...describePhase(toView(s), "me"), ...describeScreen(toView(s), "me")]) {
      ids.add(x.id);
      expect(sayEnglish(x)).not.toMatch(/[{}]|undefined|NaN/);
    }
    // The backprop game alone says most of the messages.
    expect(ids.size).toBeGreaterThan(Object.keys(DESCRIBE_EN).length / 2);
  });
});
