// The solo game around the hand: a reload resumes the round (the game's log kept on the device), the kiosk
// between visitors, the chapters where the learner's choice is the lesson, the finale and the summary's words.
import { describe, expect, it } from "vitest";
import { CHAPTERS, chapterById } from "../../client/chapters/chapters";
import { FINALE_RACE, FINALE_ROWS } from "../../client/chapters/finale";
import { forgetGame, GameRecorder, isSavedGame, loadGame, type SavedGame, saveGame } from "../../client/chapters/saved-game";
import { LocalGame, type Scheduler } from "../../client/source/local-game";
import { type HistoryHost, TRAP, trapHistory } from "../../client/ui/kiosk";
import { DEFAULT_PREFS, loadPrefs, resetPrefs, savePrefs } from "../../client/ui/prefs";
import { axisShots, heatTitle, learnedText, raceText } from "../../client/ui/summary";
import { createGame, type GameState, type Intent, reduce, RULE_IDS, storyOf, wiresAgreeing } from "../../shared";

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    key: (i) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
  };
}

/** A clock and interval driven by hand. */
function manualScheduler() {
  let now = 0;
  const timers: { ms: number; next: number; fn: () => void }[] = [];
  const s: Scheduler & { advance(ms: number): void } = {
    now: () => now,
    every(ms, fn) {
      const t = { ms, next: now + ms, fn };
      timers.push(t);
      return () => void timers.splice(timers.indexOf(t), 1);
    },
    advance(ms) {
      const end = now + ms;
      for (let guard = 0; guard < 100_000; guard++) {
        const due = timers.filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
        if (!due) break;
        now = due.next;
        due.next += due.ms;
        due.fn();
      }
      now = end;
    },
  };
  return s;
}

/** A LocalGame whose every send goes through a recorder, as the app wires it. */
function recorded(settings: SavedGame["settings"], seat: number) {
  const sched = manualScheduler();
  const game = new LocalGame({ settings, seat, scheduler: sched });
  const saves: Intent[][] = [];
  const rec = new GameRecorder(game.view(), [], (l) => saves.push([...l]));
  game.subscribe((v) => rec.viewed(v));
  return { game, sched, rec, saves, send: (i: Intent) => rec.send(i, (x) => game.send(x)) };
}

describe("a reload mid-round", () => {
  const settings = { lineLength: 4, seed: 9, voteSeconds: 30, adjustSeconds: 30, maxRounds: 4, hoop: { fixedRounds: 2, fixedDistance: 5 } };

  it("replays the log (the learner's intents and the clock's phase changes) to exactly the same game", () => {
    const { game, sched, rec, saves, send } = recorded(settings, 1);
    expect(send({ type: "start" })).toBeNull();
    // Two shots: the clock runs the animations, then a vote, a turn of the dial, Done; the third shot's vote.
    for (let shot = 0; shot < 2; shot++) {
      sched.advance(8000);
      if (game.view().phase === "vote") send({ type: "vote", blame: 0, direction: "firmer" });
      sched.advance(6000);
      expect(game.view().phase).toBe("adjust");
      send({ type: "adjust", weight: game.view().lines[0].neurons[1].weight + 0.05 * (shot + 1) });
      send({ type: "ready" });
    }
    // A refused intent is not logged (a vote before the shot: a late dial turn is taken until the pass, extra-time.ts).
    expect(game.view().phase).toBe("aim");
    expect(send({ type: "vote", blame: 0, direction: "firmer" })).not.toBeNull();
    sched.advance(8000);
    // The hoop moved at random after the fixed rounds: the generator's state must be replayed too.
    expect(game.view().round).toBe(3);
    expect(rec.log.filter((i) => i.type === "next").length).toBeGreaterThan(3);
    expect(saves.at(-1)).toEqual(rec.log);

    const again = new LocalGame({ settings, seat: 1, scheduler: manualScheduler() });
    for (const i of rec.log) expect(again.send(i)).toBeNull();
    const a = game.view();
    const b = again.view();
    expect(b.phase).toBe(a.phase);
    expect(b.round).toBe(a.round);
    expect(b.distance).toBe(a.distance);
    expect(b.lines).toEqual(a.lines);
    expect(b.players).toEqual(a.players);
    game.dispose();
    again.dispose();
  });

  it("keeps the game on the device and refuses anything that is not one", () => {
    const st = memoryStorage();
    expect(loadGame(st)).toBeNull();
    const g: SavedGame = { v: 1, chapter: "miss", settings: { seed: 3 }, seat: 1, log: [{ type: "start" }, { type: "next" }] };
    saveGame(g, st);
    expect(loadGame(st)).toEqual(g);
    forgetGame(st);
    expect(loadGame(st)).toBeNull();
    st.setItem("blame-game:solo-game", "{nope");
    expect(loadGame(st)).toBeNull();
    for (const bad of [null, 3, { ...g, v: 2 }, { ...g, seat: "1" }, { ...g, log: [{}] }, { ...g, chapter: 5 }]) expect(isSavedGame(bad)).toBe(false);
  });
});

describe("a kiosk between visitors", () => {
  it("puts sound back on and the speed back to normal", () => {
    const st = memoryStorage();
    const p = { muted: true, speed: 4, showValues: true, readAloud: true, tones: true, moreTime: true };
    savePrefs(p, st);
    expect(resetPrefs(p, st)).toBe(p);
    expect(p).toEqual(DEFAULT_PREFS);
    expect(loadPrefs(st)).toEqual({ muted: false, speed: 1, showValues: false, readAloud: false, tones: false, moreTime: false });
  });

  it("traps the history: every back lands on the game's own entry and a new one is pushed", () => {
    const entries: unknown[] = [null];
    let index = 0;
    let onPop: (() => void) | null = null;
    const win: HistoryHost = {
      history: {
        pushState: (state: unknown) => {
          entries.splice(index + 1, Infinity, state);
          index++;
        },
        get state() {
          return entries[index];
        },
      },
      location: { href: "http://x/?kiosk=1" },
      addEventListener: (_t, fn) => (onPop = fn),
      removeEventListener: () => (onPop = null),
    };
    let backs = 0;
    const stop = trapHistory(win, () => backs++, null);
    expect(entries).toEqual([null, { trap: TRAP }]);
    for (let k = 0; k < 3; k++) {
      index--; // the browser goes back
      onPop!();
      expect(index).toBe(1);
      expect(entries[index]).toEqual({ trap: TRAP });
    }
    expect(backs).toBe(3);
    stop();
    expect(onPop).toBeNull();
  });
});

/** Plays a chapter's game with the learner turning the dial by `turn` after each short or long miss; the shot on which it first lands within `metres`. */
function shotsToWithin(chapterId: string, metres: number, turn: number, max = 10): number | null {
  const c = chapterById(chapterId)!;
  let s: GameState = reduce(createGame("host", { ...c.settings, autoAdvance: false }), { type: "join", by: "host", name: "You", line: 0, seat: c.seat }, 0).state;
  let now = 0;
  const step = (a: Parameters<typeof reduce>[1]) => (s = reduce(s, a, (now += 1000)).state);
  step({ type: "start", by: "host" });
  for (let k = 1; k <= max; k++) {
    while (s.phase !== "adjust" && s.phase !== "summary") step({ type: "next", by: "host" });
    if (s.phase === "summary") return null;
    const rec = s.lines[0].current!;
    if (Math.abs(rec.miss) < metres) return rec.round;
    if (turn !== 0) step({ type: "adjust", by: "host", weight: rec.weights[c.seat] - Math.sign(rec.miss) * turn });
    step({ type: "next", by: "host" });
  }
  return null;
}

describe("chapters where the learner's choice is the lesson", () => {
  it("have the bots hold still, so the learner's hand decides how fast the miss shrinks", () => {
    const hand = CHAPTERS.filter((c) => c.hand);
    expect(hand.map((c) => c.id)).toEqual(["miss", "coach"]);
    for (const c of hand) expect(c.settings.bots, c.id).toBe("hold");
    for (const c of CHAPTERS.filter((x) => !x.hand)) expect(c.settings.bots ?? "follow", c.id).toBe("follow");
    // Chapter 2: following alone needs several shots; the learner turning 0.4 at a time needs fewer.
    const alone = shotsToWithin("miss", 1, 0)!;
    const bold = shotsToWithin("miss", 1, 0.4)!;
    expect(alone).toBeGreaterThanOrEqual(5);
    expect(bold).toBeLessThanOrEqual(3);
    // Chapter 3: with only the learner's dial following the coach, the line never scores in its 10 shots: a vote every shot.
    expect(shotsToWithin("coach", 0.35, 0)).toBeNull();
  });

  it("hold every bot's handshake still from shot to shot, while the learner's follows the coach", () => {
    const c = chapterById("miss")!;
    let s: GameState = reduce(createGame("host", { ...c.settings, autoAdvance: false }), { type: "join", by: "host", name: "You", line: 0, seat: c.seat }, 0).state;
    let now = 0;
    const step = (a: Parameters<typeof reduce>[1]) => (s = reduce(s, a, (now += 1000)).state);
    step({ type: "start", by: "host" });
    const start = s.lines[0].neurons.map((n) => n.weight);
    for (let k = 0; k < 3; k++) {
      while (s.phase !== "adjust") step({ type: "next", by: "host" });
      const change = s.lines[0].current!.coach!.weightChanges;
      expect(change.every((x) => x !== 0)).toBe(true);
      step({ type: "next", by: "host" });
    }
    const now3 = s.lines[0].neurons.map((n) => n.weight);
    now3.forEach((w, i) => (i === c.seat ? expect(w).not.toBe(start[i]) : expect(w).toBe(start[i])));
  });

  it("give chapter 6 wires that partly agree with the handshakes, enough for the line to learn", () => {
    const c = chapterById("wiring")!;
    const line = createGame("host", c.settings).lines[0];
    // Wire i stands in for handshake i on the way back: wires 2 and 3 agree in sign, wire 1 does not (the intro says two of three).
    expect(wiresAgreeing(line, line.neurons.map((n) => n.weight))).toEqual({ agree: 2, of: 3 });
    expect(line.neurons.map((n, i) => Math.sign(n.weight) === Math.sign(line.feedback[i]))).toEqual([expect.anything(), false, true, true]);
    expect(c.intro.join(" ")).toContain("two of the three wires agree");
    // Following the wires' notes, the line lands within half a metre on shot 3.
    expect(shotsToWithin("wiring", 0.5, 0)).toBe(3);
  });

  it("open chapter 2's dial wide, and give chapter 4's strictness dial first place", () => {
    expect(chapterById("miss")!.wideDial).toBe(true);
    expect(chapterById("strict")!.strictnessDial).toBe(true);
  });
});

describe("the finale and the summary's words", () => {
  it("lists every rule once, with what travels back and over what", () => {
    expect(FINALE_ROWS.map((r) => r.rule).sort()).toEqual([...RULE_IDS].sort());
    for (const r of FINALE_ROWS) expect(r.travels.length * r.over.length).toBeGreaterThan(0);
    expect(FINALE_RACE.seeds.length % 2).toBe(1);
  });

  it("says three in a row by the shot it happened, and races in words", () => {
    expect(learnedText(12)).toBe(" Three in a row by shot 12!");
    expect(learnedText(null)).toBe("");
    const example = { rule: "backprop" as const, misses: [], firstHit: null, learnedAt: null };
    expect(raceText({ rule: "backprop", learned: 9, of: 9, medianLearnedAt: 5, example }, 12)).toBe("three in a row by shot 5 (9 of 9 lines)");
    expect(raceText({ rule: "fire-together", learned: 0, of: 9, medianLearnedAt: null, example }, 12)).toBe("never three in a row within 12 shots");
    expect(raceText({ rule: "trial-and-error", learned: 2, of: 9, medianLearnedAt: null, example }, 12)).toMatch(/only 2 of 9/);
  });

  it("heads the heat map with the rule's own story, and speaks of blame only where the rule hands it out", () => {
    const titles = RULE_IDS.map((r) => heatTitle(r).title);
    expect(new Set(titles).size).toBe(RULE_IDS.length);
    for (const rule of RULE_IDS) {
      const { title, legend } = heatTitle(rule);
      expect(title).toBe(`${storyOf(rule).words.cards}, shot by shot`);
      if (!storyOf(rule).blameVote) expect(`${title} ${legend}`, rule).not.toMatch(/blame|coach/i);
      if (storyOf(rule).speaker !== "coach") expect(title, rule).not.toMatch(/coach/i);
    }
    expect(heatTitle("fire-together").title).toBe("Who fired together, shot by shot");
    expect(heatTitle("backprop").legend).toBe("share of the blame");
  });

  it("numbers every shot under a short heat map, and every fifth under a long one", () => {
    expect(axisShots([1, 2, 3])).toEqual([1, 2, 3]);
    const long = Array.from({ length: 23 }, (_, i) => i + 1);
    expect(axisShots(long)).toEqual([1, 5, 10, 15, 20, 23]);
  });
});
