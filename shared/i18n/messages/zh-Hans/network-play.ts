import type { AreaMessages } from "../en";
import type { networkPlay as source } from "../en/network-play";

/** A class played as one network, in Simplified Chinese. */
export const networkPlay: AreaMessages<typeof source> = {
  "netplay.settings.shape": "全班怎么玩",
  "netplay.settings.lines": "分成几队（每队一排）",
  "netplay.settings.network": "组成一个网络：全班就是一个大脑",
  "netplay.settings.layers": "投篮手前面的层数",
  "netplay.settings.width": "每层的神经元数",
  "netplay.settings.seats": "{layers, number} 层，每层 {width, number} 个，再加一个投篮手：共 {seats, number} 个座位",
  "netplay.settings.tooMany": "超过了 {max, number} 个座位：请减少层数或让每层窄一些。",
  "netplay.settings.rule": "网络的学习规则",

  "netplay.lobby.network": "一个由 {seats, number} 个神经元组成的网络",
  "netplay.lobby.full": "满了：每个神经元都有人了（可以在设置里加一层或让每层更宽）",

  "netplay.head.seat": "第 {layer, number} 层（共 {layers, number} 层）· 第 {index, number} 个神经元（共 {width, number} 个）",
  "netplay.head.shooter": "投篮手（最后一层）",
  "netplay.neighbours.label": "你的邻居",
  "netplay.in.legend": "传给你的",
  "netplay.in.distance": "到篮筐的距离",
  "netplay.in.distanceShort": "距离",
  "netplay.col.from": "来自",
  "netplay.col.value": "传来",
  "netplay.col.handshake": "你的握手力度",
  "netplay.me.excitability": "你的兴奋度",
  "netplay.me.out": "你传出了",
  "netplay.out.to": "你传给：{names}",
  "netplay.out.shoot": "由你来投篮。",
  "netplay.wait.network": "你是全班网络里的一个神经元。",
  "netplay.wait.alone": "你是这个网络里的一个神经元。其他神经元都是机器人。",
  "netplay.wait.pass": "球正在穿过网络……",

  "netplay.vote.question":
    "{teller, select, coach {教练最会怪你的哪一次握手？} wires {导线传来的纸条最会怪你的哪一次握手？} nudge {轻推最会怪你的哪一次握手？} other {你的哪一次握手该负责？}}",
  "netplay.vote.pick": "怪你和 {name} 的握手（传来 {value}）",
  "netplay.vote.way": "它该往哪边调？",
  "netplay.vote.one": "你只有一次握手，所以没有什么可选的：只要说它该往哪边调。",
  "netplay.vote.result":
    "你的投票：{handshake, select, right {{teller, select, wires {选中了导线最怪的握手} nudge {选中了轻推最怪的握手} other {握手选对了}}} other {{teller, select, coach {教练} wires {导线} other {轻推}}更怪另一次握手}}，{direction, select, right {{teller, select, wires {方向和导线说的一样} nudge {方向和轻推说的一样} other {方向对了}}} other {方向反了}}。",
  "netplay.vote.resultWay":
    "你的投票：{direction, select, right {{teller, select, wires {方向和导线说的一样} nudge {方向和轻推说的一样} other {方向对了}}} other {方向反了}}。",

  "netplay.coach.legend": "{teller, select, coach {教练的建议} wires {导线纸条的建议} nudge {轻推的建议} wiggle {第二次投篮带来的变化} other {一起放电带来的变化}}",
  "netplay.coach.none": "不变",
  "netplay.coach.tiny": "几乎不变",
  "netplay.coach.most": "变化最大",

  "netplay.adjust.legend": "调你的旋钮",
  "netplay.adjust.followAll": "全部照做",
  "netplay.adjust.keepAll": "全部不动",
  "netplay.dial.handshake": "你和 {name} 的握手力度",
  "netplay.dial.excitability": "你的兴奋度",
  "netplay.dial.looser": "放松些：{what}",
  "netplay.dial.firmer": "握紧些：{what}",
  "netplay.dial.suggest": "{mark}：{change}",
  "netplay.dial.markChange": "变化",
  "netplay.adjust.followChange": "把每个旋钮按第二次投篮带来的变化调整",

  "netplay.caption.lobby": "全班是一个网络：你们每个人都是一个神经元。你们只能看到自己的邻居：把球传给你的神经元，和你把球传给的神经元。",
  "netplay.caption.pass": "球一层一层地穿过网络：每个神经元把邻居传来的数各乘上握手力度后加起来，再加上自己的兴奋度。",
  "netplay.caption.vote": "{side, select, short {短了} other {远了}} {metres} 米。在手机上选：你自己的哪一次握手该负责？{waiting, plural, =0 {大家都投票了。} other {还有 # 人在投票。}}",
  "netplay.caption.noVote": "{side, select, short {短了} other {远了}} {metres} 米。{noVote}",
  "netplay.caption.coach":
    "{teller, select, coach {教练一层一层往回走：它的纸条沿着每一次握手分下去。} wires {纸条沿着自己的导线一层一层传回来，不走握手。} nudge {一次轻推穿过各层往回传；每个神经元比较自己放电的变化。} wiggle {每个神经元都抖了一下，网络又投了一次。} other {没人知道没投中：一起放电的神经元握得更紧。}}{seat, select, none {} other {{teller, select, wires {神经元 {name} 分到的导线纸条最多（{share}%）。} nudge {神经元 {name} 分到的轻推最多（{share}%）。} other {神经元 {name} 的责任最大（{share}%）。}}}}",
  "netplay.caption.adjust": "在手机上调你的握手力度，或者不动它们：规则（{title}）会替你调好。{people, number} 人中已有 {done, number} 人完成。",
  "netplay.caption.learned": "网络学会了：连中 3 球！",

  "netplay.describe.seat":
    "{shooter, select, yes {你是投篮手，网络里最后一个神经元。} other {你是投篮手前面第 {layer, number} 层（共 {layers, number} 层）的第 {index, number} 个神经元（共 {width, number} 个）。}}{first, select, yes {你拿到的是到篮筐的距离} other {{before, plural, other {有 # 个邻居把球传给你}}}}；{after, plural, =0 {由你来投篮} other {你把球传给 # 个邻居}}。",
  "netplay.describe.in": "{name} 传给你 {value, number, ::.000}；你和它的握手力度是 {weight, number, ::.000}。",
  "netplay.describe.inDistance":
    "到篮筐的距离（{metres, number} 米）传给你的是 {value, number, ::.000}（{near, number} 米会是 {low, number}，{far, number} 米会是 {high, number}）；你和它的握手力度是 {weight, number, ::.000}。",
  "netplay.describe.out": "你传出了 {value, number, ::.000}。",
  "netplay.describe.suggest":
    "{teller, select, coach {教练把} wires {导线的纸条把} nudge {轻推把} wiggle {你的抖动把} other {一起放电把}}你和 {name} 的握手力度{dir, select, firmer {握紧} other {放松}} {change, number, ::.000###}。{most, select, yes {这是你所有握手力度里变化最大的。} other {}}",
  "netplay.describe.vote": "{count, plural, one {投票：你只有一次握手，所以没有什么可选的。它该往哪边调？} other {投票：你的 # 次握手中哪一次该负责？它该往哪边调？}}",
  "netplay.describe.second":
    "大家都抖了一下，网络又投了第二次。这次投篮{side, select, short {短了} long {远了} other {离中心}} {unit, select, cm {{size, plural, other {# 厘米}}} other {{size, plural, other {# 米}}}}：{kept, select, kept {更近了，所以大家都保留自己的抖动。} reversed {更远了，所以大家都往和自己抖动相反的方向调。} other {一样近，所以什么都不变。}}",
  "netplay.describe.suggestWiggle":
    "所以你和 {name} 的握手力度{dir, select, firmer {握紧} other {放松}} {change, number, ::.000###}：{kept, select, kept {和你抖动的方向一样} other {和你抖动的方向相反}}。{most, select, yes {这是你所有握手力度里变化最大的。} other {}}",
  "netplay.describe.still":
    "{teller, select, coach {教练让} wires {导线的纸条让} nudge {轻推让} wiggle {第二次投篮让} other {一起放电让}}你和 {name} 的握手力度{exact, select, yes {保持原样：不变。} other {几乎保持原样：变化不到 {limit, number}。}}",
  "netplay.match.way":
    "{name} 只有一次握手：{direction, select, right {{teller, select, wires {方向和导线说的一样} nudge {方向和轻推说的一样} other {方向对了}}} other {{teller, select, wires {导线把它往另一边调了} nudge {轻推把它往另一边调了} other {方向错了}}}}",
  "netplay.match.summary":
    "{choosers, plural, =0 {每个投票的人都只有一次握手，所以没有握手可选。} other {在{choosers, plural, other {# 个}}有不止一次握手的邻里中，有 {right, number} 个选中了{teller, select, wires {导线最怪的握手} nudge {轻推最怪的握手} other {教练最怪的握手}}。}}{total, plural, other {# 个}}中有 {turned, number} 个选中了{teller, select, wires {导线调整它的方向} nudge {轻推调整它的方向} other {教练调整它的方向}}。",

  // The student's end screen in a network: their votes against the rule, and their neuron's average share.
  "netplay.summary.votes":
    "{teller, select, wires {你的投票：{votes, plural, other {# 次}}中有 {handshake, number} 次选中了导线最怪的握手，{direction, number} 次方向和导线说的一样。} nudge {你的投票：{votes, plural, other {# 次}}中有 {handshake, number} 次选中了轻推最怪的握手，{direction, number} 次方向和轻推说的一样。} other {你的投票：{votes, plural, other {# 次}}中有 {handshake, number} 次握手选对了，{direction, number} 次方向对了。}}",
  "netplay.summary.ways":
    "{choices, plural, =0 {你只有一次握手，所以你只对方向投票：{votes, plural, other {# 次}}中有 {direction, number} 次{teller, select, wires {方向和导线说的一样} nudge {方向和轻推说的一样} other {方向对了}}。} other {你的投票：在{choices, plural, other {# 次}}能从不止一次握手中选的投票里，有 {handshake, number} 次{teller, select, wires {选中了导线最怪的握手} nudge {选中了轻推最怪的握手} other {握手选对了}}；{votes, plural, other {# 次}}中有 {direction, number} 次{teller, select, wires {方向和导线说的一样} nudge {方向和轻推说的一样} other {方向对了}}。}}",
  "netplay.summary.share":
    "{teller, select, wires {每次没投进，你的神经元平均分到导线纸条的 {share, number, percent}。} nudge {每次没投进，你的神经元平均分到轻推的 {share, number, percent}。} other {每次没投进，你的神经元平均承担 {share, number, percent} 的责任。}}",
};
