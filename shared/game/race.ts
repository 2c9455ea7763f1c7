// Who won a race between lines, and why, in one sentence for the summary. The winner is the line that
// first hit 3 in a row (the engine's learnedAt); with none, the line whose last shots landed closest.
import { activeTranslator, t } from "../i18n/current";
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

/** Why each rule learns as fast (or as slowly) as it does, to end the winner's sentence (in the page's language). */
function why(rule: RuleId): string {
  return t(`game.race.why.${rule}`);
}

/** How the last shots of a line missed, on average (m); Infinity before any shot. */
function recentMiss(line: GameView["lines"][number], shots = 3): number {
  const last = line.history.slice(-shots);
  return last.length === 0 ? Infinity : last.reduce((a, h) => a + Math.abs(h.miss), 0) / last.length;
}

function title(rule: RuleId): string {
  return Object.hasOwn(RULES, rule) ? RULES[rule].title : rule;
}

/** The winning lines as a list in the page's language ("line 1 (Backprop coach), line 2 (…) and line 3 (…)"). */
function names(lines: GameView["lines"], winners: number[]): string {
  const each = winners.map((i) => t("game.race.line", { line: i + 1, title: title(lines[i]?.rule ?? "backprop") }));
  const code = activeTranslator().code;
  // The game's English writes lists without a comma before "and" (as British English does).
  return new Intl.ListFormat(code === "en" ? "en-GB" : code, { type: "conjunction" }).format(each);
}

/** A sentence with its first letter made a capital, where the language has capitals. */
function capital(sentence: string): string {
  return sentence.charAt(0).toLocaleUpperCase(activeTranslator().code) + sentence.slice(1);
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
    const list = names(lines, winners);
    if (winners.length === 1 && first) return { winners, learned: true, shot, sentence: capital(t("game.race.first", { names: list, shot, why: why(first.rule) })) };
    const sentence = sameRule && first ? t("game.race.tiedSame", { names: list, shot, why: why(first.rule) }) : t("game.race.tiedMixed", { names: list, shot });
    return { winners, learned: true, shot, sentence: capital(sentence) };
  }
  const misses = lines.map((l) => recentMiss(l));
  const best = Math.min(...misses);
  if (!Number.isFinite(best)) return { winners: [], learned: false, shot: null, sentence: t("game.race.none") };
  const winners = misses.flatMap((m, i) => (m === best ? [i] : []));
  // Rounded as toFixed(1) rounds, then written in the language's own digits and decimal mark.
  const metres = Number(best.toFixed(1));
  return { winners, learned: false, shot: null, sentence: t("game.race.closest", { names: names(lines, winners), count: winners.length, metres }) };
}
