import { configDefaults, defineConfig } from "vitest/config";

// Two projects. `vitest run` (npm test) runs both; `vitest run --project unit` (npm run test:unit) runs
// only the pure ones, in seconds, without building the client.
// Options shared by both live here; include and globalSetup live only in the projects, because a
// project that extends this config gets its arrays concatenated with the root's, and the root
// project's globalSetup runs even when only another project is selected.
const UNIT = ["test/shared/**/*.test.ts", "test/client/**/*.test.ts", "test/server/units.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker per core but one, so a 2-core machine ran the files one at a time.
    // The browser and server files mostly wait (animations, timers, sockets), so three at once take
    // about half the time without starving each other.
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // The shared engine, the client's logic and the server's pure parts: no server, no browser, no build.
          include: UNIT,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          // Real servers, real processes, Redis, and Chromium against the built client.
          include: ["test/server/**/*.test.ts", "test/behaviour/**/*.test.ts", "test/e2e/**/*.test.ts"],
          // A guard against a hang, not a speed target (those live in test/bench): a loaded 2-core CI machine
          // ran some browser tests five times slower than an idle one.
          testTimeout: 120_000,
          exclude: [...configDefaults.exclude, "test/server/units.test.ts"],
          // Builds the client once before these files run (see test/setup/build-client.ts).
          globalSetup: ["test/setup/build-client.ts"],
        },
      },
    ],
  },
});
