// The solo chapters "Random wires, right advice" and "Two doors" in real Chromium, on a phone (390x844)
// and a laptop (1280x720), played to their goals by tapping (test/e2e/wires-play.ts): the wires' gauge
// and the map's badge read against the engine after one shot and after every jump of 50 shots; the doors
// with each rule's own way back on the map. Every sentence on the screen comes from the message files
// (checked with ?lang=pseudo on the phone), and axe-core finds nothing at each stop.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chapterById } from "../../client/chapters/chapters";
import { buildClient, type Device, launch, PHONE, serveDist } from "./browser";
import { SHOTS, watchErrors } from "./solo-play";
import { CLOCK_HOOK } from "./solo-access";
import { playDoorsChapter, playWiresChapter } from "./wires-play";

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

const LAPTOP: Device = { name: "laptop", viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: true };

/** Opens a chapter's intro and taps Play. */
async function open(device: Device, id: string, lang = "") {
  const { context, close } = await launch(device);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(CLOCK_HOOK);
  await page.addInitScript(() => localStorage.setItem("blame-game:prefs", JSON.stringify({ muted: true, speed: 4 })));
  await page.goto(`${server.url}?chapter=${id}${lang}`);
  await page.waitForSelector("[data-screen=intro]");
  await page.locator("[data-screen=intro] [data-action=play]").tap();
  return { page, errors, close };
}

describe.each([PHONE, LAPTOP])("the wires and the doors on a $name", (device) => {
  it("wires: one shot by hand, then jumps of 50 until the wires point the right way (shot 107)", async () => {
    const { page, errors, close } = await open(device, "wires");
    try {
      // A reload at the goal (its last shot still to play) shows the goal's banner and its way on again.
      const atGoal = async () => {
        const at = await page.evaluate(() => document.body.dataset.round);
        await page.reload();
        await page.waitForSelector("body[data-screen=network] .net-stage .nb-neuron");
        await page.waitForSelector("[data-toast=goal] [data-action=next-chapter]");
        expect(await page.evaluate(() => document.body.dataset.round)).toBe(at);
      };
      const { bannerAt, violations, notes } = await playWiresChapter(page, device, { pictures: true, axe: true, atGoal });
      console.log(`${device.name} wires: ${notes.join("; ")}`);
      expect(bannerAt).toBe(107);
      expect(await page.textContent("[data-screen=summary] p.good")).toBe(`✔ ${chapterById("wires")?.takeaway ?? "?"}`);
      expect(await page.locator("[data-screen=summary] [data-summary=wires]").count()).toBe(1);
      await page.screenshot({ path: `${SHOTS}/${device.name}-wires-summary.png` });
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 240_000);

  it("two doors: dendrites from the start, one shot under each rule, each by its own way back", async () => {
    const { page, errors, close } = await open(device, "dendrites");
    try {
      const { bannerAt, violations, notes } = await playDoorsChapter(page, device, { pictures: true, axe: true });
      console.log(`${device.name} doors: ${notes.join("; ")}`);
      expect(bannerAt).toBe(3);
      expect(await page.textContent("[data-screen=summary] p.good")).toBe(`✔ ${chapterById("dendrites")?.takeaway ?? "?"}`);
      expect(await page.locator("[data-screen=summary] [data-summary=dendrites]").count()).toBe(1);
      await page.screenshot({ path: `${SHOTS}/${device.name}-doors-summary.png` });
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 240_000);
});

describe("every word from the message files", () => {
  it("marks every sentence of both chapters' panels in the pseudo language", async () => {
    for (const id of ["wires", "dendrites"]) {
      const { page, errors, close } = await open(PHONE, id, "&lang=pseudo");
      try {
        await page.waitForSelector(".net-solo-extra section");
        const texts = await page.locator(".net-solo-extra :is(h2, p, button, .wg-scale span)").allTextContents();
        expect(texts.length).toBeGreaterThan(3);
        for (const text of texts) expect(text.trim(), `${id}: ${text}`).toMatch(/^⟦[\s\S]*⟧$/);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
  }, 120_000);
});
