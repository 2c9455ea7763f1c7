// axe-core in real Chromium at every phase of a solo game, on a student's controller and on the projector
// (lobby and mid-round): no violation of any impact, anywhere.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePorts, type Proc, startServerProcess } from "../server/processes";
import { buildClient, type Device, Devices, launch, PHONE, serveDist } from "./browser";
import { axeThroughSoloGame, axeViolations } from "./solo-access";

const LAPTOP: Device = { name: "laptop", viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };
const PROJECTOR: Device = { name: "projector", viewport: { width: 1920, height: 1080 }, isMobile: false, hasTouch: false };
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

/** Waits until the page shows `phase` (the classroom pages mark it on the body too). */
const phaseIs = (page: Page, phase: string) => page.waitForFunction((p) => document.body.dataset.phase === p, phase, { timeout: 15_000 });

describe("accessibility checks (axe-core)", () => {
  it("finds nothing at any phase of a solo game, from the first screen to the summary", async () => {
    const { context, close } = await launch(LAPTOP);
    try {
      const page = await context.newPage();
      const { checked, violations } = await axeThroughSoloGame(page, server.url);
      expect(checked).toEqual(["home", "keys-and-helpers", "intro", "aim", "pass", "shot", "vote", "coach", "adjust", "summary"]);
      expect(violations).toEqual([]);
    } finally {
      await close();
    }
  }, 240_000);

  it("finds nothing on the projector (lobby, mid-round) and on a student's controller (lobby, vote, adjust)", async () => {
    const found: string[] = [];
    const host = await devices.open(PROJECTOR, `${base}/class.html?host`);
    host.on("dialog", (d) => void d.accept());
    await host.waitForSelector("[data-screen=create]");
    found.push(...(await axeViolations(host, "projector-create")));
    await host.fill("input[name=lineLength]", "3");
    await host.locator("input[name=autoAdvance]").uncheck();
    await host.click("[data-action=apply-settings]");
    await host.waitForSelector(".join-code");
    const code = (await host.getAttribute(".join-code", "data-code"))!;
    const student = await devices.open(PHONE, `${base}/class.html?join`);
    found.push(...(await axeViolations(student, "student-join")));
    await student.fill("#code", code);
    await student.fill("#nickname", "Ada");
    await student.locator("[data-action=join]").tap();
    await student.waitForSelector("[data-screen=controller] .ctl-seat");
    await host.waitForFunction(() => document.querySelectorAll(".roster li").length === 1);
    found.push(...(await axeViolations(host, "projector-lobby")));
    found.push(...(await axeViolations(student, "controller-lobby")));
    await host.click("[data-action=start]");
    for (const next of ["pass", "shot"]) {
      await host.click("[data-action=next]");
      await phaseIs(host, next);
    }
    found.push(...(await axeViolations(host, "projector-shot")));
    await host.click("[data-action=next]");
    await host.waitForFunction(() => document.body.dataset.phase === "vote" || document.body.dataset.phase === "coach");
    if ((await host.evaluate(() => document.body.dataset.phase)) === "vote") {
      await student.waitForSelector("[data-panel=vote]");
      found.push(...(await axeViolations(host, "projector-vote")));
      found.push(...(await axeViolations(student, "controller-vote")));
      await student.locator("[data-panel=vote] button[data-seat='0']").tap();
      await student.locator("[data-panel=vote] button[data-direction=firmer]").tap();
      await student.locator("[data-panel=vote] [data-action=vote]").tap();
      await host.click("[data-action=next]");
      await phaseIs(host, "coach");
    }
    found.push(...(await axeViolations(host, "projector-coach")));
    await host.click("[data-action=next]");
    await phaseIs(host, "adjust");
    await student.waitForSelector("[data-panel=adjust]");
    found.push(...(await axeViolations(host, "projector-adjust")));
    found.push(...(await axeViolations(student, "controller-adjust")));
    expect(found).toEqual([]);
    expect(devices.errors).toEqual([]);
  }, 240_000);
});
