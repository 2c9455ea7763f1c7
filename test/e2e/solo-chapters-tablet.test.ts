// The guided path, every chapter to its end, on a tablet (1024x768): see chapters-path.ts for what is
// played and checked.
import { afterAll, beforeAll, describe, it } from "vitest";
import { buildClient, TABLET, serveDist } from "./browser";
import { playPath } from "./chapters-path";

let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  buildClient();
  server = await serveDist();
}, 120_000);
afterAll(async () => {
  await server?.close();
});

describe("the guided path, every chapter to its end, in Chromium", () => {
  it("on a tablet (1024x768)", async () => {
    await playPath(TABLET, server.url);
  }, 900_000);
});
