import type { AreaMessages } from "../en";
import type { refusal as source } from "../en/refusal";

/** What the server itself says when it refuses, in Arabic. */
export const refusal: AreaMessages<typeof source> = {
  "refusal.hostKey": "مفتاح المضيف هذا لا يطابق هذا الصف.",
  "refusal.deviceBanned": "أزال معلمك هذا الجهاز من الصف.",
  "refusal.nameNotText": "يجب أن يكون الاسم المستعار نصًا.",
  "refusal.nameTooLong": "هذا الاسم المستعار طويل جدًا.",
  "refusal.createdByApi": "يُنشأ الصف عبر POST /api/classes.",
  "refusal.unreadable": "تعذّرت قراءة هذه الرسالة.",
  "refusal.failed": "لم يستطع الخادم معالجة هذه الرسالة؛ والصف مستمر.",
  "refusal.slowDown": "رسائل كثيرة جدًا: تمهّل.",
  "refusal.kicked": "أزالك معلمك من هذا الصف.",
  "refusal.tooManyRequests": "طلبات كثيرة جدًا من شبكتك: انتظر قليلًا ثم حاول مرة أخرى.",
  "refusal.tooManyWrongCodes": "رموز خاطئة كثيرة جدًا من شبكتك: انتظر قليلًا، ثم تحقّق من الرمز على اللوح.",
  "refusal.tooManyClasses": "أنشأت شبكتك صفوفًا كثيرة في هذه الساعة: أعد استعمال أحدها، أو حاول لاحقًا.",
  "refusal.tooLarge": "لا يمكن أن يزيد الطلب على {limit} بايت.",
  "refusal.serverBusy": "لم يستطع الخادم فعل ذلك الآن: حاول مرة أخرى.",
  "refusal.restarting": "الخادم يعيد التشغيل: حاول مرة أخرى بعد لحظة.",
  "refusal.joinByCode": "يُنضم إلى الصفوف برمزها؛ وتُنشأ عبر /api/classes.",
  "refusal.badJson": "لم يكن طلب الانضمام JSON صالحًا.",
  "refusal.badOptions": "يجب أن تكون خيارات الانضمام كائنًا.",
  "refusal.cannotJoin": "لا يمكن الانضمام إلى هذا الصف.",
  "refusal.comingBack": "الصف يعود بعد إعادة التشغيل: سنحاول مرة أخرى بعد لحظة.",
};
