// English: the source of every message, one file per area of the game so that areas can grow apart.
// Other languages have exactly these ids (the type checker and test/shared/i18n/messages.test.ts both
// refuse a missing or extra one). ICU message syntax: {name} fills in a value;
// {n, plural, one {...} other {...}} picks the language's plural form.
import { common } from "./common";

/** Every English message. */
export const en = { ...common } as const;

/** Every message id. */
export type MessageId = keyof typeof en;

/** One language's messages: a sentence for every id. */
export type Messages = Record<MessageId, string>;

/** One area's messages in another language: a sentence for every id of the English area. */
export type AreaMessages<Area> = Record<keyof Area, string>;
