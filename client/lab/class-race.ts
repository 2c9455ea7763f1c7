// The class's own race, carried from the projector's summary to the brain lab in the lab's address
// (?race=…&class=CODE), and read back with suspicion: anyone can type an address, so anything that is
// not exactly a small race is ignored (the page says so) and the lab runs on its own.
import { LIMITS, RULE_IDS, type RuleId, normalizeCode } from "../../shared";
import type { LabGrid, LabRun } from "./grid";
import { medianShots, shotBudget } from "./grid";

/** One line of the class's race: its rule, its neurons, the shot it first hit 3 in a row (null: never), and the shots it played. */
export interface RaceLine {
  rule: RuleId;
  length: number;
  learnedAt: number | null;
  shots: number;
}

/** What the lab got from the class: its lines, and the class's code for the way back. */
export interface ClassRace {
  lines: RaceLine[];
  code: string | null;
}

/** The longest `race` value the lab reads (8 lines fit in well under half of it). */
export const RACE_MAX_CHARS = 1200;

/** The lab's address for a class's summary: the race (when there are lines to race) and the class's code. */
export function labAddress(lines: readonly { rule: RuleId; neurons: readonly unknown[]; learnedAt: number | null; history: readonly unknown[] }[], code: string, lang: string | null): string {
  const q = new URLSearchParams();
  if (lines.length > 1) q.set("race", JSON.stringify(lines.map((l) => [l.rule, l.neurons.length, l.learnedAt, l.history.length])));
  q.set("class", code);
  if (lang) q.set("lang", lang);
  return `lab.html?${q.toString()}`;
}

/** A whole number within [lo, hi], or undefined. */
function whole(x: unknown, lo: number, hi: number): number | undefined {
  return typeof x === "number" && Number.isInteger(x) && x >= lo && x <= hi ? x : undefined;
}

/** One line as sent ([rule, length, learnedAt, shots]), or null if any part is not what a class can play. */
function raceLine(x: unknown): RaceLine | null {
  if (!Array.isArray(x) || x.length !== 4) return null;
  const [rule, length, learnedAt, shots] = x as unknown[];
  if (typeof rule !== "string" || !(RULE_IDS as string[]).includes(rule)) return null;
  const n = whole(length, LIMITS.lineLength.min, LIMITS.lineLength.max);
  const played = whole(shots, 0, LIMITS.history);
  // A line first hits 3 in a row on its third shot at the earliest, and never after its last.
  const at = learnedAt === null ? null : whole(learnedAt, 3, played ?? 0);
  if (n === undefined || played === undefined || at === undefined) return null;
  return { rule: rule as RuleId, length: n, learnedAt: at, shots: played };
}

/**
 * The race and class code an address carries. `race` is null when the address has none; `ignored` is
 * true when it had one that was not a valid race (too long, not JSON, a line a class cannot play, too
 * many or too few lines), or a code that is not a join code: those are dropped whole, never half-read.
 */
export function raceFromSearch(search: string): { race: ClassRace | null; ignored: boolean } {
  const q = new URLSearchParams(search);
  const rawCode = q.get("class");
  const code = rawCode === null ? null : normalizeCode(rawCode);
  const badCode = rawCode !== null && code === null;
  const raw = q.get("race");
  if (raw === null) return { race: code ? { lines: [], code } : null, ignored: badCode };
  let parsed: unknown = null;
  if (raw.length <= RACE_MAX_CHARS) {
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = null;
    }
  }
  const lines = Array.isArray(parsed) && parsed.length >= 2 && parsed.length <= LIMITS.teams.max ? parsed.map(raceLine) : [null];
  if (lines.some((l) => l === null)) return { race: code ? { lines: [], code } : null, ignored: true };
  return { race: { lines: lines as RaceLine[], code }, ignored: badCode };
}

/** The grid with the race's rules and line lengths added (as one neuron wide networks), so every line has lab runs to be compared with. */
export function gridWithRace(grid: LabGrid, race: ClassRace | null): LabGrid {
  if (!race || race.lines.length === 0) return grid;
  const rules = grid.rules.slice();
  for (const l of race.lines) if (!rules.includes(l.rule)) rules.push(l.rule);
  const depths = [...new Set([...grid.depths, ...race.lines.map((l) => l.length)])].sort((a, b) => a - b);
  const widths = grid.widths.includes(1) ? grid.widths : [1, ...grid.widths];
  return { ...grid, rules: RULE_IDS.filter((r) => rules.includes(r)), depths, widths };
}

/** One line of the class beside the lab's runs of the same rule and length, one neuron wide. */
export interface RaceComparison {
  /** 1-based, as the class counted its lines. */
  line: number;
  rule: RuleId;
  length: number;
  learnedAt: number | null;
  shots: number;
  /** The lab's runs in the cell: how many, how many learned, their median balls (null: half or more never learned). */
  labRuns: number;
  labLearned: number;
  labMedian: number | null;
  /** The cell's balls budget (what "did not learn" means in the lab). */
  labBudget: number;
}

/** Each line of the race beside the lab's cell for its rule and length (width 1). */
export function compareRace(grid: LabGrid, runs: readonly LabRun[], race: ClassRace): RaceComparison[] {
  return race.lines.map((l, i) => {
    const mine = runs.filter((r) => r.rule === l.rule && r.depth === l.length && r.width === 1);
    return {
      line: i + 1,
      rule: l.rule,
      length: l.length,
      learnedAt: l.learnedAt,
      shots: l.shots,
      labRuns: mine.length,
      labLearned: mine.filter((r) => r.shots !== null).length,
      labMedian: medianShots(mine),
      labBudget: shotBudget(l.rule, grid.cap),
    };
  });
}

/** The rule of the class's fastest line (first to 3 in a row; null when none learned or two rules tied). */
export function classWinner(race: ClassRace): RuleId | null {
  const learned = race.lines.filter((l) => l.learnedAt !== null);
  if (learned.length === 0) return null;
  const first = Math.min(...learned.map((l) => l.learnedAt as number));
  const rules = new Set(learned.filter((l) => l.learnedAt === first).map((l) => l.rule));
  return rules.size === 1 ? [...rules][0] : null;
}
