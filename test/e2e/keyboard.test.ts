// The solo game without a pointer and without sight: the live region tells the shot in order with the
// engine's numbers (and read-aloud speaks the same sentences, tones follow the outputs); the "?" dialog
// and "more time" work from the keyboard alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chapterById } from "../../client/chapters/chapters";
import { passTones, pitchFor } from "../../client/audio/sonify";
import { createGame, describePhase, type GameState, reduce, sayEnglish, storyOf, toView, type Action } from "../../shared";
import { buildClient, serveDist } from "./browser";
import { moreTimeWaits, playStoryShot } from "./solo-access";

let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  buildClient();
  server = await serveDist();
}, 120_000);
afterAll(async () => {
  await server?.close();
});

/** The engine, in Node, playing chapter 1's first shot as the page does: the learner "host" in the chapter's seat. */
function engineShot(vote: { blame: number; direction: "firmer" | "looser" }): GameState[] {
  const c = chapterById("pass")!;
  const step = (s: GameState, a: Action): GameState => {
    const r = reduce(s, a, 0);
    if (!r.ok) throw new Error(r.error.message);
    return r.state;
  };
  let s = createGame("host", c.settings);
  s = step(s, { type: "join", by: "host", name: "You", line: 0, seat: c.seat });
  const seen: GameState[] = [];
  s = step(s, { type: "start", by: "host" });
  seen.push(s);
  for (const a of [{ type: "next" }, { type: "next" }, { type: "next" }, { type: "vote", ...vote }, { type: "next" }] as const) {
    s = step(s, { ...a, by: "host" });
    seen.push(s);
  }
  return seen;
}

describe("the screen reader's story", () => {
  it("tells a whole shot in order, with the engine's numbers, and read-aloud speaks the same sentences", async () => {
    const vote = { blame: 0, direction: "firmer" as const };
    const states = engineShot(vote);
    expect(states.map((s) => s.phase)).toEqual(["aim", "pass", "shot", "vote", "coach", "adjust"]);
    const expected = states.flatMap((s) => describePhase(toView(s), "host").map(sayEnglish));
    // The vote's own question sits between the shot and the rule's story.
    const voteAt = expected.findIndex((t) => t === storyOf("backprop").words.after);
    expected.splice(voteAt, 0, `Shot 1 missed. ${storyOf("backprop").words.vote}`);
    const { said, spoken, pitches, screenLabel } = await playStoryShot(server.url, vote);
    // Everything expected, in this order, and nothing but the game's own words between (the adjust prompt, the summary on W).
    let at = 0;
    for (const sentence of said) if (sentence === expected[at]) at++;
    expect(said.slice(0, expected.length)).toEqual(expected);
    expect(at).toBe(expected.length);
    // The numbers, read back from the words, are the engine's.
    const shot = states[1].lines[0].current!;
    const seat = chapterById("pass")!.seat;
    const mine = said.find((t) => t.includes("to you:"))!;
    const [inn, out] = [...mine.matchAll(/-?\d+\.\d+/g)].map((m) => Number(m[0]));
    expect(inn).toBeCloseTo(shot.inputs[seat], 2);
    expect(out).toBeCloseTo(shot.outputs[seat], 2);
    const lands = said.find((t) => t.startsWith("The shot lands"))!;
    const metres = Number(/([\d.]+) (centi)?metres?/.exec(lands)![1]) / (lands.includes("centimetre") ? 100 : 1);
    expect(metres).toBeCloseTo(Math.abs(shot.miss), 1);
    expect(lands).toContain(shot.miss < 0 ? "short" : "long");
    const report = states[4].lines[0].current!.coach!;
    const you = said.find((t) => t.startsWith("The coach reaches you"))!;
    expect(you).toContain(`${Math.round(report.shares[seat] * 100)}% of the blame, grip ${report.directions[seat]}`);
    // Read aloud: the same sentences, spoken in the same order.
    expect(spoken).toEqual(said);
    // Tones: one per neuron at the pitch of its output.
    for (const t of passTones(shot.outputs, 3)) expect(pitches.some((p) => Math.abs(p - t.freq) < 1e-6)).toBe(true);
    // The court's label is the screen in words.
    expect(screenLabel).toContain(`You are neuron ${seat + 1} of ${shot.outputs.length}.`);
    expect(screenLabel).toContain("Now: everyone turns their handshake.");
  }, 120_000);

  it("maps each output to a pitch an octave per unit, held to three octaves", () => {
    expect(pitchFor(0)).toBe(440);
    expect(pitchFor(1)).toBe(880);
    expect(pitchFor(-1)).toBe(220);
    expect(pitchFor(9)).toBe(1760);
    expect(pitchFor(Number.NaN)).toBe(440);
    expect(passTones([0.1, 0.5, -0.2], 3).map((t) => t.at)).toEqual([0, 1, 2]);
  });
});

describe("keyboard and time", () => {
  it("more time: no clock on the vote and the game waits; off again, the clock runs", async () => {
    await moreTimeWaits(server.url);
  }, 120_000);
});
