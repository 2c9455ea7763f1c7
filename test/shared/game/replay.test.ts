// A class is its log: whatever mix of actions a class goes through (joins, drops, kicks, votes, dials,
// host commands, clock ticks, refusals), replaying the accepted ones at their times gives back exactly
// the live state. The server recovers classes after a restart with this replay.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Action, HOST_ID, type LoggedAction, reduce, replayGame, startGame } from "../../../shared";

const PLAYERS = ["p1", "p2", "p3", "p4"];

/** One random thing that can happen to a class (valid or not: refusals must simply not be logged). */
const step: fc.Arbitrary<{ dt: number; action: Action }> = fc.record({
  dt: fc.integer({ min: 0, max: 20_000 }),
  action: fc.oneof(
    { arbitrary: fc.record({ type: fc.constant("join" as const), by: fc.constantFrom(...PLAYERS), name: fc.constantFrom("", "Ada", "Bo", "Cy", "ada") }), weight: 1 },
    { arbitrary: fc.record({ type: fc.constant("leave" as const), by: fc.constantFrom(HOST_ID, ...PLAYERS), player: fc.constantFrom(...PLAYERS) }), weight: 1 },
    { arbitrary: fc.record({ type: fc.constant("unban" as const), by: fc.constant(HOST_ID), name: fc.constantFrom("Ada", "Bo") }), weight: 1 },
    { arbitrary: fc.record({ type: fc.constant("connection" as const), player: fc.constantFrom(HOST_ID, ...PLAYERS), connected: fc.boolean() }), weight: 1 },
    { arbitrary: fc.record({ type: fc.constantFrom("start" as const, "pause" as const, "resume" as const, "end" as const), by: fc.constant(HOST_ID) }), weight: 1 },
    // The host's "next" and the clock are what move a class along: weighted up so runs get deep into rounds.
    { arbitrary: fc.record({ type: fc.constant("next" as const), by: fc.constant(HOST_ID) }), weight: 6 },
    { arbitrary: fc.record({ type: fc.constant("tick" as const) }), weight: 3 },
    { arbitrary: fc.record({ type: fc.constant("vote" as const), by: fc.constantFrom(...PLAYERS), blame: fc.integer({ min: 0, max: 3 }), direction: fc.constantFrom("firmer" as const, "looser" as const) }), weight: 1 },
    { arbitrary: fc.record({ type: fc.constant("adjust" as const), by: fc.constantFrom(...PLAYERS), weight: fc.double({ min: -2, max: 2, noNaN: true }) }), weight: 1 },
    { arbitrary: fc.record({ type: fc.constant("ready" as const), by: fc.constantFrom(...PLAYERS) }), weight: 1 },
  ),
});

describe("replaying a class's log", () => {
  it("gives back exactly the live state, for any sequence of actions", () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.boolean(), fc.array(step, { minLength: 10, maxLength: 150, size: "max" }), (seed, autoAdvance, steps) => {
        const settings = { lineLength: 4, seed, autoAdvance, voteSeconds: 5, adjustSeconds: 5 };
        const createdAt = 1_700_000_000_000;
        const start = startGame(HOST_ID, settings, createdAt);
        if (!start.ok) throw new Error(start.error.message);
        let live = start.state;
        let now = createdAt;
        const log: LoggedAction[] = [];
        for (const { dt, action } of steps) {
          now += dt;
          const r = reduce(live, action, now);
          // As the room does: only what was accepted and changed something is logged.
          if (r.ok && r.state !== live) {
            log.push({ at: now, action: structuredClone(action) });
            live = r.state;
            reached.add(live.phase);
            if (live.round > 1) reached.add("second shot");
            if (live.banned.length > 0) reached.add("a ban");
          }
        }
        // Through JSON, as the store keeps it.
        const stored = JSON.parse(JSON.stringify(log)) as LoggedAction[];
        expect(replayGame(HOST_ID, settings, createdAt, stored)).toStrictEqual(live);
      }),
      { numRuns: 300 },
    );
    // The random classes really played: they got through the round, into a second shot, and banned someone.
    for (const what of ["vote", "adjust", "summary", "second shot", "a ban"]) expect(reached, what).toContain(what);
  });

  it("refuses a log that does not apply, naming the entry", () => {
    expect(() => replayGame(HOST_ID, null, 0, [{ at: 0, action: { type: "vote", by: "ghost", blame: 0, direction: "firmer" } }])).toThrow(/entry 0 \(vote\)/);
    expect(() => replayGame(HOST_ID, { lineLength: 99 }, 0, [])).toThrow(/settings/);
  });
});
