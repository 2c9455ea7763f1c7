import type { Rng } from "../random";
import { LIMITS } from "./settings";

const ADJECTIVES = ["Brave", "Calm", "Clever", "Eager", "Fuzzy", "Gentle", "Happy", "Jolly", "Keen", "Lucky", "Mighty", "Nimble", "Quick", "Quiet", "Sunny", "Swift", "Witty", "Zesty"];
const ANIMALS = ["Otter", "Panda", "Falcon", "Koala", "Lynx", "Gecko", "Heron", "Badger", "Dolphin", "Fox", "Hedgehog", "Lemur", "Moose", "Owl", "Puffin", "Robin", "Seal", "Tiger"];
const BOT_NAMES = ["Ada", "Bit", "Cog", "Dot", "Echo", "Flux", "Gizmo", "Hex", "Ion", "Jolt", "Kilo", "Lux"];

// A short screen for names a teacher would not want on a projector. Stems are refused anywhere in the
// name; short words only as whole words, so "Cassandra" and "Essex" stay allowed.
const BLOCKED_STEMS = ["fuck", "shit", "cunt", "bitch", "nigg", "whore", "hitler", "porn", "wank", "retard", "pussy", "penis", "vagina"];
const BLOCKED_WORDS = ["ass", "arse", "sex", "fag", "dick", "cock", "slut", "rape", "nazi", "twat", "kill", "bastard", "poo", "butt"];

/** A bot's display name for a seat. */
export function botName(seat: number): string {
  return `Bot ${BOT_NAMES[seat % BOT_NAMES.length]}`;
}

/** A friendly generated nickname. */
export function generatedName(rng: Rng): string {
  return `${ADJECTIVES[rng.int(ADJECTIVES.length)]} ${ANIMALS[rng.int(ANIMALS.length)]}`;
}

/** Checks a nickname: returns the cleaned name, or why it cannot be used. */
export function cleanName(raw: string): { ok: true; name: string } | { ok: false; message: string } {
  const name = raw.normalize("NFKC").replace(/\s+/g, " ").trim();
  if (name.length < LIMITS.name.min) return { ok: false, message: "Please type a nickname." };
  if (name.length > LIMITS.name.max) return { ok: false, message: `Nicknames can be at most ${LIMITS.name.max} characters.` };
  if (!/^[\p{L}\p{N} '._-]+$/u.test(name)) return { ok: false, message: "Nicknames can use letters, numbers, spaces and ' . _ - only." };
  const plain = name.toLowerCase().replace(/0/g, "o").replace(/[1!]/g, "i").replace(/3/g, "e").replace(/[4@]/g, "a").replace(/5/g, "s");
  const letters = plain.replace(/[^\p{L}]/gu, "");
  const words = plain.split(/[^\p{L}]+/u);
  if (BLOCKED_STEMS.some((w) => letters.includes(w)) || words.some((w) => BLOCKED_WORDS.includes(w)) || /^bot\b/i.test(name)) {
    return { ok: false, message: "Please choose a different nickname." };
  }
  return { ok: true, name };
}
