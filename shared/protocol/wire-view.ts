// Schema cannot carry null, so `room.state.toJSON()` leaves out the GameView fields that are null
// (deadline, pausedRemaining, a bot's playerId, a line's current shot and learnedAt, a shot's coach).
// This puts them back, so a client holds exactly the engine's `toView(state)`. Pure and free of
// imports beyond shared types, so the server's tests and the browser client share it.
import type { GameView } from "../game/view";

type Json = Record<string, unknown>;

/** The GameView a client's `room.state.toJSON()` stands for, with its null fields restored. */
export function wireToView(json: unknown): GameView {
  const v = json as Json;
  const lines = (v.lines as Json[] | undefined) ?? [];
  return {
    ...v,
    deadline: v.deadline ?? null,
    pausedRemaining: v.pausedRemaining ?? null,
    players: v.players ?? {},
    banned: v.banned ?? [],
    lines: lines.map((l) => ({
      ...l,
      neurons: ((l.neurons as Json[] | undefined) ?? []).map((n) => ({ ...n, playerId: n.playerId ?? null })),
      feedback: l.feedback ?? [],
      current: l.current === undefined ? null : shot(l.current as Json),
      history: ((l.history as Json[] | undefined) ?? []).map(shot),
      learnedAt: l.learnedAt ?? null,
    })),
  } as unknown as GameView;
}

function shot(s: Json): Json {
  return { ...s, coach: s.coach ?? null, votes: s.votes ?? {} };
}
