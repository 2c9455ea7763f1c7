// Tells the game to someone who cannot see the court: as each phase begins, the engine's story of it
// (shared describePhase) goes into the live region, the court's label becomes a summary of the screen,
// and with tones on, the pass sounds each neuron's output. Words come from shared/game/describe.ts only.
import { ANIMATION_SECONDS, describeNeighbours, describeNetworkPhase, describePhase, describeScreen, type GameView, lineOf, neighbourhood, say, sayNet } from "../../shared";
import { passTones, type PassSound } from "../audio/sonify";
import type { GameSource } from "../source/game-source";
import { announce, clearLog } from "./live-region";
import type { Prefs } from "./prefs";
import { t } from "../../shared/i18n";

/** The summary of the screen in the page's language, for the court's label and "Where am I?" (in a network: my place, my neighbours, what happens now). */
export function screenSummary(view: GameView, me: string | null): string {
  const seat = networkSeat(view, me);
  if (seat !== null && view.network) {
    const where = describeNeighbours(neighbourhood(view.network, seat, view.settings.court));
    return [...where, ...describeNetworkPhase(view, seat)].map(sayNet).join(" ");
  }
  return describeScreen(view, me).map(say).join(" ");
}

/** The sentences to say as a phase begins: the line's story, or in a network what reaches my neuron. */
export function phaseSentences(view: GameView, me: string | null): string[] {
  const seat = networkSeat(view, me);
  if (view.network) return seat === null ? [] : describeNetworkPhase(view, seat).map(sayNet);
  return describePhase(view, me).map(say);
}

/** My neuron's seat in the class's network, or null (a line game, or no seat). */
function networkSeat(view: GameView, me: string | null): number | null {
  const seat = me === null ? undefined : view.players[me]?.seat;
  return view.network && seat !== undefined && view.network.neurons[seat] ? seat : null;
}

/** Speaks one game's story into the live region as it happens. */
export class Narrator {
  private key = "";

  constructor(
    private readonly live: HTMLElement,
    private readonly court: HTMLElement,
    private readonly prefs: Prefs,
    private readonly sound: PassSound,
  ) {}

  /**
   * Follows a game from its current phase on (what already happened is not told again); returns a
   * function that stops. The log starts empty: the last chapter's or game's sentences are not this one's.
   */
  watch(source: GameSource): () => void {
    clearLog(this.live);
    const first = source.view();
    this.key = `${first.round}:${first.phase}`;
    this.label(first, source.me);
    return source.subscribe((v) => this.seen(v, source.me));
  }

  /** Says the summary of the screen now ("Where am I?"). */
  whereAmI(view: GameView, me: string | null): void {
    announce(this.live, screenSummary(view, me));
  }

  private seen(view: GameView, me: string | null): void {
    this.label(view, me);
    const key = `${view.round}:${view.phase}`;
    if (key === this.key) return;
    this.key = key;
    for (const s of phaseSentences(view, me)) announce(this.live, s);
    const shot = view.lines[lineOf(view, me)]?.current;
    if (view.phase === "pass" && shot && this.prefs.tones) this.sound.play(passTones(shot.outputs, ANIMATION_SECONDS.pass / this.prefs.speed));
  }

  private label(view: GameView, me: string | null): void {
    const words = view.phase === "lobby" ? t("solo.narrator.lobby") : t("solo.narrator.court", { summary: screenSummary(view, me) });
    if (this.court.getAttribute("aria-label") !== words) this.court.setAttribute("aria-label", words);
  }
}
