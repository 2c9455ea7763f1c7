// A stored class read back: its log replayed through the shared reducer (the report, server/report.ts,
// replays it again to keep every finished game; a restart needs only the state now).
import { type Action, type GameState, HOST_ID, replayGame } from "../shared";
import type { ClassRecord, LogEntry } from "./store";

/** A log entry with its action typed (the store keeps JSON). */
export type TypedEntry = LogEntry & { action: Action };

/** The class's state now. `visit` sees each entry with the state before it. */
export function replayClass(record: ClassRecord, log: readonly LogEntry[], visit?: (entry: TypedEntry, before: GameState) => void): { game: GameState } {
  const entries = log.map((e) => ({ ...e, action: e.action as Action }));
  const game = replayGame(HOST_ID, record.settings, record.createdAt, entries, (entry, before) => visit?.(entry, before));
  return { game };
}
