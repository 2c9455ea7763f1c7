// The guide's shape: which message goes in which heading, list, table or box, in reading order. The
// words are in shared/i18n/messages/<language>/guide.ts; render.ts builds the page from this.
import type { GuideMessageId as Id } from "../../shared/i18n/messages/en/guide";

/** One part of the guide. */
export type Block =
  | { kind: "h2" | "h3" | "p" | "box"; id: Id }
  | { kind: "ul" | "ol" | "sources"; ids: Id[] }
  | { kind: "table"; head: Id[]; rows: Id[][]; time?: boolean; say?: boolean }
  | { kind: "columns"; columns: Block[][] };

/** A table row's ids from a common prefix and its column suffixes. */
const row = (prefix: string, suffixes: string[]): Id[] => suffixes.map((s) => `${prefix}${s}` as Id);

/** The guide below its title, lead and buttons. */
export const LAYOUT: Block[] = [
  { kind: "h2", id: "guide.before.title" },
  { kind: "ul", ids: ["guide.before.solo", "guide.before.host", "guide.before.pace", "guide.before.help"] },
  { kind: "h2", id: "guide.words.title" },
  {
    kind: "columns",
    columns: [
      [{ kind: "ul", ids: ["guide.words.neuron", "guide.words.handshake", "guide.words.excitability"] }],
      [{ kind: "ul", ids: ["guide.words.miss", "guide.words.blame", "guide.words.rule"] }],
    ],
  },
  { kind: "h2", id: "guide.lesson.title" },
  {
    kind: "table",
    time: true,
    head: ["guide.lesson.time", "guide.lesson.phase", "guide.lesson.do"],
    rows: ["warm", "join", "vote", "dials", "learn", "race", "talk"].map((r) => row(`guide.lesson.${r}.`, ["time", "phase", "do"])),
  },
  { kind: "h2", id: "guide.say.title" },
  {
    kind: "table",
    say: true,
    head: ["guide.say.screen", "guide.say.happening", "guide.say.you"],
    rows: ["pass", "shot", "vote", "coach", "adjust", "hit", "rules"].map((r) => row(`guide.say.${r}`, ["", ".what", ".say"])),
  },
  { kind: "h2", id: "guide.race.title" },
  { kind: "p", id: "guide.race.text" },
  { kind: "h2", id: "guide.questions.title" },
  { kind: "ol", ids: ["guide.questions.first", "guide.questions.brain", "guide.questions.trial", "guide.questions.strict", "guide.questions.moved", "guide.questions.you"] },
  { kind: "h2", id: "guide.myths.title" },
  { kind: "ul", ids: ["guide.myths.exact", "guide.myths.last", "guide.myths.wrong", "guide.myths.bigger", "guide.myths.trial", "guide.myths.wires"] },
  { kind: "h2", id: "guide.ages.title" },
  {
    kind: "columns",
    columns: [
      [
        { kind: "h3", id: "guide.ages.young" },
        { kind: "ul", ids: ["guide.ages.young.ball", "guide.ages.young.line", "guide.ages.young.knows"] },
        { kind: "h3", id: "guide.ages.middle" },
        { kind: "ul", ids: ["guide.ages.middle.race", "guide.ages.middle.home"] },
      ],
      [
        { kind: "h3", id: "guide.ages.older" },
        { kind: "ul", ids: ["guide.ages.older.chain", "guide.ages.older.lab", "guide.ages.older.wiring", "guide.ages.older.network", "guide.ages.older.sheet"] },
      ],
    ],
  },
  { kind: "h2", id: "guide.science.title" },
  { kind: "p", id: "guide.science.text" },
  { kind: "sources", ids: ["guide.source.lillicrap2020", "guide.source.lillicrap2016", "guide.source.rumelhart1986", "guide.source.werfel2005", "guide.source.hebb1949"] },
  { kind: "box", id: "guide.after" },
];
