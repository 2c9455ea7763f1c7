import type { GameState } from "./state";

/** What every view may see of a game: all of it but the generator's state (so nobody can predict the hoop) and the engine's own bookkeeping. */
export type GameView = Omit<GameState, "rngState" | "netDetail">;

/** The view of a state. */
export function toView(state: GameState): GameView {
  const { rngState: _hidden, netDetail: _kept, ...view } = state;
  return view;
}
