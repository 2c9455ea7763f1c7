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

/**
 * The bots' names after "Bot ", per shipped language: 37, one for every neuron of the largest network
 * (6 layers of 6 and a shooter), all different. Short, friendly gadget words a robot might be called. The
 * first 12 English names are the ones lines always had: a line's bots keep their names.
 */
export const BOT_NAMES: Readonly<Record<LanguageCode, readonly string[]>> = {
  en: [
    "Ada", "Bit", "Cog", "Dot", "Echo", "Flux", "Gizmo", "Hex", "Ion", "Jolt", "Kilo", "Lux",
    "Nova", "Orbit", "Pixel", "Quark", "Rivet", "Spark", "Turbo", "Volt", "Widget", "Zip", "Atom", "Beep", "Chip",
    "Dash", "Ember", "Fizz", "Gear", "Hertz", "Inky", "Joule", "Kite", "Laser", "Milo", "Nano", "Ohm",
  ],
  es: [
    "Chispa", "Tuerca", "Pila", "Bombilla", "Cable", "Rayo", "Luz", "Eco", "Píxel", "Átomo", "Chip", "Radar",
    "Dínamo", "Imán", "Cohete", "Lupa", "Brújula", "Tornillo", "Muelle", "Voltio", "Onda", "Nube", "Cometa", "Estrella",
    "Faro", "Reloj", "Motor", "Rueda", "Láser", "Sonar", "Turbo", "Órbita", "Quark", "Nano", "Kilo", "Zumbido", "Gota",
  ],
  fr: [
    "Étincelle", "Boulon", "Pile", "Bouton", "Câble", "Éclair", "Écho", "Pixel", "Atome", "Puce", "Radar", "Dynamo",
    "Aimant", "Fusée", "Loupe", "Boussole", "Vis", "Ressort", "Volt", "Onde", "Nuage", "Comète", "Étoile", "Phare",
    "Horloge", "Moteur", "Roue", "Laser", "Sonar", "Turbo", "Orbite", "Quark", "Nano", "Kilo", "Goutte", "Ampoule", "Flocon",
  ],
  de: [
    "Funke", "Bolzen", "Akku", "Knopf", "Kabel", "Blitz", "Echo", "Pixel", "Atom", "Chip", "Radar", "Dynamo",
    "Magnet", "Rakete", "Lupe", "Kompass", "Schraube", "Feder", "Volt", "Welle", "Wolke", "Komet", "Stern", "Leuchtturm",
    "Uhr", "Motor", "Rad", "Laser", "Sonar", "Turbo", "Orbit", "Quark", "Nano", "Kilo", "Tropfen", "Birne", "Flocke",
  ],
  "zh-Hans": [
    "火花", "螺母", "电池", "按钮", "电缆", "闪电", "回声", "像素", "原子", "芯片", "雷达", "磁铁",
    "火箭", "放大镜", "指南针", "螺丝", "弹簧", "伏特", "波浪", "云朵", "彗星", "星星", "灯塔", "时钟",
    "马达", "轮子", "激光", "声呐", "涡轮", "轨道", "夸克", "纳米", "水滴", "灯泡", "雪花", "齿轮", "风车",
  ],
  ar: [
    "شرارة", "صامولة", "بطارية", "زر", "سلك", "برق", "صدى", "بكسل", "ذرة", "رقاقة", "رادار", "دينامو",
    "مغناطيس", "صاروخ", "عدسة", "بوصلة", "برغي", "نابض", "فولت", "موجة", "غيمة", "مذنب", "نجمة", "منارة",
    "ساعة", "محرك", "عجلة", "ليزر", "سونار", "توربو", "مدار", "كوارك", "نانو", "قطرة", "مصباح", "ندفة", "ترس",
  ],
};
