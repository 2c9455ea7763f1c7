import type { AreaMessages } from "../en";
import type { story as source } from "../en/story";

/** Each neuron's card after its line's rule has spoken, in French. */
export const story: AreaMessages<typeof source> = {
  "story.share": "{share, number, ::percent}",
  "story.change.firmer": "▲ plus ferme",
  "story.change.looser": "▼ plus souple",
  "story.size": "{signal} : {size}",
  "story.wiggled": "secousse {dir, select, firmer {▲} other {▼}}",
  "story.verdict.kept": "gardée",
  "story.verdict.reversed": "inversée",
  "story.verdict.none": "pas de changement",
  "story.grows": "▲ grandit",
  "story.fades": "▼ se relâche",
  "story.together.head": "ensemble",
  "story.together.strong": "activés ensemble : fort",
  "story.together.bit": "activés ensemble : un peu",
  "story.hardly.head": "à peine",
  "story.hardly.size": "à peine activés ensemble",
  "story.apart.head": "opposés",
  "story.apart.size": "l’un s’est activé, l’autre s’est retenu",
};
