// The network page: the projector's network board without the class engine. A real network from
// shared/network for the chosen rule, depth and width; buttons take it through the phases a class sees
// (shoot, vote, the rule's turn) and toggle the dendrites. The tests and the benchmark drive it by the
// same buttons and read the network it shows from window.__network.
import "./network.css";
import { RULES, RULE_IDS, type RuleId } from "../../shared/rules";
import type { Phase } from "../../shared/game";
import type { Network } from "../../shared/game/network-state";
import { NetworkBoard } from "../ui/network-board";
import { activeTranslator } from "../../shared/i18n";
import { LANGUAGES, type LanguageCode } from "../../shared/i18n/languages";
import { languagePicker, startLanguage, t, translator } from "../i18n/i18n";
import { h } from "../ui/dom";
import { prefersReducedMotion } from "../ui/prefs";
import { DEMO_LIMITS, NetworkDemo, specFromSearch } from "./demo";

/** What the page shows now, for the tests: the network and the phase. */
declare global {
  interface Window {
    __network?: () => { network: Network; phase: Phase };
  }
}

/** A labelled select of numbers from lo to hi. */
function numberSelect(name: string, label: string, lo: number, hi: number, value: number): { label: HTMLElement; select: HTMLSelectElement } {
  const select = h("select", { name });
  for (let n = lo; n <= hi; n++) select.append(new Option(String(n), String(n), false, n === value));
  return { label: h("label", {}, label, select), select };
}

/** Builds the page in its language. */
function build(): void {
  const spec = specFromSearch(location.search);
  const root = document.getElementById("network") as HTMLElement;
  document.title = t("network.page.title");
  // Names in the page's language, as a class in that language would have them (pseudo: English), the bots
  // named as the game's sources name them (client/source/shown-view.ts).
  const language = (LANGUAGES.some((l) => l.code === translator().code) ? translator().code : "en") as LanguageCode;
  const tr = activeTranslator();
  let demo = new NetworkDemo(spec, language, tr);
  let phase: Phase = "lobby";
  let dendrites = new URLSearchParams(location.search).get("dendrites") === "1";
  const board = new NetworkBoard();

  const rule = h("select", { name: "rule" });
  for (const id of RULE_IDS) rule.append(new Option(RULES[id].title, id, false, id === spec.rule));
  const depth = numberSelect("depth", t("network.controls.depth"), DEMO_LIMITS.depth.min, DEMO_LIMITS.depth.max, spec.depth);
  const width = numberSelect("width", t("network.controls.width"), DEMO_LIMITS.width.min, DEMO_LIMITS.width.max, spec.width);
  const dendritesButton = h("button", { type: "button", "data-action": "dendrites", "aria-pressed": String(dendrites) }, t("network.controls.dendrites"));

  /** Draws the board and marks the page for the tests. */
  const show = (): void => {
    board.update({ network: demo.network, phase, dendrites, reducedMotion: prefersReducedMotion() });
    document.body.dataset.phase = phase;
    dendritesButton.setAttribute("aria-pressed", String(dendrites));
  };
  const step = (to: Phase, act: () => void) => () => {
    act();
    phase = to;
    show();
  };

  const controls = h(
    "div",
    { class: "controls", role: "group", "aria-label": t("network.controls.label") },
    h("label", {}, t("network.controls.rule"), rule),
    depth.label,
    width.label,
    h("button", { type: "button", "data-action": "build", onclick: step("lobby", () => (demo = new NetworkDemo({ rule: rule.value as RuleId, depth: Number(depth.select.value), width: Number(width.select.value), seed: spec.seed }, language, tr))) }, t("network.controls.build")),
    h("button", { type: "button", "data-action": "shoot", onclick: step("shot", () => demo.shoot()) }, t("network.controls.shoot")),
    h("button", { type: "button", "data-action": "vote", onclick: step("vote", () => demo.vote()) }, t("network.controls.vote")),
    h("button", { type: "button", "data-action": "speak", onclick: step("coach", () => demo.speak()) }, t("network.controls.speak")),
    dendritesButton,
  );
  // A new rule speaks about the same shot: the walk shows what this rule sends back.
  rule.addEventListener("change", () => {
    demo.rule = rule.value as RuleId;
    if (phase === "coach") demo.speak();
    show();
  });
  dendritesButton.addEventListener("click", () => {
    dendrites = !dendrites;
    show();
  });

  root.append(
    h("header", {}, h("h1", {}, t("network.title")), h("p", { class: "lead" }, t("network.lead")), languagePicker()),
    controls,
    h("div", { class: "board-box" }, board.el),
  );
  window.__network = () => ({ network: demo.network, phase });
  show();
  document.body.dataset.ready = "1";
}

void startLanguage().then(build);
