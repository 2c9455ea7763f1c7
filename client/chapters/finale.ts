// The end of the guided path: the learning rules side by side, raced on the same lines, and a pointer to
// free play where any of them can be tried. The words here say what each rule sends back and over what;
// the race itself is the shared engine's (raceSummary).
import { DEFAULT_SETTINGS, type RuleId, type Settings } from "../../shared";
import { type MessageId, t } from "../../shared/i18n";
import { chapterById } from "./chapters";

/** One row of the finale's table: what a rule sends back, over what, and where the path showed it. */
export interface RuleRow {
  rule: RuleId;
  /** What travels back after a miss (or "nothing"). */
  travels: string;
  /** Over which wires it travels. */
  over: string;
  /** The chapter that played it, or null when only free play has it. */
  chapter: string | null;
}

/** The rules in the order the finale lists them: from the exact coach to no error at all. */
export const FINALE_ROWS: RuleRow[] = (
  [
    ["backprop", "coach"],
    ["feedback-alignment", "wiring"],
    ["activity-difference", "dendrites"],
    ["trial-and-error", "guess"],
    ["fire-together", null],
  ] as const
).map(([rule, played]) => ({
  rule,
  // Words read when shown, in the page's language; the chapter named by its own title.
  get travels() {
    return t(`chapters.finale.${rule}.travels` as MessageId);
  },
  get over() {
    return t(`chapters.finale.${rule}.over` as MessageId);
  },
  get chapter() {
    return played === null ? null : (chapterById(played)?.title ?? null);
  },
}));

/** The lines every rule races on: the classroom's default line (5 neurons), the hoop fixed at 5 m. */
export const FINALE_RACE: { settings: Partial<Settings>; shots: number; seeds: number[] } = {
  settings: { lineLength: DEFAULT_SETTINGS.lineLength, activation: "tanh", strictness: DEFAULT_SETTINGS.strictness, hoop: { fixedRounds: 200, fixedDistance: 5 } },
  shots: 12,
  seeds: [1, 2, 3, 4, 5, 6, 7, 8, 9],
};
