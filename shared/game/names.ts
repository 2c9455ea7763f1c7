// Nicknames the game makes: the bots' names and generated names. The screen every typed nickname
// passes is in name-checks.ts, apart, so a page that only shows names (the student's join screen before a
// name is typed) does not download its look-alike table and rude-word lists.
import type { Rng } from "../random";
import type { LanguageCode } from "../i18n/languages";
import { BOT_NAMES, NAME_WORDS } from "./names/words";

/**
 * A bot's display name for a seat, in `language` (English by default): "Bot " and one of that language's
 * 37 names (names/words.ts), so every neuron of the largest network has its own. Past 37 (never in a
 * game) a number keeps them apart.
 */
export function botName(seat: number, language: LanguageCode = "en"): string {
  return `Bot ${botOwnName(seat, language)}`;
}

/** A bot's own name for a seat, in `language`, without the word "Bot" (a device puts its own word before it: bot-names.ts). */
export function botOwnName(seat: number, language: LanguageCode = "en"): string {
  const names = BOT_NAMES[language];
  const lap = Math.floor(seat / names.length);
  return `${names[seat % names.length] ?? ""}${lap > 0 ? ` ${lap + 1}` : ""}`;
}

/**
 * A friendly generated nickname in `language` (English by default): a quality and an animal from that
 * language's lists (names/words.ts). The same generator state and language always give the same name,
 * and every language draws twice from the generator, so the rest of a game's randomness does not depend
 * on who speaks what.
 */
export function generatedName(rng: Rng, language: LanguageCode = "en"): string {
  const words = NAME_WORDS[language];
  const adjective = words.adjectives[rng.int(words.adjectives.length)] ?? "";
  const animal = words.animals[rng.int(words.animals.length)] ?? "";
  return words.order === "adjective-animal" ? `${adjective}${words.gap}${animal}` : `${animal}${words.gap}${adjective}`;
}
