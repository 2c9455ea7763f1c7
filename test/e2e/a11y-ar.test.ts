// axe-core in real Chromium in Arabic (right to left, the interface mirrored): every phase of a solo
// game, and every phase of a round on the projector and a student's controller. No violation of any
// impact; colour contrast measured again with Latin letters in place of Arabic ones (see latinContrast).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePorts, type Proc, startServerProcess } from "../server/processes";
import { buildClient, type Device, Devices, launch, serveDist } from "./browser";
import type { Page } from "playwright-core";
import { axeThroughClass, CLASS_SCREENS, latinContrast } from "./a11y-class";
import { axeViolations, CLOCK_HOOK } from "./solo-access";

const LAPTOP: Device = { name: "laptop", viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };
let server: Awaited<ReturnType<typeof serveDist>>;
let classes: Proc | null = null;
let base = "";
const devices = new Devices();

beforeAll(async () => {
  buildClient();
  server = await serveDist();
  const [port] = await freePorts(1);
  classes = await startServerProcess(port);
  base = `http://127.0.0.1:${port}`;
  await devices.start();
}, 120_000);
afterAll(async () => {
  await devices.close();
  await classes?.stop();
  await server?.close();
});

const phase = (page: Page) => page.evaluate(() => document.body.dataset.phase);
const clock = (page: Page, what: "__freeze" | "__thaw") => page.evaluate((w) => (window as unknown as Record<string, () => void>)[w](), what);

/**
 * Chapter 1 by keyboard (Space through the animations, the vote by keys, Done), axe at every phase the
 * first time it shows and on the summary: every rule as the page is, then the colour contrast measured
 * with Latin letters (see latinContrast: axe skips Arabic text as if it were an icon font).
 */
async function arabicSoloGame(page: Page, url: string): Promise<{ checked: string[]; violations: string[] }> {
  const violations: string[] = [];
  const checked: string[] = [];
  const check = async (where: string) => {
    checked.push(where);
    violations.push(...(await axeViolations(page, where)), ...(await latinContrast(page, where)));
  };
  await page.addInitScript(CLOCK_HOOK);
  await page.goto(url);
  await page.waitForSelector("body[data-ready='1']");
  await check("home");
  await page.keyboard.press("?");
  await page.waitForSelector("[data-screen=access]");
  await check("keys-and-helpers");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-screen=intro]");
  await check("intro");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => !document.body.dataset.overlay);
  const want = ["aim", "pass", "shot", "vote", "coach", "adjust"];
  for (let i = 0; i < 400 && (await phase(page)) !== "summary"; i++) {
    await clock(page, "__freeze");
    const now = (await phase(page)) ?? "";
    await clock(page, "__thaw");
    if (want.includes(now) && !checked.includes(now)) {
      await check(now);
      continue;
    }
    if (now === "vote" && (await page.locator("[data-panel=vote] button[data-seat]").count())) {
      await page.keyboard.press("1");
      await page.keyboard.press("f");
      await page.keyboard.press("Enter");
    } else if (now === "adjust") {
      await page.keyboard.press("Enter");
    } else if (["aim", "pass", "shot", "coach"].includes(now)) {
      await page.keyboard.press("Space");
    }
    await page.waitForTimeout(100);
  }
  await page.waitForSelector("body[data-overlay=summary]");
  await check("summary");
  return { checked, violations };
}

describe("accessibility checks in Arabic (axe-core)", () => {
  it("finds nothing at any phase of a solo game, from the first screen to the summary", async () => {
    const { context, close } = await launch(LAPTOP);
    try {
      const page = await context.newPage();
      const { checked, violations } = await arabicSoloGame(page, `${server.url}?lang=ar`);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ar", "rtl"]);
      expect(checked).toEqual(["home", "keys-and-helpers", "intro", "aim", "pass", "shot", "vote", "coach", "adjust", "summary"]);
      expect(violations).toEqual([]);
    } finally {
      await close();
    }
  }, 480_000);

  it("finds nothing on the projector and a student's controller at every phase of a round, helpers off and on", async () => {
    const { checked, violations } = await axeThroughClass(devices, base, "ar");
    expect([CLASS_SCREENS.withVote, CLASS_SCREENS.afterHit]).toContainEqual(checked);
    expect(violations).toEqual([]);
    expect(devices.errors).toEqual([]);
  }, 480_000);
});
