/**
 * Okabe-Ito colours, safe for the common kinds of colour blindness. Every colour on screen also has a
 * shape or a word beside it (▲ firmer, ▼ looser, ★ you).
 */
export const PALETTE = {
  background: 0x14213d,
  floor: 0x2b3a5c,
  you: 0xe69f00,
  bot: 0x56b4e9,
  ball: 0xf0e442,
  coach: 0x009e73,
  firmer: 0x0072b2,
  looser: 0xd55e00,
  note: 0xffffff,
  hoop: 0xcc79a7,
  text: 0xffffff,
  dim: 0x9aa5b8,
  /** Feedback wires by sign (feedback alignment): bluish green for +, reddish purple for −, each with its sign written on it. */
  wirePlus: 0x009e73,
  wireMinus: 0xcc79a7,
  /** The nudge spreading back as firing (activity difference). */
  nudge: 0xf0e442,
  /** Trial and error's second shot, drawn as a ghost. */
  ghost: 0xffffff,
} as const;

/** A palette colour as CSS. */
export function css(colour: number): string {
  return `#${colour.toString(16).padStart(6, "0")}`;
}
