// The screen every typed nickname passes (the names the game makes are in names.ts).
//
// A typed nickname is tidied (Unicode NFKC, one space between words), then must follow one rule for
// characters, stay short, not pose as a bot, and not contain a rude word. Look-alike letters (Cyrillic
// "а" for Latin "a", fullwidth "Ｓ", 𝐦𝐚𝐭𝐡 letters) are made Latin for the checks, so they hide nothing.
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from "obscenity";
import { BLOCKLISTS } from "./names/blocklists";
import { CONFUSABLES } from "./names/confusables";
import { LIMITS } from "./settings";

/** Most combining marks one letter may carry: enough for Thai, Devanagari, Hebrew and Vietnamese, too few for "Zalgo" text. */
const MAX_MARKS = 3;

// Short and kind: the reader is 12.
const TYPE_ONE = "Please type a nickname.";
const CHARACTERS = "Nicknames can use letters, numbers, spaces and ' . _ - only (no emoji).";
const TOO_LONG = `Nicknames can be at most ${LIMITS.name.max} characters.`;
const TOO_MANY_MARKS = "Please use fewer accents on each letter.";
const BOT = "Names starting with Bot are for the computer players. Please choose another nickname.";
const DIFFERENT = "Please choose a different nickname.";

// The one rule for characters: letters and their marks in any script, digits, space and ' . _ -, plus
// the zero-width non-joiner and joiner (U+200C, U+200D) between two letters, which Persian, Urdu and
// Indic names need. Everything else is refused: emoji, symbols, control and bidi characters (U+202A-202E,
// U+2066-2069 could flip the name around on the projector), enclosing marks (keycaps, circles: \p{Me}).
// (No lookbehind in these patterns: Safari before 16.4, on older school iPads, cannot even parse it.)
const ALLOWED = /^[\p{L}\p{Mn}\p{Mc}\p{N} '._\-\u200C\u200D]+$/u;
const LOOSE_JOINER = /(?:^|[^\p{L}\p{M}])[\u200C\u200D]|[\u200C\u200D](?!\p{L})/u;
// Invisible characters that are letters or marks, so ALLOWED lets them in: Hangul fillers (a "blank"
// name), variation selectors (they turn a digit into an emoji), the grapheme joiner.
const INVISIBLE = /(?![\u200C\u200D])\p{Default_Ignorable_Code_Point}/u;
// A mark with no letter under it draws a dotted circle, or stacks on the one before.
const LOOSE_MARK = /(?:^|[^\p{L}\p{M}])\p{M}/u;
const ZALGO = new RegExp(`\\p{M}{${MAX_MARKS + 1},}`, "u");

/** Why a nickname cannot be used, as a code a client turns into words in its own language. */
export type NameProblem = "empty" | "characters" | "too-many-marks" | "too-long" | "bot" | "rude";

/** The English sentence for each problem (what the server says; a client may say it in its own language). */
const PROBLEM_TEXT: Record<NameProblem, string> = {
  empty: TYPE_ONE,
  characters: CHARACTERS,
  "too-many-marks": TOO_MANY_MARKS,
  "too-long": TOO_LONG,
  bot: BOT,
  rude: DIFFERENT,
};

/** Checks a nickname: returns the cleaned name, or why it cannot be used (a code and an English sentence). */
export function cleanName(raw: string): { ok: true; name: string } | { ok: false; problem: NameProblem; message: string } {
  const problem = nameProblem(raw);
  if (typeof problem === "string") return { ok: false, problem, message: PROBLEM_TEXT[problem] };
  return { ok: true, name: problem.name };
}

function nameProblem(raw: string): NameProblem | { name: string } {
  if (GAME_NAMES.has(raw)) return { name: raw };
  // Phones type ’ for an apostrophe ("O’Brien"): it is the same to the reader, so it is accepted as '.
  const name = raw.normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/\s+/gu, " ").trim();
  if (name === "") return "empty";
  if (!ALLOWED.test(name) || LOOSE_JOINER.test(name) || INVISIBLE.test(name) || LOOSE_MARK.test(name)) return "characters";
  if (ZALGO.test(name)) return "too-many-marks";
  // Length counts what the eye counts: a letter with its accents or vowel signs is one character.
  if ([...name.replace(/\p{M}/gu, "")].length > LIMITS.name.max) return "too-long";
  if (!/[\p{L}\p{N}]/u.test(name)) return "empty";
  if (isBotName(name)) return "bot";
  if (isRude(name)) return "rude";
  return { name };
}

/** The comparison key of a name: two names that look alike on a projector get the same key (a TR39-style skeleton, case-insensitive). */
export function nameKey(name: string): string {
  // NFKC turns fullwidth and mathematical letters into plain ones; the skeleton maps look-alikes from
  // other scripts to one prototype (Cyrillic "а" to "a", "m" to "rn"). It runs twice: the first pass can
  // yield letters (the "m" of Cyrillic "М") that the second maps like everyone else's.
  // Final sigma folds to σ, so "ΓΙΏΡΓΟΣ" and "Γιώργος" match.
  const folded = fold(name).replace(/ς/g, "σ").replace(/\s+/gu, " ").trim();
  return skeleton(skeleton(folded).toLowerCase()).toLowerCase();
}

// A device in Chinese or Arabic shows a bot as "机器人火花", "الروبوت شرارة" (shared/game/bot-names.ts), so
// a person's name may not start with those words either, however it is spaced.
const LOCAL_BOT_WORD = /^(?:机器人|機器人|(?:ال)?روبوت)/u;

/** Whether a name poses as a bot: its first word, read through look-alikes and without accents, is "bot", or it starts with the word a bot's name wears in Chinese or Arabic (game.botName). */
export function isBotName(name: string): boolean {
  if (LOCAL_BOT_WORD.test(fold(name).replace(/[\p{M}\s'._\-ـ]/gu, ""))) return true;
  return /^bot(?!\p{L})/u.test(words(nameKey(name).replace(/\p{M}/gu, "")));
}

// NFKC, no invisible characters, and lower case with the full case folding of ß that JS lacks.
function fold(s: string): string {
  return s.normalize("NFKC").replace(/\p{Default_Ignorable_Code_Point}/gu, "").toLowerCase().replace(/ß/g, "ss");
}

// TR39 skeleton: decompose, map every character to its prototype, decompose again.
function skeleton(s: string): string {
  return [...s.normalize("NFD")].map(prototype).join("").normalize("NFD");
}

const ASCII = /^[\x20-\x7e]+$/;
// Unicode's look-alike table (TR39 confusables.txt), cut to what a nickname can hold: see names/confusables.ts.
const TR39 = new Map(
  CONFUSABLES.split(" ").map((entry) => {
    const [c, ...prototype] = [...entry];
    return [c, prototype.join("")];
  }),
);

// A character's look-alike prototype. The table is case-sensitive: the capital of Cyrillic "к" is drawn
// like Latin "K", but the small letter maps to "ĸ" (kra). Names are compared without case, so a letter
// without a Latin prototype of its own takes the one of its capital.
function prototype(c: string): string {
  const own = TR39.get(c) ?? c;
  if (ASCII.test(own)) return own;
  const capital = c.toUpperCase();
  if (capital.length === 1 && capital !== c) {
    const other = TR39.get(capital) ?? capital;
    if (ASCII.test(other)) return other.toLowerCase();
  }
  return own;
}

// The words of a text, one space between them; a run of single letters becomes one word, so
// "f.u.c.k" and "b o t" are read as written. A single initial stays apart: "Ana L" is not "anal".
function words(s: string): string {
  const out: string[] = [];
  let run = "";
  for (const w of s.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean)) {
    if ([...w.replace(/\p{M}/gu, "")].length === 1) {
      run += w;
      continue;
    }
    if (run) out.push(run);
    run = "";
    out.push(w);
  }
  if (run) out.push(run);
  return out.join(" ");
}

// Scripts whose letters pass for Latin ones; Arabic alef looks like "l" too, but reading Arabic as
// Latin would only garble Arabic words for the Arabic list.
const LATIN_LOOKING = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Cherokee}\p{Script=Lisu}]/u;
// Digits read as letters, as in "sh1t" ("8" for "b" too, which `obscenity` does not read).
const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g" };
// Arabic letters that are written several ways (see names/blocklists.ts), and the Greek final sigma,
// drawn like a "c" (NFKC turns the lunate sigma "ϲ" into it).
const SAME: Record<string, string> = { "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ـ": "", "ς": "c" };

// The text the rude-word checks read: lower case, no accents or vowel marks, look-alike letters made Latin.
function plain(s: string): string {
  return [...fold(s).normalize("NFD")].map(plainChar).join("");
}

function plainChar(c: string): string {
  if (/\p{M}/u.test(c)) return "";
  if ((c.codePointAt(0) ?? 0) > 0x7f && LATIN_LOOKING.test(c)) {
    const p = prototype(c);
    if (ASCII.test(p)) return p.toLowerCase();
  }
  return SAME[c] ?? c;
}

/** Names the game gives people itself (the solo learner is "You"): known good as written, so they skip every check (test/shared/game/game-names.test.ts runs the checks on them). */
export const GAME_NAMES: ReadonlySet<string> = new Set(["You"]);

// Built on first use: compiling the patterns takes 50-90 ms on a slow tablet, which a solo game (whose
// only name is "You", see GAME_NAMES) and a page load need not pay.
let english: RegExpMatcher | undefined;
let others: RegExp | undefined;

/** Whether a name contains a rude word in English (obscenity) or in one of the shipped languages' lists. */
export function isRude(name: string): boolean {
  const matcher = (english ??= englishMatcher());
  const latin = plain(name);
  const read = words(latin.replace(/[0-9]/g, (d) => LEET[d] ?? d));
  if ([latin, words(latin), read].some((form) => matcher.hasMatch(form))) return true;
  return (others ??= listsPattern()).test(read);
}

// Real names that contain an English pattern of `obscenity`, so its matches inside them are ignored.
const REAL_NAMES = ["anush", "annalis", "analis", "fuku", "cumhur", "dickson", "dickerson", "dickinson", "mahboob"];

function englishMatcher(): RegExpMatcher {
  const data = englishDataset.build();
  return new RegExpMatcher({ ...data, whitelistedTerms: [...(data.whitelistedTerms ?? []), ...REAL_NAMES], ...englishRecommendedTransformers });
}

// One pattern for all the lists. Each entry is normalised like a name, and each letter may repeat.
function listsPattern(): RegExp {
  const shape = (entry: string) =>
    (plain(entry).match(/(.)\1*/gu) ?? [])
      .map((run) => [...run])
      .map((run) => {
        const ch = run[0] ?? "";
        return ch === " " ? " ?" : `${ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}{${run.length},}`;
      })
      .join("");
  const lists = Object.values(BLOCKLISTS);
  const stems = lists.flatMap((l) => l.stems).map(shape);
  const whole = lists.flatMap((l) => l.words).map(shape);
  return new RegExp(`${stems.join("|")}|(?:^|[^\\p{L}\\p{N}])(?:${whole.join("|")})(?:e?s)?(?![\\p{L}\\p{N}])`, "u");
}
