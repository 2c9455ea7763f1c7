// The student's join screen loads without the nickname checks (the look-alike table, the rude-word
// lists, the obscenity package: ~27 KB gzip), fetches them once the student types a name, and still
// refuses a bot's or a rude name on the device in its language. If they cannot be fetched, the server's
// check refuses the name all the same. A real server process, a real host (colyseus.js in Node), real Chromium.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NetworkGame } from "../../client/source/network-game";
import { messages as es } from "../../shared/i18n/messages/es";
import { until } from "../behaviour/scenarios";
import { freePorts, type Proc, startServerProcess } from "../server/processes";
import { buildClient, CHROMIUM_ARGS, DIST, findChromium, PHONE } from "./browser";

// No timing limits of our own: a loaded machine is slow, not wrong. Vitest's per-test limit stops a hang.
const PATIENT = 0;
const LONG = 10 * 60_000;
// Words only the checks' code holds: an option of the obscenity package and an entry of the Spanish list.
const MARKERS = ["whitelistedTerms", "gilipollas"];

let server: Proc | null = null;
let base = "";
let endpoint = "";
let browser: Browser | null = null;

beforeAll(async () => {
  buildClient();
  const [port] = await freePorts(1);
  server = await startServerProcess(port);
  base = `http://127.0.0.1:${port}`;
  endpoint = `ws://127.0.0.1:${port}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}, LONG);

afterAll(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

/** Whether a built file (a path the page fetched) holds the name checks. */
function holdsChecks(pathname: string): boolean {
  if (!pathname.endsWith(".js")) return false;
  const text = readFileSync(join(DIST, pathname), "utf8");
  return MARKERS.some((m) => text.includes(m));
}

/** A phone in Spanish on the class's join screen; `fetched` lists the paths of the scripts it asked for, `errors` what it threw. */
async function phone(code: string): Promise<{ page: Page; fetched: string[]; errors: string[] }> {
  if (!browser) throw new Error("no browser");
  const context = await browser.newContext({ viewport: PHONE.viewport, isMobile: true, hasTouch: true, serviceWorkers: "block" });
  const page = await context.newPage();
  page.setDefaultTimeout(PATIENT);
  const fetched: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.origin === base) fetched.push(url.pathname);
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${base}/class.html?code=${code}&lang=es`);
  await page.waitForSelector("[data-screen=join] [data-action=join]");
  return { page, fetched, errors };
}

/** Types `name`, taps Join, and waits for the status line to say something (a refusal) or the controller. */
async function tryName(page: Page, name: string): Promise<string> {
  await page.evaluate(() => (document.querySelector("[data-screen=join] [role=status]")!.textContent = ""));
  await page.fill("#nickname", name);
  await page.click("[data-action=join]");
  await page.waitForFunction((joining) => {
    const status = document.querySelector("[data-screen=join] [role=status]")?.textContent ?? "";
    return !!document.querySelector("[data-screen=controller]") || (status !== "" && status !== joining);
  }, es["student.join.joining"]);
  return page.evaluate(() => document.querySelector("[data-screen=join] [role=status]")?.textContent ?? "");
}

describe("the nickname checks on the student's page", () => {
  it("are not part of the first load; typing fetches them, and they refuse a bot's and a rude name in the device's language", async () => {
    const host = await NetworkGame.host({ endpoint, store: null });
    const { page, fetched, errors } = await phone(host.code);
    expect(fetched.some((f) => f.endsWith(".js")), "the page loaded scripts").toBe(true);
    expect(fetched.filter(holdsChecks)).toEqual([]);

    expect(await tryName(page, "Bot Zed")).toBe(es["student.name.bot"]);
    expect(fetched.filter(holdsChecks).length, "the checks were fetched once typing began").toBeGreaterThan(0);
    expect(await tryName(page, "sh1t")).toBe(es["student.name.rude"]);
    await tryName(page, "Zed");
    await page.waitForSelector("[data-screen=controller] .ctl-seat");
    const seated = await until(host, (v) => Object.keys(v.players).length > 0, "the student's seat", LONG);
    expect(Object.values(seated.players).map((p) => p.name)).toEqual(["Zed"]);
    expect(errors).toEqual([]);
    await host.leave();
    await page.context().close();
  }, LONG);

  it("that cannot be fetched leave the refusal to the server, which still says it in the device's language", async () => {
    const host = await NetworkGame.host({ endpoint, store: null });
    const { page, errors } = await phone(host.code);
    // From now on the chunk with the checks fails, as on a Wi-Fi that dropped after the page loaded.
    let refused = 0;
    await page.route("**/assets/*.js", async (route) => {
      if (holdsChecks(new URL(route.request().url()).pathname)) {
        refused++;
        return route.abort();
      }
      return route.continue();
    });
    expect(await tryName(page, "Bot Zed")).toBe(es["student.refusal.badName"]);
    expect(refused).toBeGreaterThan(0);
    expect(await page.$("[data-screen=controller]")).toBeNull();
    expect(Object.keys(host.view().players)).toEqual([]);
    // The page goes on: a good name joins.
    await tryName(page, "Zed");
    await page.waitForSelector("[data-screen=controller] .ctl-seat");
    await until(host, (v) => Object.values(v.players).some((p) => p.name === "Zed"), "Zed's seat", LONG);
    expect(errors).toEqual([]);
    await host.leave();
    await page.context().close();
  }, LONG);
});
