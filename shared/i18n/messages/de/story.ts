import type { AreaMessages } from "../en";
import type { story as source } from "../en/story";

/** Each neuron's card after its line's rule has spoken, in German. */
export const story: AreaMessages<typeof source> = {
  "story.share": "{share, number, ::percent}",
  "story.change.firmer": "▲ fester",
  "story.change.looser": "▼ lockerer",
  "story.size": "{signal}: {size}",
  "story.wiggled": "gewackelt {dir, select, firmer {▲} other {▼}}",
  "story.verdict.kept": "behalten",
  "story.verdict.reversed": "umgedreht",
  "story.verdict.none": "keine Änderung",
  "story.grows": "▲ wächst",
  "story.fades": "▼ lässt nach",
  "story.together.head": "gemeinsam",
  "story.together.strong": "gemeinsam gefeuert: stark",
  "story.together.bit": "gemeinsam gefeuert: ein bisschen",
  "story.hardly.head": "kaum",
  "story.hardly.size": "kaum gemeinsam gefeuert",
  "story.apart.head": "gegeneinander",
  "story.apart.size": "eines feuerte, eines hielt sich zurück",
};
