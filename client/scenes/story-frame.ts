// Everything one frame of a rule's story is drawn from: where (the pen, the layout, the room for cards),
// what (the line, its shot, each neuron's card from the shared engine), when (progress 0..1 through the
// rule's step) and the cues it may sound.
import type { Court, Line, ShotRecord, StoryCard } from "../../shared";
import type { CardDesk } from "./card-draw";
import type { CueOnce } from "./court-cues";

/** One frame of a rule's story. */
export interface StoryFrame extends CardDesk {
  round: number;
  /** Where the hoop stands, m. */
  distance: number;
  court: Court;
  line: Line;
  /** The shot the rule spoke about (its report is there). */
  shot: ShotRecord;
  cards: readonly StoryCard[];
  /** Progress through the rule's step, 0..1 (1 in the adjust phase). */
  t: number;
  cues: CueOnce;
}
