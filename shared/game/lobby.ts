// The class's seats in one line for the projector: who has joined, how many lines, what is left.
import type { GameView } from "./view";

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Free seats (bots' seats) in every line, and whether a new line opens when they run out. */
export function seatsLeft(game: Pick<GameView, "lines" | "settings">): { free: number; grows: boolean } {
  const free = game.lines.reduce((sum, l) => sum + l.neurons.filter((n) => n.playerId === null).length, 0);
  return { free, grows: game.lines.length < game.settings.maxTeams };
}

/** "17 joined · 3 lines · 1 free seat"; with none free, whether the next student opens a line or the class is full (a lock is the caller's to show). */
export function lobbyLine(game: Pick<GameView, "lines" | "settings" | "players">): string {
  const joined = Object.keys(game.players).length;
  const { free, grows } = seatsLeft(game);
  const seats = free > 0 ? count(free, "free seat", "free seats") : grows ? "the next to join opens a new line" : "full: allow more or longer lines in Settings";
  return [`${joined} joined`, count(game.lines.length, "line", "lines"), seats].join(" · ");
}
