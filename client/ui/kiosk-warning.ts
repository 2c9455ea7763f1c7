// A kiosk's "still there?" card: shown for the last seconds before an idle kiosk starts again for the
// next visitor, so a visitor who is reading, not tapping, keeps their game with one tap.
import { t } from "../../shared/i18n";
import { h } from "./dom";

/** The card (hidden until shown) and how to show it: the seconds left, or null to hide it. */
export function kioskWarning(): { el: HTMLElement; show(secondsLeft: number | null): void } {
  // The question is an alert, said once when it appears; the seconds below it change every second and
  // are for the eyes only (a screen reader would otherwise be interrupted ten times).
  const ask = h("p", { class: "kiosk-still-ask", role: "alert" });
  const count = h("p", { class: "kiosk-still-count", "aria-hidden": "true" });
  const el = h("div", { class: "kiosk-still", hidden: true }, ask, count);
  return {
    el,
    show(secondsLeft) {
      el.hidden = secondsLeft === null;
      if (secondsLeft === null) {
        ask.textContent = "";
        count.textContent = "";
        return;
      }
      if (!ask.textContent) ask.textContent = t("solo.kiosk.still");
      count.textContent = t("solo.kiosk.restart", { seconds: secondsLeft });
    },
  };
}
