// Nicknames: tidied, length-checked, limited to one rule for characters, compared by how they look, kept from
// posing as bots, and screened for words a projector should not show, however they are spelled.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { Rng, botName, cleanName, generatedName, isBotName, nameKey } from "../../../shared";
import { LANGUAGES, type LanguageCode } from "../../../shared/i18n";
import { BLOCKLISTS } from "../../../shared/game/names/blocklists";
import { NAME_WORDS } from "../../../shared/game/names/words";

const CHARACTERS = "Nicknames can use letters, numbers, spaces and ' . _ - only (no emoji).";
const DIFFERENT = "Please choose a different nickname.";

/** Every name in the list is refused with the message. */
function allRefused(names: string[], message: string): void {
  const passed = names.filter((n) => {
    const r = cleanName(n);
    return r.ok || r.message !== message;
  });
  expect(passed).toEqual([]);
}

// Common first names (and a few full names) across the cultures of the classrooms the game ships to.
const REAL_NAMES = [
  // English
  "Emma", "Olivia", "Liam", "Noah", "Charlotte", "James", "Harry", "Cassandra", "Essex", "Dickens",
  // Spanish, French, German
  "Sofía", "Mateo", "Alejandro", "Lucía", "José", "Jesús", "Guadalupe", "Chloé", "Léa", "Étienne", "Hélène", "François", "Arsène",
  "Jürgen", "Günther", "Björn", "Strauß", "Anneliese", "Zora", "Vergara", "Dominique", "Sebastian",
  // Arabic, in Arabic script
  "محمد", "فاطمة", "علي", "عائشة", "يوسف", "خولة", "عمر", "مريم", "عبد الله",
  // Chinese, Japanese, Korean
  "王伟", "李娜", "张敏", "刘洋", "陈静", "曹操", "さくら", "佐藤", "ハルト", "山田太郎", "민준", "서연", "김민지",
  // Hindi (Devanagari) and Thai, with their vowel signs and viramas (combining marks)
  "प्रिया", "राहुल", "अनुष्का", "लक्ष्मी", "आदित्य", "สมชาย", "สมศรี", "สมศักดิ์", "น้ำฝน",
  // Russian and Greek
  "Мария", "Мира", "Иван", "Наташа", "Дмитрий", "Ольга", "Γιώργος", "Μαρία", "Δημήτρης", "Ελένη",
  // Romanised names that contain a rude English pattern
  "Anusha", "Anushka", "Fukuda", "Hancock", "Nigel", "Assad", "Hassan", "Titus", "Kumar", "Cumhur", "Ana L", "Phuc Nguyen", "Nguyễn Thị Hoa",
];

describe("cleanName", () => {
  it.each([
    ["  Ann  ", "Ann"],
    ["Mary   Jane", "Mary Jane"],
    ["José", "José"],
    ["O'Brien-2", "O'Brien-2"],
    ["O’Brien", "O'Brien"],
    ["Ｆｕｌｌ", "Full"],
    ["Cassandra", "Cassandra"],
    ["Essex", "Essex"],
    ["Botond", "Botond"],
    ["Abbot", "Abbot"],
    ["x".repeat(20), "x".repeat(20)],
  ])("accepts %j as %j", (raw, name) => {
    expect(cleanName(raw)).toEqual({ ok: true, name });
  });

  it.each(["", "   ", "...", "x".repeat(21), "<b>", "a;b", "emoji 😀", "FUCK", "sh!t", "Bot Ada", "bot", "big dick", "n1gg", "a\u0000b"])("refuses %j", (raw) => {
    const r = cleanName(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeGreaterThan(5);
  });

  it(`accepts ${REAL_NAMES.length} common real names from many cultures, as typed`, () => {
    expect(REAL_NAMES.length).toBeGreaterThanOrEqual(40);
    expect(REAL_NAMES.filter((n) => !cleanName(n).ok)).toEqual([]);
    for (const n of REAL_NAMES) expect(cleanName(n)).toEqual({ ok: true, name: n.normalize("NFKC") });
  });

  it("accepts Devanagari and Thai names, whose vowel signs are combining marks", () => {
    for (const n of ["प्रिया", "स्मिता", "สมชาย", "สมศักดิ์"]) expect(cleanName(n)).toEqual({ ok: true, name: n });
  });

  it("accepts a zero-width non-joiner or joiner between two letters, as Persian names need", () => {
    expect(cleanName("محمد\u200Cرضا")).toEqual({ ok: true, name: "محمد\u200Cرضا" });
    allRefused(["Sam\u200C", "\u200DSam", "Sa \u200Cm"], CHARACTERS);
  });

  it("counts a letter with its marks as one character, and caps the marks (no Zalgo text)", () => {
    expect(cleanName("कि".repeat(20)).ok).toBe(true);
    expect(cleanName("कि".repeat(21))).toEqual({ ok: false, problem: "too-long", message: "Nicknames can be at most 20 characters." });
    expect(cleanName("Sa\u0301\u0323m").ok).toBe(true);
    const zalgo = "Z\u0336\u0322\u031b\u0307a\u0334\u0335\u031c\u0330lgo";
    expect(cleanName(zalgo)).toEqual({ ok: false, problem: "too-many-marks", message: "Please use fewer accents on each letter." });
    expect(cleanName("\u0301Sam")).toEqual({ ok: false, problem: "characters", message: CHARACTERS });
  });

  it("refuses emoji, alone or in a name, with a message that says so", () => {
    allRefused(["😀", "Sam😀", "Sam ✨", "❤️", "1\uFE0F\u20E3", "Sam\u20DD", "👍🏽", "Sam 🇫🇷"], CHARACTERS);
  });

  it("refuses bidi overrides and invisible characters", () => {
    allRefused(["Sam\u202Egnal", "\u2066Sam\u2069", "Sam\u200F", "Sa\u200Bm", "\u3164", "Sam\u3164", "Sam\uFE0F"], CHARACTERS);
  });
});

describe("nameKey", () => {
  it("gives names that look alike the same key: case, spaces, fullwidth, math and look-alike letters", () => {
    const sam = nameKey("Sam");
    // Cyrillic Ѕ and а, fullwidth, mathematical bold, capitals, extra spaces, a zero-width space.
    for (const n of ["Ѕаm", "Ｓａｍ", "𝐒𝐚𝐦", "SAM", " sam ", "sam", "Sa\u200Bm"]) expect(nameKey(n), n).toBe(sam);
    expect(nameKey("Mary  Jane")).toBe(nameKey("mary jane"));
    expect(nameKey("МАМА")).toBe(nameKey("MAMA")); // Cyrillic capitals
    expect(nameKey("Strauß")).toBe(nameKey("STRAUSS"));
    expect(nameKey("ΓΙΏΡΓΟΣ")).toBe(nameKey("Γιώργος")); // final sigma
    expect(nameKey("Bоt Ada")).toBe(nameKey("Bot Ada"));
    expect(nameKey("Sarn")).toBe(nameKey("Sam")); // "rn" and "m" look alike on a projector
  });

  it("keeps different names apart, in every script", () => {
    expect(nameKey("Мария")).not.toBe(nameKey("Мира"));
    expect(nameKey("Sam")).not.toBe(nameKey("Tam"));
    expect(nameKey("Zoë")).not.toBe(nameKey("Zoe"));
    expect(nameKey("Ian")).not.toBe(nameKey("Lan"));
    const keys = new Set(REAL_NAMES.map(nameKey));
    expect(keys.size).toBe(REAL_NAMES.length);
  });
});

describe("the confusables table", () => {
  // shared/game/names/confusables.ts is cut from Unicode's confusables.txt as packaged by unhomoglyph (a dev
  // dependency, so the browser gets 2,000 entries instead of 6,300). To make it again after updating the
  // package: npx vitest run test/shared/game/names.test.ts -u
  it("is TR39's, cut to the letters, marks and digits a nickname can hold after NFKC", async () => {
    const require = createRequire(import.meta.url);
    const data = require("unhomoglyph/data.json") as Record<string, string>;
    const version = (require("unhomoglyph/package.json") as { version: string }).version;
    const keep = (c: string) => /^[\p{L}\p{M}\p{N}]$/u.test(c) && c === c.normalize("NFKC") && c === c.normalize("NFD");
    const show = (s: string) => [...s].map((c) => (/[\p{M}\p{Cf}\p{Default_Ignorable_Code_Point}\s"\\]/u.test(c) ? `\\u{${c.codePointAt(0)!.toString(16)}}` : c)).join("");
    const entries = Object.entries(data)
      .filter(([c]) => keep(c))
      .sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!)
      .map(([c, t]) => show(c + t));
    const lines: string[] = [];
    for (let i = 0; i < entries.length; i += 40) lines.push(`  "${entries.slice(i, i + 40).join(" ")}",`);
    const source = [
      `// Look-alike characters and their prototypes, from Unicode's confusables.txt (UTS #39 "Unicode Security`,
      `// Mechanisms", version 13.0.0, as packaged in unhomoglyph@${version}'s data.json). Only the entries a nickname can`,
      `// hold are kept: letters, marks and digits that NFKC and NFD leave as they are (${entries.length} of ${Object.keys(data).length}), so the`,
      `// browser does not carry the rest. Each entry is a character followed by its prototype; a space separates entries.`,
      `// Generated, do not edit: the test "the confusables table is TR39's" in test/shared/game/names.test.ts checks it`,
      `// against the package and says how to make it again.`,
      `export const CONFUSABLES = [`,
      ...lines,
      `].join(" ");`,
      ``,
    ].join("\n");
    await expect(source).toMatchFileSnapshot("../../../shared/game/names/confusables.ts");
  });
});

describe("bots", () => {
  it("a person's name may not pose as a bot, in Latin, Cyrillic or Greek letters", () => {
    const names = ["Bot Ada", "bot", "BOT ADA", "Bоt Ada", "Вот Ada", "Βot Ada", "B0t Ada", "B.o.t", "b o t", "_Bot Ada", "Bot_Ada", "Bót Ada", "Bot3"];
    for (const n of names) expect(isBotName(n), n).toBe(true);
    allRefused(names, "Names starting with Bot are for the computer players. Please choose another nickname.");
  });

  it("every bot name is a bot name; names that only contain bot are not", () => {
    for (let seat = 0; seat < 24; seat++) expect(isBotName(botName(seat))).toBe(true);
    for (const n of ["Botond", "Robot", "Abbot", "Bottle", "Ada Bot"]) expect(isBotName(n), n).toBe(false);
  });
});

describe("rude words", () => {
  it("are refused with digits for letters", () => {
    allRefused(["sh1t", "5h1t", "b1tch", "8itch", "7wat", "f4gg0t", "p0rn", "n1gg3r", "cun7"], DIFFERENT);
  });

  it("are refused with accents", () => {
    allRefused(["fück", "fůčk", "shït", "bítch", "cünt"], DIFFERENT);
  });

  it("are refused spelled out with separators", () => {
    allRefused(["f.u.c.k", "f u c k", "f-u-c-k", "b_i_t_c_h", "a.s.s", "d i c k", "p.u.t.a"], DIFFERENT);
  });

  it("are refused with repeated letters", () => {
    allRefused(["fuuuuck", "shiiiit", "biiitch", "puuuta", "merrrde"], DIFFERENT);
  });

  it("are refused in look-alike letters from other scripts", () => {
    // Cyrillic Ѕ, і, с, р, а, е; Greek ο, ϲ; fullwidth; mathematical bold; Armenian ս for u.
    allRefused(["Ѕhіt", "dіck", "bіtсh", "pοrn", "ϲunt", "ｓｈｉｔ", "𝐬𝐡𝐢𝐭", "fսck", "рutа", "mіеrdа"], DIFFERENT);
  });

  it("have a list for every shipped language (English's extras beside obscenity's)", () => {
    // Chinese's list is "zh": it holds Simplified and Traditional forms and pinyin alike.
    const listed = Object.keys(BLOCKLISTS).map((k) => (k === "zh" ? "zh-Hans" : k)).sort();
    expect(listed).toEqual(LANGUAGES.map((l) => l.code).sort());
    for (const [code, list] of Object.entries(BLOCKLISTS)) expect(list.stems.length + list.words.length, code).toBeGreaterThanOrEqual(5);
  });

  it("in every list are refused in look-alike letters too (the TR39 skeleton reads them as Latin)", () => {
    // Cyrillic а, о, е, р, с, and Greek ο in place of the Latin letters.
    allRefused(["ѕсhеіßе", "соnnаrd", "gіlіpοllаs", "аrѕсhlосh", "ѕаlоре"], DIFFERENT);
  });

  it.each([
    ["Spanish", ["puta", "putos", "mierda", "coño", "gilipollas", "cabr0n", "hijo de puta"]],
    ["French", ["merde", "putain", "salope", "connard", "enculé", "nique ta mère"]],
    ["German", ["Scheiße", "scheisse", "Arschloch", "Hurensohn", "Fotze", "Wichser"]],
    ["Chinese", ["傻逼", "傻 逼", "草泥马", "他妈的", "婊子", "shabi"]],
    ["Arabic", ["كس امك", "شرموطة", "شَرْمُوطَة", "شرمـوطة", "قحبة", "منيوك"]],
  ])("are refused in %s", (_language, names) => {
    allRefused(names, DIFFERENT);
  });
});

describe("generated names", () => {
  it("are seeded and readable", () => {
    expect(generatedName(new Rng(4))).toBe(generatedName(new Rng(4)));
    for (let s = 0; s < 50; s++) expect(cleanName(generatedName(new Rng(s))).ok).toBe(true);
    expect(botName(0)).toMatch(/^Bot /);
    expect(botName(13)).toMatch(/^Bot /);
  });

  it("English stays what it was: a seed gives the same name with or without the language", () => {
    // Classes replayed from their logs made English names before languages existed.
    for (let s = 0; s < 20; s++) expect(generatedName(new Rng(s), "en")).toBe(generatedName(new Rng(s)));
    expect(generatedName(new Rng(4))).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });

  it("follow the language, deterministically, and use the generator the same way in each", () => {
    for (const { code } of LANGUAGES) {
      const a = new Rng(7);
      const b = new Rng(7);
      expect(generatedName(a, code)).toBe(generatedName(b, code));
      // Two draws in every language: what the game draws next does not depend on the student's language.
      const en = new Rng(7);
      generatedName(en, "en");
      expect(a.state, code).toBe(en.state);
    }
    const words = (code: LanguageCode) => NAME_WORDS[code];
    const name = (code: LanguageCode, seed: number) => generatedName(new Rng(seed), code);
    // Each language's name is made of its own words, in its own order.
    expect(words("es").animals).toContain(name("es", 3).split(" ")[0]);
    expect(words("es").adjectives).toContain(name("es", 3).split(" ")[1]);
    expect(words("de").adjectives).toContain(name("de", 3).split(" ")[0]);
    expect(name("zh-Hans", 3)).toMatch(/^\p{Script=Han}{3,5}$/u);
    expect(name("ar", 3)).toMatch(/^\p{Script=Arabic}+ \p{Script=Arabic}+$/u);
    expect(words("ar").animals).toContain(name("ar", 3).split(" ")[0]);
  });

  it("every combination in every language is a nickname the screen accepts, as it is", () => {
    for (const { code } of LANGUAGES) {
      const w = NAME_WORDS[code];
      expect(w.adjectives.length, code).toBeGreaterThanOrEqual(16);
      expect(w.animals.length, code).toBeGreaterThanOrEqual(16);
      expect(new Set(w.adjectives).size, code).toBe(w.adjectives.length);
      expect(new Set(w.animals).size, code).toBe(w.animals.length);
      const refused: string[] = [];
      for (const adjective of w.adjectives)
        for (const animal of w.animals) {
          const n = w.order === "adjective-animal" ? `${adjective}${w.gap}${animal}` : `${animal}${w.gap}${adjective}`;
          const r = cleanName(n);
          if (!r.ok || r.name !== n) refused.push(n);
        }
      expect(refused, code).toEqual([]);
    }
  });

  it("German adjectives carry the masculine ending, to agree with the masculine animals", () => {
    expect(NAME_WORDS.de.adjectives.filter((a) => !a.endsWith("er"))).toEqual([]);
  });
});

describe("why a name is refused", () => {
  it.each([
    ["", "empty"],
    ["...", "empty"],
    ["Sam😀", "characters"],
    ["Za\u0334\u0335\u031c\u0330lgo", "too-many-marks"],
    ["x".repeat(21), "too-long"],
    ["Bot Ada", "bot"],
    ["puta", "rude"],
  ] as const)("%j: %s, a code a device can say in its own language", (raw, problem) => {
    const r = cleanName(raw);
    expect(r.ok ? null : r.problem).toBe(problem);
  });
});
