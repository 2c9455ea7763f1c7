import type { AreaMessages } from "../en";
import type { common as source } from "../en/common";

/** Words every page uses, in Simplified Chinese. */
export const common: AreaMessages<typeof source> = {
  "language.label": "语言",
};
