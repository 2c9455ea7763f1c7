// The host's settings, in the lobby and between rounds: the ready-made races, lines (at the start and at
// most as the class grows) and their length, activation, who moves the game on, timers, the hoop, and a
// learning rule per line. The engine checks every value.
import { ACTIVATION_NAMES, LIMITS, PACES, RACE_PRESETS, type RacePreset, RULE_IDS, type RuleId, ruleTitle, type Settings } from "../../shared";
import type { MessageId } from "../../shared/i18n";
import { t } from "../i18n/i18n";
import { h } from "../ui/dom";
import { networkFields } from "./network-settings";

/** A readable name for a learning rule: the engine's title (shared's ruleTitle), as the solo game shows it. */
export function ruleName(rule: string): string {
  return ruleTitle(rule);
}

/** Each race's name and reason in the page's language; a race this build has no words for keeps the engine's English. */
const RACE_WORDS: Record<string, { name: MessageId; why: MessageId }> = {
  "coach-vs-trial": { name: "settings.race.coach-vs-trial.name", why: "settings.race.coach-vs-trial.why" },
  "brain-lab-four": { name: "settings.race.brain-lab-four.name", why: "settings.race.brain-lab-four.why" },
};

/**
 * What a race sets. Its lines are also its cap (maxTeams = teams): line t runs rules[t % rules.length], so a
 * fifth line opening in a four-rule race would run the first rule again and the race would no longer be
 * one line per rule. A class bigger than the race's seats is refused by the engine with its reason instead.
 */
export function presetPatch(preset: RacePreset): Partial<Settings> {
  const teams = preset.settings.teams ?? preset.settings.rules?.length ?? 1;
  return { ...preset.settings, teams, maxTeams: teams, rules: (preset.settings.rules ?? ["backprop"]).slice(0, teams) };
}

/** The settings form; `shape` says whether the line's shape may change now (lobby or summary). */
export function classSettings(s: Settings, shape: boolean, apply: (patch: Partial<Settings>) => void): HTMLElement {
  const SHAPE = new Set(["lineLength", "teams", "activation"]);
  const num = (name: string, value: number, min: number, max: number, step: number | "any" = 1) =>
    h("input", { type: "number", name, value, min, max, step, disabled: !shape && SHAPE.has(name) });
  const teams = num("teams", s.teams, LIMITS.teams.min, LIMITS.teams.max);
  const maxTeams = num("maxTeams", s.maxTeams, LIMITS.teams.min, LIMITS.teams.max);
  const lineLength = num("lineLength", s.lineLength, LIMITS.lineLength.min, LIMITS.lineLength.max);
  const activation = h("select", { name: "activation", disabled: !shape }, ...ACTIVATION_NAMES.map((a) => h("option", { value: a, selected: a === s.activation }, a)));
  const ruleSelects = Array.from({ length: LIMITS.teams.max }, (_, i) =>
    h("select", { name: `rule${i}`, "aria-label": t("settings.rules.aria", { line: i + 1 }) }, ...RULE_IDS.map((r) => h("option", { value: r, selected: r === s.rules[i % s.rules.length] }, ruleName(r)))),
  );
  const strictness = num("strictness", s.strictness, LIMITS.strictness.min, LIMITS.strictness.max, "any");
  const voteSeconds = num("voteSeconds", s.voteSeconds, LIMITS.timer.min, LIMITS.timer.max);
  const adjustSeconds = num("adjustSeconds", s.adjustSeconds, LIMITS.timer.min, LIMITS.timer.max);
  const maxRounds = num("maxRounds", s.maxRounds, LIMITS.maxRounds.min, LIMITS.maxRounds.max);
  const hoopFixed = num("hoopFixedRounds", s.hoop.fixedRounds, LIMITS.fixedRounds.min, LIMITS.fixedRounds.max);
  const hoopDistance = num("hoopDistance", s.hoop.fixedDistance, s.court.minDistance, s.court.maxDistance, "any");
  // Radio buttons, not a select: the teacher-paced choice is a whole sentence and a select would cut it off.
  const paceRadios = PACES.map((p) => h("input", { type: "radio", name: "pace", value: p, checked: p === s.pace }));
  const paceChoice = () => (paceRadios.find((r) => r.checked)?.value ?? s.pace) as Settings["pace"];
  const auto = h("input", { type: "checkbox", name: "autoAdvance", checked: s.autoAdvance });
  // Teacher-paced means the animations and the vote and adjust timers still run (round.ts: only the shot and
  // the rule's step wait), which needs autoAdvance on: with it off every phase would wait for Next.
  for (const r of paceRadios) r.addEventListener("change", () => {
    if (paceChoice() === "teacher") auto.checked = true;
  });
  const seats = h("p", { class: "small seats-note", "data-seats": "" });
  const rulesBox = h("div", { class: "rules" });
  // Lines or one network (issue 15): a network has one rule, and its own layers and width instead of lines.
  const shapeFields = networkFields(s, shape, () => refresh());
  const linesOnly: HTMLElement[] = [];
  /** Lines the class may have: the ones asked for now, or more as it grows up to the cap. */
  const lineCount = () => Math.min(LIMITS.teams.max, Math.max(Number(teams.value) || 1, Number(maxTeams.value) || 1));
  const refresh = () => {
    const now = Number(teams.value) || 1;
    const most = lineCount();
    const length = Number(lineLength.value) || 0;
    seats.dataset.seats = String(most * length);
    seats.textContent = t("settings.seats", { seats: most * length, lines: most, length });
    // A select for every line the class may open, so the rule a later line gets (rules[t % length]) is chosen, not a surprise.
    rulesBox.replaceChildren(...ruleSelects.slice(0, most).map((sel, i) => h("label", {}, i < now ? t("settings.rules.line", { line: i + 1 }) : t("settings.rules.later", { line: i + 1 }), sel)));
    if (shapeFields.network()) rulesBox.replaceChildren(h("label", {}, t("netplay.settings.rule"), ruleSelects[0] ?? ""));
    // style, not `hidden`: the form's own rules (display: flex) would override the attribute.
    for (const el of linesOnly) el.style.display = shapeFields.network() ? "none" : "";
  };
  for (const input of [teams, maxTeams, lineLength]) input.addEventListener("input", refresh);
  refresh();
  const field = (label: string, input: HTMLElement) => h("label", { class: "field" }, h("span", {}, label), input);
  const races = h(
    "fieldset",
    { class: "races" },
    h("legend", {}, t("settings.races.legend")),
    ...RACE_PRESETS.map((preset) => {
      const words = RACE_WORDS[preset.id];
      const patch = presetPatch(preset);
      const lines = patch.teams ?? 1;
      const length = patch.lineLength ?? s.lineLength;
      return h(
        "button",
        { class: "btn race-preset", type: "button", "data-action": "preset", "data-preset": preset.id, disabled: !shape, onclick: () => apply(patch) },
        h("strong", {}, words ? t(words.name) : preset.name),
        h("span", { class: "small" }, ` · ${t("settings.race.seats", { lines, length, seats: lines * length })}`),
        h("br"),
        h("span", { class: "race-why small" }, words ? t(words.why) : preset.why),
      );
    }),
    h("p", { class: "small" }, t("settings.races.note")),
  );
  const lineFields = [field(t("settings.teams"), teams), field(t("settings.maxTeams"), maxTeams), field(t("settings.lineLength"), lineLength)];
  linesOnly.push(...lineFields, races, seats);
  refresh();
  return h(
    "form",
    {
      class: "class-settings",
      "data-screen": "settings",
      // The engine checks every value and says what is wrong; the browser's own checks would only block.
      novalidate: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        const patch: Partial<Settings> = {
          rules: ruleSelects.slice(0, shapeFields.network() ? 1 : lineCount()).map((x) => x.value as RuleId),
          maxTeams: Number(maxTeams.value),
          strictness: Number(strictness.value),
          voteSeconds: Number(voteSeconds.value),
          adjustSeconds: Number(adjustSeconds.value),
          maxRounds: Number(maxRounds.value),
          hoop: { fixedRounds: Number(hoopFixed.value), fixedDistance: Number(hoopDistance.value) },
          pace: paceChoice(),
          autoAdvance: auto.checked,
        };
        if (shape) Object.assign(patch, { teams: Number(teams.value), lineLength: Number(lineLength.value), activation: activation.value as Settings["activation"] }, shapeFields.patch());
        apply(patch);
      },
    },
    shapeFields.el,
    races,
    h(
      "div",
      { class: "fields" },
      ...lineFields,
      field(t("settings.activation"), activation),
      field(t("settings.autoAdvance"), auto),
      field(t("settings.strictness"), strictness),
      field(t("settings.voteSeconds"), voteSeconds),
      field(t("settings.adjustSeconds"), adjustSeconds),
      field(t("settings.maxRounds"), maxRounds),
      field(t("settings.hoopFixed"), hoopFixed),
      field(t("settings.hoopDistance"), hoopDistance),
    ),
    seats,
    h("fieldset", { class: "pace" }, h("legend", {}, t("settings.pace")), ...paceRadios.map((r) => h("label", {}, r, " ", t(r.value === "teacher" ? "settings.pace.teacher" : "settings.pace.timers")))),
    h("fieldset", {}, h("legend", {}, t("settings.rules.legend")), rulesBox),
    h("button", { class: "btn primary", type: "submit", "data-action": "apply-settings" }, t("settings.apply")),
  );
}
