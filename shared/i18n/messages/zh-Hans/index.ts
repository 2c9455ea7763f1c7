// Simplified Chinese: every message, gathered from its area files (loaded on demand by the client).
import type { Messages } from "../en";
import { common } from "./common";

/** Every Simplified Chinese message. */
export const messages: Messages = { ...common };
