// Lints the whole tree: typescript-eslint's recommended rules, plus a guard that keeps shared/ pure.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "test/e2e/screenshots/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Game rules live in shared/: it must run anywhere, so it may not depend on the engine or the server.
    files: ["shared/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["phaser", "phaser/*", "colyseus*", "@colyseus/*", "express", "node:*"] }],
      "no-restricted-globals": ["error", { name: "Math.random", message: "use the seeded Rng" }],
      "no-restricted-properties": ["error", { object: "Math", property: "random", message: "use the seeded Rng from shared/random" }],
    },
  },
);
