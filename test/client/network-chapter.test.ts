// The solo chapter "The network": its seed is picked by a search over seeds (below) so that the first shot
// misses far enough to vote on, and following the coach lands within 1 m in a few shots. The games are the
// engine's own (createGame and reduce), played as the chapter's screen plays them: the learner votes after
// every miss, then follows (Done without turning) or keeps every dial still.
import { describe, expect, it } from "vitest";
import { chapterById, CHAPTERS } from "../../client/chapters/chapters";
import { netClosest } from "../../client/chapters/network-goals";
import { type Action, createGame, type GameState, reduce, type Settings, toView } from "../../shared";

/** Applies an action that must succeed. */
function ok(s: GameState, a: Action, now: number): GameState {
  const r = reduce(s, a, now);
  if (!r.ok) throw new Error(`${a.type}: ${r.error.message}`);
  return r.state;
}

/** Plays a network game as the learner in `seat`: the misses, shot by shot, and the state at the end. */
function play(settings: Partial<Settings>, seat: number, rounds: number, policy: "follow" | "keep"): { misses: number[]; end: GameState } {
  let now = 0;
  let s = ok(createGame("host", { ...settings, autoAdvance: false, maxRounds: rounds }), { type: "join", by: "host", name: "You", line: 0, seat }, now);
  s = ok(s, { type: "start", by: "host" }, (now += 1000));
  const misses: number[] = [];
  for (let guard = 0; guard < 40 * rounds && s.phase !== "summary"; guard++) {
    now += 1000;
    const net = s.network;
    const rec = net?.current;
    if (s.phase === "vote" && rec && !rec.votes.host) s = ok(s, { type: "vote", by: "host", handshake: 0, direction: "firmer" }, now);
    else if (s.phase === "adjust" && net && rec && !net.neurons[seat]?.ready) {
      if (policy === "keep") s = ok(s, { type: "adjust", by: "host", weights: rec.weights[seat], bias: rec.biases[seat] }, now);
      s = ok(s, { type: "ready", by: "host" }, now);
      misses.push(rec.miss);
    } else s = ok(s, { type: "next", by: "host" }, now);
  }
  return { misses, end: s };
}

/** The shot (1-based) on which a game first lands within `m` metres, or null. */
const within = (misses: number[], m: number) => {
  const i = misses.findIndex((x) => Math.abs(x) < m);
  return i < 0 ? null : i + 1;
};

describe('the chapter "The network"', () => {
  const chapter = chapterById("network");

  it("comes after the chapters played in lines, and is one network with the learner in a middle neuron of three handshakes", () => {
    expect(chapter).toBeDefined();
    expect(CHAPTERS.findIndex((c) => c.settings.shape === "network")).toBe(CHAPTERS.findIndex((c) => c.id === "network"));
    const s = createGame("host", chapter?.settings);
    const net = s.network;
    expect(net?.widths).toEqual([3, 3, 3, 1]);
    expect(net?.neurons[chapter?.seat ?? -1]).toMatchObject({ layer: 1, index: 1 });
    expect(net?.neurons[chapter?.seat ?? -1]?.weights).toHaveLength(3);
  });

  it("misses by more than 2 m first (a vote), and following lands within 1 m on shot 3; the goal sees it", () => {
    if (!chapter) throw new Error("no chapter");
    const { misses, end } = play(chapter.settings, chapter.seat, 6, "follow");
    expect(Math.abs(misses[0] ?? 0)).toBeGreaterThan(2);
    expect(within(misses, 1)).toBe(3);
    expect(netClosest(toView(end))).toBeLessThan(1);
    expect(chapter.goal.reached(toView(end), "host")).toBe(true);
    // Every shot until the goal missed the hoop, so the learner voted each time, and the votes were scored.
    expect(end.players.host?.votesCast).toBe(3);
  });

  it("is not reached after one shot, whatever the learner does", () => {
    if (!chapter) throw new Error("no chapter");
    for (const policy of ["follow", "keep"] as const) {
      const { end } = play(chapter.settings, chapter.seat, 1, policy);
      expect(chapter.goal.reached(toView(end), "host")).toBe(false);
    }
  });

  it("the seed search: seeds 1-60 at the chapter's strictness, those where the first shot misses by > 2 m and following lands within 1 m by shot 3 or 4", () => {
    if (!chapter) throw new Error("no chapter");
    const good: number[] = [];
    for (let seed = 1; seed <= 60; seed++) {
      const { misses } = play({ ...chapter.settings, seed }, chapter.seat, 5, "follow");
      const at = within(misses, 1);
      if (Math.abs(misses[0] ?? 0) > 2 && at !== null && at >= 3 && at <= 4) good.push(seed);
    }
    // Most seeds fit (the network is small and everyone follows); the chapter takes the first.
    expect(good.length).toBeGreaterThan(20);
    expect(good[0]).toBe(chapter.settings.seed);
  });
});
