// What a device shows of a game's view: the engine's state speaks English for the bots' names (replays,
// logs and the report keep them), so each source hands its panels and scenes the view with the bots named
// in the page's language (shared/game/bot-names.ts). The page picks its language once; a change reloads it.
import { type GameView, withLocalBotNames } from "../../shared";
import { activeTranslator } from "../../shared/i18n";

/** `view` as this device shows it: every bot named in the page's language (the same object for the same view, so a redraw every frame copies nothing). */
export function shownView(view: GameView): GameView {
  return withLocalBotNames(view, activeTranslator());
}
