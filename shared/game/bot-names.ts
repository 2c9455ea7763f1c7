// A bot's name is a display of its seat: the engine keeps the English names in the state (replays, logs
// and the class report read them), and each device shows them in its own language. A seat is a bot's when
// no player holds it (playerId null), never because its text looks like a bot's name.
import { matchLanguage } from "../i18n/languages";
import type { Translator } from "../i18n/translate";
import { botOwnName } from "./names";
import type { Line } from "./state";
import type { GameView } from "./view";

// Views are immutable snapshots handed out again and again (a 60 fps redraw asks for one every frame), so
// each view is renamed once per translator; dropped with the view.
const renamed = new WeakMap<GameView, Map<Translator, GameView>>();

/** The bot's name for `seat` as `tr` says it: its word for a bot and that language's own name for the seat ("Bot Chispa", "机器人火花"). */
export function localBotName(seat: number, tr: Translator): string {
  return tr.t("game.botName", { name: botOwnName(seat, matchLanguage(tr.code) ?? "en") });
}

/**
 * `view` with every bot's name (lines and the network: each seat no player holds) in `tr`'s language.
 * Unchanged parts are shared, and a view with nothing to rename is returned as it is; the same view and
 * translator always give the same object.
 */
export function withLocalBotNames(view: GameView, tr: Translator): GameView {
  let byTranslator = renamed.get(view);
  const known = byTranslator?.get(tr);
  if (known) return known;
  const lines = renameLines(view.lines, tr);
  const neurons = view.network ? renameSeats(view.network.neurons, tr) : null;
  const out: GameView =
    lines === view.lines && (view.network === null || neurons === view.network.neurons)
      ? view
      : { ...view, lines, network: view.network && neurons ? { ...view.network, neurons } : view.network };
  if (!byTranslator) renamed.set(view, (byTranslator = new Map()));
  byTranslator.set(tr, out);
  return out;
}

function renameLines(lines: Line[], tr: Translator): Line[] {
  let changed = false;
  const out = lines.map((line) => {
    const neurons = renameSeats(line.neurons, tr);
    if (neurons === line.neurons) return line;
    changed = true;
    return { ...line, neurons };
  });
  return changed ? out : lines;
}

// The same array when no name changes, so an English page keeps the engine's own objects.
function renameSeats<N extends { playerId: string | null; name: string }>(neurons: N[], tr: Translator): N[] {
  let changed = false;
  const out = neurons.map((n, seat) => {
    if (n.playerId !== null) return n;
    const name = localBotName(seat, tr);
    if (name === n.name) return n;
    changed = true;
    return { ...n, name };
  });
  return changed ? out : neurons;
}
