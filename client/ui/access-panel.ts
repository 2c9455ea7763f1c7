// The "?" dialog: every key the solo game answers to, and the helpers a learner can switch on for this
// device: read-aloud, tones for the pass, and more time. Its sentences are data (KEY_HELP, HELPERS), so
// they can move into a message file with the rest.
import { h } from "./dom";
import type { Prefs } from "./prefs";
import "./access.css";

/** The DOM event the top bar's "?" button sends; the app opens this dialog on it. */
export const OPEN_ACCESS = "blame-game:access";

/** One row of the keyboard help: the keys, and what they do. */
export interface KeyHelp {
  keys: string[];
  what: string;
}

/** Every key of the solo game, in the order a round needs them. */
export const KEY_HELP: readonly KeyHelp[] = [
  { keys: ["Tab", "Shift+Tab"], what: "Move to the next or the previous button." },
  { keys: ["Enter", "Space"], what: "Press the button you are on." },
  { keys: ["Space"], what: "Skip the animation (the ball, the shot, the story after it)." },
  { keys: ["1–9"], what: "In the vote: pick the neuron you blame most." },
  { keys: ["F", "L"], what: "In the vote: your own handshake firmer or looser." },
  { keys: ["Enter"], what: "Send your vote; on your handshake, say you are done." },
  { keys: ["←", "→"], what: "On the dial: turn your handshake (Page Up and Page Down: ten steps)." },
  { keys: ["W"], what: "Where am I? Hear the screen in words." },
  { keys: ["?"], what: "This help." },
  { keys: ["Esc"], what: "Close this help." },
];

/** A helper a learner can switch on: its preference, name and what it does. */
export interface Helper {
  pref: "readAloud" | "tones" | "moreTime";
  name: string;
  what: string;
}

/** The helpers, each off until the learner turns it on (kept on this device). */
export const HELPERS: readonly Helper[] = [
  { pref: "readAloud", name: "Read aloud", what: "Your device's voice reads what happens and the cards." },
  { pref: "tones", name: "Tones for the pass", what: "A tone for each neuron as the ball passes: higher means a stronger ball." },
  { pref: "moreTime", name: "More time", what: "No clock on the vote or your handshake: the game waits for you." },
];

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
      h("span", { class: "small", id: `help-${x.pref}` }, off ? "This browser has no voice to read with." : x.what),
    );
  });
  return h(
    "div",
    { class: "card-box access", "data-screen": "access" },
    h("h2", {}, "Keys and helpers"),
    h("ul", { class: "helpers" }, ...switches),
    h("button", { class: "btn secondary", "data-action": "where", onclick: a.whereAmI }, "Where am I?"),
    h("h3", {}, "Keys"),
    h(
      "table",
      { class: "keys" },
      h("tbody", {}, ...KEY_HELP.map((k) => h("tr", {}, h("th", { scope: "row" }, ...k.keys.flatMap((key, i) => [i > 0 ? " " : null, h("kbd", {}, key)])), h("td", {}, k.what)))),
    ),
    h("button", { class: "btn primary", "data-action": "close-access", onclick: a.close }, "Close"),
  );
}
