// The host's settings, in the lobby and between rounds: lines, line length, activation, a learning
// rule per team, the coach's strictness, timers, auto-advance. The engine checks every value.
import { ACTIVATION_NAMES, LIMITS, RULE_IDS, type RuleId, ruleTitle, type Settings } from "../../shared";
import { h } from "../ui/dom";

/** A readable name for a learning rule: the engine's title (shared's ruleTitle), as the solo game shows it. */
export function ruleName(rule: string): string {
  return ruleTitle(rule);
}

/** The settings form; `shape` says whether the line's shape may change now (lobby or summary). */
export function classSettings(s: Settings, shape: boolean, apply: (patch: Partial<Settings>) => void): HTMLElement {
  const num = (name: string, value: number, min: number, max: number, step: number | "any" = 1) =>
    h("input", { type: "number", name, value, min, max, step, disabled: !shape && (name === "lineLength" || name === "teams") });
  const teams = num("teams", s.teams, LIMITS.teams.min, LIMITS.teams.max);
  const lineLength = num("lineLength", s.lineLength, LIMITS.lineLength.min, LIMITS.lineLength.max);
  const activation = h("select", { name: "activation", disabled: !shape }, ...ACTIVATION_NAMES.map((a) => h("option", { value: a, selected: a === s.activation }, a)));
  const ruleSelects = Array.from({ length: LIMITS.teams.max }, (_, t) =>
    h("select", { name: `rule${t}`, "aria-label": `Line ${t + 1}'s learning rule` }, ...RULE_IDS.map((r) => h("option", { value: r, selected: r === s.rules[t % s.rules.length] }, ruleName(r)))),
  );
  const strictness = num("strictness", s.strictness, LIMITS.strictness.min, LIMITS.strictness.max, "any");
  const voteSeconds = num("voteSeconds", s.voteSeconds, LIMITS.timer.min, LIMITS.timer.max);
  const adjustSeconds = num("adjustSeconds", s.adjustSeconds, LIMITS.timer.min, LIMITS.timer.max);
  const maxRounds = num("maxRounds", s.maxRounds, LIMITS.maxRounds.min, LIMITS.maxRounds.max);
  const auto = h("input", { type: "checkbox", name: "autoAdvance", checked: s.autoAdvance });
  const rulesBox = h("div", { class: "rules" });
  const showRules = () => {
    rulesBox.replaceChildren(...ruleSelects.slice(0, Number(teams.value) || 1).map((sel, t) => h("label", {}, `Line ${t + 1}`, sel)));
  };
  teams.addEventListener("input", showRules);
  showRules();
  const field = (label: string, input: HTMLElement) => h("label", { class: "field" }, h("span", {}, label), input);
  return h(
    "form",
    {
      class: "class-settings",
      "data-screen": "settings",
      // The engine checks every value and says what is wrong; the browser's own checks would only block.
      novalidate: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        const t = Number(teams.value);
        const patch: Partial<Settings> = {
          rules: ruleSelects.slice(0, t).map((x) => x.value as RuleId),
          strictness: Number(strictness.value),
          voteSeconds: Number(voteSeconds.value),
          adjustSeconds: Number(adjustSeconds.value),
          maxRounds: Number(maxRounds.value),
          autoAdvance: auto.checked,
        };
        if (shape) Object.assign(patch, { teams: t, lineLength: Number(lineLength.value), activation: activation.value as Settings["activation"] });
        apply(patch);
      },
    },
    h("div", { class: "fields" }, field("Lines (teams)", teams), field("Neurons per line", lineLength), field("Activation", activation), field("Coach's strictness", strictness), field("Vote timer, s", voteSeconds), field("Adjust timer, s", adjustSeconds), field("Shots in the game", maxRounds), field("Move on by itself", auto)),
    h("fieldset", {}, h("legend", {}, "Learning rule per line"), rulesBox),
    h("button", { class: "btn primary", type: "submit", "data-action": "apply-settings" }, "Apply settings"),
  );
}
