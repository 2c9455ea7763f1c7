import type { AreaMessages } from "../en";
import type { story as source } from "../en/story";

/** Each neuron's card after its line's rule has spoken, in Simplified Chinese. */
export const story: AreaMessages<typeof source> = {
  "story.share": "{share, number, ::percent}",
  "story.change.firmer": "▲ 握紧些",
  "story.change.looser": "▼ 放松些",
  "story.size": "{signal}：{size}",
  "story.wiggled": "抖动 {dir, select, firmer {▲} other {▼}}",
  "story.verdict.kept": "保留",
  "story.verdict.reversed": "反过来",
  "story.verdict.none": "没有变化",
  "story.grows": "▲ 变紧",
  "story.fades": "▼ 变松",
  "story.together.head": "一起",
  "story.together.strong": "一起放电：很强",
  "story.together.bit": "一起放电：一点点",
  "story.hardly.head": "几乎没有",
  "story.hardly.size": "几乎没有一起放电",
  "story.apart.head": "相反",
  "story.apart.size": "一个放电，一个没放",
};
