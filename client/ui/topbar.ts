import { type GameView, lineOf } from "../../shared";
import type { Chapter } from "../chapters/chapters";
import { fill, h } from "./dom";
import { curveChart, hasCurve } from "./curve";
import type { Prefs } from "./prefs";
import { OPEN_ACCESS } from "./access-panel";
import { t } from "../../shared/i18n";

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
        h("span", {}, reached ? t("solo.top.goalReached") : t("solo.top.goal", { goal: chapter.goal.text })),
        h("span", { class: "small" }, chapter.goal.progress(view, me)),
      )
    : h("div", { class: "goal" }, h("strong", {}, t("solo.top.freePlay")), h("span", { class: "small" }, t("solo.top.shotOf", { round: view.round, max: view.settings.maxRounds })));
  // The bar is drawn again at every change of the game: a key user's focus stays on the same button.
  const focused = el.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.action : undefined;
  fill(
    el,
    // The page's name for a screen reader's heading list (the chapter's title is also on screen).
    h("h1", { class: "sr-only" }, t("solo.top.heading", { where: chapter ? chapter.title : t("solo.top.freePlay") })),
    h("button", { class: "btn icon", "aria-label": t("solo.top.home"), "data-action": "home", onclick: a.home }, "⌂"),
    goal,
    // Before the first shot is scored (the first vote) there is no curve: no empty box either.
    hasCurve(line.history) ? h("button", { class: "btn spark", "aria-label": t("solo.top.curve"), "data-action": "curve", onclick: a.curve }, curveChart(line.history, 90, 36, view.settings.court.hoopRadius, false)) : null,
    // Named by words a screen reader says, the sample number only shown (a label that hid "1.2" would not match it).
    h("button", { class: "btn icon", "aria-pressed": String(prefs.showValues), "data-action": "values", onclick: a.toggleValues }, h("span", { "aria-hidden": "true" }, "1.2"), h("span", { class: "sr-only" }, t("solo.top.numbers"))),
    // The "×" is drawn by CSS (access.css): the visible text, "2", is then part of the name "Speed 2 times".
    h("button", { class: "btn icon", "aria-label": t("solo.top.speed", { speed: prefs.speed }), "data-action": "speed", onclick: a.cycleSpeed }, String(prefs.speed)),
    h("button", { class: "btn icon", "aria-label": t(prefs.muted ? "solo.top.soundOff" : "solo.top.soundOn"), "aria-pressed": String(!prefs.muted), "data-action": "mute", onclick: a.toggleMute }, t(prefs.muted ? "solo.top.soundOffShort" : "solo.top.soundOnShort")),
    // Keys, read-aloud, tones and more time: the app opens the dialog (the same as the ? key).
    h("button", { class: "btn icon", "aria-label": t("solo.top.access"), "aria-keyshortcuts": "?", "data-action": "access", onclick: () => document.dispatchEvent(new CustomEvent(OPEN_ACCESS)) }, "?"),
  );
  if (focused) el.querySelector<HTMLElement>(`[data-action="${focused}"]`)?.focus();
}
