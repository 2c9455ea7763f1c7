// Seats over time: late joiners, dropped devices, the host's projector going dark, pausing, and the bounded history.
import { describe, expect, it } from "vitest";
import { type GameState, LIMITS, createGame, tally } from "../../../shared";
import { ok, playByTicks, tickOn } from "../helpers";

function running(): GameState {
  let s = createGame("host", { lineLength: 3, maxRounds: 6, seed: 21 });
  s = ok(s, { type: "join", by: "p1", name: "Ann", seat: 1 });
  return ok(s, { type: "start", by: "host" }, 0);
}

/** Ticks until the game reaches a phase (bounded). */
function until(s: GameState, phase: GameState["phase"], round?: number): GameState {
  for (let i = 0; i < 200 && !(s.phase === phase && (round === undefined || s.round === round)); i++) s = tickOn(s);
  expect(s.phase).toBe(phase);
  return s;
}

describe("seats", () => {
  it("a late joiner takes a bot's seat mid-game and keeps its handshake", () => {
    // Shot 2 misses (from shot 3 this line hits, and a hit has no vote).
    const s = until(running(), "vote", 2);
    expect(s.players.p1.seat).toBe(1); // the seat asked for, even without naming the line
    const bot = s.lines[0].neurons[2];
    expect(bot.playerId).toBeNull();
    const joined = ok(s, { type: "join", by: "late", name: "Latecomer", seat: 2, line: 0 }, s.deadline! - 1);
    const seat = joined.lines[0].neurons[2];
    expect(seat.playerId).toBe("late");
    expect(seat.name).toBe("Latecomer");
    expect(seat.weight).toBe(bot.weight);
    expect(seat.bias).toBe(bot.bias);
    expect(joined.players.late).toMatchObject({ line: 0, seat: 2, connected: true, score: 0 });
    // Asking for a taken seat gives the first free one instead.
    const other = ok(s, { type: "join", by: "x", name: "Xena", seat: 1 });
    expect(other.players.x.seat).toBe(0);
  });

  it("an empty nickname gets a generated one", () => {
    const s = ok(createGame("host", { seed: 3 }), { type: "join", by: "q", name: "  " });
    expect(s.players.q.name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });

  it("a dropped device: the bot plays the seat by the rule (the player's dial is not used), and votes go on without them", () => {
    let s = until(running(), "adjust", 1);
    s = ok(s, { type: "adjust", by: "p1", weight: 3 }, s.deadline! - 10);
    s = ok(s, { type: "connection", player: "p1", connected: false }, s.deadline! - 5);
    expect(s.players.p1.connected).toBe(false);
    const h = s.lines[0].current!;
    s = tickOn(s);
    expect(s.lines[0].neurons[1].weight).toBe(h.weights[1] + h.coach!.weightChanges[1]);
    // While connected, the same dial turn would have stuck.
    let c = until(running(), "adjust", 1);
    c = ok(c, { type: "adjust", by: "p1", weight: 3 }, c.deadline! - 10);
    expect(tickOn(c).lines[0].neurons[1].weight).toBe(3);
    // Back again: the seat is theirs, with the handshake the bot left.
    const back = ok(s, { type: "connection", player: "p1", connected: true }, s.deadline! - 1);
    expect(back.players.p1.connected).toBe(true);
    expect(back.lines[0].neurons[1].playerId).toBe("p1");
  });

  it("when the only person votes, the vote closes without waiting for the timer", () => {
    const s = until(running(), "vote", 1);
    const after = ok(s, { type: "vote", by: "p1", blame: 0, direction: "firmer" }, s.deadline! - 20_000);
    expect(after.phase).toBe("coach");
  });

  it("leaving gives the seat back to a bot, keeping the handshake", () => {
    const s = until(running(), "aim", 2);
    const w = s.lines[0].neurons[1].weight;
    const left = ok(s, { type: "leave", by: "p1", player: "p1" });
    expect(left.players.p1).toBeUndefined();
    expect(left.lines[0].neurons[1]).toMatchObject({ playerId: null, weight: w });
    expect(left.lines[0].neurons[1].name).toMatch(/^Bot /);
  });

  it("the host's projector going dark pauses the game; resume keeps the time that was left", () => {
    const s = until(running(), "vote", 2);
    const t = s.deadline! - 7000;
    const paused = ok(s, { type: "connection", player: "host", connected: false }, t);
    expect(paused.paused).toBe(true);
    expect(paused.pausedRemaining).toBe(7000);
    expect(paused.deadline).toBeNull();
    // Time passes, nothing moves.
    const later = ok(paused, { type: "tick" }, t + 60_000);
    expect(later.phase).toBe("vote");
    const resumed = ok(later, { type: "resume", by: "host" }, t + 60_000);
    expect(resumed.paused).toBe(false);
    expect(resumed.deadline).toBe(t + 60_000 + 7000);
    expect(ok(resumed, { type: "tick" }, t + 66_999).phase).toBe("vote");
    expect(ok(resumed, { type: "tick" }, t + 67_000).phase).toBe("coach");
    // The host's own pause does the same.
    const p2 = ok(s, { type: "pause", by: "host" }, t);
    expect(p2.pausedRemaining).toBe(7000);
  });

  it("the history is bounded", () => {
    // A game as long as the limits allow keeps at most LIMITS.history shots.
    const long = playByTicks(ok(createGame("host", { lineLength: 2, maxRounds: LIMITS.maxRounds.max, seed: 2 }), { type: "start", by: "host" }, 0)).pop()!;
    expect(long.round).toBe(LIMITS.maxRounds.max);
    expect(long.lines[0].history.length).toBeLessThanOrEqual(LIMITS.history);
    // A line whose history is already full drops its oldest shot.
    let s = until(running(), "vote", 2);
    const old = s.lines[0].history[0];
    const filler = Array.from({ length: LIMITS.history }, (_, i) => ({ ...old, round: -i }));
    s = { ...s, lines: [{ ...s.lines[0], history: filler }] };
    const after = tickOn(s);
    expect(after.phase).toBe("coach");
    expect(after.lines[0].history).toHaveLength(LIMITS.history);
    expect(after.lines[0].history[LIMITS.history - 1].round).toBe(2);
    expect(after.lines[0].history[0].round).toBe(-1);
  });

  it("tallies a line's votes like an election", () => {
    const t = tally(
      {
        a: { blame: 0, direction: "firmer" },
        b: { blame: 2, direction: "looser" },
        c: { blame: 2, direction: "firmer" },
      },
      3,
    );
    expect(t).toEqual({ blame: [1, 0, 2], firmer: 2, looser: 1, total: 3 });
  });
});
