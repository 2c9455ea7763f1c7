// Replays a solo chapter on the shared engine in Node, with the votes the browser cast, to get the coach's
// report the screen should have shown. Timing does not matter: only the order of actions moves the seeded RNG.
import { type CoachReport, createGame, type Direction, type GameState, reduce } from "../../shared";
import type { Chapter } from "../../client/chapters/chapters";

/** A vote as the browser cast it. */
export interface CastVote {
  blame: number;
  direction: Direction;
}

function must(r: ReturnType<typeof reduce>): GameState {
  if (!r.ok) throw new Error(`replay refused: ${r.error.message}`);
  return r.state;
}

/** The coach's report and the miss for each shot, given the learner's votes and an untouched dial. */
export function replayChapter(chapter: Chapter, votes: CastVote[]): { miss: number; report: CoachReport }[] {
  let t = 0;
  let s = createGame("host", chapter.settings);
  s = must(reduce(s, { type: "join", by: "host", name: "You", line: 0, seat: chapter.seat }, t));
  s = must(reduce(s, { type: "start", by: "host" }, t));
  const out: { miss: number; report: CoachReport }[] = [];
  for (const v of votes) {
    while (s.phase !== "vote") s = must(reduce(s, { type: "next", by: "host" }, (t += 1000)));
    s = must(reduce(s, { type: "vote", by: "host", blame: v.blame, direction: v.direction }, (t += 1000)));
    if (s.phase !== "coach") throw new Error(`expected the coach after the vote, got ${s.phase}`);
    const shot = s.lines[0].current!;
    out.push({ miss: shot.miss, report: shot.coach! });
    s = must(reduce(s, { type: "next", by: "host" }, (t += 1000)));
    s = must(reduce(s, { type: "ready", by: "host" }, (t += 1000)));
  }
  return out;
}
