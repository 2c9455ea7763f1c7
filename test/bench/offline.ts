// Solo play after one visit with no network: the first visit installs the service worker (which stores
// every built file), then the device goes offline, the page reloads on a chapter and a shot is played.
import { launch, TABLET } from "../e2e/browser";

/** What worked offline: the page, the court's first frame, and a shot. */
export interface OfflineCheck {
  ok: boolean;
  /** Files the worker stored at install. */
  cached: number;
  firstFrameMs: number;
  detail: string;
}

/** Visits `url` once online, then reloads it offline and plays the first shot of chapter 3. */
export async function offlineCheck(url: string): Promise<OfflineCheck> {
  const { context, close } = await launch(TABLET);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector("body[data-ready='1']", { timeout: 60_000 });
    // The worker installs after the page's load event; wait until it controls the page.
    await page.evaluate(`navigator.serviceWorker.ready.then(() => new Promise((r) => navigator.serviceWorker.controller ? r() : navigator.serviceWorker.addEventListener("controllerchange", () => r())))`);
    const cached = await page.evaluate<number>(`caches.keys().then((ks) => Promise.all(ks.map((k) => caches.open(k).then((c) => c.keys())))).then((all) => all.flat().length)`);
    await context.setOffline(true);
    await page.goto(`${url}?chapter=coach`);
    await page.waitForSelector("body[data-ready='1']", { timeout: 60_000 });
    const firstFrameMs = await page.evaluate<number>(`performance.getEntriesByName("first-playable-frame")[0]?.startTime ?? NaN`);
    await page.locator("[data-action=play]").click();
    await page.waitForSelector("body[data-phase=pass]", { timeout: 30_000 });
    return { ok: Number.isFinite(firstFrameMs), cached, firstFrameMs: Math.round(firstFrameMs), detail: "reloaded offline, court drawn, a shot played" };
  } catch (e) {
    return { ok: false, cached: 0, firstFrameMs: NaN, detail: (e as Error).message.split("\n")[0] };
  } finally {
    await close();
  }
}
