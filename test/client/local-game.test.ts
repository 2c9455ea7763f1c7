import { describe, expect, it } from "vitest";
import { createGame, reduce, toView } from "../../shared";
import { LocalGame, type Scheduler, SOLO_ID } from "../../client/source/local-game";

/** A clock and interval driven by hand. */
function manualScheduler() {
  let now = 0;
  const timers: { ms: number; next: number; fn: () => void }[] = [];
  const s: Scheduler & { advance(ms: number): void; count(): number } = {
    now: () => now,
    every(ms, fn) {
      const t = { ms, next: now + ms, fn };
      timers.push(t);
      return () => timers.splice(timers.indexOf(t), 1);
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
    count: () => timers.length,
  };
  return s;
}

const settings = { lineLength: 3, seed: 4, voteSeconds: 60, adjustSeconds: 60 };

describe("LocalGame", () => {
  it("seats the learner as the host in the chosen seat, bots elsewhere", () => {
    const g = new LocalGame({ settings, seat: 2, scheduler: manualScheduler() });
    const v = g.view();
    expect(g.me).toBe(SOLO_ID);
    expect(v.hostId).toBe(SOLO_ID);
    expect(v.players[SOLO_ID].seat).toBe(2);
    expect(v.lines[0].neurons.map((n) => n.playerId)).toEqual([null, null, SOLO_ID]);
    g.dispose();
  });

  it("moves through the animated phases by itself as its clock runs", () => {
    const sched = manualScheduler();
    const g = new LocalGame({ settings, seat: 0, scheduler: sched });
    const phases: string[] = [];
    g.subscribe((v) => phases.push(v.phase));
    expect(g.send({ type: "start" })).toBeNull();
    sched.advance(8000); // aim 1.5 s + pass 3 s + shot 2.5 s
    expect(phases).toEqual(["aim", "pass", "shot", "vote"]);
    g.dispose();
    expect(sched.count()).toBe(0);
  });

  it("runs its clock faster at a higher speed", () => {
    const sched = manualScheduler();
    const g = new LocalGame({ settings, seat: 0, scheduler: sched, speed: 4 });
    g.send({ type: "start" });
    sched.advance(2000); // 8 s of game time
    expect(g.view().phase).toBe("vote");
    g.setSpeed(1);
    const at = g.clock();
    sched.advance(1000);
    expect(g.clock() - at).toBeCloseTo(1000, 6);
    g.dispose();
  });

  it("refuses bad intents with the engine's errors and tells error listeners", () => {
    const g = new LocalGame({ settings, seat: 0, scheduler: manualScheduler() });
    const heard: string[] = [];
    g.onError((e) => heard.push(e.code));
    expect(g.send({ type: "vote", blame: 0, direction: "firmer" })?.code).toBe("wrong-phase");
    expect(g.send({ type: "adjust", weight: Number.NaN })?.code).toBe("not-a-number");
    expect(heard).toEqual(["wrong-phase", "not-a-number"]);
    g.dispose();
  });

  it("gives the same shots and blame as the engine driven directly with the same seed", () => {
    const sched = manualScheduler();
    const g = new LocalGame({ settings, seat: 1, scheduler: sched });
    g.send({ type: "start" });
    let s = createGame(SOLO_ID, settings);
    s = reduce(s, { type: "join", by: SOLO_ID, name: "You", line: 0, seat: 1 }, 0).state;
    s = reduce(s, { type: "start", by: SOLO_ID }, 0).state;
    let votes = 0;
    for (let shot = 0; shot < 3; shot++) {
      sched.advance(8000);
      // A shot that goes in has nobody to blame: no vote, straight on to the rule's own step.
      const voting = g.view().phase === "vote";
      expect(g.view().phase).toBe(voting ? "vote" : "coach");
      if (voting) g.send({ type: "vote", blame: 2, direction: "looser" });
      while (s.phase !== (voting ? "vote" : "coach")) s = reduce(s, { type: "next", by: SOLO_ID }, 0).state;
      if (voting) {
        s = reduce(s, { type: "vote", by: SOLO_ID, blame: 2, direction: "looser" }, 0).state;
        votes++;
      }
      expect(g.view().lines[0].current).toEqual(toView(s).lines[0].current);
      g.send({ type: "next" });
      g.send({ type: "ready" });
      s = reduce(s, { type: "next", by: SOLO_ID }, 0).state;
      s = reduce(s, { type: "ready", by: SOLO_ID }, 0).state;
      expect(g.view().lines[0].neurons).toEqual(s.lines[0].neurons);
    }
    expect(votes).toBeGreaterThan(0);
    g.dispose();
  });
});
