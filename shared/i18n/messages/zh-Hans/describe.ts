import type { AreaMessages } from "../en";
import type { describe as source } from "../en/describe";

/** The screen reader's story, in Simplified Chinese. */
export const describe: AreaMessages<typeof source> = {
  "describe.aim": "第 {round} 次投篮，共 {rounds} 次。篮筐在 {distance, number, ::.0} 米外。",
  "describe.pass.start":
    "{to, select, you {球从你这里开始：收到 {input, number, ::.00}，你传出 {output, number, ::.00}。} other {球从神经元 {toSeat} 开始：收到 {input, number, ::.00}，传出 {output, number, ::.00}。}}",
  "describe.pass":
    "球从{from, select, you {你} other {神经元 {fromSeat} }}传到{to, select, you {你：收到 {input, number, ::.00}，你传出 {output, number, ::.00}。} other {神经元 {toSeat}：收到 {input, number, ::.00}，传出 {output, number, ::.00}。}}",
  "describe.pass.skip": "球继续经过神经元 {first} 到 {last}。",
  "describe.shoot": "{who, select, you {你投篮} other {神经元 {seat} 投篮}}，力量 {power, number, ::.00}。",
  "describe.land.miss":
    "这次投篮{side, select, short {短了} other {远了}} {unit, select, cm {{size, plural, other {# 厘米}}} other {{size, plural, other {# 米}}}}。",
  "describe.land.hit": "进了！球落在离篮筐中心 {unit, select, cm {{size, plural, other {# 厘米}}} other {{size, plural, other {# 米}}}} 的地方。",
  "describe.back.skip": "{teller, select, coach {教练继续走过} other {它继续经过}}神经元 {first} 到 {last}。",
  "describe.told.coach":
    "教练来到{who, select, you {你} other {神经元 {seat} }}身边：{share, number, ::percent} 的责任，握手{dir, select, firmer {握紧些} other {放松些}}。纸条{size}。",
  "describe.told.coach.hit": "教练带着一张{size}的纸条来到{who, select, you {你} other {神经元 {seat} }}身边：握手{dir, select, firmer {握紧些} other {放松些}}。",
  "describe.told.wires":
    "一张纸条通过反馈导线传到{who, select, you {你} other {神经元 {seat} }}这里：{share, number, ::percent} 的责任，握手{dir, select, firmer {握紧些} other {放松些}}。纸条{size}。",
  "describe.told.wires.hit": "一张{size}的纸条通过反馈导线传到{who, select, you {你} other {神经元 {seat} }}这里：握手{dir, select, firmer {握紧些} other {放松些}}。",
  "describe.told.nudge":
    "轻推传到{who, select, you {你} other {神经元 {seat} }}这里：放电从 {before, number, ::.00} 变成 {after, number, ::.00}。这相当于 {share, number, ::percent} 的责任：握手{dir, select, firmer {握紧些} other {放松些}}。",
  "describe.told.nudge.hit":
    "轻推传到{who, select, you {你} other {神经元 {seat} }}这里：放电从 {before, number, ::.00} 变成 {after, number, ::.00}，所以握手{dir, select, firmer {握紧些} other {放松些}}。",
  "describe.second":
    "第二次投篮{side, select, short {短了} long {远了} other {离中心}} {unit, select, cm {{size, plural, other {# 厘米}}} other {{size, plural, other {# 米}}}}：{kept, select, yes {更近了，所以大家都保留自己的抖动。} other {更远了，所以大家都改成往反方向调。}}",
  "describe.told.wiggle":
    "{who, select, you {你} other {神经元 {seat} }}往{wiggle, select, firmer {紧} other {松}}的方向抖动了：{verdict, select, kept {保留。} reversed {反过来。} other {没有变化。}}",
  "describe.told.together":
    "{who, select, you {你} other {神经元 {seat} }}和{before, select, start {球的起点} you {你} other {神经元 {beforeSeat} }}{how, select, strong {一起放电很强} bit {一起放电了一点点} hardly {几乎没有一起放电} other {放电相反，一个高一个低}}：握手{grows, select, yes {变紧} other {变松}}。",
  "describe.adjust":
    "轮到你了：你的握手力度是 {before, number, ::.000}。{teller, select, coach {教练建议改成} wires {导线上的纸条建议改成} nudge {轻推建议改成} wiggle {你的抖动把它变成} other {放电把它变成}} {after, number, ::.000}。",
  "describe.summary": "游戏结束：{shots, plural, other {# 次投篮}}中{hits, plural, other {进了 # 个}}。",
  "describe.screen.shot": "第 {round} 次投篮，共 {rounds} 次。篮筐在 {distance, number, ::.0} 米外。",
  "describe.screen.seat":
    "你是 {count} 个神经元中的第 {seat} 个。{place, select, first {球从你这里开始，你把它传给神经元 {next}。} last {你从神经元 {prev} 接到球，然后投篮。} only {你接球并投篮。} other {你从神经元 {prev} 接到球，再传给神经元 {next}。}}",
  "describe.screen.watch": "你正在看一支有 {count} 个神经元的队伍。",
  "describe.screen.rule": "规则：{title}。",
  "describe.screen.weight": "你的握手力度：{weight, number, ::.00}。",
  "describe.screen.phase":
    "现在：{phase, select, lobby {等待开始} aim {篮筐已放好} pass {球正在传递} shot {投篮} vote {投票} coach {{step}} adjust {每个人调整自己的握手} other {游戏结束}}。",
};
