// What the court showed in its last frame, in plain data: which rule's story, whether a coach was drawn,
// the feedback wires and the strengths they were drawn with, the cards revealed so far, trial and error's
// second shot, the links that pulsed, and every word on the canvas. The canvas keeps no text a test (or a
// screen reader's helper) could read, so the court hands this to its page as a data attribute.
import type { GameView, Line } from "../../shared";

/** A feedback wire as drawn: it carries the note from neuron `from` back to `to`, with the engine's strength. */
export interface DrawnWire {
  from: number;
  to: number;
  strength: number;
  /** Its width on screen, px (grows with |strength|). */
  width: number;
}

/** What one frame of the court showed. */
export interface CourtMarks {
  rule: string;
  phase: string;
  round: number;
  /** A coach figure was drawn (only backprop has one). */
  coach: boolean;
  /** Where the coach figure's body was drawn (its centre, px), or null. */
  coachAt: { x: number; y: number } | null;
  /** Each neuron's face as drawn: its centre (px), first to last, and the faces' radius. */
  faces: { x: number; y: number }[];
  radius: number;
  /** A note about the miss was drawn (backprop and feedback alignment carry one). */
  notes: number[];
  wires: DrawnWire[];
  /** Seats the rule's signal has reached, each with its card's words. */
  cards: { seat: number; text: string }[];
  /** Seats showing their nudged against their free firing (activity difference). */
  nudged: number[];
  /** Trial and error's second shot, once it is drawn: where it landed and whether the wiggle stays. */
  second: { landing: number; kept: boolean } | null;
  /** Links (by the seat they lead into) that pulsed because both ends fired together. */
  together: number[];
  /** Every label on the canvas this frame. */
  words: string[];
}

/** Marks for a frame of `line` in `view`, nothing drawn yet. */
export function blankMarks(view: Pick<GameView, "phase" | "round">, line: Pick<Line, "rule">): CourtMarks {
  return { rule: line.rule, phase: view.phase, round: view.round, coach: false, coachAt: null, faces: [], radius: 0, notes: [], wires: [], cards: [], nudged: [], second: null, together: [], words: [] };
}
