// The server dies mid-round (kill -9, during the vote) and is started again: a projector and three
// students in real Chromium come back by themselves to the same seats and exact weights, the host
// resumes, the round finishes, and the report holds every shot from before and after the crash.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDataDir, freePorts, type Proc, startServerProcess } from "../server/processes";
import { buildClient, type Device, Devices, downloadText, PHONE, ROOT } from "./browser";

const SHOTS = join(ROOT, "test/e2e/screenshots");
const PROJECTOR: Device = { name: "projector", viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false };

let server: Proc | null = null;
let port = 0;
let base = "";
const dataDir = freshDataDir();
const devices = new Devices();

beforeAll(async () => {
  buildClient();
  mkdirSync(SHOTS, { recursive: true });
  [port] = (await freePorts(1)) as [number];
  server = await startServerProcess(port, undefined, dataDir);
  base = `http://127.0.0.1:${port}`;
  await devices.start();
}, 120_000);

afterAll(async () => {
  await devices.close();
  await server?.stop();
});

function open(device: Device, url: string): Promise<Page> {
  return devices.open(device, url);
}

async function phaseIs(host: Page, phase: string, round?: number): Promise<void> {
  await host.waitForFunction(([p, r]) => document.body.dataset.phase === p && (r === null || document.body.dataset.round === String(r)), [phase, round ?? null] as const, { timeout: 15_000 });
}

/** What a student's phone shows of its own seat: the seat number and the exact handshake. */
async function seatOf(page: Page): Promise<{ seat: string | null; weight: string | null }> {
  return { seat: await page.getAttribute(".ctl-seat", "data-seat"), weight: await page.getAttribute(".stat[data-stat=weight]", "data-value") };
}

describe("a server crash in the middle of a lesson", () => {
  it("kill -9 during the vote: every page comes back to its seat, the host resumes, nothing is lost", async () => {
    const host = await open(PROJECTOR, `${base}/class.html?host`);
    host.on("dialog", (d) => void d.accept());
    await host.waitForSelector("[data-screen=create]");
    await host.fill("input[name=lineLength]", "4");
    await host.fill("input[name=maxRounds]", "3");
    await host.locator("input[name=autoAdvance]").uncheck();
    await host.click("[data-action=apply-settings]");
    await host.waitForSelector(".join-code");
    const qrUrl = (await host.getAttribute(".qr", "data-url"))!;
    const students: Page[] = [];
    for (const name of ["Ada", "Bo", "Cy"]) {
      const page = await open(PHONE, qrUrl);
      await page.fill("#nickname", name);
      await page.locator("[data-action=join]").tap();
      await page.waitForSelector("[data-screen=controller] .ctl-seat");
      students.push(page);
    }
    await host.click("[data-action=start]");
    await phaseIs(host, "aim", 1);
    for (const phase of ["pass", "shot", "vote"]) {
      await host.click("[data-action=next]");
      await phaseIs(host, phase, 1);
    }
    // Two of three have voted when the server dies.
    for (const [i, page] of students.slice(0, 2).entries()) {
      await page.waitForSelector("[data-panel=vote]");
      await page.locator(`[data-panel=vote] button[data-seat="${i}"]`).tap();
      await page.locator("[data-panel=vote] button[data-direction=firmer]").tap();
      await page.locator("[data-panel=vote] [data-action=vote]").tap();
    }
    await host.waitForSelector(".still-voting[data-still-voting='1']");
    const before = await Promise.all(students.map(seatOf));
    expect(new Set(before.map((b) => b.seat)).size).toBe(3);

    server!.child.kill("SIGKILL");
    await new Promise((r) => server!.child.once("exit", r));
    for (const page of students) await page.waitForFunction(() => document.body.dataset.connection === "reconnecting", undefined, { timeout: 30_000 });
    await students[0].screenshot({ path: join(SHOTS, "restart-phone-reconnecting.png") });

    server = await startServerProcess(port, undefined, dataDir);
    // No tap, no reload: each page gets its seat back by itself.
    for (const page of students) await page.waitForFunction(() => document.body.dataset.connection === "rejoined", undefined, { timeout: 60_000 });
    expect(await Promise.all(students.map(seatOf))).toEqual(before);
    await host.waitForSelector("[data-note=restarted]", { timeout: 60_000 });
    await host.screenshot({ path: join(SHOTS, "restart-projector-paused.png") });
    expect(await host.locator(".phase-title").textContent()).toBe("Paused");

    // The votes cast before the crash still count; the third student votes now.
    await host.click("[data-action=resume]");
    await phaseIs(host, "vote", 1);
    await students[2].waitForSelector("[data-panel=vote]");
    await students[2].locator('[data-panel=vote] button[data-seat="2"]').tap();
    await students[2].locator("[data-panel=vote] button[data-direction=looser]").tap();
    await students[2].locator("[data-panel=vote] [data-action=vote]").tap();
    await host.waitForSelector(".still-voting[data-still-voting='0']");
    for (const phase of ["coach", "adjust"]) {
      await host.click("[data-action=next]");
      await phaseIs(host, phase, 1);
    }
    await host.click("[data-action=next]");
    await phaseIs(host, "aim", 2);
    await host.click("[data-action=end]");
    await phaseIs(host, "summary");

    const csv = (await downloadText(host, "[data-action=report-csv]")).text;
    const [header, ...rows] = csv.trim().split("\r\n").map((r) => r.split(","));
    const col = (name: string) => header.indexOf(name);
    const round1 = rows.filter((r) => r[col("shot")] === "1");
    expect(round1).toHaveLength(4);
    // Every student's vote of shot 1, two from before the crash and one after.
    expect(round1.map((r) => r[col("voter")]).filter((v) => ["Ada", "Bo", "Cy"].includes(v ?? "")).sort()).toEqual(["Ada", "Bo", "Cy"]);
    expect(devices.errors).toEqual([]);
  }, 240_000);
});
