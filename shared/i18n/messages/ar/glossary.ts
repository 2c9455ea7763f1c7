import type { AreaMessages } from "../en";
import type { glossary as source } from "../en/glossary";

/** The projector's glossary card, in Arabic. */
export const glossary: AreaMessages<typeof source> = {
  "glossary.neuron.term": "الخلية العصبية",
  "glossary.neuron.meaning": "أنت! كل لاعب خلية عصبية: تأخذ قوة الكرة، وتغيّرها، ثم تمرّرها إلى المقعد التالي.",
  "glossary.handshake.term": "المصافحة",
  "glossary.handshake.meaning": "مدى قوة تمريرك للكرة: الرقم الذي تديره على قرصك. في الشبكة الحقيقية يُسمّى الوزن.",
  "glossary.excitability.term": "قابلية الإثارة",
  "glossary.excitability.meaning": "مدى رغبتك في النشاط حتى لو وصلك القليل: رقم يُضاف قبل أن تمرّر الكرة. يسمّيه العلماء الانحياز.",
  "glossary.miss.term": "الخطأ في الرمية",
  "glossary.miss.meaning": "كم بعُدت الكرة عن السلة، قصيرة أو طويلة. كل قاعدة تتعلّم من الأخطاء تبدأ من هذا الرقم.",
  "glossary.blame.term": "نصيبك من اللوم",
  "glossary.blame.meaning": "كم من الخطأ كان بسبب مصافحتك، كجزء من الطابور كله (مجموع كل الأنصبة 100٪).",
  "glossary.note.term": "ورقة المدرب",
  "glossary.note.meaning": "ما يسلّمه المدرب لكل خلية وهو يعود على الطابور: الخطأ الذي وصلها، ويخبرها كم تغيّر وفي أي اتجاه تدير.",
  "glossary.firmer-looser.term": "أشدّ / أرخى",
  "glossary.firmer-looser.meaning": "في أي اتجاه تدير مصافحتك: أشدّ تجعل الكرة التي تمرّرها أقوى، وأرخى تجعلها أضعف.",
  "glossary.strictness.term": "الصرامة",
  "glossary.strictness.meaning": "حجم كل تغيير. إذا كانت شديدة يتجاوز الطابور الهدف ذهابًا وإيابًا؛ وإذا كانت لطيفة جدًا يتعلّم ببطء. يسمّيها العلماء معدّل التعلّم.",
  "glossary.learned.term": "3 متتالية",
  "glossary.learned.meaning": "الطابور الذي يصيب السلة ثلاث رميات متتالية قد تعلّم الرمية.",
  "glossary.moving-hoop.term": "السلة المتحرّكة",
  "glossary.moving-hoop.meaning": "بعد الرميات الأولى تقفز السلة إلى مسافات جديدة، فعلى الطابور أن يتعلّم التصويب، لا أن يتذكّر رمية واحدة فقط.",
};
