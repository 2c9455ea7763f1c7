import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Builds the client once for the browser suites (see test/setup/build-client.ts).
    globalSetup: ["test/setup/build-client.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
