import { type GameView, lineOf } from "../../shared";
import type { Chapter } from "../chapters/chapters";
import { fill, h } from "./dom";
import { curveChart, hasCurve } from "./curve";
import type { Prefs } from "./prefs";

/** What the top bar's buttons do. */
export interface TopbarActions {
  home(): void;
  curve(): void;
  toggleValues(): void;
  cycleSpeed(): void;
  toggleMute(): void;
}

/** The bar above the court: home, the chapter's goal, the curve, numbers, speed and sound. */
export function renderTopbar(el: HTMLElement, view: GameView, me: string | null, chapter: Chapter | null, prefs: Prefs, reached: boolean, a: TopbarActions): void {
  const line = view.lines[lineOf(view, me)];
  const goal = chapter
    ? h(
        "div",
        { class: "goal", "data-reached": String(reached) },
        h("strong", {}, chapter.title),
        h("span", {}, reached ? "✔ Goal reached!" : `Goal: ${chapter.goal.text}`),
        h("span", { class: "small" }, chapter.goal.progress(view, me)),
      )
    : h("div", { class: "goal" }, h("strong", {}, "Free play"), h("span", { class: "small" }, `Shot ${view.round} of ${view.settings.maxRounds}`));
  fill(
    el,
    h("button", { class: "btn icon", "aria-label": "Home", "data-action": "home", onclick: a.home }, "⌂"),
    goal,
    // Before the first shot is scored (the first vote) there is no curve: no empty box either.
    hasCurve(line.history) ? h("button", { class: "btn spark", "aria-label": "Learning curve", "data-action": "curve", onclick: a.curve }, curveChart(line.history, 90, 36, view.settings.court.hoopRadius, false)) : null,
    h("button", { class: "btn icon", "aria-label": "Show numbers", "aria-pressed": String(prefs.showValues), onclick: a.toggleValues }, "1.2"),
    h("button", { class: "btn icon", "aria-label": `Speed ${prefs.speed} times`, onclick: a.cycleSpeed }, `${prefs.speed}×`),
    h("button", { class: "btn icon", "aria-label": prefs.muted ? "Sound off" : "Sound on", "aria-pressed": String(!prefs.muted), "data-action": "mute", onclick: a.toggleMute }, prefs.muted ? "♪ off" : "♪ on"),
  );
}
