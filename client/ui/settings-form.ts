import { ACTIVATION_NAMES, LIMITS, RULE_IDS, RULES, type ActivationName, type RuleId, type Settings } from "../../shared";
import { h } from "./dom";
import { STRICTNESS_PRESETS } from "./adjust-panel";
import { t } from "../../shared/i18n";

/** What free play asks for: no typing anywhere, so it also works in kiosk mode. */
export interface FreePlay {
  lineLength: number;
  seat: number;
  activation: ActivationName;
  rule: RuleId;
  strictness: number;
  speed: number;
}

/** Free play's starting choices. */
export const DEFAULT_FREE_PLAY: FreePlay = { lineLength: 5, seat: 2, activation: "tanh", rule: "backprop", strictness: 0.003, speed: 1 };

/** The engine settings for a free game. */
export function freePlaySettings(f: FreePlay, seed: number): Partial<Settings> {
  return {
    lineLength: f.lineLength,
    activation: f.activation,
    rules: [f.rule],
    strictness: f.strictness,
    voteSeconds: 300,
    adjustSeconds: 300,
    maxRounds: 20,
    hoop: { fixedRounds: 8, fixedDistance: 5 },
    seed,
  };
}

/** Keeps the seat inside the line when its length changes. */
export function clampSeat(f: FreePlay): FreePlay {
  return { ...f, seat: Math.max(0, Math.min(f.lineLength - 1, f.seat)) };
}

/** Each activation in words, read when drawn. */
const ACTIVATION_WORDS: Record<ActivationName, () => string> = {
  identity: () => t("solo.free.identity"),
  tanh: () => t("solo.free.tanh"),
  relu: () => t("solo.free.relu"),
  sigmoid: () => t("solo.free.sigmoid"),
};

/** The free play form: steppers and choices, all big buttons. */
export function settingsForm(start: (f: FreePlay) => void, cancel: () => void, initial: FreePlay = DEFAULT_FREE_PLAY): HTMLElement {
  let f = { ...initial };
  const root = h("form", { class: "settings", "data-screen": "settings", onsubmit: (e: Event) => e.preventDefault() });
  function stepper(label: string, get: () => number, set: (v: number) => void, min: () => number, max: () => number, show = (v: number) => String(v)): HTMLElement {
    const out = h("output", { class: "stepper-value" }, show(get()));
    const change = (d: number) => {
      set(Math.max(min(), Math.min(max(), get() + d)));
      f = clampSeat(f);
      render();
    };
    return h("div", { class: "field" }, h("span", { class: "field-label" }, label), h("div", { class: "stepper" }, h("button", { type: "button", class: "btn small", "aria-label": t("solo.free.fewer", { label }), onclick: () => change(-1) }, "−"), out, h("button", { type: "button", class: "btn small", "aria-label": t("solo.free.more", { label }), onclick: () => change(1) }, "+")));
  }
  function choice<T extends string | number>(label: string, options: readonly { value: T; text: string }[], get: () => T, set: (v: T) => void): HTMLElement {
    return h(
      "fieldset",
      { class: "field" },
      h("legend", {}, label),
      h("div", { class: "choices" }, ...options.map((o) => h("button", { type: "button", class: "btn small", "aria-pressed": String(o.value === get()), onclick: () => { set(o.value); render(); } }, o.text))),
    );
  }
  function render(): void {
    root.replaceChildren(
      h("h2", {}, t("solo.free.title")),
      stepper(t("solo.free.neurons"), () => f.lineLength, (v) => (f.lineLength = v), () => LIMITS.lineLength.min, () => LIMITS.lineLength.max),
      stepper(t("solo.free.seat"), () => f.seat, (v) => (f.seat = v), () => 0, () => f.lineLength - 1, (v) => t("solo.free.seatOf", { seat: v + 1, of: f.lineLength })),
      choice(t("solo.free.respond"), ACTIVATION_NAMES.map((a) => ({ value: a, text: ACTIVATION_WORDS[a]() })), () => f.activation, (v) => (f.activation = v)),
      choice(t("solo.free.learns"), RULE_IDS.map((r) => ({ value: r, text: RULES[r].title })), () => f.rule, (v) => (f.rule = v)),
      h("p", { class: "small" }, RULES[f.rule].summary),
      choice(t("solo.free.strictness"), STRICTNESS_PRESETS.map((p) => ({ value: p.value, text: p.label })), () => f.strictness, (v) => (f.strictness = v)),
      choice(t("solo.free.speed"), [1, 2, 4].map((s) => ({ value: s, text: t("solo.free.times", { speed: s }) })), () => f.speed, (v) => (f.speed = v)),
      h("div", { class: "row" }, h("button", { type: "button", class: "btn secondary", onclick: cancel }, t("solo.free.back")), h("button", { type: "button", class: "btn primary", "data-action": "start-free", onclick: () => start(f) }, t("solo.free.play"))),
    );
  }
  render();
  return root;
}
