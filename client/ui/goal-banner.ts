// The banner a solo screen (the court or the network) shows when its chapter's goal is reached: the
// takeaway, the way on, and a close. The chapter then ends one shot later (a shot to see it stick)
// instead of playing on to its last shot.
import type { GameView } from "../../shared";
import { t } from "../../shared/i18n";
import type { Chapter } from "../chapters/chapters";
import type { GameSource } from "../source/game-source";
import { fill, h } from "./dom";
import type { Exits, Shell } from "./play-screen";

/** Shows the goal banner above the game (never over it) and shortens the chapter to one more shot; `say` reads its words aloud. */
export function showGoalBanner(shell: Shell, source: GameSource, chapter: Chapter, exits: Exits, view: GameView, say: (text: string) => void): void {
  if (view.phase !== "lobby" && view.phase !== "summary" && view.round + 1 < view.settings.maxRounds && view.hostId === source.me) {
    // After this render: the change re-renders the screen, which must not happen inside this one.
    const maxRounds = view.round + 1;
    queueMicrotask(() => void source.send({ type: "configure", settings: { maxRounds } }));
  }
  const next = exits.next ?? exits.finale ?? null;
  const close = () => {
    fill(shell.banner);
    delete document.body.dataset.banner;
  };
  fill(
    shell.banner,
    h(
      "div",
      { class: "goal-banner", role: "status", "data-toast": "goal" },
      h("p", {}, h("strong", {}, t("solo.banner.reached")), h("span", { class: "takeaway" }, chapter.takeaway)),
      h(
        "div",
        { class: "banner-actions" },
        next ? h("button", { class: "btn small primary", "data-action": exits.next ? "next-chapter" : "finale", onclick: next }, t(exits.next ? "solo.summary.next" : "solo.banner.finale")) : null,
        h("button", { class: "btn small secondary", "aria-label": t("solo.banner.keep"), title: t("solo.banner.keep"), "data-action": "keep-playing", onclick: close }, "✕"),
      ),
    ),
  );
  document.body.dataset.banner = "goal";
  say(t("solo.banner.say", { takeaway: chapter.takeaway }));
}
