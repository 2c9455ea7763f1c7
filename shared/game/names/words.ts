// The words generated nicknames are made of, per shipped language: a kind quality and an animal, in the
// order and agreement each language reads naturally. Every adjective fits every animal of its list:
// Spanish and French adjectives that do not change with gender, German masculine animals with the
// adjective's strong masculine ending (-er, "Mutiger Otter"), Arabic masculine animals with masculine
// adjectives ("ثعلب ذكي"), Chinese two-character words written together ("勇敢熊猫").
// Every combination stays within the nickname length and passes the rude-word screen (names.test.ts).
import type { LanguageCode } from "../../i18n/languages";

/** One language's generated nicknames. */
export interface NameWords {
  /** The qualities, written as they stand beside the animals. */
  adjectives: readonly string[];
  /** The animals. */
  animals: readonly string[];
  /** How a quality and an animal make a name. */
  order: "adjective-animal" | "animal-adjective";
  /** What goes between the two words ("" where the language writes no spaces). */
  gap: string;
}

/** The word lists of every shipped language. */
export const NAME_WORDS: Readonly<Record<LanguageCode, NameWords>> = {
  en: {
    adjectives: ["Brave", "Calm", "Clever", "Eager", "Fuzzy", "Gentle", "Happy", "Jolly", "Keen", "Lucky", "Mighty", "Nimble", "Quick", "Quiet", "Sunny", "Swift", "Witty", "Zesty"],
    animals: ["Otter", "Panda", "Falcon", "Koala", "Lynx", "Gecko", "Heron", "Badger", "Dolphin", "Fox", "Hedgehog", "Lemur", "Moose", "Owl", "Puffin", "Robin", "Seal", "Tiger"],
    order: "adjective-animal",
    gap: " ",
  },
  es: {
    adjectives: ["Valiente", "Alegre", "Veloz", "Feliz", "Amable", "Genial", "Audaz", "Brillante", "Sonriente", "Paciente", "Ágil", "Fuerte", "Libre", "Dulce", "Gentil", "Noble", "Tenaz", "Sagaz"],
    animals: ["Nutria", "Panda", "Halcón", "Koala", "Lince", "Garza", "Tejón", "Delfín", "Zorro", "Erizo", "Alce", "Búho", "Foca", "Tigre", "Castor", "Colibrí", "Pingüino", "Ardilla"],
    order: "animal-adjective",
    gap: " ",
  },
  fr: {
    adjectives: ["Agile", "Calme", "Rapide", "Sage", "Aimable", "Habile", "Tranquille", "Drôle", "Magique", "Fidèle", "Pacifique", "Robuste", "Solide", "Souple", "Brave", "Célèbre", "Sympa", "Superbe"],
    animals: ["Loutre", "Panda", "Faucon", "Koala", "Lynx", "Gecko", "Héron", "Blaireau", "Dauphin", "Renard", "Hérisson", "Hibou", "Phoque", "Tigre", "Castor", "Pingouin", "Écureuil", "Lapin"],
    order: "animal-adjective",
    gap: " ",
  },
  de: {
    adjectives: ["Mutiger", "Ruhiger", "Kluger", "Eifriger", "Flauschiger", "Sanfter", "Fröhlicher", "Lustiger", "Schlauer", "Starker", "Flinker", "Schneller", "Stiller", "Sonniger", "Munterer", "Witziger", "Netter", "Wacher"],
    animals: ["Otter", "Panda", "Falke", "Koala", "Luchs", "Gecko", "Reiher", "Dachs", "Delfin", "Fuchs", "Igel", "Elch", "Uhu", "Seehund", "Tiger", "Biber", "Pinguin", "Hase"],
    order: "adjective-animal",
    gap: " ",
  },
  "zh-Hans": {
    adjectives: ["勇敢", "安静", "聪明", "热心", "温柔", "快乐", "开心", "机灵", "幸运", "强壮", "敏捷", "飞快", "文静", "阳光", "风趣", "活泼", "可爱", "淡定"],
    animals: ["水獭", "熊猫", "猎鹰", "考拉", "山猫", "壁虎", "白鹭", "松鼠", "海豚", "狐狸", "刺猬", "驼鹿", "猫头鹰", "海鹦", "知更鸟", "海豹", "老虎", "企鹅"],
    order: "adjective-animal",
    gap: "",
  },
  ar: {
    adjectives: ["شجاع", "هادئ", "ذكي", "سعيد", "لطيف", "سريع", "نشيط", "مرح", "قوي", "حكيم", "ظريف", "رشيق", "محظوظ", "وديع", "لامع", "جريء", "مبتهج", "كريم"],
    animals: ["ثعلب", "دلفين", "نمر", "أسد", "صقر", "فهد", "نسر", "ببغاء", "حصان", "سنجاب", "بطريق", "دب", "جمل", "غزال", "قنفذ", "طاووس", "هدهد", "باندا"],
    order: "animal-adjective",
    gap: " ",
  },
};
