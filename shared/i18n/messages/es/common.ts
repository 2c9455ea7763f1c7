import type { AreaMessages } from "../en";
import type { common as source } from "../en/common";

/** Words every page uses, in Spanish. */
export const common: AreaMessages<typeof source> = {
  "language.label": "Idioma",
};
