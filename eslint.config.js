// Lints the whole tree: typescript-eslint's recommended rules, a few rules that need the types
// (floating promises, non-null assertions, exhaustive switches, needless casts), and guards that keep
// shared/ pure.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

// The client's layers, lowest first: shared <- client/format.ts, client/storage.ts <- audio <- source,
// chapters, scenes (side by side: none imports another; scenes may take audio's types) <- ui <- classroom
// <- main.ts, pwa. Each folder names what it does and the folders (above it, or beside it) it may not import.
const CLIENT_FOLDERS = {
  ui: "the DOM panels",
  classroom: "the classroom pages",
  scenes: "the court",
  source: "the game sources",
  chapters: "the chapters",
};
const CLIENT_LAYERS = [
  { folder: "audio", does: "plays the sounds", mayNotImport: ["ui", "classroom", "scenes", "source", "chapters"] },
  { folder: "source", does: "runs or relays the game", mayNotImport: ["ui", "classroom", "scenes", "chapters"] },
  { folder: "chapters", does: "holds the lessons and their goals", mayNotImport: ["ui", "classroom", "scenes", "source"] },
  { folder: "scenes", does: "draws the court", mayNotImport: ["ui", "classroom", "chapters", "source"] },
  { folder: "ui", does: "draws the solo game's DOM panels", mayNotImport: ["classroom"] },
];

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
    // Rules that read the types: a promise nobody awaits, a "!" that hides a missing value, a switch
    // over a union that forgot a case, a cast that changes nothing.
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
    },
  },
  {
    // A test states what it expects to exist; a "!" there fails the test loudly when it does not.
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
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
  // The client's import boundaries (CLIENT_LAYERS above): one block per folder. Their `files` never overlap
  // (flat config would let a later block's options for the same rule replace an earlier one's), and no
  // other block sets no-restricted-imports for client/. "../x" and "../../x" cover files in subfolders.
  ...CLIENT_LAYERS.map(({ folder, does, mayNotImport }) => ({
    files: [`client/${folder}/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: mayNotImport.map((other) => ({
            group: [`../${other}`, `../${other}/**`, `../../${other}`, `../../${other}/**`],
            message: `client/${folder} ${does}; it may not import ${CLIENT_FOLDERS[other]} (client/${other}).`,
          })),
        },
      ],
    },
  })),
);
