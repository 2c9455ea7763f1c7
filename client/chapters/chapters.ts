import type { Settings } from "../../shared";
import { type Goal, guessBlame, hitsInARow, missUnder, takeShots } from "./goals";

/** One step of the guided path: a few words, a line set up to show one idea, and a goal reached by playing. */
export interface Chapter {
  id: string;
  title: string;
  /** The idea, in two or three words (shown on the chapter list). */
  idea: string;
  /** Short paragraphs read before playing. */
  intro: string[];
  goal: Goal;
  /** What to take away, shown once the goal is reached. */
  takeaway: string;
  settings: Partial<Settings>;
  /** The learner's seat. */
  seat: number;
  /** The chapter lets the learner change the coach's strictness while playing (its key control, first on screen). */
  strictnessDial?: boolean;
  /**
   * The learner's own choice is the lesson (their dial in chapter 2, their votes in chapter 3): the bots
   * hold their handshakes still (settings.bots "hold"), so they do not quietly fix the miss before the learner acts.
   */
  hand?: boolean;
  /** The handshake dial opens wide (a unit either side) instead of scaled to the suggestion. */
  wideDial?: boolean;
}

// Solo games wait for the learner: long vote and adjust timers, a hoop that stays put while learning.
const solo = { voteSeconds: 300, adjustSeconds: 300, autoAdvance: true } as const;
const still = (d: number) => ({ fixedRounds: 200, fixedDistance: d });

/** The guided path, in order. */
export const CHAPTERS: Chapter[] = [
  {
    id: "pass",
    title: "1. Pass the ball",
    idea: "the forward pass",
    intro: [
      "You are one neuron in a line of three. The ball comes in, you pass it on, and the last neuron shoots at the hoop.",
      "Your handshake says how firmly you pass the ball. A firm handshake makes the ball glow brighter for the next player.",
    ],
    goal: takeShots(2, "Watch the ball travel down the line and take 2 shots."),
    takeaway: "Every shot starts the same way: the ball goes through every neuron in turn. That trip is called the forward pass.",
    settings: { ...solo, lineLength: 3, activation: "tanh", rules: ["backprop"], strictness: 0.003, maxRounds: 6, seed: 11, hoop: still(5) },
    seat: 1,
  },
  {
    id: "miss",
    title: "2. The miss",
    idea: "the loss",
    intro: [
      "A shot can land short of the hoop or too far. How far it missed, in metres, is the one number the whole line wants to shrink.",
      "This time the others hold their handshakes still: only yours moves. Just following the coach, the line needs about 5 shots. Firmer throws further, looser falls shorter.",
    ],
    goal: missUnder(1, "Get a shot to land less than 1 metre from the hoop. Turn your dial to beat the line's 5 shots."),
    takeaway: "Learning means making the miss smaller, shot after shot. Your own handshake moved the ball: the curve in the corner shows the miss shrinking.",
    // The bots hold (seed 21, strictness 0.005): following every suggestion lands within 1 m on shot 5;
    // turning the dial 0.4 firmer after a short shot gets there on shot 3 (hand-game.test.ts).
    settings: { ...solo, lineLength: 3, activation: "tanh", rules: ["backprop"], strictness: 0.005, bots: "hold", maxRounds: 10, seed: 21, hoop: still(5) },
    seat: 1,
    hand: true,
    wideDial: true,
  },
  {
    id: "coach",
    title: "3. The coach",
    idea: "blame",
    intro: [
      "After a miss a coach walks back from the hoop, down the line. At each neuron the coach hands over a card: how much of the miss was yours, and whether to grip firmer or looser.",
      "Before the coach speaks, you vote: who do you think is most to blame? The others hold their handshakes still, so the miss waits for your guesses.",
    ],
    goal: guessBlame(2, "Guess the neuron the coach blames most, twice."),
    takeaway: "The coach's walk back is backpropagation: it works out exactly how much each handshake added to the miss.",
    // The bots hold: only the learner's handshake moves, so the line keeps missing (following, it is still
    // more than a metre short after 10 shots) and every shot has a vote.
    settings: { ...solo, lineLength: 4, activation: "tanh", rules: ["backprop"], strictness: 0.003, bots: "hold", maxRounds: 10, seed: 31, hoop: still(6) },
    seat: 2,
    hand: true,
  },
  {
    id: "strict",
    title: "4. A strict coach",
    idea: "the learning rate",
    intro: [
      "This coach is far too strict: everyone changes their handshake a lot after every miss, so the line overshoots.",
      "Use the strictness dial to calm the coach down.",
    ],
    goal: hitsInARow(2, "Score 2 hits in a row."),
    takeaway: "Small steps in the right direction beat big jumps. The step size is called the learning rate.",
    settings: { ...solo, lineLength: 3, activation: "tanh", rules: ["backprop"], strictness: 0.008, maxRounds: 14, seed: 41, hoop: still(5) },
    seat: 0,
    strictnessDial: true,
  },
  {
    id: "deep",
    title: "5. A long line",
    idea: "the fading signal",
    intro: [
      "Now the line has eight neurons and you sit at the very front. Watch the coach's note as it is handed back: it can shrink at every step.",
      "A tiny note means the front of the line hardly learns at all.",
    ],
    goal: takeShots(3, "Take 3 shots and watch how small the note is when it reaches you."),
    takeaway: "In a long line the error signal can fade away (or blow up). Deep networks need care so the note still means something at the front.",
    settings: { ...solo, lineLength: 8, activation: "tanh", rules: ["backprop"], strictness: 0.003, maxRounds: 8, seed: 51, hoop: still(6) },
    seat: 0,
  },
  {
    id: "wiring",
    title: "6. The brain's wiring problem",
    idea: "feedback alignment",
    intro: [
      "A real brain has no coach who knows everyone's handshake. Here the notes travel back on separate wires with fixed, random strengths.",
      "A note points the right way only where its wire has the same sign (+ or −) as the handshake it stands in for. Here two of the three wires agree. Is that enough for the line to learn?",
    ],
    goal: missUnder(0.5, "Get a shot within half a metre of the hoop."),
    takeaway: "Feedback does not have to use the same connections as the forward pass: wires that agree only roughly were enough. This is one idea for how brains could learn.",
    // Seed 13: wires 2 and 3 agree in sign with their handshakes, wire 1 (to the front neuron) does not;
    // the line lands within half a metre on shot 3 (hand-game.test.ts). Seed 3 had no wire agreeing.
    settings: { ...solo, lineLength: 4, activation: "tanh", rules: ["feedback-alignment"], strictness: 0.005, maxRounds: 12, seed: 13, hoop: still(5) },
    seat: 1,
  },
  {
    id: "guess",
    title: "7. Trial and error",
    idea: "why blame beats guessing",
    intro: [
      "No coach at all: everyone wiggles their handshake at random, the line shoots again, and wiggles that helped are kept.",
      "It works, but it needs two shots for every step and gets slower as the line grows.",
    ],
    goal: missUnder(1, "Get a shot within 1 metre of the hoop by trial and error."),
    takeaway: "Guessing can learn, but it needs two shots for every step. Telling each neuron its own share of the miss learns much faster, and the gap grows with the line.",
    settings: { ...solo, lineLength: 3, activation: "tanh", rules: ["trial-and-error"], strictness: 0.002, maxRounds: 12, seed: 1, hoop: still(5) },
    seat: 1,
  },
];

/** The chapter with this id, if any. */
export function chapterById(id: string): Chapter | undefined {
  return CHAPTERS.find((c) => c.id === id);
}

/** The chapter after this one, if any. */
export function nextChapter(id: string): Chapter | undefined {
  const i = CHAPTERS.findIndex((c) => c.id === id);
  return i >= 0 ? CHAPTERS[i + 1] : undefined;
}
