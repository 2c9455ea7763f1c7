// The server's pure parts: the class report, join codes, the token bucket and the null restoring.
import { describe, expect, it } from "vitest";
import { type Action, createGame, type GameState, reduce, toView } from "../../shared";
import { classReport, CSV_COLUMNS, reportCsv } from "../../server/report";
import { CODE_ALPHABET, CODE_LENGTH, normalizeCode } from "../../shared";
import { randomCode } from "../../server/rooms/join-code";
import { TokenBucket } from "../../server/guard/rate-limit";
import { wireToView } from "../../shared/protocol/wire-view";

const PLAYED = { lineLength: 3, autoAdvance: false, seed: 11 };

/** A short game; `log` (if given) receives every action, as the server's class log would. */
function play(log?: { at: number; action: Action }[]): GameState {
  let s = createGame("host", PLAYED);
  const step = (a: Action) => {
    const r = reduce(s, a, 0);
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
    log?.push({ at: 0, action: a });
  };
  step({ type: "join", by: "p1", name: "Kim" });
  step({ type: "start", by: "host" });
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < 3; i++) step({ type: "next", by: "host" });
    step({ type: "vote", by: "p1", blame: round, direction: "firmer" });
    step({ type: "next", by: "host" });
    step({ type: "next", by: "host" });
    step({ type: "adjust", by: "p1", weight: 0.5 });
    step({ type: "next", by: "host" });
  }
  return s;
}

describe("class report", () => {
  it("has every round of every line with blame, directions and scored votes", () => {
    const log: { at: number; action: Action }[] = [];
    const game = play(log);
    const report = classReport({ code: "ABCDE", createdAt: 0, settings: PLAYED }, log);
    expect(report.lines[0].shots.map((s) => s.round)).toEqual([1, 2]);
    const shot = report.lines[0].shots[1];
    expect(shot.neurons).toHaveLength(3);
    expect(shot.neurons.reduce((a, n) => a + (n.blameShare ?? 0), 0)).toBeCloseTo(1, 9);
    expect(shot.neurons[0].weight).toBe(game.lines[0].history[1].weights[0]);
    const kim = shot.votes.find((v) => v.name === "Kim")!;
    // Seats and neurons count from 1, as on screen.
    expect(kim).toMatchObject({ blame: 2, direction: "firmer", bot: false, seat: game.players.p1.seat + 1 });
    expect(kim.blameRight).toBe(game.lines[0].history[1].coach!.mostToBlame === 1);
    expect(shot.votes.filter((v) => v.bot)).toHaveLength(2);
  });

  it("writes one CSV row per line, round and seat, rounded for people", () => {
    const log: { at: number; action: Action }[] = [];
    const game = play(log);
    const csv = reportCsv(classReport({ code: "ABCDE", createdAt: 0, settings: PLAYED }, log));
    const rows = csv.replace(/^\uFEFF/, "").trim().split("\r\n").map((r) => r.split(","));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 2 * 3);
    const w = rows[1][CSV_COLUMNS.indexOf("handshake")];
    expect(Number(w)).toBe(Math.round(game.lines[0].history[0].weights[0] * 1000) / 1000);
    expect(rows.slice(1).filter((r) => r[CSV_COLUMNS.indexOf("voter")] === "Kim")).toHaveLength(2);
  });
});

describe("join codes", () => {
  it("are short and use no confusable characters", () => {
    for (let i = 0; i < 200; i++) {
      const code = randomCode();
      expect(code).toHaveLength(CODE_LENGTH);
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]+$/);
    }
    expect(CODE_ALPHABET).not.toMatch(/[IO01]/);
  });

  it("accept any case, spaces and dashes, and refuse the impossible", () => {
    expect(normalizeCode("k7qxm")).toBe("K7QXM");
    expect(normalizeCode(" k7-qxm ")).toBe("K7QXM");
    expect(normalizeCode("K7QX0")).toBeNull();
    expect(normalizeCode("K7QX")).toBeNull();
    expect(normalizeCode(42)).toBeNull();
    expect(normalizeCode("x".repeat(1000))).toBeNull();
  });
});

describe("token bucket", () => {
  it("allows the burst, then the steady rate", () => {
    const b = new TokenBucket(10, 20, 0);
    let ok = 0;
    for (let i = 0; i < 30; i++) if (b.take(0)) ok++;
    expect(ok).toBe(20);
    expect(b.take(50)).toBe(false);
    expect(b.take(100)).toBe(true);
    expect(b.take(10_000)).toBe(true);
  });
});

describe("wire view", () => {
  it("puts back exactly the null fields Schema leaves out", () => {
    const view = toView(play());
    const stripped = JSON.parse(JSON.stringify(view, (_k, v) => (v === null ? undefined : v)));
    expect(stripped.deadline).toBeUndefined();
    expect(wireToView(stripped)).toStrictEqual(view);
  });
});
