import type { AreaMessages } from "../en";
import type { glossary as source } from "../en/glossary";

/** The projector's glossary card, in Simplified Chinese. */
export const glossary: AreaMessages<typeof source> = {
  "glossary.neuron.term": "神经元",
  "glossary.neuron.meaning": "就是你！每个玩家都是一个神经元：它接收球的力量，改变它，再传给下一个座位。",
  "glossary.handshake.term": "握手力度",
  "glossary.handshake.meaning": "你把球传出去有多用力：就是你在旋钮上调的那个数。在真正的神经网络里，它叫作权重。",
  "glossary.excitability.term": "兴奋度",
  "glossary.excitability.meaning": "即使收到的很少，你有多想放电：传球之前加上的一个数。科学家把它叫作偏置。",
  "glossary.miss.term": "偏差",
  "glossary.miss.meaning": "球落在离篮筐多远的地方，短了还是远了。每一种从错误中学习的规则都从这个数开始。",
  "glossary.blame.term": "责任份额",
  "glossary.blame.meaning": "这次没投进有多少是因为你的握手力度，占整支队伍的多少（所有份额加起来是 100%）。",
  "glossary.note.term": "教练的纸条",
  "glossary.note.meaning": "教练沿着队伍往回走时交给每个神经元的东西：传到它那里的误差，告诉它该改多少、往哪个方向转。",
  "glossary.firmer-looser.term": "握紧 / 放松",
  "glossary.firmer-looser.meaning": "往哪个方向调你的握手力度：握紧让你传出的球更有力，放松让它更弱。",
  "glossary.strictness.term": "严格度",
  "glossary.strictness.meaning": "每次改变的步子有多大。太严格，队伍会来回冲过头；太温和，它学得很慢。科学家把它叫作学习率。",
  "glossary.learned.term": "连进 3 球",
  "glossary.learned.meaning": "一支队伍连续三次投进篮筐，就算学会了这一投。",
  "glossary.moving-hoop.term": "移动的篮筐",
  "glossary.moving-hoop.meaning": "前几投之后，篮筐会跳到新的距离，所以队伍必须学会瞄准，而不只是记住一种投法。",
};
