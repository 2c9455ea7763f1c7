// Shared helpers for the browser tests and the client benchmark: find Chromium, serve dist/client, build once.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/** The repository's root. */
export const ROOT = resolve(import.meta.dirname, "../..");
/** Where `vite build` puts the client. */
export const DIST = join(ROOT, "dist/client");

/** Chromium's path: $CHROMIUM_PATH, then the usual Debian/Ubuntu paths; throws with install advice if none. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter((p): p is string => !!p);
  for (const p of candidates) if (existsSync(p)) return p;
  throw new Error(
    `No Chromium found (looked at: ${candidates.join(", ")}). The browser tests need one: on Debian/Ubuntu run ` +
      "`sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
}

/**
 * Builds the client with Vite, once: Vitest's global setup builds before the workers start (and says so
 * in BLAME_GAME_CLIENT_BUILT), so parallel suites never rebuild dist/client under each other.
 * NODE_ENV=production, because Vitest sets "test" and Vite would then build a dev-mode bundle without
 * the service worker.
 */
let built = process.env.BLAME_GAME_CLIENT_BUILT === "1";
export function buildClient(): void {
  if (built) return;
  execFileSync(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NODE_ENV: "production", VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" } });
  built = true;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json",
  ".json": "application/json",
};

/** A small static server for dist/client on a free port of localhost. */
export async function serveDist(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(DIST, path));
    if (!file.startsWith(DIST)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return void res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/** The flags every test browser gets: no GPU, no QUIC, and no background traffic (updates, sync), so a run works on a closed network. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A device to emulate. */
export interface Device {
  name: string;
  viewport: { width: number; height: number };
  isMobile: boolean;
  hasTouch: boolean;
}

/** The tablet and phone the tests play on. */
export const TABLET: Device = { name: "tablet", viewport: { width: 1024, height: 768 }, isMobile: false, hasTouch: true };
export const PHONE: Device = { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** A fresh Chromium profile emulating a device; close() also removes the profile. */
export async function launch(device: Device, extraArgs: string[] = []): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "blame-e2e-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    viewport: device.viewport,
    isMobile: device.isMobile,
    hasTouch: device.hasTouch,
    deviceScaleFactor: 1,
    serviceWorkers: "allow",
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Clicks a download button and returns the file's name and text (the report is fetched with the host key in a header, then saved). */
export async function downloadText(page: import("playwright-core").Page, selector: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
}

/**
 * One headless Chromium for a test file, each device in its own context (its own storage, like separate
 * phones). Page errors, and console errors other than a refused socket during a reconnection, are
 * collected in `errors`: a test ends by expecting none.
 */
export class Devices {
  readonly errors: string[] = [];
  private browser: import("playwright-core").Browser | null = null;
  private readonly contexts: BrowserContext[] = [];

  /** Starts Chromium. */
  async start(): Promise<void> {
    this.browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  }

  /** A new device showing `url`. */
  async open(device: Device, url: string): Promise<import("playwright-core").Page> {
    if (!this.browser) throw new Error("Devices.start() first");
    const context = await this.browser.newContext({ viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.hasTouch, deviceScaleFactor: 1 });
    this.contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (e) => this.errors.push(`${device.name}: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" && !/WebSocket|Failed to load resource/.test(m.text())) this.errors.push(`${device.name}: ${m.text()}`);
    });
    await page.goto(url);
    return page;
  }

  /** Closes every device and Chromium. */
  async close(): Promise<void> {
    for (const c of this.contexts) await c.close().catch(() => {});
    await this.browser?.close().catch(() => {});
  }
}
