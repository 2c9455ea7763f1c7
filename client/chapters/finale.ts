// The end of the guided path: the learning rules side by side, raced on the same lines, and a pointer to
// free play where any of them can be tried. The words here say what each rule sends back and over what;
// the race itself is the shared engine's (raceSummary).
import { DEFAULT_SETTINGS, type RuleId, type Settings } from "../../shared";

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
export const FINALE_ROWS: RuleRow[] = [
  { rule: "backprop", travels: "The miss, as each neuron's exact share of the blame", over: "the same handshakes the ball came down (brains find this hard)", chapter: "3. The coach" },
  { rule: "feedback-alignment", travels: "The miss, as a note", over: "separate feedback wires with fixed, random strengths", chapter: "6. The brain's wiring problem" },
  { rule: "activity-difference", travels: "A nudge toward the hoop, as activity", over: "the feedback path; each neuron compares its nudged and free firing", chapter: null },
  { rule: "trial-and-error", travels: "Nothing: everyone wiggles, the line shoots twice", over: "no wires back; wiggles that helped are kept", chapter: "7. Trial and error" },
  { rule: "fire-together", travels: "Nothing: nobody hears about the miss", over: "no wires back; partners who fire together grip harder", chapter: null },
];

/** The lines every rule races on: the classroom's default line (5 neurons), the hoop fixed at 5 m. */
export const FINALE_RACE: { settings: Partial<Settings>; shots: number; seeds: number[] } = {
  settings: { lineLength: DEFAULT_SETTINGS.lineLength, activation: "tanh", strictness: DEFAULT_SETTINGS.strictness, hoop: { fixedRounds: 200, fixedDistance: 5 } },
  shots: 12,
  seeds: [1, 2, 3, 4, 5, 6, 7, 8, 9],
};
