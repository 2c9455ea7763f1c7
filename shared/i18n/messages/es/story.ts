import type { AreaMessages } from "../en";
import type { story as source } from "../en/story";

/** Each neuron's card after its line's rule has spoken, in Spanish. */
export const story: AreaMessages<typeof source> = {
  "story.share": "{share, number, ::percent}",
  "story.change.firmer": "▲ más fuerte",
  "story.change.looser": "▼ más suave",
  "story.size": "{signal}: {size}",
  "story.wiggled": "meneo {dir, select, firmer {▲} other {▼}}",
  "story.verdict.kept": "se queda",
  "story.verdict.reversed": "al revés",
  "story.verdict.none": "sin cambio",
  "story.grows": "▲ crece",
  "story.fades": "▼ se afloja",
  "story.together.head": "juntas",
  "story.together.strong": "se activaron juntas: mucho",
  "story.together.bit": "se activaron juntas: un poco",
  "story.hardly.head": "apenas",
  "story.hardly.size": "apenas se activaron juntas",
  "story.apart.head": "separadas",
  "story.apart.size": "una se activó, la otra se contuvo",
};
