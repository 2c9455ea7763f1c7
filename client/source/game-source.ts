/**
 * The one thing the scenes and panels depend on: a game's state and a way to ask for changes.
 * It knows nothing about where the game runs: `LocalGame` runs the shared engine in the browser (solo),
 * and a `NetworkGame` can relay the same intents to a server (classroom). Rules are never decided here.
 *
 * Contract for implementations:
 * - `view()` returns the latest GameView (shared/game/view.ts); treat it as immutable.
 * - `subscribe(fn)` calls `fn` after every change of the view (not at once); it returns an unsubscribe.
 * - `send(intent)` asks for a change with a client message (shared/protocol Intent). It answers with the
 *   refusal, or null when accepted (a network source may answer later, through a Promise); every refusal
 *   is also announced to `onError` listeners, so a panel can show it wherever it came from.
 * - `clock()` is the time (ms) that `view().deadline` is measured against, so timers can be shown.
 * - `me` is the id of the person at this device (null for a projector that only watches).
 */
import type { GameView, Intent, Refusal } from "../../shared";

/** Called with the new view after every change. */
export type ViewListener = (view: GameView) => void;
/** Called with every refusal of an intent sent through this source. */
export type ErrorListener = (error: Refusal) => void;

/** A game the client can show and play, wherever it runs. */
export interface GameSource {
  /** My player id, or null when this device only watches. */
  readonly me: string | null;
  /** The current view of the game. */
  view(): GameView;
  /** The clock deadlines are measured against, ms. */
  clock(): number;
  /** Listens to changes; returns a function that stops listening. */
  subscribe(listener: ViewListener): () => void;
  /** Listens to refusals; returns a function that stops listening. */
  onError(listener: ErrorListener): () => void;
  /** Asks for a change; the refusal, or null once accepted. */
  send(intent: Intent): Refusal | null | Promise<Refusal | null>;
  /** Stops timers and connections; the source is unusable afterwards. */
  dispose(): void;
}
