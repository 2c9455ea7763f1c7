// A stored class read back: its log replayed through the shared reducer, with the games it finished
// along the way (Play again, or a new line shape, starts a new game; the report keeps every one).
import { type Action, type GameState, type GameView, HOST_ID, replayGame, toView } from "../shared";
import { endsGame } from "./report";
import type { ClassRecord, LogEntry } from "./store";

/** A log entry with its action typed (the store keeps JSON). */
export type TypedEntry = LogEntry & { action: Action };

/** The class's state now, and its finished earlier games (oldest first). `visit` sees each entry with the state before it. */
export function replayClass(record: ClassRecord, log: readonly LogEntry[], visit?: (entry: TypedEntry, before: GameState) => void): { game: GameState; earlier: GameView[] } {
  const earlier: GameView[] = [];
  const entries = log.map((e) => ({ ...e, action: e.action as Action }));
  const game = replayGame(HOST_ID, record.settings, record.createdAt, entries, (entry, before, after) => {
    visit?.(entry, before);
    const was = toView(before);
    if (endsGame(was, toView(after))) earlier.push(was);
  });
  return { game, earlier };
}
