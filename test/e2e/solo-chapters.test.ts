// The guided path, every chapter to its end, on a phone (390x844): see chapters-path.ts for what is
// played and checked.
import { afterAll, beforeAll, describe, it } from "vitest";
import { buildClient, PHONE, serveDist } from "./browser";
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
  it("on a phone (390x844)", async () => {
    await playPath(PHONE, server.url);
  }, 900_000);
});
