// English: the source of every message, one file per area of the game so that areas can grow apart.
// Other languages have exactly these ids (the type checker and test/shared/i18n/messages.test.ts both
// refuse a missing or extra one). ICU message syntax: {name} fills in a value;
// {n, plural, one {...} other {...}} picks the language's plural form.
import { common } from "./common";
import { rules } from "./rules";
import { story } from "./story";
import { describe } from "./describe";
import { game } from "./game";
import { settings } from "./settings";
import { student } from "./student";
import { captions } from "./captions";
import { glossary } from "./glossary";
import { klass } from "./class";
import { report } from "./report";
import { solo } from "./solo";
import { chapters } from "./chapters";
import { lab } from "./lab";
import { refusal } from "./refusal";
import { network } from "./network";
import { networkPlay } from "./network-play";

/** Every English message. */
export const en = { ...common, ...rules, ...story, ...describe, ...game, ...settings, ...student, ...solo, ...chapters, ...lab, ...refusal, ...network, ...networkPlay, ...captions, ...glossary, ...klass, ...report } as const;

/** Every message id. */
export type MessageId = keyof typeof en;

/** One language's messages: a sentence for every id. */
export type Messages = Record<MessageId, string>;

/** One area's messages in another language: a sentence for every id of the English area. */
export type AreaMessages<Area> = Record<keyof Area, string>;
