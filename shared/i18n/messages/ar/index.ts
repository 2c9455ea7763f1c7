// Arabic: every message, gathered from its area files (loaded on demand by the client).
import type { Messages } from "../en";
import { common } from "./common";

/** Every Arabic message. */
export const messages: Messages = { ...common };
