// Race presets: classroom races where the rules really differ, chosen from measurements
// (test/bench/learning-presets.ts: bots-only games through this engine, 50 seeds, a 15-shot lesson).
// What separates the rules within a lesson is a far hoop (8.5 m: a big first miss) and longer lines; a
// hoop that moves every shot is too hard for any rule in 15 shots (medians beyond 24), and a stricter
// coach (0.006 and up) overshoots, so these keep the default strictness and a fixed far hoop.
import { t } from "../i18n/current";
import type { RuleId } from "../rules";
import type { Action } from "./actions";
import { createGame, reduce } from "./reducer";
import type { Settings } from "./settings";
import type { GameState } from "./state";

/** What the bench measured for one rule of a preset: shots to the first 3-in-a-row (null: not within 40). */
export interface MeasuredRule {
  rule: RuleId;
  medianShots: number | null;
  p90Shots: number | null;
}

/** A race a teacher can pick: its settings, why it is worth running, and what it measured. */
export interface RacePreset {
  id: string;
  name: string;
  /** One sentence for the teacher: what the race shows. */
  why: string;
  /** The settings it changes (the rest stay as the teacher set them). */
  settings: Partial<Settings>;
  /** Measured by test/bench/learning-presets.ts over 50 seeds (documentation; the unit test re-checks the order on fewer seeds). */
  measured: MeasuredRule[];
}

/** The races to offer, best first (names and whys read in the page's language). */
export const RACE_PRESETS: RacePreset[] = [
  {
    id: "coach-vs-trial",
    get name() {
      return t("game.preset.coach-vs-trial.name");
    },
    get why() {
      return t("game.preset.coach-vs-trial.why");
    },
    settings: { teams: 2, rules: ["backprop", "trial-and-error"], lineLength: 12, hoop: { fixedRounds: 200, fixedDistance: 8.5 }, strictness: 0.003, maxRounds: 15 },
    measured: [
      { rule: "backprop", medianShots: 6, p90Shots: 6 },
      { rule: "trial-and-error", medianShots: 12, p90Shots: null },
    ],
  },
  {
    id: "brain-lab-four",
    get name() {
      return t("game.preset.brain-lab-four.name");
    },
    get why() {
      return t("game.preset.brain-lab-four.why");
    },
    settings: { teams: 4, rules: ["backprop", "feedback-alignment", "activity-difference", "trial-and-error"], lineLength: 6, hoop: { fixedRounds: 200, fixedDistance: 8.5 }, strictness: 0.003, maxRounds: 15 },
    measured: [
      { rule: "backprop", medianShots: 5, p90Shots: 6 },
      { rule: "feedback-alignment", medianShots: 13, p90Shots: 21 },
      { rule: "activity-difference", medianShots: 6, p90Shots: 7 },
      { rule: "trial-and-error", medianShots: 9, p90Shots: 19 },
    ],
  },
];

/** A bots-only race through the real reducer, the host pressing "next" through every phase: the game at its end (or after `cap` shots). Deterministic for a seed. */
export function raceGame(settings: Partial<Settings>, seed: number, cap: number): GameState {
  let s: GameState = createGame("host", { ...settings, seed, maxRounds: cap, autoAdvance: false });
  const step = (action: Action) => {
    const r = reduce(s, action, 0);
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
  };
  step({ type: "start", by: "host" });
  // Seven phases a shot at most: a bound, so a change in the phase machine can never loop forever.
  for (let i = 0; i < cap * 8 && s.phase !== "summary"; i++) step({ type: "next", by: "host" });
  return s;
}

/** For each line of a bots-only race, the shot on which it first hit 3 in a row (null: not within `cap` shots). */
export function raceLearnedAt(settings: Partial<Settings>, seed: number, cap: number): (number | null)[] {
  return raceGame(settings, seed, cap).lines.map((l) => l.learnedAt);
}
