import { h } from "./dom";
import { act, amHost, myLine, mySeat, type PanelContext } from "./context";
import { formatMiss, formatValue } from "../format";

const WHAT: Record<string, string> = {
  aim: "The hoop is set. Get ready…",
  pass: "The ball is passing down the line.",
  shot: "The last neuron shoots!",
  coach: "The coach walks back down the line, handing out blame.",
};

/** The panel while an animation plays: what is happening, my part in it, and a skip button. */
export function statusPanel(ctx: PanelContext): HTMLElement {
  const { view } = ctx;
  const shot = view.lines[myLine(ctx)].current;
  const seat = mySeat(ctx);
  const lines: (HTMLElement | null)[] = [h("p", { class: "what" }, WHAT[view.phase] ?? "")];
  if (shot && seat >= 0 && (view.phase === "pass" || view.phase === "shot")) {
    lines.push(h("p", { class: "mine" }, `★ You got ${formatValue(shot.inputs[seat])}, gripped with ${formatValue(shot.weights[seat])} and passed on ${formatValue(shot.outputs[seat])}.`));
  }
  if (shot && view.phase === "shot") lines.push(h("p", { class: "small" }, `The hoop is ${view.distance.toFixed(1)} m away.`));
  if (shot && view.phase === "coach") lines.push(h("p", { class: "miss" }, `Shot ${view.round}: ${formatMiss(shot.miss, shot.hit)}.`));
  const skip = amHost(ctx)
    ? h("button", { class: "btn secondary", "data-action": "skip", "aria-keyshortcuts": "Space", onclick: () => act(ctx, { type: "next" }) }, "Skip ▶▶")
    : null;
  return h("div", { class: "panel-body", "data-panel": view.phase }, ...lines, skip);
}
