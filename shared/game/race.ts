// Who won a race between lines, and why, in one sentence for the summary. The winner is the line that
// first hit 3 in a row (the engine's learnedAt); with none, the line whose last shots landed closest.
import { RULES, type RuleId } from "../rules";
import type { GameView } from "./view";

/** The race's outcome: the winning lines (several on a tie, none before any shot) and one sentence saying why. */
export interface RaceOutcome {
  /** Indexes of the winning lines (0 = line 1); empty before any shot. */
  winners: number[];
  /** Whether the winners hit 3 in a row (else they only came closest). */
  learned: boolean;
  /** The shot on which the winners first hit 3 in a row, or null. */
  shot: number | null;
  /** One sentence for the projector: who won and why. */
  sentence: string;
}

/** Why each rule learns as fast (or as slowly) as it does, to end the winner's sentence. */
const WHY: Record<RuleId, string> = {
  backprop: "the coach told every neuron its own share of the blame and which way to turn",
  "feedback-alignment": "its notes about the miss came back over fixed random wires, rough, but this time they pointed the right way often enough",
  "activity-difference": "a nudge at the end rippled back and each neuron learned from how its own firing changed, close to what a coach would say",
  "trial-and-error": "its random wiggles were kept whenever a second shot landed closer, which works but wastes most wiggles",
  "fire-together": "its partners gripped harder when they fired together; it never hears about the miss, so this was luck with the hoop",
};

/** How the last shots of a line missed, on average (m); Infinity before any shot. */
function recentMiss(line: GameView["lines"][number], shots = 3): number {
  const last = line.history.slice(-shots);
  return last.length === 0 ? Infinity : last.reduce((a, h) => a + Math.abs(h.miss), 0) / last.length;
}

function title(rule: RuleId): string {
  return Object.hasOwn(RULES, rule) ? RULES[rule].title : rule;
}

function names(lines: GameView["lines"], winners: number[]): string {
  const each = winners.map((i) => `line ${i + 1} (${title(lines[i]?.rule ?? "backprop")})`);
  const list = each.length === 1 ? (each[0] ?? "") : `${each.slice(0, -1).join(", ")} and ${each[each.length - 1] ?? ""}`;
  return list.charAt(0).toUpperCase() + list.slice(1);
}

/**
 * The winner of a race between the lines of a game (its view), and one sentence saying why. For the
 * summary: `raceWinner(view).sentence` under the racing curves; `winners` to highlight those lines.
 */
export function raceWinner(view: Pick<GameView, "lines">): RaceOutcome {
  const { lines } = view;
  const learned = lines.map((l, i) => ({ i, at: l.learnedAt })).filter((x): x is { i: number; at: number } => x.at !== null);
  if (learned.length > 0) {
    const shot = Math.min(...learned.map((x) => x.at));
    const winners = learned.filter((x) => x.at === shot).map((x) => x.i);
    const first = lines[winners[0] ?? 0];
    const sameRule = winners.every((i) => lines[i]?.rule === first?.rule);
    if (winners.length === 1 && first) return { winners, learned: true, shot, sentence: `${names(lines, winners)} learned it first, 3 in a row at shot ${shot}: ${WHY[first.rule]}.` };
    const why = sameRule && first ? `: ${WHY[first.rule]}` : ", so on this hoop their rules did equally well";
    return { winners, learned: true, shot, sentence: `${names(lines, winners)} tied, 3 in a row at shot ${shot}${why}.` };
  }
  const misses = lines.map((l) => recentMiss(l));
  const best = Math.min(...misses);
  if (!Number.isFinite(best)) return { winners: [], learned: false, shot: null, sentence: "No shot yet: the race has not started." };
  const winners = misses.flatMap((m, i) => (m === best ? [i] : []));
  const metres = best.toFixed(1);
  return {
    winners,
    learned: false,
    shot: null,
    sentence: `No line hit 3 in a row; ${names(lines, winners).replace(/^L/, "l")} came closest, ${winners.length > 1 ? "their" : "its"} last shots missing by ${metres} m on average.`,
  };
}
