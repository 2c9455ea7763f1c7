// Every illegal action is refused with a typed error and leaves the state exactly as it was (same object).
import { describe, expect, it } from "vitest";
import { type Action, type GameState, LIMITS, createGame } from "../../../shared";
import { ok, refused } from "../helpers";

/** A game in the lobby with two people seated (autoAdvance off so phases wait for the host; one line at most, so a fourth person finds it full). */
function lobby(): GameState {
  let s = createGame("host", { lineLength: 3, maxRounds: 3, seed: 1, autoAdvance: false, maxTeams: 1 });
  s = ok(s, { type: "join", by: "p1", name: "Ann" });
  return ok(s, { type: "join", by: "p2", name: "Bob" });
}

/** The same game moved on to a phase. */
function at(phase: GameState["phase"]): GameState {
  let s = ok(lobby(), { type: "start", by: "host" }, 0);
  for (let i = 0; i < 8 && s.phase !== phase; i++) s = ok(s, { type: "next", by: "host" }, i + 1);
  expect(s.phase).toBe(phase);
  return s;
}

describe("refusals leave the state unchanged", () => {
  it("wrong phase", () => {
    refused(lobby(), { type: "vote", by: "p1", blame: 0, direction: "firmer" }, "wrong-phase");
    refused(lobby(), { type: "adjust", by: "p1", weight: 1 }, "wrong-phase");
    refused(lobby(), { type: "ready", by: "p1" }, "wrong-phase");
    refused(lobby(), { type: "next", by: "host" }, "wrong-phase");
    refused(lobby(), { type: "pause", by: "host" }, "wrong-phase");
    refused(lobby(), { type: "resume", by: "host" }, "wrong-phase");
    refused(at("aim"), { type: "start", by: "host" }, "wrong-phase");
    refused(at("vote"), { type: "adjust", by: "p1", weight: 1 }, "wrong-phase");
    refused(at("adjust"), { type: "vote", by: "p1", blame: 0, direction: "firmer" }, "wrong-phase");
    refused(at("shot"), { type: "configure", by: "host", settings: { lineLength: 4 } }, "wrong-phase");
    const end = ok(at("vote"), { type: "end", by: "host" });
    expect(end.phase).toBe("summary");
    refused(end, { type: "end", by: "host" }, "wrong-phase");
    refused(end, { type: "next", by: "host" }, "wrong-phase");
  });

  it("not your seat, not the host", () => {
    refused(at("vote"), { type: "vote", by: "stranger", blame: 0, direction: "firmer" }, "not-seated");
    refused(at("adjust"), { type: "adjust", by: "stranger", weight: 1 }, "not-seated");
    refused(at("adjust"), { type: "ready", by: "stranger" }, "not-seated");
    const hostOnly: Action[] = [
      { type: "start", by: "p1" },
      { type: "configure", by: "p1", settings: { strictness: 0.5 } },
      { type: "lock", by: "p1", locked: true },
      { type: "end", by: "p1" },
      { type: "setHoop", by: "p1", distance: 5 },
      { type: "leave", by: "p1", player: "p2" },
    ];
    for (const a of hostOnly) refused(lobby(), a, "not-host");
    for (const a of [{ type: "next", by: "p2" }, { type: "pause", by: "p2" }] as Action[]) refused(at("pass"), a, "not-host");
    refused(lobby(), { type: "leave", by: "host", player: "ghost" }, "unknown-player");
    refused(lobby(), { type: "connection", player: "ghost", connected: false }, "unknown-player");
  });

  it("out of range, NaN, Infinity, 1e308", () => {
    const vote = at("vote");
    for (const blame of [-1, 3, 1.5, 99, 1e308, Infinity]) refused(vote, { type: "vote", by: "p1", blame, direction: "firmer" }, "out-of-range");
    refused(vote, { type: "vote", by: "p1", blame: NaN, direction: "firmer" }, "not-a-number");
    refused(vote, { type: "vote", by: "p1", blame: "1" as unknown as number, direction: "firmer" }, "not-a-number");
    refused(vote, { type: "vote", by: "p1", blame: 1, direction: "sideways" as "firmer" }, "bad-action");
    const adjust = at("adjust");
    for (const weight of [LIMITS.weight + 0.001, -LIMITS.weight - 1, 1e308, -1e308, Infinity, -Infinity]) {
      refused(adjust, { type: "adjust", by: "p1", weight }, "out-of-range");
    }
    refused(adjust, { type: "adjust", by: "p1", weight: NaN }, "not-a-number");
    refused(adjust, { type: "adjust", by: "p1", weight: 1, bias: NaN }, "not-a-number");
    refused(adjust, { type: "adjust", by: "p1", weight: 1, bias: 1e308 }, "out-of-range");
    refused(lobby(), { type: "setHoop", by: "host", distance: 100 }, "out-of-range");
    refused(lobby(), { type: "setHoop", by: "host", distance: NaN }, "not-a-number");
    refused(lobby(), { type: "join", by: "p3", name: "Cy", seat: 7 }, "out-of-range");
    refused(lobby(), { type: "join", by: "p3", name: "Cy", line: 1 }, "out-of-range");
    const bad: Record<string, unknown>[] = [
      { lineLength: 13 },
      { lineLength: 1 },
      { lineLength: 2.5 },
      { teams: 0 },
      { maxTeams: 0 },
      { maxTeams: 9 },
      { strictness: 2 },
      { strictness: Infinity },
      { voteSeconds: 1 },
      { maxRounds: 1e308 },
      { hoop: { fixedRounds: -1 } },
      { hoop: { fixedDistance: 50 } },
      { startWeights: { min: 1, max: 0.5 } },
      { lineLength: 1e308 },
    ];
    for (const settings of bad) refused(lobby(), { type: "configure", by: "host", settings }, "out-of-range");
    refused(lobby(), { type: "configure", by: "host", settings: { strictness: NaN } }, "not-a-number");
    // Fewer seats than people, and no more lines allowed.
    refused(ok(lobby(), { type: "join", by: "p3", name: "Cy" }), { type: "configure", by: "host", settings: { lineLength: 2 } }, "out-of-range");
  });

  it("unknown actions and malformed settings", () => {
    refused(lobby(), { type: "dance", by: "p1" } as unknown as Action, "bad-action");
    refused(lobby(), null as unknown as Action, "bad-action");
    refused(lobby(), { type: "configure", by: "host", settings: { colour: "red" } as never }, "bad-action");
    refused(lobby(), { type: "configure", by: "host", settings: { activation: "softmax" } as never }, "bad-action");
    refused(lobby(), { type: "configure", by: "host", settings: { rules: ["magic"] } as never }, "bad-action");
    refused(lobby(), { type: "configure", by: "host", settings: { rules: [] } }, "bad-action");
    refused(lobby(), { type: "configure", by: "host", settings: { court: {} } as never }, "bad-action");
    refused(lobby(), { type: "configure", by: "host", settings: "fast" as never }, "bad-action");
    refused(lobby(), { type: "lock", by: "host", locked: "yes" as unknown as boolean }, "bad-action");
    refused(at("aim"), { type: "next", by: "host", replay: 1 as unknown as boolean }, "bad-action");
  });

  it("bad names, taken names, a full class, a locked class, a second seat", () => {
    for (const name of ["fuck off", "Sh1t", "x".repeat(21), "<script>", "Bot Ada", "ass", 42 as unknown as string]) {
      refused(lobby(), { type: "join", by: "p3", name }, "bad-name");
    }
    refused(lobby(), { type: "join", by: "p3", name: "ann" }, "name-taken");
    refused(lobby(), { type: "join", by: "p3", name: "  Ann " }, "name-taken");
    refused(lobby(), { type: "join", by: "p1", name: "Again" }, "bad-action");
    refused(lobby(), { type: "join", by: "", name: "Nobody" }, "bad-action");
    const full = ok(lobby(), { type: "join", by: "p3", name: "Cy" });
    expect(refused(full, { type: "join", by: "p4", name: "Dee" }, "full")).toMatch(/ask your teacher/);
    const locked = ok(lobby(), { type: "lock", by: "host", locked: true });
    refused(locked, { type: "join", by: "p3", name: "Cy" }, "locked");
    expect(ok(ok(locked, { type: "lock", by: "host", locked: false }), { type: "join", by: "p3", name: "Cy" }).players.p3.name).toBe("Cy");
  });

  it("one vote per round, and no voting or adjusting while paused", () => {
    const voted = ok(at("vote"), { type: "vote", by: "p1", blame: 0, direction: "firmer" });
    refused(voted, { type: "vote", by: "p1", blame: 1, direction: "looser" }, "already-voted");
    refused(ok(at("vote"), { type: "pause", by: "host" }, 5), { type: "vote", by: "p2", blame: 0, direction: "firmer" }, "paused");
    refused(ok(at("adjust"), { type: "pause", by: "host" }, 5), { type: "adjust", by: "p2", weight: 0 }, "paused");
  });
});
