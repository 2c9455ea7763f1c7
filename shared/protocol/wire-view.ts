// Schema cannot carry null, so `room.state.toJSON()` leaves out the GameView fields that are null
// (deadline, pausedRemaining, a bot's playerId, a line's current shot and learnedAt, a shot's coach, the
// network of a class in lines), Schema's rows ({ values }) of a network's number[][] back into arrays,
// and a network shot's packed strings (packed-shot.ts) back into its lists, its old shots' summaries
// (NetworkSchema.past) back in front of its latest shots. This puts them back, so a
// client holds exactly the engine's `toView(state)`. Pure, so the server's tests and the browser client share it.
import type { GameView } from "../game/view";
import { unpackCoach, unpackShotNumbers, unpackShotSummary, unpackVote } from "./packed-shot";

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
    network: v.network === undefined || v.network === null ? null : network(v.network as Json),
  } as unknown as GameView;
}

/** The network's Schema JSON as the engine's Network: rows ({ values }) back to number[][], nulls restored. */
function network(n: Json): Json {
  const { past, ...rest } = n;
  return {
    ...rest,
    widths: n.widths ?? [],
    neurons: list(n.neurons).map((x) => ({ ...x, playerId: x.playerId ?? null, weights: x.weights ?? [] })),
    feedback: rows(n.feedback),
    current: n.current === undefined ? null : netShot(n.current as Json),
    // The old shots' summaries (NetworkSchema.past), then the latest shots in full.
    history: [...((past as string[] | undefined) ?? []).map(unpackShotSummary), ...list(n.history).map(netShot)],
    learnedAt: n.learnedAt ?? null,
  };
}

/** A network shot's packed strings (server/state/schema.ts NetShotSchema) back to the engine's lists. */
function netShot(s: Json): Json {
  const { numbers, coach, votes, ...rest } = s;
  const packedVotes = (votes as Record<string, string> | undefined) ?? {};
  return {
    ...rest,
    ...unpackShotNumbers((numbers as string | undefined) ?? ""),
    coach: coach === undefined ? null : unpackCoach(coach as string),
    votes: Object.fromEntries(Object.entries(packedVotes).map(([id, v]) => [id, unpackVote(v)])),
  };
}

function list(v: unknown): Json[] {
  return (v as Json[] | undefined) ?? [];
}

function rows(v: unknown): number[][] {
  return list(v).map((r) => (r.values as number[] | undefined) ?? []);
}

function shot(s: Json): Json {
  return { ...s, coach: s.coach ?? null, votes: s.votes ?? {} };
}
