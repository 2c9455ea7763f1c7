// Seats follow the class: a new line opens when every seat is taken, up to the teacher's cap; the lobby
// line counts it; a new shape between games seats everyone again without anyone joining again.
import { describe, expect, it } from "vitest";
import { type GameState, createGame, lobbyLine, seatsLeft } from "../../../shared";
import { ok, refused, tickOn } from "../helpers";

function joinMany(s: GameState, n: number, from = 0): GameState {
  for (let i = from; i < from + n; i++) s = ok(s, { type: "join", by: `p${i}`, name: `Kid ${i}` });
  return s;
}

describe("seats follow the class", () => {
  it("a default class starts with one line and opens a new one each time the seats run out, up to its cap", () => {
    let s = createGame("host", { seed: 4 });
    expect(s.lines).toHaveLength(1);
    const { lineLength, maxTeams } = s.settings;
    for (let i = 0; i < lineLength * maxTeams; i++) {
      s = ok(s, { type: "join", by: `p${i}`, name: `Kid ${i}` });
      // Just as many lines as the people need, and every line as long as the setting.
      expect(s.lines).toHaveLength(Math.ceil((i + 1) / lineLength));
      expect(s.settings.teams).toBe(s.lines.length);
      expect(s.lines.every((l) => l.neurons.length === lineLength && l.feedback.length === lineLength)).toBe(true);
    }
    // Everyone has a seat of their own, and the engine's seat map agrees with each player's.
    const seats = new Set(Object.values(s.players).map((p) => `${p.line}:${p.seat}`));
    expect(seats.size).toBe(lineLength * maxTeams);
    for (const p of Object.values(s.players)) expect(s.lines[p.line].neurons[p.seat].playerId).toBe(p.id);
    // At the cap: full, and the refusal says what to ask the teacher for.
    expect(refused(s, { type: "join", by: "late", name: "Late" }, "full")).toMatch(/ask your teacher to allow more lines or longer lines/);
    // The teacher raises the cap: the next one gets in.
    const raised = ok(s, { type: "configure", by: "host", settings: { maxTeams: maxTeams + 1 } });
    expect(ok(raised, { type: "join", by: "late", name: "Late" }).players.late.line).toBe(maxTeams);
  });

  it("new lines follow the rules list and draw their handshakes from the start range; the same joins give the same lines", () => {
    const settings = { lineLength: 3, rules: ["backprop", "trial-and-error"] as const, seed: 9, startWeights: { min: 0.9, max: 1.1 } };
    const grown = joinMany(createGame("host", { ...settings, rules: [...settings.rules] }), 7);
    expect(grown.lines.map((l) => l.rule)).toEqual(["backprop", "trial-and-error", "backprop"]);
    for (const l of grown.lines) for (const n of l.neurons) expect(n.weight >= 0.9 && n.weight <= 1.1).toBe(true);
    expect(joinMany(createGame("host", { ...settings, rules: [...settings.rules] }), 7)).toEqual(grown);
  });

  it("a line opens mid-game too: it waits for the next shot, then plays like the others", () => {
    let s = joinMany(createGame("host", { lineLength: 3, seed: 2 }), 3);
    s = ok(s, { type: "start", by: "host" }, 0);
    s = tickOn(tickOn(s)); // aim -> pass -> shot
    expect(s.phase).toBe("shot");
    s = ok(s, { type: "join", by: "late", name: "Late" }, s.deadline! - 1);
    expect(s.lines).toHaveLength(2);
    expect(s.lines[1].current).toBeNull();
    for (let i = 0; i < 30 && !(s.phase === "shot" && s.round === 2); i++) s = tickOn(s);
    expect(s.lines[1].current?.round).toBe(2);
    expect(s.lines[1].history).toHaveLength(0);
    for (let i = 0; i < 30 && s.phase !== "adjust"; i++) s = tickOn(s);
    expect(s.lines[1].history.map((h) => h.round)).toEqual([2]);
  });

  it("a join that asks for a full line sits in another line with room before a new line opens", () => {
    let s = joinMany(createGame("host", { lineLength: 2, teams: 2, seed: 1 }), 2); // one in each line
    s = ok(s, { type: "join", by: "x", name: "Xena", line: 0 });
    s = ok(s, { type: "join", by: "y", name: "Yan", line: 0 });
    expect(s.players.y.line).toBe(1);
    expect(s.lines).toHaveLength(2);
  });

  it("locked: nobody new gets in, even with lines to spare", () => {
    const s = ok(joinMany(createGame("host", { lineLength: 2 }), 2), { type: "lock", by: "host", locked: true });
    expect(refused(s, { type: "join", by: "z", name: "Zed" }, "locked")).toMatch(/ask your teacher to unlock/);
  });
});

describe("the lobby line", () => {
  it("says who joined, how many lines and what is left, in plain words", () => {
    let s = createGame("host", { lineLength: 6 });
    expect(lobbyLine(s)).toBe("0 joined · 1 line · 6 free seats");
    s = joinMany(s, 17);
    expect(lobbyLine(s)).toBe("17 joined · 3 lines · 1 free seat");
    expect(seatsLeft(s)).toEqual({ free: 1, grows: true });
    s = joinMany(s, 1, 17);
    expect(lobbyLine(s)).toBe("18 joined · 3 lines · the next to join opens a new line");
    const capped = ok(s, { type: "configure", by: "host", settings: { maxTeams: 3 } });
    expect(lobbyLine(capped)).toBe("18 joined · 3 lines · full: allow more or longer lines in Settings");
  });
});

describe("a new shape between games seats everyone again", () => {
  it("in the lobby and at the summary, longer or shorter lines keep every person seated, adding lines where needed", () => {
    let s = joinMany(createGame("host", { seed: 6, maxRounds: 1 }), 12); // 3 lines of 5
    expect(s.lines).toHaveLength(3);
    s = ok(s, { type: "configure", by: "host", settings: { lineLength: 3 } });
    expect(s.lines).toHaveLength(4);
    expect(s.lines.every((l) => l.neurons.length === 3)).toBe(true);
    // Play the one shot to the summary, then reshape again: same people, same ids, new seats.
    s = ok(s, { type: "start", by: "host" }, 0);
    for (let i = 0; i < 30 && s.phase !== "summary"; i++) s = tickOn(s);
    expect(s.phase).toBe("summary");
    const ids = Object.keys(s.players).sort();
    s = ok(s, { type: "configure", by: "host", settings: { lineLength: 6, teams: 2 } });
    expect(s.lines).toHaveLength(2);
    expect(Object.keys(s.players).sort()).toEqual(ids);
    for (const p of Object.values(s.players)) expect(s.lines[p.line].neurons[p.seat].playerId).toBe(p.id);
    expect(s.lines.map((l) => l.neurons.filter((n) => n.playerId !== null).length)).toEqual([6, 6]);
    // A next game starts with the new shape and nobody joins again.
    s = ok(s, { type: "start", by: "host" }, 10_000);
    expect(s.phase).toBe("aim");
    expect(Object.keys(s.players)).toHaveLength(12);
    // A shape with too few seats for the cap is refused, saying why.
    const over = ok(s, { type: "end", by: "host" }, 10_001);
    expect(refused(over, { type: "configure", by: "host", settings: { lineLength: 2, maxTeams: 4, teams: 1 } }, "out-of-range")).toMatch(/12 players need 6 lines of 2/);
  });

  it("during a game the shape cannot change", () => {
    const s = ok(joinMany(createGame("host"), 2), { type: "start", by: "host" }, 0);
    refused(s, { type: "configure", by: "host", settings: { lineLength: 4 } }, "wrong-phase");
  });
});
