// Above a neuron's head once the rule's signal has reached it: the note (its area is the signal's size
// against the largest in the line, so a fading note shrinks to a speck) and a card with words from the
// shared engine (storyCards): a share and a direction, a wiggle kept or turned around, how it fired.
// Sizes in px are at label scale 1; shapes follow the neuron's radius.
import type { Direction, StoryCard } from "../../shared";
import type { Pen } from "./court-draw";
import { coachReached, type Layout, noteSide } from "./geometry";
import { PALETTE } from "./palette";
import type { StoryFrame } from "./story-frame";
import type { CourtMarks } from "./story-marks";

/** The largest note is a little wider than a head (1.3 radii), 6 px above it; its frame sits 2 px outside it in the direction's colour. */
export const NOTE = { full: 1.3, gap: 6, frame: 2, frameWidth: 2 };

/**
 * The card above the note: 13 px at scale 1, 6 px over the note, 16 px a line. It needs room above the
 * head for the note and its lines (18 px of gaps plus 16 px a line, scaled): the top row of the snake
 * has the sky, a lower row only the gap to the row above, where a two-line card ("24%", "▲ firmer")
 * becomes one line ("24% ▲"), or is left out (the panel's cards say it). A line of text is about 0.6 em
 * a character and may be as wide as 95% of the gap to the neighbour, else it keeps only its arrow (or
 * first word) and its size shrinks to fit.
 */
const CARD = { size: 13, gap: 6, line: 16, roomGaps: 18, emPerChar: 0.6, fill: 0.95 };

/** Card text in lighter tints of the direction colours, readable on the dark court. */
export const CARD_TEXT: Record<Direction, number> = { firmer: 0x8fc8ff, looser: 0xffb07a };

/** The centre of the note's box above neuron `seat`. */
export function noteCentre(l: Layout, seat: number): { x: number; y: number } {
  const p = l.neurons[seat];
  return { x: p.x, y: p.y - l.radius - NOTE.gap - (l.radius * NOTE.full) / 2 };
}

/** The note above `seat`: a white square whose area is |signal| against the largest, framed in the direction's colour. */
export function drawNote(pen: Pen, l: Layout, seat: number, signal: number, largest: number, direction: Direction, marks: CourtMarks): void {
  const g = pen.g;
  const side = noteSide(signal, largest, l.radius * NOTE.full);
  const { x, y } = noteCentre(l, seat);
  g.fillStyle(PALETTE.note, 1);
  g.fillRect(x - side / 2, y - side / 2, side, side);
  g.lineStyle(NOTE.frameWidth, direction === "firmer" ? PALETTE.firmer : PALETTE.looser, 1);
  g.strokeRect(x - side / 2 - NOTE.frame, y - side / 2 - NOTE.frame, side + 2 * NOTE.frame, side + 2 * NOTE.frame);
  marks.notes.push(seat);
}

/** The card's lines for the court: the big words, then what happens to the handshake. */
export function cardLines(card: StoryCard): string[] {
  return card.head === null ? [card.change] : [card.head, card.change];
}

/** How many lines of card fit over `seat`'s note: 2, 1 or 0 (`taken`: px of words under the feet of the neuron above). */
export function cardRoom(l: Layout, seat: number, scale: number, taken = 0): number {
  const p = l.neurons[seat];
  const top = Math.min(...l.neurons.map((q) => q.y));
  // The top row has the sky above it; a lower row only the gap up to the row above, less its words.
  const room = p.y - top < 1 ? p.y - l.radius : l.rowHeight - 2 * l.radius - taken;
  const need = (lines: number) => l.radius * NOTE.full + CARD.roomGaps + CARD.line * scale * lines;
  return room >= need(2) ? 2 : room >= need(1) ? 1 : 0;
}

/** Where cards go: the pen and layout, what the frame showed so far, and the px taken by words under each seat's upper neighbour. */
export interface CardDesk {
  pen: Pen;
  l: Layout;
  marks: CourtMarks;
  /** Px of words (YOU, my note's size) under the feet of the neuron right above `seat`. */
  taken(seat: number): number;
}

/** The card over `seat`'s note, in as many lines as there is room for; shortened where neighbours stand close. */
export function drawCard(desk: CardDesk, card: StoryCard, colour = CARD_TEXT[card.direction]): void {
  const { pen, l, marks } = desk;
  const { labels } = pen;
  const s = labels.scale;
  const p = l.neurons[card.seat];
  const fits = cardRoom(l, card.seat, s, desk.taken(card.seat));
  if (fits === 0) return;
  const room = l.step * CARD.fill;
  const widest = (lines: string[]) => Math.max(...lines.map((w) => [...w].length)) * CARD.emPerChar;
  let lines = fits === 2 ? cardLines(card) : [cardLines(card).map(shorten).join(" ")];
  let size = CARD.size;
  if (widest(lines) * size * s > room) {
    if (fits === 2) lines = lines.map(shorten);
    size = Math.min(CARD.size, room / widest(lines) / s);
  }
  const cardY = p.y - l.radius - NOTE.gap - l.radius * NOTE.full - CARD.gap - (CARD.line * s * lines.length) / 2;
  const text = lines.join("\n");
  labels.show(`card${card.seat}`, p.x, cardY, text, size, colour);
  marks.cards.push({ seat: card.seat, text });
}

/** A card line cut to its arrow ("▲ firmer" -> "▲", "wiggled ▼" -> "▼") or else its first word ("36%", "kept"). */
function shorten(line: string): string {
  const arrow = /[▲▼]/.exec(line);
  return arrow ? arrow[0] : (line.split(" ")[0] ?? line);
}

/**
 * The notes and cards at every seat the signal has reached by progress t (it walks back from the
 * shooter), with `arrived(seat, size)` called for each (size: the note against the largest, 0..1).
 * Shared by the coach's walk and the notes over the feedback wires: only what carries the note differs.
 */
export function drawReachedNotes(f: StoryFrame, arrived: (seat: number, card: StoryFrame["cards"][number], size: number) => void): void {
  const { pen, l, shot, cards, t, marks } = f;
  const report = shot.coach;
  if (!report) return;
  const n = cards.length;
  const reached = coachReached(n, t);
  const largest = Math.max(...report.signals.map(Math.abs));
  for (let seat = n - 1; reached >= 0 && seat >= reached; seat--) {
    const card = cards[seat];
    const signal = report.signals[seat] ?? 0;
    drawNote(pen, l, seat, signal, largest, card.direction, marks);
    drawCard(f, card);
    arrived(seat, card, largest > 0 ? Math.abs(signal) / largest : 0);
  }
}
