// The class's seats in one line for the projector: who has joined, how many lines, what is left.
import { t } from "../i18n/current";
import type { GameView } from "./view";

/** Free seats (bots' seats) in every line, and whether a new line opens when they run out. */
export function seatsLeft(game: Pick<GameView, "lines" | "settings">): { free: number; grows: boolean } {
  const free = game.lines.reduce((sum, l) => sum + l.neurons.filter((n) => n.playerId === null).length, 0);
  return { free, grows: game.lines.length < game.settings.maxTeams };
}

/** "17 joined · 3 lines · 1 free seat" (in the page's language); with none free, whether the next student opens a line or the class is full (a lock is the caller's to show). */
export function lobbyLine(game: Pick<GameView, "lines" | "settings" | "players">): string {
  const joined = Object.keys(game.players).length;
  const { free, grows } = seatsLeft(game);
  const seats = free > 0 ? t("game.lobby.free", { free }) : grows ? t("game.lobby.grows") : t("game.lobby.full");
  return [t("game.lobby.joined", { joined }), t("game.lobby.lines", { lines: game.lines.length }), seats].join(" · ");
}
