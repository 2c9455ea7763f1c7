import { type GameView, lineOf, type ShotRecord } from "../../shared";
import { t } from "../../shared/i18n";
import { fixed } from "../format";

/** The shots my line has finished (the coach has spoken), oldest first. */
export function myShots(view: GameView, me: string | null): ShotRecord[] {
  const line = view.lines[lineOf(view, me)];
  return line ? line.history : [];
}

/** A chapter's goal: a check on the game as it stands, and a few words on how far along it is. */
export interface Goal {
  /** What to do, in one sentence (in the page's language: read when shown). */
  readonly text: string;
  reached(view: GameView, me: string | null): boolean;
  /** "2 of 3", shown beside the goal. */
  progress(view: GameView, me: string | null): string;
}

/** Take n shots. */
export function takeShots(n: number, text: () => string): Goal {
  return {
    get text() {
      return text();
    },
    reached: (v, me) => myShots(v, me).length >= n,
    progress: (v, me) => t("chapters.progress.shots", { done: Math.min(n, myShots(v, me).length), n }),
  };
}

/** Land a shot within `metres` of the hoop. */
export function missUnder(metres: number, text: () => string): Goal {
  const best = (v: GameView, me: string | null) => Math.min(Infinity, ...myShots(v, me).map((s) => Math.abs(s.miss)));
  return {
    get text() {
      return text();
    },
    reached: (v, me) => best(v, me) < metres,
    progress: (v, me) => {
      const b = best(v, me);
      return Number.isFinite(b) ? t("chapters.progress.closest", { distance: fixed(b, 2) }) : t("chapters.progress.noShot");
    },
  };
}

/** Name the coach's most-blamed neuron n times. */
export function guessBlame(n: number, text: () => string): Goal {
  const right = (v: GameView, me: string | null) => (me !== null ? (v.players[me]?.blameRight ?? 0) : 0);
  return {
    get text() {
      return text();
    },
    reached: (v, me) => right(v, me) >= n,
    progress: (v, me) => t("chapters.progress.right", { done: Math.min(n, right(v, me)), n }),
  };
}

/** Score n hits in a row. */
export function hitsInARow(n: number, text: () => string): Goal {
  const streak = (v: GameView, me: string | null) => v.lines[lineOf(v, me)]?.streak ?? 0;
  return {
    get text() {
      return text();
    },
    reached: (v, me) => streak(v, me) >= n,
    progress: (v, me) => t("chapters.progress.inARow", { done: Math.min(n, streak(v, me)), n }),
  };
}
