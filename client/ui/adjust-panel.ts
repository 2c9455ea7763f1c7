import { clampParam, type CoachReport, type Line, type ScoredVote, type ShotRecord } from "../../shared";
import { Countdown } from "./countdown";
import { h } from "./dom";
import { act, amHost, myLine, mySeat, type PanelContext } from "./context";
import { dialFraction, dialRange, dialStep } from "./dial";
import { directionLabel, formatMiss, formatValue } from "../format";
import { blameCards, tallyView } from "./tally-view";

/** Coach strictness presets offered by chapters with a strictness dial. */
export const STRICTNESS_PRESETS = [
  { label: "Gentle", value: 0.002 },
  { label: "Calm", value: 0.003 },
  { label: "Strict", value: 0.008 },
  { label: "Very strict", value: 0.02 },
] as const;

/** After the coach: the blame cards, the vote's results, and my dial with the coach's ghost mark. */
export function adjustPanel(ctx: PanelContext): HTMLElement {
  const li = myLine(ctx);
  const line = ctx.view.lines[li];
  const shot = line.current;
  const report = shot?.coach;
  // The adjust phase always follows the coach; a view without its report has nothing to adjust yet.
  if (!shot || !report) return h("div", { class: "panel-body", "data-panel": "adjust" }, h("p", { class: "waiting" }, "Waiting for the coach…"));
  const seat = mySeat(ctx);
  const parts: (HTMLElement | null)[] = [];
  const myVote = ctx.me !== null ? shot.votes[ctx.me] : undefined;
  parts.push(h("div", { class: "panel-head" }, h("p", { class: "miss" }, `Shot ${ctx.view.round}: ${formatMiss(shot.miss, shot.hit)}.`), new Countdown(ctx.source, { label: "to adjust" }).el));
  if (myVote && "blameRight" in myVote) {
    const scored = myVote as ScoredVote;
    parts.push(
      h(
        "p",
        { class: "verdict", "data-blame-right": String(scored.blameRight), "data-direction-right": String(scored.directionRight) },
        `Your vote: neuron ${scored.blame + 1} ${scored.blameRight ? "✔ the coach agrees" : `✘ the coach blames neuron ${report.mostToBlame + 1} most`}; ${directionLabel(scored.direction)} ${scored.directionRight ? "✔" : "✘"}.`,
      ),
    );
  }
  parts.push(blameCards(report, ctx.view, li, ctx.me));
  parts.push(h("details", { class: "tally-box" }, h("summary", {}, "Election results"), tallyView(shot, ctx.view, li)));
  if (ctx.chapter?.strictnessDial && amHost(ctx)) parts.push(strictness(ctx));
  // What the hand does comes first, with Done right under it, so a phone shows dial, −/+, the coach's
  // mark and Done without scrolling; the vote's verdict and the cards follow (the court shows them too).
  const done = h("button", { class: "btn primary", "data-action": "done", "aria-keyshortcuts": "Enter", onclick: () => act(ctx, { type: "ready" }) }, "Done ✓ next shot");
  const [head, ...rest] = parts;
  return h("div", { class: "panel-body", "data-panel": "adjust" }, head, seat >= 0 ? dial(ctx, line, shot, report, seat) : null, done, ...rest);
}

function dial(ctx: PanelContext, line: Line, shot: ShotRecord, report: CoachReport, seat: number): HTMLElement {
  const before = shot.weights[seat];
  const change = report.weightChanges[seat];
  const ghost = clampParam(before + change);
  const range = dialRange(before, ghost);
  const step = dialStep(change);
  let value = line.neurons[seat].weight;
  const readout = h("output", { class: "readout" });
  const input = h("input", {
    type: "range",
    min: range.min,
    max: range.max,
    step: "any",
    value,
    "aria-label": "Your handshake",
    "data-dial": "weight",
  });
  const ghostMark = h("span", { class: "ghost", style: `left:${dialFraction(ghost, range) * 100}%`, "aria-hidden": "true" }, "▼ coach");
  function show(): void {
    readout.textContent = `${formatValue(before)} → ${formatValue(value)} (coach: ${formatValue(ghost)}, ${directionLabel(report.directions[seat])})`;
  }
  function set(v: number, send: boolean): void {
    value = Math.max(range.min, Math.min(range.max, v));
    input.value = String(value);
    show();
    if (send) act(ctx, { type: "adjust", weight: value });
  }
  input.addEventListener("input", () => set(Number(input.value), false));
  input.addEventListener("change", () => set(Number(input.value), true));
  show();
  return h(
    "fieldset",
    { class: "dial" },
    h("legend", {}, "★ Your handshake ", h("span", { class: "small" }, "(leave it: your hand follows the coach)")),
    h("div", { class: "dial-track" }, input, ghostMark),
    readout,
    h(
      "div",
      { class: "row" },
      h("button", { class: "btn small", "aria-label": "looser", onclick: () => set(value - step, true) }, "▼ −"),
      h("button", { class: "btn secondary", "data-action": "follow", onclick: () => set(ghost, true) }, "Use the coach's mark"),
      h("button", { class: "btn small", "aria-label": "firmer", onclick: () => set(value + step, true) }, "▲ +"),
    ),
  );
}

function strictness(ctx: PanelContext): HTMLElement {
  const now = ctx.view.settings.strictness;
  return h(
    "fieldset",
    { class: "strictness" },
    h("legend", {}, "The coach's strictness"),
    h(
      "div",
      { class: "row" },
      ...STRICTNESS_PRESETS.map((p) =>
        h("button", { class: "btn small", "aria-pressed": String(Math.abs(p.value - now) < 1e-9), "data-strictness": p.value, onclick: () => act(ctx, { type: "configure", settings: { strictness: p.value } }) }, p.label),
      ),
    ),
  );
}
