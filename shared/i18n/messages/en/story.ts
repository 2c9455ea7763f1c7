// Each neuron's card after its line's rule has spoken (shared/game/story.ts): a share of the blame, the
// wiggle, or how it fired with its neighbour; what happens to its handshake; what reached it.
export const story = {
  "story.share": "{share, number, ::percent}",
  "story.change.firmer": "▲ firmer",
  "story.change.looser": "▼ looser",
  "story.size": "{signal}: {size}",
  "story.wiggled": "wiggled {dir, select, firmer {▲} other {▼}}",
  "story.verdict.kept": "kept",
  "story.verdict.reversed": "reversed",
  "story.verdict.none": "no change",
  "story.grows": "▲ grows",
  "story.fades": "▼ fades",
  "story.together.head": "together",
  "story.together.strong": "fired together: strongly",
  "story.together.bit": "fired together: a bit",
  "story.hardly.head": "hardly",
  "story.hardly.size": "hardly fired together",
  "story.apart.head": "apart",
  "story.apart.size": "one fired, one held back",
} as const satisfies Record<string, string>;
