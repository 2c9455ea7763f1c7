// The solo chapter "The network" in real Chromium, on a phone (390x844) and a tablet (1024x768): played to
// its goal by tapping (test/e2e/network-play.ts). The map takes the court's place and rings the learner's
// neuron; the learner votes on one of their three handshakes after every miss, watches the coach's walk
// on the map, turns one dial by hand and then follows all; the votes and the dials land in the engine (the
// tab's own log, replayed). axe-core finds nothing at the vote, the walk, the dials and the summary.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chapterById } from "../../client/chapters/chapters";
import { describeNetworkPhase, hasDetail, sayNet } from "../../shared";
import { buildClient, type Device, launch, PHONE, serveDist, TABLET } from "./browser";
import { engineView, playNetworkChapter, SEAT } from "./network-play";
import { SHOTS, watchErrors } from "./solo-play";
import { axeViolations, CLOCK_HOOK } from "./solo-access";

let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(() => {
  buildClient();
}, 180_000);
beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await server?.close();
});

const chapter = chapterById("network");

async function playChapter(device: Device): Promise<void> {
  const { context, close } = await launch(device);
  const page = await context.newPage();
  const errors = watchErrors(page);
  try {
    await page.addInitScript(CLOCK_HOOK);
    await page.addInitScript(() => localStorage.setItem("blame-game:prefs", JSON.stringify({ muted: true, speed: 4 })));
    await page.goto(`${server.url}?chapter=network`);
    await page.waitForSelector("[data-screen=intro]");
    await page.locator("[data-screen=intro] [data-action=play]").tap();
    const { votes, bannerAt, violations } = await playNetworkChapter(page, device, { pictures: true, axe: true });

    // A vote after every miss until the goal (the first two shots miss by more than a metre).
    expect(votes.length).toBeGreaterThanOrEqual(2);
    // The goal: within 1 m, reached by the third or fourth shot; the chapter ends one shot later.
    expect(bannerAt).not.toBeNull();
    expect(bannerAt).toBeLessThanOrEqual(4);
    // The engine, from the tab's own log: one shot after the goal, every vote kept as tapped.
    const end = await engineView(page);
    expect(end.phase).toBe("summary");
    expect(end.network?.history).toHaveLength((bannerAt ?? 0) + 1);
    for (const v of votes) expect(end.network?.history.filter(hasDetail).find((s) => s.round === v.round)?.votes.host).toMatchObject({ handshake: v.handshake, direction: v.direction });
    const summary = await page.locator("[data-screen=summary]").textContent();
    expect(summary).toContain(chapter?.takeaway ?? "?");
    expect(await page.getAttribute("[data-summary=network]", "data-summary")).toBe("network");
    await page.screenshot({ path: `${SHOTS}/${device.name}-network-summary.png` });
    violations.push(...(await axeViolations(page, `${device.name} summary`)));
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
}

/** With the keyboard alone (Space through the animations, Enter on a neighbour, a way and Vote, an arrow on a dial, Enter for Done); the live log speaks the engine's sentences. */
async function byKeyboard(device: Device): Promise<void> {
  const { context, close } = await launch(device);
  const page = await context.newPage();
  const errors = watchErrors(page);
  try {
    await page.addInitScript(() => localStorage.setItem("blame-game:prefs", JSON.stringify({ muted: true, speed: 4 })));
    await page.goto(`${server.url}?chapter=network`);
    await page.waitForSelector("[data-screen=intro]");
    await page.keyboard.press("Enter");
    await page.waitForSelector("body[data-screen=network] .net-stage .nb-neuron");
    for (let i = 0; i < 100 && (await page.evaluate(() => document.body.dataset.phase)) !== "vote"; i++) {
      await page.keyboard.press("Space");
      await page.waitForTimeout(100);
    }
    await page.waitForSelector("[data-panel=net-vote]");
    const engine = await engineView(page);
    const said = describeNetworkPhase(engine, SEAT).map(sayNet);
    const liveTexts = () => page.locator("#live > *").allTextContents();
    expect(said.length).toBeGreaterThan(0);
    // The page's live region (what a screen reader and read-aloud hear) says what the engine says to this neuron now.
    await expect
      .poll(async () => {
        const texts = await liveTexts();
        return said.every((x) => texts.includes(x));
      })
      .toBe(true);
    // W (where am I) says my place among my neighbours, then the same sentences.
    await page.keyboard.press("w");
    await expect.poll(async () => (await liveTexts()).at(-1)).toContain(said[0]);
    const press = async (selector: string, key: string) => {
      await page.locator(selector).focus();
      await page.keyboard.press(key);
    };
    await press('[data-panel=net-vote] button.net-pick[data-handshake="2"]', "Enter");
    await press('button[data-direction="looser"]', " ");
    await press("[data-action=vote]", "Enter");
    await page.waitForFunction(() => document.body.dataset.phase !== "vote");
    expect((await engineView(page)).network?.current?.votes.host).toMatchObject({ handshake: 2, direction: "looser" });
    for (let i = 0; i < 100 && !(await page.locator("[data-panel=net-adjust]").count()); i++) {
      await page.keyboard.press("Space");
      await page.waitForTimeout(100);
    }
    // An arrow on the first dial, then Enter at once: the turn is sent before "ready", not lost or refused.
    await press('[data-panel=net-adjust] input[data-dial=handshake][data-index="0"]', "ArrowLeft");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.body.dataset.phase !== "adjust");
    const after = await engineView(page);
    const last = after.network?.history.filter(hasDetail).at(-1);
    const follow = (last?.weights[SEAT]?.[0] ?? 0) + (last?.coach?.weightChanges[SEAT]?.[0] ?? 0);
    expect(after.network?.neurons[SEAT]?.weights[0]).toBeLessThan(follow);
    expect(await page.locator(".toast.error").count()).toBe(0);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
}

describe('solo chapter "The network"', () => {
  it("with the keyboard alone on a tablet; the live log speaks the engine's sentences", async () => {
    await byKeyboard(TABLET);
  }, 120_000);

  it("on a phone: played to its goal by tapping; the vote and the dials land in the engine", async () => {
    await playChapter(PHONE);
  }, 240_000);

  it("on a tablet: the same", async () => {
    await playChapter(TABLET);
  }, 240_000);
});
