import type { AreaMessages } from "../en";
import type { describe as source } from "../en/describe";

/** The screen reader's story, in Arabic. */
export const describe: AreaMessages<typeof source> = {
  "describe.aim": "الرمية {round} من {rounds}. السلة على بعد {distance, number, ::.0} متر.",
  "describe.pass.start":
    "{to, select, you {تبدأ الكرة عندك: يدخل {input, number, ::.00}، وتمرّر {output, number, ::.00}.} other {تبدأ الكرة عند الخلية {toSeat}: يدخل {input, number, ::.00}، ويخرج {output, number, ::.00}.}}",
  "describe.pass":
    "تنتقل الكرة {from, select, you {منك} other {من الخلية {fromSeat}}} {to, select, you {إليك: يدخل {input, number, ::.00}، وتمرّر {output, number, ::.00}.} other {إلى الخلية {toSeat}: يدخل {input, number, ::.00}، ويخرج {output, number, ::.00}.}}",
  "describe.pass.skip": "تستمر الكرة عبر الخلايا من {first} إلى {last}.",
  "describe.shoot": "{who, select, you {أنت ترمي} other {الخلية {seat} ترمي}} بقوة {power, number, ::.00}.",
  "describe.land.miss":
    "تقع الرمية {side, select, short {قبل السلة} other {بعد السلة}} بمسافة {unit, select, cm {{size, plural, one {سنتيمتر واحد} two {سنتيمترين} few {# سنتيمترات} many {# سنتيمترًا} other {# سنتيمتر}}} other {{size, plural, one {متر واحد} two {مترين} few {# أمتار} many {# مترًا} other {# متر}}}}.",
  "describe.land.hit":
    "دخلت! تقع الكرة على بعد {unit, select, cm {{size, plural, one {سنتيمتر واحد} two {سنتيمترين} few {# سنتيمترات} many {# سنتيمترًا} other {# سنتيمتر}}} other {{size, plural, one {متر واحد} two {مترين} few {# أمتار} many {# مترًا} other {# متر}}}} من منتصف السلة.",
  "describe.back.skip": "{teller, select, coach {يتابع المدرب مروره} other {تتابع مرورها}} بالخلايا من {first} إلى {last}.",
  "describe.told.coach":
    "يصل المدرب {who, select, you {إليك} other {إلى الخلية {seat}}}: {share, number, ::percent} من اللوم، والمصافحة {dir, select, firmer {أشدّ} other {أرخى}}. الورقة {size}.",
  "describe.told.coach.hit": "يصل المدرب {who, select, you {إليك} other {إلى الخلية {seat}}} بورقة {size}: المصافحة {dir, select, firmer {أشدّ} other {أرخى}}.",
  "describe.told.wires":
    "تصل ورقة {who, select, you {إليك} other {إلى الخلية {seat}}} عبر سلك الرجوع: {share, number, ::percent} من اللوم، والمصافحة {dir, select, firmer {أشدّ} other {أرخى}}. الورقة {size}.",
  "describe.told.wires.hit": "تصل ورقة {size} {who, select, you {إليك} other {إلى الخلية {seat}}} عبر سلك الرجوع: المصافحة {dir, select, firmer {أشدّ} other {أرخى}}.",
  "describe.told.nudge":
    "تصل الدفعة {who, select, you {إليك} other {إلى الخلية {seat}}}: يتغيّر النشاط من {before, number, ::.00} إلى {after, number, ::.00}. وهذا يساوي {share, number, ::percent} من اللوم: المصافحة {dir, select, firmer {أشدّ} other {أرخى}}.",
  "describe.told.nudge.hit":
    "تصل الدفعة {who, select, you {إليك} other {إلى الخلية {seat}}}: يتغيّر النشاط من {before, number, ::.00} إلى {after, number, ::.00}، لذلك المصافحة {dir, select, firmer {أشدّ} other {أرخى}}.",
  "describe.second":
    "تقع الرمية الثانية {side, select, short {قبل السلة} long {بعد السلة} other {بعيدًا عن المنتصف}} بمسافة {unit, select, cm {{size, plural, one {سنتيمتر واحد} two {سنتيمترين} few {# سنتيمترات} many {# سنتيمترًا} other {# سنتيمتر}}} other {{size, plural, one {متر واحد} two {مترين} few {# أمتار} many {# مترًا} other {# متر}}}}: {kept, select, yes {أقرب، لذلك يحتفظ الجميع بهزّتهم.} other {أبعد، لذلك يذهب الجميع في الاتجاه المعاكس بدلًا من ذلك.}}",
  "describe.told.wiggle":
    "{who, select, you {هزّتك} other {هزّة الخلية {seat}}} كانت نحو {wiggle, select, firmer {الأشدّ} other {الأرخى}}: {verdict, select, kept {بقيت.} reversed {انعكست.} other {لا تغيير.}}",
  "describe.told.together":
    "{who, select, you {أنت} other {الخلية {seat}}} و{before, select, start {بداية الكرة} you {أنت} other {الخلية {beforeSeat}}}: {how, select, strong {نشاط معًا بقوة} bit {نشاط معًا قليلًا} hardly {بالكاد نشاط معًا} other {نشاط متعاكس، واحدة صعدت والأخرى نزلت}}؛ والقبضة {grows, select, yes {تقوى} other {ترتخي}}.",
  "describe.adjust":
    "دورك: كانت مصافحتك {before, number, ::.000}. {teller, select, coach {يقترح المدرب} wires {تقترح ورقة السلك} nudge {تقترح الدفعة} wiggle {هزّتك تجعلها} other {النشاط يجعلها}} {after, number, ::.000}.",
  "describe.summary":
    "انتهت اللعبة: {hits, plural, zero {لا إصابات} one {إصابة واحدة} two {إصابتان} few {# إصابات} many {# إصابة} other {# إصابة}} في {shots, plural, one {رمية واحدة} two {رميتين} few {# رميات} many {# رمية} other {# رمية}}.",
  "describe.screen.shot": "الرمية {round} من {rounds}. السلة على بعد {distance, number, ::.0} متر.",
  "describe.screen.seat":
    "أنت الخلية {seat} من {count}. {place, select, first {تبدأ الكرة عندك وتمرّرها إلى الخلية {next}.} last {تأخذ الكرة من الخلية {prev} وترمي.} only {تأخذ الكرة وترمي.} other {تأخذ الكرة من الخلية {prev} وتمرّرها إلى الخلية {next}.}}",
  "describe.screen.watch": "أنت تشاهد صفًا من {count} خلايا عصبية.",
  "describe.screen.rule": "القاعدة: {title}.",
  "describe.screen.weight": "مصافحتك: {weight, number, ::.00}.",
  "describe.screen.phase":
    "الآن: {phase, select, lobby {ننتظر البدء} aim {السلة في مكانها} pass {الكرة تنتقل} shot {الرمية} vote {التصويت} coach {{step}} adjust {الجميع يديرون مصافحاتهم} other {انتهت اللعبة}}.",
};
