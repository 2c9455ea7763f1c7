// The words the game uses, each in one plain sentence, for the projector's glossary card. A learning
// rule's sentence is the rule's own summary (shared/rules), so the card and the game never disagree. The
// words are messages (area `glossary`), read through the page's translator each time they are read.
import { t } from "../i18n/current";
import { RULE_IDS, RULES } from "../rules";

/** One word and what it means in the game. */
export interface GlossaryEntry {
  id: string;
  term: string;
  /** What it is in the game, then what it is in a real network. */
  meaning: string;
}

/** The ids of the game's own words, in the card's order (each has `glossary.<id>.term` and `.meaning` messages). */
const WORDS = ["neuron", "handshake", "excitability", "miss", "blame", "note", "firmer-looser", "strictness", "learned", "moving-hoop"] as const;

/** The game's own words (the rules follow, from ruleGlossary), read in the page's language whenever read. */
export const GLOSSARY: readonly GlossaryEntry[] = WORDS.map((id) => ({
  id,
  get term() {
    return t(`glossary.${id}.term`);
  },
  get meaning() {
    return t(`glossary.${id}.meaning`);
  },
}));

/** Each learning rule in one sentence: its title and the rule's own summary. */
export function ruleGlossary(): GlossaryEntry[] {
  return RULE_IDS.map((id) => ({ id: `rule-${id}`, term: RULES[id].title, meaning: RULES[id].summary }));
}
