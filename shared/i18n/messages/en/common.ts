// Words every page uses.
export const common = {
  "language.label": "Language",
} as const satisfies Record<string, string>;
