import type { AreaMessages } from "../en";
import type { settings as source } from "../en/settings";

/** The host's settings form, in Arabic. */
export const settings: AreaMessages<typeof source> = {
  "settings.races.legend": "سباقات جاهزة",
  "settings.races.note": "يحتفظ السباق بصفوفه فقط، لكل صف قاعدة، فلا يُفتح صف إضافي بقاعدة مكررة. يجب أن يتسع مقاعده للجميع.",
  "settings.race.seats": "{lines, plural, zero {لا صفوف} one {صف واحد} two {صفان} few {# صفوف} many {# صفًا} other {# صف}} من {length, number} · {seats, number} مقعدًا",
  "settings.race.coach-vs-trial.name": "المدرب ضد المحاولة والخطأ",
  "settings.race.coach-vs-trial.why": "صفان من 12 يصوبان نحو سلة بعيدة: صف المدرب يسجل 3 مرات متتالية بعد نحو 6 رميات، والتغييرات العشوائية تحتاج ضعف ذلك أو لا تنجح أبدًا.",
  "settings.race.brain-lab-four.name": "مختبر الدماغ: أربع قواعد",
  "settings.race.brain-lab-four.why": "أربعة صفوف من 6 وسلة بعيدة: لوم المدرب الدقيق يأتي أولًا، والدفع والمقارنة قريبًا منه، والتغييرات العشوائية والأسلاك المنفصلة بعد ذلك بكثير.",
  "settings.teams": "الصفوف الآن (تُفتح صفوف أخرى عند الحاجة)",
  "settings.maxTeams": "أكبر عدد من الصفوف عندما يكبر الفصل",
  "settings.lineLength": "الخلايا العصبية في كل صف",
  "settings.seats": "مكان لـ {seats, number} طالبًا: حتى {lines, plural, zero {لا صفوف} one {صف واحد} two {صفين} few {# صفوف} many {# صفًا} other {# صف}} من {length, number}. يُفتح صف جديد عندما تمتلئ المقاعد.",
  "settings.activation": "دالة التنشيط",
  "settings.strictness": "صرامة المدرب",
  "settings.voteSeconds": "ثوانٍ للتصويت",
  "settings.adjustSeconds": "ثوانٍ للتعديل",
  "settings.maxRounds": "الرميات في اللعبة",
  "settings.hoopFixed": "الرميات قبل أن تتحرك السلة",
  "settings.hoopDistance": "مكان السلة، م",
  "settings.pace": "من ينقل اللعبة إلى الخطوة التالية",
  "settings.pace.timers": "تتقدم وحدها",
  "settings.pace.teacher": "بإيقاع المعلم: انتظرني بعد الرمية وبعد المدرب",
  "settings.autoAdvance": "التقدم وحدها (بدون علامة: كل خطوة تنتظر زر التالي)",
  "settings.rules.legend": "قاعدة التعلم لكل صف",
  "settings.rules.line": "الصف {line, number}",
  "settings.rules.later": "الصف {line, number} (إذا كبر الفصل)",
  "settings.rules.aria": "قاعدة التعلم للصف {line, number}",
  "settings.apply": "تطبيق الإعدادات",
};
