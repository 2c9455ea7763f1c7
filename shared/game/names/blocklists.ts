// Words a projector in a classroom must not show, for the languages the game ships besides English
// (English itself is covered by the `obscenity` package: see ../name-checks.ts). Entries are written as people
// spell them: they go through the same normalising as a nickname (lower case, no accents, look-alike
// letters made Latin, digits read as letters), and a letter repeated in a nickname ("puuuta") still matches.
//
// `stems` are refused anywhere inside a word; they are long or unusual enough not to hide inside real names.
// `words` are refused only as a whole word (an "s" or "es" plural too), because they hide inside innocent
// names: "culo" in "Culotta", "verga" in "Vergara", "nik" in "Nikolai". Left out on purpose, as real names
// or everyday words: "Concha" (a Spanish first name), "marica" (Croatian "Marica"), "con" (Con, Conor),
// "bite" (English), 尼玛 (the Tibetan name Nyima), 操 alone (曹操, 操场), عبد (Abdullah), خولة (Khawla).

/** One language's list. */
export interface Blocklist {
  /** Refused anywhere in a word. */
  stems: readonly string[];
  /** Refused as a whole word only. */
  words: readonly string[];
}

export const BLOCKLISTS: Readonly<Record<string, Blocklist>> = {
  // English extras that `obscenity` does not list: kept from the game's first list, plus a few slurs.
  en: {
    stems: ["hitler", "nigg", "phuck", "raghead", "towelhead", "wetback"],
    words: ["nazi", "kill", "poo", "butt", "spic", "gook", "coon", "paki", "kys"],
  },
  es: {
    stems: ["mierda", "gilipollas", "hijoputa", "hijodeputa", "cabron", "pendej", "maricon", "chingad", "chingar", "culero", "mamahuevo", "malparid", "putita", "putona", "follar", "chupapolla", "tortillera", "sudaca", "negrata", "joder", "jodid"],
    words: ["puta", "puto", "coño", "verga", "polla", "culo", "chinga", "zorra", "mamon", "hdp", "pene", "joto"],
  },
  fr: {
    stems: ["merde", "putain", "salope", "connard", "connasse", "conasse", "encule", "couill", "bougnoul", "youpin", "pétasse", "poufiasse", "pouffiasse", "branleur", "branlette", "niquer", "nichon", "enfoiré"],
    words: ["pute", "conne", "cul", "chatte", "pédé", "tapette", "nègre", "nique", "ntm", "fdp", "salaud", "bâtard"],
  },
  de: {
    stems: ["scheiß", "arschloch", "fotze", "ficker", "ficken", "gefickt", "hurensohn", "wichser", "schwuchtel", "kanake", "missgeburt", "schlampe", "nutte", "titten", "pimmel", "spasti"],
    words: ["arsch", "fick", "hure", "neger", "spast", "muschi", "kacke"],
  },
  // Simplified Chinese, with the common traditional and Taiwanese forms, and the pinyin spellings
  // children type. Chinese has no spaces, so every entry is a stem; single characters only where
  // they have no other use in names (肏, 屄, 屌).
  zh: {
    stems: ["傻逼", "傻屄", "煞笔", "肏", "屄", "屌", "操你", "草你妈", "草泥马", "你妈的", "他妈的", "婊子", "鸡巴", "雞巴", "王八蛋", "狗日", "贱人", "賤人", "贱货", "妓女", "强奸", "日你", "脑残", "智障", "黑鬼", "支那", "鬼子", "阴茎", "阴道", "色情", "做爱", "性交", "幹你娘", "shabi", "caonima", "tamade", "wangbadan"],
    words: [],
  },
  // Arabic, written without vowel marks (they are removed before matching, as are hamza and tatweel;
  // ة is read as ه, ى and ی as ي, ک as ك). Two-letter insults only as whole words: they hide inside
  // everyday words (كس in كسر "break").
  ar: {
    stems: ["شرموط", "قحبة", "عاهرة", "منيوك", "متناك", "كسمك", "كس امك", "كس اختك", "يلعن", "ابن الكلب", "معرص", "سكس", "بزاز", "ينيك", "انيكك"],
    words: ["كس", "زب", "زبي", "طيز", "خول", "لوطي", "نيك", "عرص", "شاذ"],
  },
};
