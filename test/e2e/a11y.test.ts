// axe-core in real Chromium at every phase of a solo game, on a student's controller and on the projector
// (every phase of a round, the summary, the student's helpers on): no violation of any impact, anywhere.
// English here; Arabic (right to left) in a11y-ar.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePorts, type Proc, startServerProcess } from "../server/processes";
import { buildClient, type Device, Devices, launch, serveDist } from "./browser";
import { axeThroughClass, CLASS_SCREENS } from "./a11y-class";
import { axeThroughSoloGame } from "./solo-access";

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
  }, 480_000);

  it("finds nothing on the projector and a student's controller at every phase of a round, helpers off and on", async () => {
    const { checked, violations } = await axeThroughClass(devices, base, "en");
    expect([CLASS_SCREENS.withVote, CLASS_SCREENS.afterHit]).toContainEqual(checked);
    expect(violations).toEqual([]);
    expect(devices.errors).toEqual([]);
  }, 480_000);
});
