// Each rule tells its own story, in real Chromium on a phone: one shot under every learning rule (the
// chapters that use it, or free play), played by tapping, and what the screen says held against the rule
// that is running. Only backprop draws a coach; feedback alignment draws its wires with the engine's own
// strengths; activity difference shows the nudge; trial and error its second shot; under trial and error
// and fire together no word anywhere speaks of a coach or blame.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chapterById } from "../../client/chapters/chapters";
import { SOLO_ID } from "../../client/source/local-game";
import { createGame, RULES, storyOf } from "../../shared";
import { buildClient, launch, PHONE, serveDist } from "./browser";
import { watchErrors } from "./solo-play";
import { playStoryShot, startChapter, startFreePlay, type StoryShot } from "./story-play";

let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(() => {
  buildClient();
}, 120_000);
beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await server?.close();
});

/** Plays one shot on a phone, started by `start`; returns what the screen showed. */
async function oneShot(tag: string, start: (page: import("playwright-core").Page) => Promise<void>): Promise<StoryShot> {
  const { context, close } = await launch(PHONE);
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await start(page);
    const shot = await playStoryShot(page, PHONE, tag, { blame: 0, direction: "firmer" });
    expect(errors).toEqual([]);
    return shot;
  } finally {
    await close();
  }
}

/** Every word of the phases before the rule's step, and of the step itself (the game's own name aside: it is the Blame Game under every rule). */
const spoken = (s: StoryShot) =>
  Object.entries(s.words)
    .flatMap(([, w]) => w)
    .join(" | ")
    .replace(/the blame game/gi, "the game");

describe("each rule tells its own story, on a phone", () => {
  it("backprop (chapter 3): a vote on blame, then a coach who walks back handing out notes and cards", async () => {
    const s = await oneShot("backprop", (p) => startChapter(p, server.url, "coach"));
    expect(s.voted).toBe(true);
    expect(s.question).toBe(RULES.backprop.story.words.vote);
    expect(s.middle.rule).toBe("backprop");
    expect(s.middle.coach).toBe(true);
    expect(s.middle.wires).toEqual([]);
    // Half way, the coach has reached the back of the line only: cards are revealed as it arrives.
    expect(s.middle.cards.length).toBeGreaterThan(0);
    expect(s.middle.cards.length).toBeLessThan(4);
    expect(s.end.cards.map((c) => c.seat)).toEqual([3, 2, 1, 0]);
    expect(s.end.notes).toEqual([3, 2, 1, 0]);
    expect(s.status).toContain("same handshakes");
    expect(s.cards).toMatch(/note: (tiny|small|medium|big|huge)/);
    expect(s.cards).not.toMatch(/\de[-+]?\d/);
    expect(s.tally).toMatch(/✔ coach/);
  }, 90_000);

  it("feedback alignment (chapter 6): no coach; the separate wires are drawn with the engine's fixed strengths", async () => {
    const s = await oneShot("feedback-alignment", (p) => startChapter(p, server.url, "wiring"));
    const chapter = chapterById("wiring")!;
    const feedback = createGame(SOLO_ID, chapter.settings).lines[0].feedback;
    for (const marks of [s.middle, s.end]) {
      expect(marks.coach).toBe(false);
      expect(marks.wires.map((w) => [w.from, w.to])).toEqual(feedback.slice(1).map((_, k) => [k + 1, k]));
      marks.wires.forEach((w) => expect(w.strength).toBe(feedback[w.from]));
    }
    expect(s.voted).toBe(true);
    expect(s.question).toBe(RULES["feedback-alignment"].story.words.vote);
    expect(s.status).toContain("separate wires");
    expect(s.status).toMatch(/agrees with their handshake: \d of \d/);
    expect(s.status).not.toMatch(/coach walks|coach hands|the coach's/i);
    expect(s.end.notes).toEqual([3, 2, 1, 0]);
  }, 90_000);

  it("activity difference (free play): no coach and no note; the shooter is nudged and each neuron compares its firing", async () => {
    const s = await oneShot("activity-difference", (p) => startFreePlay(p, server.url, RULES["activity-difference"].title));
    expect(s.middle.coach).toBe(false);
    expect(s.end.coach).toBe(false);
    expect(s.end.notes).toEqual([]);
    expect(s.end.nudged.length).toBe(5);
    expect(s.end.notes).toEqual([]);
    expect(s.status).toContain(RULES["activity-difference"].story.words.after);
    expect(s.cards).toMatch(/fired -?\d\.\d+ → -?\d\.\d+/);
    expect(s.status).not.toMatch(/coach walks|coach hands|the coach's/i);
  }, 90_000);

  it("trial and error (chapter 7): no coach, no vote, no blame; everyone wiggles and the second shot is drawn", async () => {
    const s = await oneShot("trial-and-error", (p) => startChapter(p, server.url, "guess"));
    expect(s.voted).toBe(false);
    expect(s.words.vote).toBeUndefined();
    expect(s.middle.coach).toBe(false);
    expect(s.end.second).not.toBeNull();
    const kept = s.end.second!.kept;
    expect(s.status).toContain(kept ? "Closer, so everyone keeps their wiggle." : "Farther, so everyone goes the other way instead.");
    for (const c of s.end.cards) expect(c.text).toMatch(kept ? /kept$/ : /reversed$/);
    expect(spoken(s)).not.toMatch(/coach|blame/i);
    expect(s.end.words.join(" ")).not.toMatch(/coach|blame/i);
    expect(storyOf("trial-and-error").blameVote).toBe(false);
  }, 90_000);

  it("fire together (free play): nobody hears the miss; no coach, no note, no vote, no blame anywhere", async () => {
    const s = await oneShot("fire-together", (p) => startFreePlay(p, server.url, RULES["fire-together"].title));
    expect(s.voted).toBe(false);
    expect(s.middle.coach).toBe(false);
    expect(s.end.notes).toEqual([]);
    expect(s.end.together.length).toBeGreaterThan(0);
    expect(s.status).toContain("Nobody hears about the miss");
    expect(s.end.words).toContain("nobody hears the miss");
    expect(spoken(s)).not.toMatch(/coach|blame/i);
    expect(s.end.words.join(" ")).not.toMatch(/coach|blame/i);
  }, 90_000);
});
