import type { AreaMessages } from "../en";
import type { settings as source } from "../en/settings";

/** The host's settings form, in Simplified Chinese. */
export const settings: AreaMessages<typeof source> = {
  "settings.races.legend": "现成的比赛",
  "settings.races.note": "比赛只保留它自己的队伍，每队一种规则，所以不会多开一队重复用规则。所有人都要坐得下。",
  "settings.race.seats": "{lines, number} 队，每队 {length, number} 个 · 共 {seats, number} 个座位",
  "settings.race.coach-vs-trial.name": "教练对试错",
  "settings.race.coach-vs-trial.why": "两队各 12 人，瞄准远处的篮筐：教练的队大约 6 次投篮就连进 3 球，随便乱调要两倍的次数，或者永远做不到。",
  "settings.race.brain-lab-four.name": "大脑实验室：四种规则",
  "settings.race.brain-lab-four.why": "四队各 6 人，一个远处的篮筐：教练准确的责怪最先成功，轻推和比较紧随其后，随便乱调和分开的反馈线要晚得多。",
  "settings.teams": "现在的队数（需要时会多开）",
  "settings.maxTeams": "班级变大时最多几队",
  "settings.lineLength": "每队的神经元数",
  "settings.seats": "可容纳 {seats, number} 名学生：最多 {lines, number} 队，每队 {length, number} 个。座位用完时会开一个新队。",
  "settings.activation": "激活函数",
  "settings.strictness": "教练的严格程度",
  "settings.voteSeconds": "投票秒数",
  "settings.adjustSeconds": "调整秒数",
  "settings.maxRounds": "一局的投篮次数",
  "settings.hoopFixed": "篮筐开始移动前的投篮次数",
  "settings.hoopDistance": "篮筐的位置（米）",
  "settings.pace": "谁让游戏继续",
  "settings.pace.timers": "自动继续",
  "settings.pace.teacher": "老师掌控节奏：投篮后和教练讲完后等我",
  "settings.autoAdvance": "自动继续（不勾选：每一步都等“下一步”）",
  "settings.rules.legend": "每队的学习规则",
  "settings.rules.line": "第 {line, number} 队",
  "settings.rules.later": "第 {line, number} 队（班级变大时）",
  "settings.rules.aria": "第 {line, number} 队的学习规则",
  "settings.apply": "应用设置",
};
