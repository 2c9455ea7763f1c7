import { type CoachReport, type Line, type ScoredVote, type ShotRecord } from "../../shared";
import { Countdown } from "./countdown";
import { h } from "./dom";
import { act, amHost, myLine, mySeat, type PanelContext } from "./context";
import { choices, decimalsFor, dialFraction, dialRange, type DialRange, formatChange, formatHandshake, grownRange, NEAR_SPAN, nearRange, suggesterFor, tapStep } from "./dial";
import { directionLabel, formatMiss } from "../format";
import { blameCards, tallyView } from "./tally-view";
import { t } from "../../shared/i18n";

/** Coach strictness presets offered by chapters with a strictness dial. */
export const STRICTNESS_PRESETS = [
  { get label() { return t("solo.strictness.gentle"); }, value: 0.002 },
  { get label() { return t("solo.strictness.calm"); }, value: 0.003 },
  { get label() { return t("solo.strictness.strict"); }, value: 0.008 },
  { get label() { return t("solo.strictness.veryStrict"); }, value: 0.02 },
] as const;

/** How far the dial was zoomed out, per game and round, so a re-drawn panel keeps it. */
const zoom = new WeakMap<object, { round: number; times: number; wide: boolean }>();

/** After the coach: my dial with the suggestion's mark and Done first, then the vote's verdict and the cards. */
export function adjustPanel(ctx: PanelContext): HTMLElement {
  const li = myLine(ctx);
  const line = ctx.view.lines[li];
  const shot = line.current;
  const report = shot?.coach;
  // The adjust phase always follows the coach; a view without its report has nothing to adjust yet.
  if (!shot || !report) return h("div", { class: "panel-body", "data-panel": "adjust" }, h("p", { class: "waiting" }, t("solo.adjust.waitCoach")));
  const seat = mySeat(ctx);
  const rest: (HTMLElement | null)[] = [];
  const myVote = ctx.me !== null ? shot.votes[ctx.me] : undefined;
  const head = h("div", { class: "panel-head" }, h("p", { class: "miss" }, t("solo.status.shotResult", { round: ctx.view.round, miss: formatMiss(shot.miss, shot.hit) })), new Countdown(ctx.source, { label: t("solo.adjust.countdown") }).el);
  if (myVote && "blameRight" in myVote) {
    const scored = myVote as ScoredVote;
    const { blamer } = suggesterFor(line.rule);
    rest.push(
      h(
        "p",
        { class: "verdict", "data-blame-right": String(scored.blameRight), "data-direction-right": String(scored.directionRight) },
        t("solo.adjust.verdict", {
          blame: scored.blame + 1,
          said: scored.blameRight ? blamer.agrees : blamer.blames(report.mostToBlame + 1),
          direction: directionLabel(scored.direction),
          right: scored.directionRight ? "yes" : "no",
        }),
      ),
    );
  }
  rest.push(blameCards(report, ctx.view, li, ctx.me));
  rest.push(h("details", { class: "tally-box" }, h("summary", {}, t("solo.adjust.tally")), tallyView(shot, ctx.view, li)));
  // The chapter's key control comes first (chapter 4: the strictness), then what the hand does with Done
  // right under it, so a phone shows dial, −/+, the suggestion's mark and Done without scrolling; the
  // vote's verdict and the cards follow (the court shows them too).
  const key = ctx.chapter?.strictnessDial && amHost(ctx) ? strictness(ctx) : null;
  const done = h("button", { class: "btn primary", "data-action": "done", "aria-keyshortcuts": "Enter", onclick: () => act(ctx, { type: "ready" }) }, t("solo.adjust.done"));
  return h("div", { class: "panel-body", "data-panel": "adjust" }, head, key, seat >= 0 ? dial(ctx, line, shot, report, seat) : null, done, ...rest);
}

function dial(ctx: PanelContext, line: Line, shot: ShotRecord, report: CoachReport, seat: number): HTMLElement {
  const before = shot.weights[seat];
  const change = report.weightChanges[seat];
  const who = suggesterFor(line.rule);
  const picks = choices(before, change);
  const neuron = line.neurons[seat];
  // An untouched dial follows the suggestion exactly when the phase ends: show it there, so the
  // readout tells what will happen, and Ignore is the tap that keeps the old handshake.
  let value = neuron.adjusted ? neuron.weight : picks.follow;
  const memo = zoom.get(ctx.source);
  const kept = memo && memo.round === ctx.view.round ? memo : { round: ctx.view.round, times: NEAR_SPAN, wide: ctx.chapter?.wideDial === true };
  zoom.set(ctx.source, kept);
  let range: DialRange = nearRange(before, change, kept.times);

  const input = h("input", { type: "range", step: "any", "aria-label": t("solo.dial.label"), "data-dial": "weight" });
  const ghostMark = h("span", { class: "ghost", "aria-hidden": "true" }, `▼ ${who.mark}`);
  const wasMark = h("span", { class: "was", "aria-hidden": "true", title: t("solo.dial.was") });
  const readout = h("output", { class: "readout", "aria-live": "polite" });
  const hint = h("span", { class: "small" });
  let touched = neuron.adjusted;
  const wider = h("button", { class: "btn small", "data-action": "wider", "aria-pressed": "false", onclick: () => toggleWide() }, "↔", h("small", {}, t("solo.dial.wider")));
  const pick = (name: keyof typeof picks, label: string, sub: string) =>
    h("button", { class: "btn choice", "data-action": name, onclick: () => set(picks[name], true) }, label, h("small", {}, sub));
  const choiceButtons = [
    pick("ignore", t("solo.dial.ignore"), t("solo.dial.stay", { weight: formatHandshake(before, 2) })),
    pick("follow", t("solo.dial.follow"), formatChange(change, Math.max(3, decimalsFor(nearRange(before, change))))),
    pick("double", t("solo.dial.double"), formatChange(2 * change, Math.max(3, decimalsFor(nearRange(before, change))))),
  ];
  choiceButtons[1].title = who.follow;

  function currentRange(): DialRange {
    return kept.wide ? dialRange(before, picks.follow) : range;
  }
  function layout(): void {
    const r = currentRange();
    input.min = String(r.min);
    input.max = String(r.max);
    input.value = String(value);
    ghostMark.style.left = `${dialFraction(picks.follow, r) * 100}%`;
    wasMark.style.left = `${dialFraction(before, r) * 100}%`;
    wider.setAttribute("aria-pressed", String(kept.wide));
    fieldset.dataset.scale = kept.wide ? "wide" : String(kept.times);
  }
  function show(): void {
    const d = decimalsFor(currentRange());
    readout.textContent = t("solo.dial.readout", { before: formatHandshake(before, d), after: formatHandshake(value, d), change: formatChange(value - before, d), mark: who.mark, suggested: formatChange(change, d) });
    readout.dataset.change = String(value - before);
    readout.dataset.value = String(value);
    for (const b of choiceButtons) b.setAttribute("aria-pressed", String(Math.abs(picks[b.dataset.action as keyof typeof picks] - value) < 1e-12));
    hint.textContent = !touched ? t("solo.dial.untouched", { mark: who.mark }) : Math.abs(value - picks.follow) < 1e-12 ? t("solo.dial.following", { mark: who.mark }) : Math.abs(value - before) < 1e-12 ? t("solo.dial.keeping") : t("solo.dial.ownWay");
  }
  function set(v: number, send: boolean): void {
    if (!kept.wide) {
      // A tap past an end zooms the near dial out (doubling) rather than stopping there.
      const grown = grownRange(before, change, kept.times, v);
      kept.times = grown.times;
      range = grown.range;
    }
    const r = currentRange();
    value = Math.max(r.min, Math.min(r.max, v));
    if (send) touched = true;
    layout();
    show();
    if (send) act(ctx, { type: "adjust", weight: value });
  }
  function toggleWide(): void {
    kept.wide = !kept.wide;
    if (!kept.wide) set(value, false);
    layout();
    show();
  }
  function nudge(steps: number): void {
    set(value + steps * tapStep(currentRange()), true);
  }

  input.addEventListener("input", () => set(Number(input.value), false));
  input.addEventListener("change", () => set(Number(input.value), true));
  input.addEventListener("keydown", (e) => {
    const k = tapStep(currentRange());
    const moves: Record<string, number> = { ArrowRight: k, ArrowUp: k, ArrowLeft: -k, ArrowDown: -k, PageUp: 10 * k, PageDown: -10 * k };
    if (e.key in moves) {
      e.preventDefault();
      set(value + moves[e.key], true);
    }
  });

  const fieldset = h(
    "fieldset",
    { class: "dial", "data-rule": line.rule },
    h("legend", {}, t("solo.dial.legend"), hint),
    h(
      "div",
      { class: "dial-row" },
      h("button", { class: "btn small step", "aria-label": t("solo.dial.looser"), onclick: () => nudge(-1) }, "▼ −"),
      h("div", { class: "dial-track" }, input, wasMark, ghostMark),
      h("button", { class: "btn small step", "aria-label": t("solo.dial.firmer"), onclick: () => nudge(1) }, "+ ▲"),
    ),
    readout,
    h("div", { class: "row choices-row" }, ...choiceButtons, wider),
  );
  layout();
  show();
  return fieldset;
}

function strictness(ctx: PanelContext): HTMLElement {
  const now = ctx.view.settings.strictness;
  return h(
    "fieldset",
    { class: "strictness", "data-key-control": "strictness" },
    h("legend", {}, t("solo.strictness.legend"), h("span", { class: "small" }, t("solo.strictness.when"))),
    h(
      "div",
      { class: "row" },
      ...STRICTNESS_PRESETS.map((p) =>
        h("button", { class: "btn small", "aria-pressed": String(Math.abs(p.value - now) < 1e-9), "data-strictness": p.value, onclick: () => act(ctx, { type: "configure", settings: { strictness: p.value } }) }, p.label),
      ),
    ),
  );
}
