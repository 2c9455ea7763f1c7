// axe-core on the classroom pages at every phase of a round: the projector (a real host page) and a
// student's controller (a real phone page), in one language. Shared by a11y.test.ts (English) and
// a11y-ar.test.ts (Arabic, right to left).
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { type Device, type Devices, PHONE, ROOT } from "./browser";
import { axeViolations } from "./solo-access";

const SHOTS = join(ROOT, "test/e2e/screenshots");
const PROJECTOR: Device = { name: "projector", viewport: { width: 1920, height: 1080 }, isMobile: false, hasTouch: false };

/**
 * axe's colour-contrast check on a right-to-left page, measured on the same page with its Arabic letters
 * put in Latin ones for the run (same elements, colours, sizes and weights; restored at once). Why: axe
 * skips text it takes for an icon font's ligatures, measured by drawing the text on a canvas; Arabic
 * letters join, so its system font is taken for an icon font and from then on every text in that font is
 * skipped, Arabic or not (seen on the Arabic join screen: no text checked, a grey-on-grey line passed).
 */
export async function latinContrast(page: Page, where: string): Promise<string[]> {
  const { AxeBuilder } = await import("@axe-core/playwright");
  await page.evaluate(() => {
    (window as unknown as { __freeze?: () => void }).__freeze?.();
    const saved: [Text, string][] = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
      if (!/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(n.nodeValue ?? "")) continue;
      saved.push([n, n.nodeValue ?? ""]);
      n.nodeValue = (n.nodeValue ?? "").replace(/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g, "x");
    }
    (window as unknown as { __arabic: [Text, string][] }).__arabic = saved;
  });
  try {
    const result = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
    // Something measured: a page whose text was all skipped would pass without a look.
    const measured = [...result.passes, ...result.violations, ...result.incomplete].flatMap((r) => r.nodes).length;
    const found = result.violations.map((v) => `${where} (Latin letters): ${v.id} (${v.impact ?? "?"}) ${v.nodes.map((n) => `${n.target.join(" ")} -> ${n.failureSummary?.replace(/\s+/g, " ") ?? ""}`).join(" | ")}`);
    return measured > 0 ? found : [...found, `${where}: no text was measured for contrast`];
  } finally {
    await page.evaluate(() => {
      for (const [n, v] of (window as unknown as { __arabic: [Text, string][] }).__arabic) n.nodeValue = v;
      (window as unknown as { __thaw?: () => void }).__thaw?.();
    });
  }
}

/** Waits until the page shows `phase` (the classroom pages mark it on the body). */
const phaseIs = (page: Page, phase: string) => page.waitForFunction((p) => document.body.dataset.phase === p, phase, { timeout: 30_000 });

/**
 * Creates a class on a projector page (teacher-driven: every phase waits for Next), joins it from a phone,
 * and runs axe on both at every phase of one round, then on the summary, both with the student's helpers
 * off and read-aloud and more time switched on. Returns the screens checked and every violation found.
 */
export async function axeThroughClass(devices: Devices, base: string, lang: string): Promise<{ checked: string[]; violations: string[] }> {
  const q = `&lang=${lang}`;
  const violations: string[] = [];
  const checked: string[] = [];
  const check = async (page: Page, where: string) => {
    checked.push(where);
    violations.push(...(await axeViolations(page, where)));
    if (lang === "ar") violations.push(...(await latinContrast(page, where)));
  };
  const host = await devices.open(PROJECTOR, `${base}/class.html?host${q}`);
  host.on("dialog", (d) => void d.accept());
  await host.waitForSelector("[data-screen=create]");
  expect(await host.evaluate(() => document.documentElement.lang)).toBe(lang);
  await check(host, "projector-create");
  await host.fill("input[name=lineLength]", "3");
  await host.fill("input[name=maxRounds]", "1");
  await host.locator("input[name=autoAdvance]").uncheck();
  await host.click("[data-action=apply-settings]");
  await host.waitForSelector(".join-code");
  const code = (await host.getAttribute(".join-code", "data-code"))!;
  const student = await devices.open(PHONE, `${base}/class.html?join${q}`);
  await student.waitForSelector("[data-screen=join]");
  // A control: a grey-on-grey line put on the page for one run is found, so a clean result means something.
  await student.evaluate(() => document.querySelector("main")!.insertAdjacentHTML("beforeend", '<p id="axe-control" style="color:#777;background:#888">low contrast, منخفض</p>'));
  expect((await (lang === "ar" ? latinContrast : axeViolations)(student, "control")).join(" ")).toContain("color-contrast");
  await student.evaluate(() => document.getElementById("axe-control")!.remove());
  await check(student, "student-join");
  await student.fill("#code", code);
  await student.fill("#nickname", "Ada");
  await student.locator("[data-action=join]").tap();
  await student.waitForSelector("[data-screen=controller] .ctl-seat");
  await host.waitForFunction(() => document.querySelectorAll(".roster li").length === 1);
  await check(host, "projector-lobby");
  await check(student, "controller-lobby");
  // The helpers on: their switches pressed, the caption read aloud (no voice is needed for axe).
  for (const pref of ["readAloud", "moreTime"]) {
    const sw = student.locator(`[data-pref=${pref}]`);
    if (await sw.count()) await sw.tap();
  }
  await check(student, "controller-lobby-helpers-on");
  await student.screenshot({ path: join(SHOTS, `a11y-${lang}-controller-helpers.png`) });
  await host.click("[data-action=start]");
  await phaseIs(host, "aim");
  await phaseIs(student, "aim");
  await check(host, "projector-aim");
  await check(student, "controller-aim");
  for (const next of ["pass", "shot"]) {
    await host.click("[data-action=next]");
    await phaseIs(host, next);
    await phaseIs(student, next);
    await check(host, `projector-${next}`);
    await check(student, `controller-${next}`);
  }
  await host.click("[data-action=next]");
  await host.waitForFunction(() => document.body.dataset.phase === "vote" || document.body.dataset.phase === "coach");
  if ((await host.evaluate(() => document.body.dataset.phase)) === "vote") {
    await student.waitForSelector("[data-panel=vote]");
    await check(host, "projector-vote");
    await check(student, "controller-vote");
    await student.locator("[data-panel=vote] button[data-seat='0']").tap();
    await student.locator("[data-panel=vote] button[data-direction=firmer]").tap();
    await student.locator("[data-panel=vote] [data-action=vote]").tap();
    await host.waitForSelector(".still-voting[data-still-voting='0']");
    await check(student, "controller-voted");
    // Everyone voted: teacher-driven, the game waits for Next.
    if ((await host.evaluate(() => document.body.dataset.phase)) === "vote") await host.click("[data-action=next]");
  }
  await phaseIs(host, "coach");
  await student.waitForSelector(".blame-card");
  await check(host, "projector-coach");
  await check(student, "controller-coach");
  await host.click("[data-action=next]");
  await phaseIs(host, "adjust");
  await student.waitForSelector("[data-panel=adjust]");
  await check(host, "projector-adjust");
  await check(student, "controller-adjust");
  await student.screenshot({ path: join(SHOTS, `a11y-${lang}-controller-adjust.png`), fullPage: true });
  await student.locator("[data-panel=adjust] [data-action=done]").tap();
  await student.waitForSelector(".ctl-body > p.waiting.big-text");
  await check(student, "controller-done");
  await host.click("[data-action=next]");
  await phaseIs(host, "summary");
  await student.waitForSelector("[data-screen=student-summary]");
  await check(host, "projector-summary");
  await check(student, "controller-summary");
  return { checked, violations };
}

/** Every screen axeThroughClass checks, in order (a miss is voted on; a hit goes straight to the rule's step). */
export const CLASS_SCREENS = {
  withVote: ["projector-create", "student-join", "projector-lobby", "controller-lobby", "controller-lobby-helpers-on", "projector-aim", "controller-aim", "projector-pass", "controller-pass", "projector-shot", "controller-shot", "projector-vote", "controller-vote", "controller-voted", "projector-coach", "controller-coach", "projector-adjust", "controller-adjust", "controller-done", "projector-summary", "controller-summary"],
  get afterHit(): string[] {
    return this.withVote.filter((s) => !["projector-vote", "controller-vote", "controller-voted"].includes(s));
  },
} as const;
