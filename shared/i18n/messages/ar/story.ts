import type { AreaMessages } from "../en";
import type { story as source } from "../en/story";

/** Each neuron's card after its line's rule has spoken, in Arabic. */
export const story: AreaMessages<typeof source> = {
  "story.share": "{share, number, ::percent}",
  "story.change.firmer": "▲ أشدّ",
  "story.change.looser": "▼ أرخى",
  "story.size": "{signal}: {size}",
  "story.wiggled": "هزّة {dir, select, firmer {▲} other {▼}}",
  "story.verdict.kept": "بقيت",
  "story.verdict.reversed": "انعكست",
  "story.verdict.none": "لا تغيير",
  "story.grows": "▲ تقوى",
  "story.fades": "▼ ترتخي",
  "story.together.head": "معًا",
  "story.together.strong": "نشطتا معًا: بقوة",
  "story.together.bit": "نشطتا معًا: قليلًا",
  "story.hardly.head": "بالكاد",
  "story.hardly.size": "بالكاد نشطتا معًا",
  "story.apart.head": "متعاكستان",
  "story.apart.size": "واحدة نشطت والأخرى توقفت",
};
