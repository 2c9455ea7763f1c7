// The "?" dialog: every key the solo game answers to, and the helpers a learner can switch on for this
// device: read-aloud, tones for the pass, and more time. Its sentences are data (KEY_HELP, HELPERS) whose
// words are read from the message files when drawn.
import { h } from "./dom";
import type { Prefs } from "./prefs";
import "./access.css";
import { type MessageId, t } from "../../shared/i18n";
import { languagePicker } from "../i18n/i18n";

/** The DOM event the top bar's "?" button sends; the app opens this dialog on it. */
export const OPEN_ACCESS = "blame-game:access";

/** One row of the keyboard help: the keys, and what they do. */
export interface KeyHelp {
  keys: string[];
  what: string;
}

/** Every key of the solo game, in the order a round needs them. */
export const KEY_HELP: readonly KeyHelp[] = (
  [
    [["solo.key.tab", "solo.key.shiftTab"], "solo.key.move"],
    [["solo.key.enter", "solo.key.space"], "solo.key.press"],
    [["solo.key.space"], "solo.key.skip"],
    [["1–9"], "solo.key.blame"],
    [["F", "L"], "solo.key.direction"],
    [["solo.key.enter"], "solo.key.send"],
    [["←", "→"], "solo.key.dial"],
    [["W"], "solo.key.where"],
    [["?"], "solo.key.help"],
    [["solo.key.esc"], "solo.key.close"],
  ] as const
).map(([keys, what]) => ({
  // A key's name is a message ("Enter"); a letter, digit or arrow is the key's own mark.
  get keys() {
    return keys.map((k) => (k.startsWith("solo.") ? t(k as MessageId) : k));
  },
  get what() {
    return t(what);
  },
}));

/** A helper a learner can switch on: its preference, name and what it does. */
export interface Helper {
  pref: "readAloud" | "tones" | "moreTime";
  name: string;
  what: string;
}

/** The helpers, each off until the learner turns it on (kept on this device). */
export const HELPERS: readonly Helper[] = (["readAloud", "tones", "moreTime"] as const).map((pref) => ({
  pref,
  get name() {
    return t(`solo.access.${pref}`);
  },
  get what() {
    return t(`solo.access.${pref}What`);
  },
}));

/** What the dialog's buttons do. */
export interface AccessActions {
  toggle(pref: Helper["pref"]): void;
  whereAmI(): void;
  close(): void;
}

/** The dialog's content: helpers as switches, "Where am I?", the keys, and Close. `canSpeak`: whether this browser has a voice. */
export function accessView(prefs: Prefs, canSpeak: boolean, a: AccessActions): HTMLElement {
  const usable = (x: Helper) => x.pref !== "readAloud" || canSpeak;
  // The first switch that works takes the focus: the dialog opens at its top, helpers first.
  const first = HELPERS.findIndex(usable);
  const switches = HELPERS.map((x, i) => {
    const off = !usable(x);
    return h(
      "li",
      {},
      h(
        "button",
        { class: "btn switch", "aria-pressed": String(prefs[x.pref]), "data-pref": x.pref, disabled: off, "aria-describedby": `help-${x.pref}`, "data-autofocus": i === first ? "" : null, onclick: () => a.toggle(x.pref) },
        h("span", { class: "switch-state", "aria-hidden": "true" }, prefs[x.pref] ? "✔" : "○"),
        x.name,
      ),
      h("span", { class: "small", id: `help-${x.pref}` }, off ? t("solo.access.noVoice") : x.what),
    );
  });
  return h(
    "div",
    { class: "card-box access", "data-screen": "access" },
    h("h2", {}, t("solo.access.title")),
    h("ul", { class: "helpers" }, ...switches),
    h("button", { class: "btn secondary", "data-action": "where", onclick: a.whereAmI }, t("solo.access.where")),
    h("h3", {}, t("solo.access.keys")),
    h(
      "table",
      { class: "keys" },
      h("tbody", {}, ...KEY_HELP.map((k) => h("tr", {}, h("th", { scope: "row" }, ...k.keys.flatMap((key, i) => [i > 0 ? " " : null, h("kbd", {}, key)])), h("td", {}, k.what)))),
    ),
    // The language, also here: a learner who cannot read the start screen's words finds it with "?" (not
    // in a kiosk, which offers no form control).
    document.body.dataset.kiosk === "1" ? null : languagePicker(),
    h("button", { class: "btn primary", "data-action": "close-access", onclick: a.close }, t("solo.access.close")),
  );
}
