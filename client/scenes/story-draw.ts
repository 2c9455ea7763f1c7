// After the shot, the court shows the story of the rule that is running, never the coach's by default
// (DESIGN.md, "Each rule tells its own story"): the shared engine's RuleStory says which. Only backprop
// has a coach who walks back over the handshakes; feedback alignment's notes ride separate wires, drawn
// with the engine's fixed strengths; activity difference nudges the shooter and the nudge spreads back as
// firing; trial and error wiggles and shoots a second time; fire together hears nothing of the miss.
import { type Line, secondShotOf, type ShotRecord, sizeText, sizeWord, storyCards, storyOf } from "../../shared";
import { drawCoachWalk } from "./coach-draw";
import { t as msg } from "../../shared/i18n";
import type { Pen } from "./court-draw";
import type { CueOnce } from "./court-cues";
import type { SceneModel } from "./court-model";
import { coachReached, type Layout, neuronAbove, UNDER_FEET } from "./geometry";
import { drawNudge } from "./nudge-draw";
import { PALETTE } from "./palette";
import { missAt, MISS_SIZE } from "./shot-draw";
import type { StoryFrame } from "./story-frame";
import type { CourtMarks } from "./story-marks";
import { drawTogether } from "./together-draw";
import { drawWiggle } from "./wiggle-draw";
import { drawWireNotes, drawWires } from "./wires-draw";

/** "nobody to blame" after a hit: 13 px at scale 1, 4 px over the miss. */
const IN_WORDS = { size: 13, gap: 4 };

/** Whether the frame shows the rule's own step (its phase, or the adjust phase after it), and how far along it is (0..1). */
export function storyProgress(m: SceneModel, t: number): number | null {
  if (m.view.phase === "coach") return t;
  if (m.view.phase === "adjust") return 1;
  return null;
}

/** What the court draws under the line, before the neurons: feedback alignment's wires, always there, bright once its note travels. */
export function drawUnderLine(pen: Pen, l: Layout, m: SceneModel, line: Line, marks: CourtMarks): void {
  if (storyOf(line.rule).over !== "feedback-wires") return;
  drawWires(pen, l, line, m.view.phase === "coach" || m.view.phase === "adjust", marks);
}

/** The rule's step at progress `t` of its phase (nothing outside it). */
export function drawStory(pen: Pen, l: Layout, m: SceneModel, line: Line, t: number, cues: CueOnce, marks: CourtMarks): void {
  const progress = storyProgress(m, t);
  const shot = line.current;
  if (progress === null || !shot?.coach) return;
  const cards = storyCards(line.rule, shot);
  if (!cards) return;
  const story = storyOf(line.rule);
  const { round, distance } = m.view;
  const mine = m.me === null ? -1 : line.neurons.findIndex((n) => n.playerId === m.me);
  const under = wordsUnderMe(m, l, line, t) === null ? 1 : 2;
  const f: StoryFrame = {
    pen,
    l,
    marks,
    // Under my neuron stand YOU (and my note's size): the card of the neuron below me keeps clear of them.
    taken: (seat) => (mine >= 0 && neuronAbove(l, seat) === mine ? UNDER_FEET.gap + UNDER_FEET.line * under * pen.labels.scale : 0),
    round,
    distance,
    court: m.view.settings.court,
    line,
    shot,
    cards,
    t: progress,
    cues,
  };
  // In! Under a rule that hands out blame there is nobody to blame this time (its small notes still go back).
  if (shot.hit && story.blameVote) {
    const at = missAt(l, distance, pen.labels.scale);
    pen.labels.show("in", at.x, at.y - (MISS_SIZE / 2 + IN_WORDS.gap + IN_WORDS.size * 0.6) * pen.labels.scale, msg("solo.court.nobody"), IN_WORDS.size, PALETTE.coach);
  }
  if (story.speaker === "coach") drawCoachWalk(f);
  else if (story.over === "feedback-wires") drawWireNotes(f);
  else if (story.carries === "nudge") drawNudge(f);
  else if (story.secondShot) drawWiggle(f, secondShotOf(line.rule, shot, m.view.settings));
  else drawTogether(f);
}

/**
 * The words under my neuron once the rule's signal has reached me: the size of my note or nudge against
 * the shooter's ("your note: tiny"), for the rules whose signal travels back; null otherwise.
 */
export function wordsUnderMe(m: SceneModel, l: Layout, line: Line, t: number): string | null {
  const progress = storyProgress(m, t);
  const shot: ShotRecord | null = line.current;
  const seat = m.me === null ? -1 : line.neurons.findIndex((n) => n.playerId === m.me);
  if (progress === null || seat < 0 || !shot?.coach) return null;
  // Only on the floor row: under an upper row's feet stand the cards of the row below (the panel says it there).
  const floor = Math.max(...l.neurons.map((p) => p.y));
  if (l.neurons[seat].y < floor - 1) return null;
  const story = storyOf(line.rule);
  if (story.told !== "blame" && story.told !== "activity-change") return null;
  const n = line.neurons.length;
  if (seat < coachReached(n, progress) || coachReached(n, progress) < 0) return null;
  const signals = shot.coach.signals;
  return msg("solo.court.underMe", { signal: story.words.signal, size: sizeText(sizeWord(signals[seat], signals[n - 1])) });
}
