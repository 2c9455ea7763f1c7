import type { AreaMessages } from "../en";
import type { networkPlay as source } from "../en/network-play";

/** A class played as one network, in Arabic. */
export const networkPlay: AreaMessages<typeof source> = {
  "netplay.settings.shape": "كيف يلعب الصف",
  "netplay.settings.lines": "في صفوف (فرق)",
  "netplay.settings.network": "شبكة واحدة: الصف كله دماغ واحد",
  "netplay.settings.layers": "الطبقات قبل الرامي",
  "netplay.settings.width": "الخلايا العصبية في كل طبقة",
  "netplay.settings.seats":
    "{layers, plural, one {طبقة واحدة} two {طبقتان} few {# طبقات} other {# طبقة}} من {width, number} ورامٍ واحد: {seats, plural, one {مقعد واحد} two {مقعدان} few {# مقاعد} many {# مقعدًا} other {# مقعد}}",
  "netplay.settings.tooMany": "هذا أكثر من {max, number} مقعدًا: استخدم طبقات أقل أو أضيق.",
  "netplay.settings.rule": "قاعدة تعلّم الشبكة",

  "netplay.lobby.network": "شبكة واحدة من {seats, plural, one {خلية عصبية واحدة} two {خليتين عصبيتين} few {# خلايا عصبية} other {# خلية عصبية}}",
  "netplay.lobby.full": "ممتلئ: لكل خلية عصبية شخص (أضف طبقة أو وسّع الطبقات في الإعدادات)",

  "netplay.head.seat": "الطبقة {layer, number} من {layers, number} · الخلية {index, number} من {width, number}",
  "netplay.head.shooter": "الرامي (الطبقة الأخيرة)",
  "netplay.neighbours.label": "جيرانك",
  "netplay.in.legend": "ما يصلك",
  "netplay.in.distance": "المسافة إلى السلة",
  "netplay.in.distanceShort": "المسافة",
  "netplay.col.from": "من",
  "netplay.col.value": "أعطى",
  "netplay.col.handshake": "مصافحتك",
  "netplay.me.excitability": "قابلية إثارتك",
  "netplay.me.out": "مرّرتَ",
  "netplay.out.to": "تمرّر إلى: {names}",
  "netplay.out.shoot": "أنت من يرمي نحو السلة.",
  "netplay.wait.network": "أنت خلية عصبية واحدة في شبكة الصف.",
  "netplay.wait.alone": "أنت خلية عصبية واحدة في هذه الشبكة. كل الخلايا الأخرى روبوتات.",
  "netplay.wait.pass": "الكرة تعبر الشبكة الآن…",

  "netplay.vote.question":
    "{teller, select, coach {أيّ مصافحاتك سيلومها المدرب أكثر؟} wires {أيّ مصافحاتك ستلومها رسائل الأسلاك أكثر؟} nudge {أيّ مصافحاتك ستلومها الدفعة أكثر؟} other {أيّ مصافحاتك تتحمّل اللوم؟}}",
  "netplay.vote.pick": "لُم مصافحتك مع {name} (أعطى {value})",
  "netplay.vote.way": "في أي اتجاه يجب أن تُدار؟",
  "netplay.vote.one": "لديك مصافحة واحدة فقط، فلا شيء لتختاره: قل فقط في أي اتجاه يجب أن تُدار.",
  "netplay.vote.result":
    "تصويتك: {handshake, select, right {{teller, select, wires {المصافحة التي لامتها الأسلاك أكثر} nudge {المصافحة التي لامتها الدفعة أكثر} other {المصافحة الصحيحة}}} other {{teller, select, coach {المدرب} wires {الأسلاك} other {الدفعة}} لام مصافحة أخرى أكثر}}، {direction, select, right {{teller, select, wires {في الاتجاه الذي قالته الأسلاك} nudge {في الاتجاه الذي قالته الدفعة} other {في الاتجاه الصحيح}}} other {في الاتجاه الآخر}}.",
  "netplay.vote.resultWay":
    "تصويتك: {direction, select, right {{teller, select, wires {في الاتجاه الذي قالته الأسلاك} nudge {في الاتجاه الذي قالته الدفعة} other {في الاتجاه الصحيح}}} other {في الاتجاه الآخر}}.",

  "netplay.coach.legend":
    "{teller, select, coach {ما يقترحه المدرب} wires {ما تقترحه رسائل الأسلاك} nudge {ما تقترحه الدفعة} wiggle {ما تفعله الرمية الثانية} other {ما يفعله النشاط معًا}}",
  "netplay.coach.none": "بلا تغيير",
  "netplay.coach.tiny": "تغيير ضئيل جدًا",
  "netplay.coach.most": "الأكثر تغيّرًا",

  "netplay.adjust.legend": "أدِر مقابضك",
  "netplay.adjust.followAll": "اتبع الكل",
  "netplay.adjust.keepAll": "أبقِ الكل",
  "netplay.dial.handshake": "مصافحتك مع {name}",
  "netplay.dial.excitability": "قابلية إثارتك",
  "netplay.dial.looser": "أرخى: {what}",
  "netplay.dial.firmer": "أشدّ: {what}",
  "netplay.dial.suggest": "{mark}: {change}",
  "netplay.dial.markChange": "التغيير",
  "netplay.adjust.followChange": "أدِر كل قرص بمقدار التغيير الذي تعطيه الرمية الثانية",

  "netplay.caption.lobby":
    "الصف كله شبكة واحدة: كل واحد منكم خلية عصبية. لا ترون إلا جيرانكم: الخلايا التي تمرّر إليكم الكرة، والتي تمرّرونها إليها.",
  "netplay.caption.pass": "تعبر الكرة الشبكة طبقة بعد طبقة: كل خلية تجمع ما يعطيها جيرانها، كلٌّ مضروبًا في مصافحتها، وتضيف قابلية إثارتها.",
  "netplay.caption.vote":
    "{metres} م {side, select, short {قصيرة} other {طويلة}}. على هاتفك: أيّ مصافحاتك تتحمّل اللوم؟ {waiting, plural, =0 {صوّت الجميع.} one {ما زال واحد يصوّت.} two {ما زال اثنان يصوّتان.} other {ما زال # يصوّتون.}}",
  "netplay.caption.noVote": "{metres} م {side, select, short {قصيرة} other {طويلة}}. {noVote}",
  "netplay.caption.coach":
    "{teller, select, coach {يعود المدرب طبقة بعد طبقة: تتوزّع رسالته على كل مصافحة.} wires {تعود الرسائل طبقة بعد طبقة على أسلاكها الخاصة، لا على المصافحات.} nudge {تنتشر دفعة إلى الخلف عبر الطبقات؛ وكل خلية تقارن كيف تنشط.} wiggle {هزّت كل خلية قبضتها قليلًا ورمت الشبكة مرة أخرى.} other {لا أحد يعرف بالرمية الضائعة: الخلايا التي نشطت معًا تشدّ قبضتها.}} {seat, select, none {} other {{teller, select, wires {الخلية {name} تنال الجزء الأكبر من ورقة الأسلاك ({share}%).} nudge {الخلية {name} تنال الجزء الأكبر من الدفعة ({share}%).} other {الخلية {name} تتحمّل معظم اللوم ({share}%).}}}}",
  "netplay.caption.adjust": "أدِر مصافحاتك على هاتفك، أو اتركها: القاعدة ({title}) تضبطها لك. انتهى {done, number} من {people, number}.",
  "netplay.caption.learned": "تعلّمت الشبكة: 3 على التوالي!",

  "netplay.describe.seat":
    "{shooter, select, yes {أنت الرامي، آخر خلية في الشبكة.} other {أنت الخلية {index, number} من {width, number} في الطبقة {layer, number} من {layers, number} قبل الرامي.}} {first, select, yes {تُعطى المسافة إلى السلة} other {{before, plural, one {جار واحد يمرّر إليك الكرة} two {جاران يمرّران إليك الكرة} other {# جيران يمرّرون إليك الكرة}}}}؛ {after, plural, =0 {وأنت ترمي نحو السلة} one {وتمرّر الكرة إلى جار واحد} two {وتمرّر الكرة إلى جارين} other {وتمرّر الكرة إلى # جيران}}.",
  "netplay.describe.in": "{name} أعطاك {value, number, ::.000}؛ ومصافحتك معه {weight, number, ::.000}.",
  "netplay.describe.inDistance":
    "المسافة إلى السلة ({metres, number} م) تصلك على شكل {value, number, ::.000} ({near, number} م تكون {low, number}، و{far, number} م تكون {high, number})؛ ومصافحتك معها {weight, number, ::.000}.",
  "netplay.describe.out": "مرّرتَ {value, number, ::.000}.",
  "netplay.describe.suggest":
    "{teller, select, coach {يدير المدرب} wires {تدير رسالة الأسلاك} nudge {تدير الدفعة} wiggle {تدير هزّتك} other {يدير النشاط معًا}} مصافحتك مع {name} لتصير {dir, select, firmer {أشدّ} other {أرخى}} بمقدار {change, number, ::.000###}.{most, select, yes { هذا أكبر تغيير بين كل مصافحاتك.} other {}}",
  "netplay.describe.vote":
    "{count, plural, one {التصويت: لديك مصافحة واحدة فقط، فلا شيء لتختاره. في أي اتجاه يجب أن تُدار؟} other {التصويت: أيّ مصافحاتك الـ# تتحمّل اللوم، وفي أي اتجاه يجب أن تُدار؟}}",
  "netplay.describe.second":
    "هزّ الجميع مصافحاتهم ورمت الشبكة مرة ثانية. تقع تلك الرمية {side, select, short {قبل السلة} long {بعد السلة} other {بعيدًا عن المنتصف}} بمسافة {unit, select, cm {{size, plural, one {سنتيمتر واحد} two {سنتيمترين} few {# سنتيمترات} many {# سنتيمترًا} other {# سنتيمتر}}} other {{size, plural, one {متر واحد} two {مترين} few {# أمتار} many {# مترًا} other {# متر}}}}: {kept, select, kept {أقرب، لذلك يحتفظ الجميع بهزّتهم.} reversed {أبعد، لذلك يذهب الجميع عكس هزّتهم.} other {بالقرب نفسه، لذلك لا يتغيّر شيء.}}",
  "netplay.describe.suggestWiggle":
    "لذلك تصير مصافحتك مع {name} {dir, select, firmer {أشدّ} other {أرخى}} بمقدار {change, number, ::.000###}: {kept, select, kept {في اتجاه هزّتك} other {عكس هزّتك}}.{most, select, yes { هذا أكبر تغيير بين كل مصافحاتك.} other {}}",
  "netplay.describe.still":
    "{teller, select, coach {يترك المدرب} wires {تترك رسالة الأسلاك} nudge {تترك الدفعة} wiggle {تترك الرمية الثانية} other {يترك النشاط معًا}} مصافحتك مع {name} {exact, select, yes {كما هي: بلا تغيير.} other {كما هي تقريبًا: تتغيّر بأقل من {limit, number}.}}",
  "netplay.match.way":
    "{name} لديه مصافحة واحدة: {direction, select, right {{teller, select, wires {في الاتجاه الذي قالته الأسلاك} nudge {في الاتجاه الذي قالته الدفعة} other {الاتجاه الصحيح}}} other {{teller, select, wires {أدارتها الأسلاك في الاتجاه الآخر} nudge {أدارتها الدفعة في الاتجاه الآخر} other {الاتجاه الخاطئ}}}}",
  "netplay.match.summary":
    "{choosers, plural, =0 {لكل من صوّت مصافحة واحدة فقط، فلم تكن هناك مصافحة لاختيارها.} other {{right, number} من {choosers, plural, one {حيّ واحد} two {حيّين} few {# أحياء} many {# حيًّا} other {# حيّ}} لديه أكثر من مصافحة اختار المصافحة التي {teller, select, wires {لامتها الأسلاك أكثر} nudge {لامتها الدفعة أكثر} other {لامها المدرب أكثر}}.}} {turned, number} من {total, number} اختار الاتجاه الذي {teller, select, wires {أدارتها فيه الأسلاك} nudge {أدارتها فيه الدفعة} other {أدارها فيه المدرب}}.",

  // The student's end screen in a network: their votes against the rule, and their neuron's average share.
  "netplay.summary.votes":
    "{teller, select, wires {تصويتاتك: المصافحة التي لامتها الأسلاك أكثر {handshake, number} من {votes, plural, one {مرة واحدة} two {مرتين} few {# مرات} many {# مرة} other {# مرة}}؛ الاتجاه الذي قالته الأسلاك {direction, number} من {votes, plural, one {مرة واحدة} two {مرتين} few {# مرات} many {# مرة} other {# مرة}}.} nudge {تصويتاتك: المصافحة التي لامتها الدفعة أكثر {handshake, number} من {votes, plural, one {مرة واحدة} two {مرتين} few {# مرات} many {# مرة} other {# مرة}}؛ الاتجاه الذي قالته الدفعة {direction, number} من {votes, plural, one {مرة واحدة} two {مرتين} few {# مرات} many {# مرة} other {# مرة}}.} other {تصويتاتك: المصافحة الصحيحة {handshake, number} من {votes, plural, one {مرة واحدة} two {مرتين} few {# مرات} many {# مرة} other {# مرة}}؛ الاتجاه الصحيح {direction, number} من {votes, plural, one {مرة واحدة} two {مرتين} few {# مرات} many {# مرة} other {# مرة}}.}}",
  "netplay.summary.ways":
    "{choices, plural, =0 {كانت لديك مصافحة واحدة فقط، لذلك صوّتّ على الاتجاه فقط: {teller, select, wires {الاتجاه الذي قالته الأسلاك} nudge {الاتجاه الذي قالته الدفعة} other {الاتجاه الصحيح}} {direction, number} من {votes, plural, one {مرة واحدة} two {مرتين} few {# مرات} many {# مرة} other {# مرة}}.} other {تصويتاتك: {teller, select, wires {المصافحة التي لامتها الأسلاك أكثر} nudge {المصافحة التي لامتها الدفعة أكثر} other {المصافحة الصحيحة}} {handshake, number} من {choices, plural, one {مرة واحدة} two {مرتين} few {# مرات} many {# مرة} other {# مرة}} كان لديك فيها أكثر من مصافحة لتختار منها؛ {teller, select, wires {الاتجاه الذي قالته الأسلاك} nudge {الاتجاه الذي قالته الدفعة} other {الاتجاه الصحيح}} {direction, number} من {votes, plural, one {مرة واحدة} two {مرتين} few {# مرات} many {# مرة} other {# مرة}}.}}",
  "netplay.summary.share":
    "{teller, select, wires {بعد كل رمية خاطئة، نالت خليتك في المتوسط {share, number, percent} من ورقة الأسلاك.} nudge {بعد كل رمية خاطئة، نالت خليتك في المتوسط {share, number, percent} من الدفعة.} other {بعد كل رمية خاطئة، حملت خليتك في المتوسط {share, number, percent} من اللوم.}}",
};
