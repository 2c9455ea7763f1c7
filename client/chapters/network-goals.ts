// Goals for a chapter played as one network: the shots are the network's history, not a line's.
import type { GameView } from "../../shared";
import type { NetShot } from "../../shared/game/network-state";
import { t } from "../../shared/i18n";
import { fixed } from "../format";
import type { Goal } from "./goals";

/** The network's finished shots (the rule has spoken), oldest first; none when the game is played in lines. */
export function netShots(view: GameView): NetShot[] {
  return view.network?.history ?? [];
}

/** The network's closest shot so far, m (Infinity before the first). */
export function netClosest(view: GameView): number {
  return Math.min(Infinity, ...netShots(view).map((s) => Math.abs(s.miss)));
}

/** Land one of the network's shots within `metres` of the hoop. */
export function netMissUnder(metres: number, text: () => string): Goal {
  return {
    get text() {
      return text();
    },
    reached: (v) => netClosest(v) < metres,
    progress: (v) => {
      const b = netClosest(v);
      return Number.isFinite(b) ? t("chapters.progress.closest", { distance: fixed(b, 2) }) : t("chapters.progress.noShot");
    },
  };
}
