// The words the game uses, each in one plain sentence, for the projector's glossary card. A learning
// rule's sentence is the rule's own summary (shared/rules), so the card and the game never disagree.
import { RULE_IDS, RULES } from "../rules";

/** One word and what it means in the game. */
export interface GlossaryEntry {
  id: string;
  term: string;
  /** What it is in the game, then what it is in a real network. */
  meaning: string;
}

/** The game's own words (the rules follow, from ruleGlossary). */
export const GLOSSARY: readonly GlossaryEntry[] = [
  { id: "neuron", term: "Neuron", meaning: "You! Each player is one neuron: it takes in the ball's strength, changes it, and passes it on to the next seat." },
  { id: "handshake", term: "Handshake", meaning: "How hard you pass the ball on: the number you turn on your dial. In a real network it is called a weight." },
  { id: "excitability", term: "Excitability", meaning: "How eager you are to fire even when little comes in: a number added before you pass the ball on. Scientists call it a bias." },
  { id: "miss", term: "The miss", meaning: "How far the ball landed from the hoop, short or long. Every rule that learns from mistakes starts from this number." },
  { id: "blame", term: "Share of the blame", meaning: "How much of the miss was down to your handshake, as a part of the whole line's (all the shares add up to 100%)." },
  { id: "note", term: "The coach's note", meaning: "What the coach hands each neuron on the walk back: the error that reached it, which tells it how big its change should be and which way to turn." },
  { id: "firmer-looser", term: "Firmer / looser", meaning: "Which way to turn your handshake: firmer makes the ball you pass on stronger, looser makes it weaker." },
  { id: "strictness", term: "Strictness", meaning: "How big a step every change takes. Too strict and the line overshoots back and forth; too gentle and it learns slowly. Scientists call it the learning rate." },
  { id: "learned", term: "3 in a row", meaning: "A line that hits the hoop three shots in a row has learned the throw." },
  { id: "moving-hoop", term: "The moving hoop", meaning: "After the first few shots the hoop jumps to new distances, so a line must learn to aim, not just remember one throw." },
];

/** Each learning rule in one sentence: its title and the rule's own summary. */
export function ruleGlossary(): GlossaryEntry[] {
  return RULE_IDS.map((id) => ({ id: `rule-${id}`, term: RULES[id].title, meaning: RULES[id].summary }));
}
