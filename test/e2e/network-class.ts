// What the end-to-end files of a class played as one network share: the host's create form for a
// network, a start that plays on to the first round with a vote, a wait on a node student's copy of the
// engine, and whether a page scrolls.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { NetworkGame } from "../../client/source/network-game";

/** A student's view of the engine's state. */
type View = ReturnType<NetworkGame["view"]>;

/** The create form's fields for one network; what is left out keeps the form's default. */
export interface NetworkForm {
  layers: number;
  layerWidth: number;
  rule?: string;
  maxRounds?: number;
  voteSeconds?: number;
  adjustSeconds?: number;
  /** The shot and the rule's step wait for Next. */
  teacherPaced?: boolean;
}

const FOREVER = { timeout: 60_000 };

/** Fills the host page's create form for one network, opens the class and returns its join code. */
export async function openNetworkClass(host: Page, form: NetworkForm): Promise<string> {
  await host.waitForSelector("[data-screen=create]");
  await host.check("input[name=shape][value=network]");
  await host.fill("input[name=layers]", String(form.layers));
  await host.fill("input[name=layerWidth]", String(form.layerWidth));
  if (form.rule) await host.selectOption("select[name=rule0]", form.rule);
  for (const field of ["maxRounds", "voteSeconds", "adjustSeconds"] as const) {
    const value = form[field];
    if (value !== undefined) await host.fill(`input[name=${field}]`, String(value));
  }
  if (form.teacherPaced) await host.check("input[name=pace][value=teacher]");
  await host.click("[data-action=apply-settings]");
  await host.waitForSelector(".join-code");
  return (await host.getAttribute(".join-code", "data-code"))!;
}

/** Starts the game and presses Next until a round votes (a shot that happens to hit has no vote); returns that round. */
export async function startUntilVote(host: Page, maxSkips: number): Promise<number> {
  await host.click("[data-action=start]");
  await host.waitForFunction(() => ["vote", "coach", "adjust"].includes(document.body.dataset.phase ?? ""), undefined, FOREVER);
  for (let skips = 0; (await host.getAttribute("body", "data-phase")) !== "vote"; skips++) {
    expect(skips).toBeLessThan(maxSkips);
    await host.click("[data-action=next]");
    await host.waitForTimeout(500);
  }
  return Number(await host.getAttribute("body", "data-round"));
}

/**
 * Waits until a node student's view passes `check`, then returns it: other students' changes reach a
 * student at most once a second (server/state/pacer.ts).
 */
export async function viewWhen(student: NetworkGame, check: (v: View) => boolean, what: string): Promise<View> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const v = student.view();
    if (check(v)) return v;
    if (Date.now() > deadline) throw new Error(`the engine never showed ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether a page scrolls: its content's size if taller or wider than the window, else null. */
export function pageScrolls(page: Page): Promise<{ height: number; width: number } | null> {
  return page.evaluate(() => {
    const e = document.scrollingElement ?? document.documentElement;
    return e.scrollHeight > innerHeight + 1 || e.scrollWidth > innerWidth + 1 ? { height: e.scrollHeight, width: e.scrollWidth } : null;
  });
}
