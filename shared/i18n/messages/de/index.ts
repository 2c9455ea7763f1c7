// German: every message, gathered from its area files (loaded on demand by the client).
import type { Messages } from "../en";
import { common } from "./common";
import { rules } from "./rules";
import { story } from "./story";
import { describe } from "./describe";
import { game } from "./game";
import { captions } from "./captions";
import { glossary } from "./glossary";
import { klass } from "./class";
import { report } from "./report";
import { settings } from "./settings";
import { student } from "./student";
import { solo } from "./solo";
import { chapters } from "./chapters";
import { lab } from "./lab";
import { refusal } from "./refusal";
import { network } from "./network";
import { networkPlay } from "./network-play";

/** Every German message. */
export const messages: Messages = { ...common, ...rules, ...story, ...describe, ...game, ...settings, ...student, ...captions, ...glossary, ...klass, ...report, ...solo, ...chapters, ...lab, ...refusal, ...network, ...networkPlay };
