// The brain lab meets the class (issue 15): a class of two bot lines under different rules races to its
// summary on a real server, the projector's "Brain lab" button opens the lab with the class's race in its
// address, a small grid runs in the page's worker, and the comparison says the class's numbers (read from
// the engine over colyseus.js) beside the lab's (the engine's, computed here in Node); the lab opens in a
// new tab, so the projector keeps its class. Tampered addresses
// are ignored with a note, never an error; axe finds nothing on the lab with the race; the way back
// gets the class's projector again.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePorts, type Proc, startServerProcess } from "../server/processes";
import { NetworkGame } from "../../client/source/network-game";
import { compareRace, gridWithRace, raceFromSearch } from "../../client/lab/class-race";
import { gridFromSearch, labSpecs, labTable, runLab } from "../../client/lab/grid";
import { buildClient, type Device, Devices, ROOT } from "./browser";
import { axeViolations } from "./solo-access";

const SHOTS = join(ROOT, "test/e2e/screenshots");
const PROJECTOR: Device = { name: "projector", viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };
/** A small grid for the lab (the class's length, 3, is added to it by the race). */
const SMALL = "&depths=2&widths=1&seeds=3&cap=1500";

let server: Proc | null = null;
let base = "";
const devices = new Devices();
const students: NetworkGame[] = [];

beforeAll(async () => {
  buildClient();
  const [port] = await freePorts(1);
  server = await startServerProcess(port);
  base = `http://127.0.0.1:${port}`;
  await devices.start();
}, 120_000);

afterAll(async () => {
  for (const s of students) s.dispose();
  await devices.close();
  await server?.stop();
});

/** Clicks Next until the class reaches its summary (every phase waits for the teacher). */
async function playToSummary(host: Page): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const phase = await host.evaluate(() => `${document.body.dataset.phase}|${document.body.dataset.round}`);
    if (phase.startsWith("summary")) return;
    await host.click("[data-action=next]");
    await host.waitForFunction((p) => `${document.body.dataset.phase}|${document.body.dataset.round}` !== p, phase, { timeout: 15_000 });
  }
  throw new Error("the class never reached its summary");
}

describe("the brain lab with the class's race", () => {
  it("opens from the projector's summary, compares the class's lines with the lab's, ignores tampered data", async () => {
    const host = await devices.open(PROJECTOR, `${base}/class.html?host`);
    host.on("dialog", (d) => void d.accept());
    await host.waitForSelector("[data-screen=create]");
    await host.fill("input[name=teams]", "2");
    await host.fill("input[name=lineLength]", "3");
    await host.fill("input[name=maxRounds]", "10");
    await host.locator("input[name=autoAdvance]").uncheck();
    await host.selectOption("select[name=rule0]", "backprop");
    await host.selectOption("select[name=rule1]", "trial-and-error");
    await host.click("[data-action=apply-settings]");
    await host.waitForSelector(".join-code");
    const code = (await host.getAttribute(".join-code", "data-code"))!;
    // Bots play every seat: the teacher moves the class on.
    await host.click("[data-action=start]");
    await playToSummary(host);
    await host.waitForSelector("[data-screen=class-summary]");
    await host.screenshot({ path: join(SHOTS, "lab-race-summary.png") });

    // The engine's lines, as a colyseus.js device in the class sees them.
    students.push(await NetworkGame.join({ endpoint: base.replace(/^http/, "ws"), code, name: "Reader", store: null }));
    const engine = students[0].view().lines.map((l) => ({ rule: l.rule, length: l.neurons.length, learnedAt: l.learnedAt, shots: l.history.length }));
    expect(engine.map((l) => l.rule)).toEqual(["backprop", "trial-and-error"]);
    expect(engine.every((l) => l.shots === 10 && l.length === 3)).toBe(true);
    console.log(`the class's race: ${JSON.stringify(engine)}`);

    // The projector's Brain lab button opens the lab in a new tab with the race and the way back; the projector stays.
    expect(await host.getAttribute("[data-action=brain-lab]", "rel")).toContain("noopener");
    const [lab] = await Promise.all([host.context().waitForEvent("page"), host.click("[data-action=brain-lab]")]);
    lab.on("pageerror", (e) => devices.errors.push(`lab: ${e.message}`));
    await host.waitForSelector("[data-screen=class-summary]");
    expect(new URL(host.url()).pathname).toBe("/class.html");
    await lab.waitForSelector("body[data-ready='1']");
    expect(new URL(lab.url()).pathname).toBe("/lab.html");
    const sent = raceFromSearch(new URL(lab.url()).search);
    expect(sent.ignored).toBe(false);
    expect(sent.race).toEqual({ lines: engine, code });
    expect(await lab.locator("#lab-race li").count()).toBe(2);
    expect(await lab.getAttribute("#back-to-class", "href")).toBe(`class.html?host=${code}`);
    expect(await lab.locator("#lab-race-note").count()).toBe(0);

    // A small grid with the race: the lab adds the class's length (3) and width 1.
    await lab.goto(`${lab.url()}${SMALL}`);
    await lab.waitForSelector("body[data-ready='1']");
    const grid = gridWithRace(gridFromSearch(new URL(lab.url()).search), sent.race);
    expect(grid.depths).toEqual([2, 3]);
    const expected = labSpecs(grid).map(runLab);
    await lab.check("input[name='guess'][value='backprop']");
    await lab.click("#run");
    await lab.waitForSelector("body[data-done='1']", { timeout: 300_000 });
    const cells = await lab.$$eval("td[data-cell]", (tds) => tds.map((td) => [td.getAttribute("data-cell"), td.getAttribute("data-median")]));
    expect(cells).toEqual(labTable(grid, expected).map((c) => [`${c.rule}|${c.depth}|${c.width}`, String(c.medianShots ?? "never")]));

    // The comparison: each class line's shot (the engine's) beside the lab's median (the table's), in words.
    const want = compareRace(grid, expected, sent.race!);
    const said = await lab.$$eval("#lab-race-result p[data-line]", (ps) => ps.map((p) => ({ line: p.dataset.line, classShot: p.dataset.classShot, labMedian: p.dataset.labMedian, text: p.textContent ?? "" })));
    expect(said.map(({ line, classShot, labMedian }) => ({ line, classShot, labMedian }))).toEqual(
      engine.map((l, i) => ({ line: String(i + 1), classShot: String(l.learnedAt ?? "never"), labMedian: String(want[i].labMedian ?? "never") })),
    );
    for (const [i, l] of engine.entries()) {
      const cell = await lab.getAttribute(`td[data-cell='${l.rule}|3|1']`, "data-median");
      expect(said[i].labMedian).toBe(cell);
      expect(said[i].text).toContain(l.learnedAt === null ? `did not score 3 in a row in its ${l.shots} shots` : `scored 3 in a row on shot ${l.learnedAt}`);
      expect(said[i].text).toContain(want[i].labMedian === null ? `had not learned after ${want[i].labBudget.toLocaleString("en")} balls` : `needed ${want[i].labMedian} balls`);
      expect(said[i].text).toContain(`(${want[i].labLearned} of ${want[i].labRuns} runs learned)`);
    }
    await lab.screenshot({ path: join(SHOTS, "lab-race.png"), fullPage: true });
    expect(await axeViolations(host, "lab with the class's race")).toEqual([]);

    // Tampered addresses: ignored whole, with a note, and no error; the lab still works.
    const good = new URL(lab.url());
    const tampered: Record<string, string> = {
      "not JSON": "{lines",
      "a rule that does not exist": JSON.stringify([["backprop", 3, 5, 10], ["magic", 3, 4, 10]]),
      "learned after its last shot": JSON.stringify([["backprop", 3, 11, 10], ["trial-and-error", 3, null, 10]]),
      "a line too long": JSON.stringify([["backprop", 99, 5, 10], ["trial-and-error", 3, null, 10]]),
      "oversized": JSON.stringify(Array.from({ length: 300 }, () => ["backprop", 3, 5, 10])),
      "too many lines": JSON.stringify(Array.from({ length: 9 }, () => ["backprop", 3, 5, 10])),
    };
    for (const [what, race] of Object.entries(tampered)) {
      const url = new URL(good);
      url.searchParams.set("race", race);
      await lab.goto(url.toString());
      await lab.waitForSelector("body[data-ready='1']");
      expect(await lab.locator("#lab-race-note").count(), what).toBe(1);
      expect(await lab.locator("#lab-race").count(), what).toBe(0);
      expect(await lab.locator("#back-to-class").count(), what).toBe(1);
    }
    await lab.screenshot({ path: join(SHOTS, "lab-race-ignored.png") });
    // A code that is not a join code: no way back to it, and a note.
    const badCode = new URL(good);
    badCode.searchParams.set("class", "<img src=x onerror=alert(1)>");
    await lab.goto(badCode.toString());
    await lab.waitForSelector("body[data-ready='1']");
    expect(await lab.locator("#back-to-class").count()).toBe(0);
    expect(await lab.locator("#lab-race-note").count()).toBe(1);
    expect(await lab.locator("#lab-race li").count()).toBe(2);

    // The way back from the lab's tab: a projector there gets the class again, at the summary (the first one still shows it).
    await lab.goto(good.toString());
    await lab.waitForSelector("body[data-ready='1']");
    await lab.click("#back-to-class");
    await lab.waitForSelector("[data-screen=class-summary]", { timeout: 30_000 });
    expect(await lab.getAttribute(".join-code", "data-code")).toBe(code);
    expect(await host.locator("[data-screen=class-summary]").count()).toBe(1);
    expect(devices.errors).toEqual([]);
  }, 400_000);
});
