// The projector with four lines of eight on different learning rules, end to end: a real server
// process, the host page at 1920x1080 in Chromium, one student on a phone page and eleven real
// colyseus.js students (the client's NetworkGame). Each line's board, the big countdown, pause and
// resume, a rule changed between rounds, the racing curves, the end of the game; and a student's
// controller shows only their own numbers (what came in from the left, what went out to the right).
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, useClassServer } from "./class-server";
import { NetworkGame } from "../../client/source/network-game";
import { lineVotes } from "../../shared";
import { formatValue } from "../../client/ui/format";
import { type Device, downloadText, PHONE } from "./browser";

const PROJECTOR: Device = { name: "projector", viewport: { width: 1920, height: 1080 }, isMobile: false, hasTouch: false };
const RULES = ["backprop", "trial-and-error", "feedback-alignment", "activity-difference"];
const NODE_STUDENTS = 11;
// Two rounds: enough for a curve per line (two points) and a rule changed in between.

const cls = useClassServer(120_000);
const { devices } = cls;
const students = cls.students as NetworkGame[];

function open(device: Device, url: string): Promise<Page> {
  return devices.open(device, url);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `classroom-lines-${name}.png`) });
}

async function phaseIs(page: Page, phase: string, round: number, ms = 15_000): Promise<void> {
  await page.waitForFunction(([p, r]) => document.body.dataset.phase === p && document.body.dataset.round === String(r), [phase, round] as const, { timeout: ms });
}

/** Every element of `selector` fits inside the window (nothing cut off at 1920x1080). */
async function allInside(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => els.filter((e) => {
    const r = e.getBoundingClientRect();
    return r.width === 0 || r.height === 0 || r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5;
  }).map((e) => `${e.className} ${Math.round(e.getBoundingClientRect().bottom)}`));
}

describe("a projector with four lines on different rules", () => {
  it("shows every line, counts down, pauses, changes a rule between rounds, races the curves and ends", async () => {
    const host = await open(PROJECTOR, `${cls.base}/class.html?host`);
    // "End" asks for confirmation.
    host.on("dialog", (d) => void d.accept());
    await host.waitForSelector("[data-screen=create]");
    await host.fill("input[name=teams]", "4");
    await host.fill("input[name=lineLength]", "8");
    await host.fill("input[name=maxRounds]", "5");
    await host.fill("input[name=voteSeconds]", "90");
    await host.fill("input[name=adjustSeconds]", "90");
    for (const [t, rule] of RULES.entries()) await host.selectOption(`select[name=rule${t}]`, rule);
    await host.click("[data-action=apply-settings]");
    await host.waitForSelector(".join-code");
    const code = (await host.getAttribute(".join-code", "data-code"))!;
    expect(await host.locator(".board").count()).toBe(4);

    const phone = await open(PHONE, `${cls.base}/class.html?code=${code}`);
    await phone.fill("#nickname", "Pia");
    await phone.locator("[data-action=join]").tap();
    await phone.waitForSelector("[data-screen=controller] .ctl-seat");
    const endpoint = cls.base.replace(/^http/, "ws");
    for (let i = 0; i < NODE_STUDENTS; i++) students.push(await NetworkGame.join({ endpoint, code, name: `Kid ${i + 1}`, store: null }));
    await host.waitForFunction((n) => document.querySelectorAll(".roster li").length === n, NODE_STUDENTS + 1);
    const titles = await host.locator(".board .rule").allTextContents();
    expect(titles).toEqual(["Backprop coach", "Trial and error", "Separate feedback wires", "Nudge and compare"]);
    await shot(host, "lobby");

    await host.click("[data-action=start]");
    const seen: { input: number; output: number; text: string; line: number; seat: number } = { input: NaN, output: NaN, text: "", line: -1, seat: -1 };
    for (let round = 1; round <= 2; round++) {
      // Aim, pass and shot move on by themselves (auto-advance); the vote has a 90 s timer.
      await phaseIs(host, "vote", round, 20_000);
      const seconds = Number(await host.getAttribute(".proj-head .countdown", "data-seconds"));
      expect(seconds).toBeGreaterThan(60);
      expect(await host.locator(".proj-head .countdown").isVisible()).toBe(true);
      await phone.waitForSelector("[data-panel=vote] .countdown[data-seconds]");
      // A line votes only after a miss under a rule that hands out blame (trial and error runs on line 2
      // in round 1); the others say why instead of showing a tally.
      const voting = students[0].view().lines.filter(lineVotes).length;
      expect(voting).toBeGreaterThan(0);
      expect(await host.locator(".col-tally").count()).toBe(voting);
      expect(await host.locator(".still-voting.no-vote").count()).toBe(4 - voting);
      for (const text of await host.locator(".still-voting.no-vote").allTextContents()) expect(text).not.toMatch(/voted|ballot/i);
      expect(await allInside(host, ".board, .board-court, .col-tally, .still-voting, .proj-head .countdown")).toEqual([]);
      if (round === 1) {
        // The phone shows its own neuron only: what came in from the left and what went out to the right.
        seen.line = Number(await phone.getAttribute(".ctl-seat", "data-line"));
        seen.seat = Number(await phone.getAttribute(".ctl-seat", "data-seat"));
        seen.input = Number(await phone.getAttribute(".stat[data-stat=input]", "data-value"));
        seen.output = Number(await phone.getAttribute(".stat[data-stat=output]", "data-value"));
        seen.text = (await phone.locator("[data-screen=controller]").textContent()) ?? "";
        expect(await phone.locator(".ctl-neuron .stat").count()).toBe(4);
        expect(await phone.locator(".stat[data-stat=input] .stat-from").textContent()).toMatch(seen.seat === 0 ? /from the start/ : new RegExp(`from ${seen.seat} `));
        expect(await phone.locator(".stat[data-stat=output] .stat-from").textContent()).toMatch(seen.seat === 7 ? /to the shot/ : new RegExp(`to ${seen.seat + 2} `));
        await shot(phone, "phone-vote");

        // Pause: the projector and the phone both say so, and the timer stands still; resume goes on.
        await host.click("[data-action=pause]");
        await host.waitForSelector(".proj-head .countdown[data-paused=true]");
        await phone.waitForSelector("text=Paused");
        const frozen = await host.getAttribute(".proj-head .countdown", "data-seconds");
        await host.waitForTimeout(1300);
        expect(await host.getAttribute(".proj-head .countdown", "data-seconds")).toBe(frozen);
        expect(await host.locator(".phase-title").textContent()).toBe("Paused");
        await shot(host, "paused");
        await host.click("[data-action=resume]");
        await host.waitForSelector(".proj-head .countdown[data-paused=false]");
        await phone.waitForSelector("[data-panel=vote]");
      }
      // Only people in a line that votes are asked (its rule hands out blame and its shot missed). Half of
      // them vote first: the projector shows the rest as still voting.
      const lineOfMe = (g: NetworkGame) => g.view().lines[g.view().players[g.me!].line];
      const asked = students.filter((s) => lineVotes(lineOfMe(s)));
      const phoneAsked = (await phone.locator("[data-panel=vote] [data-action=vote]").count()) > 0;
      expect(asked.length).toBeGreaterThan(0);
      for (const [i, s] of students.entries()) {
        if (i === Math.floor(students.length / 2)) {
          const left = asked.filter((a) => students.indexOf(a) >= i).length + (phoneAsked ? 1 : 0);
          await host.waitForFunction((n) => [...document.querySelectorAll<HTMLElement>(".still-voting")].reduce((a, e) => a + Number(e.dataset.stillVoting), 0) === n, left);
          if (round === 1) await shot(host, "vote");
        }
        const seats = lineOfMe(s).neurons.length;
        const answer = await s.send({ type: "vote", blame: (i + round) % seats, direction: i % 2 ? "firmer" : "looser" });
        // Asked: accepted. Not asked (trial and error, or a hit): refused, and nothing waits for them.
        if (asked.includes(s)) expect(answer).toBeNull();
        else expect(answer?.code).toBe("wrong-phase");
      }
      if (phoneAsked) {
        await phone.locator("[data-panel=vote] button[data-seat='0']").tap();
        await phone.locator("[data-panel=vote] button[data-direction=firmer]").tap();
        await phone.locator("[data-panel=vote] [data-action=vote]").tap();
      }
      // Everyone voted: the coach walks by himself.
      await phaseIs(host, "coach", round);
      if (round === 1) {
        await host.waitForTimeout(2500);
        await shot(host, "coach");
      }
      expect(await host.locator(".verdict-line").count()).toBe(4);
      await phaseIs(host, "adjust", round, 10_000);
      if (round === 1) {
        // Between rounds the teacher gives line 2 the backprop coach and makes every coach stricter.
        await host.click("[data-action=settings]");
        await host.selectOption("select[name=rule1]", "backprop");
        await host.fill("input[name=strictness]", "0.005");
        await shot(host, "settings");
        await host.click("[data-action=apply-settings]");
        await host.waitForFunction(() => document.querySelector('.board[data-line="1"] .rule')?.textContent === "Backprop coach");
        await host.click("[data-action=settings]");
        await phone.waitForSelector("[data-panel=adjust] .countdown[data-seconds]");
        await shot(phone, "phone-adjust");
      }
      if (round === 2) {
        expect(await host.locator(".race polyline").count()).toBe(4);
        expect(await host.locator(".race-legend .race-rule").allTextContents()).toEqual(["Backprop coach", "Backprop coach", "Separate feedback wires", "Nudge and compare"]);
        expect(await allInside(host, ".race svg, .board")).toEqual([]);
        await shot(host, "adjust");
      }
      for (const s of students) {
        const p = s.view().players[s.me!];
        const w = s.view().lines[p.line].neurons[p.seat].weight;
        expect(await s.send({ type: "adjust", weight: w * 1.02 })).toBeNull();
        expect(await s.send({ type: "ready" })).toBeNull();
      }
      await phone.locator("[data-action=follow]").tap();
      await phone.locator("[data-action=done]").tap();
      await phaseIs(host, "aim", round + 1);
    }
    // The form also sends a rule for each line the class may still open (up to "most lines"): the four lines that run come first.
    expect(students[0].view().settings.rules.slice(0, 4)).toEqual(["backprop", "backprop", "feedback-alignment", "activity-difference"]);
    expect(students[0].view().settings.strictness).toBe(0.005);

    // The teacher ends the game as the third shot is aimed: the summary races every line.
    await host.click("[data-action=end]");
    await host.waitForSelector("[data-screen=class-summary]");
    expect(await host.locator(".class-summary .racing polyline").count()).toBe(4);
    expect(await host.locator(".accuracy tr[data-team]").count()).toBe(4);
    await shot(host, "summary");

    // What the phone showed in round 1 was its own seat's numbers, and no one else's but the left neighbour's.
    // The JSON report keeps full precision (the CSV is rounded for people); its lines and seats count from 1.
    const json = JSON.parse((await downloadText(host, "[data-action=report-json]")).text);
    const round1: { seat: number; input: number; output: number }[] = json.lines[seen.line].shots.find((s: { round: number }) => s.round === 1).neurons;
    expect(round1).toHaveLength(8);
    const mine = round1[seen.seat];
    expect(mine.seat).toBe(seen.seat + 1);
    expect(mine.input).toBe(seen.input);
    expect(mine.output).toBe(seen.output);
    const allowed = new Set([formatValue(seen.input), formatValue(seen.output)]);
    for (const r of round1) {
      const seat = r.seat - 1;
      if (seat === seen.seat || seat === seen.seat - 1) continue;
      const other = formatValue(r.output);
      if (!allowed.has(other)) expect(seen.text, `seat ${seat + 1}'s output ${other} on the phone`).not.toContain(other);
    }
    expect(devices.errors).toEqual([]);
  }, 400_000);
});
