import { type GameView, lineOf, type ShotRecord } from "../../shared";

/** The shots my line has finished (the coach has spoken), oldest first. */
export function myShots(view: GameView, me: string | null): ShotRecord[] {
  const line = view.lines[lineOf(view, me)];
  return line ? line.history : [];
}

/** A chapter's goal: a check on the game as it stands, and a few words on how far along it is. */
export interface Goal {
  /** What to do, in one sentence. */
  text: string;
  reached(view: GameView, me: string | null): boolean;
  /** "2 of 3", shown beside the goal. */
  progress(view: GameView, me: string | null): string;
}

/** Take n shots. */
export function takeShots(n: number, text: string): Goal {
  return {
    text,
    reached: (v, me) => myShots(v, me).length >= n,
    progress: (v, me) => `${Math.min(n, myShots(v, me).length)} of ${n} shots`,
  };
}

/** Land a shot within `metres` of the hoop. */
export function missUnder(metres: number, text: string): Goal {
  const best = (v: GameView, me: string | null) => Math.min(Infinity, ...myShots(v, me).map((s) => Math.abs(s.miss)));
  return {
    text,
    reached: (v, me) => best(v, me) < metres,
    progress: (v, me) => {
      const b = best(v, me);
      return Number.isFinite(b) ? `closest so far: ${b.toFixed(2)} m` : "no shot yet";
    },
  };
}

/** Name the coach's most-blamed neuron n times. */
export function guessBlame(n: number, text: string): Goal {
  const right = (v: GameView, me: string | null) => (me !== null ? (v.players[me]?.blameRight ?? 0) : 0);
  return {
    text,
    reached: (v, me) => right(v, me) >= n,
    progress: (v, me) => `${Math.min(n, right(v, me))} of ${n} right`,
  };
}

/** Score n hits in a row. */
export function hitsInARow(n: number, text: string): Goal {
  const streak = (v: GameView, me: string | null) => v.lines[lineOf(v, me)]?.streak ?? 0;
  return {
    text,
    reached: (v, me) => streak(v, me) >= n,
    progress: (v, me) => `${Math.min(n, streak(v, me))} of ${n} in a row`,
  };
}
