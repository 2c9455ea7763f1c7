// A server that stops (SIGTERM, a deploy) closes its class log last: nothing may happen to a class after
// that, or it would live in memory only and the console would say "log entries N-M were not written". A
// student whose page dropped just before keeps the seat in the log for the restart (a stopping server
// drops every wait for a reconnection, which is not the student leaving), and a join that arrives while
// the classes stop is refused with "the class is restarting" instead of taking a seat that could not be written.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NetworkGame } from "../../client/source/network-game";
import { SqliteStore } from "../../server/store";
import { memoryStore, sleep, startServer, waitFor } from "./helpers";

afterEach(() => vi.restoreAllMocks());

describe("a stopping server", () => {
  it("writes nothing after its log closes, and a student who dropped just before keeps the seat in the log", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "blame-stop-"));
    const server = await startServer(0, { dataDir, classroom: { reconnectSeconds: 60 } });
    const endpoint = `ws://127.0.0.1:${server.port}`;
    const host = await NetworkGame.host({ endpoint, settings: { lineLength: 3, autoAdvance: false }, store: null });
    const ada = await NetworkGame.join({ endpoint, code: host.code, name: "Ada", store: memoryStore() });
    const bo = await NetworkGame.join({ endpoint, code: host.code, name: "Bo", store: memoryStore() });
    const boId = bo.me!;
    // Bo closes the tab (no goodbye): the server waits up to a minute for the page to come back.
    bo.dispose();
    await waitFor(() => host.view().players[boId]?.connected === false, "Bo away on the projector");
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(" ")));

    await server.close();
    // What a dropped wait or a late join would have written fails after close() has returned: give it time to.
    await sleep(300);
    expect(errors.filter((e) => /not written|not open/.test(e))).toEqual([]);

    const store = new SqliteStore(path.join(dataDir, "classes.sqlite"), "on-connection");
    try {
      const log = await store.readLog(host.code);
      const leaves = log.filter((e) => (e.action as { type: string; player?: string }).type === "leave");
      expect(leaves).toEqual([]);
      expect(log.some((e) => (e.action as { type: string; by?: string }).type === "join" && (e.action as { by?: string }).by === boId)).toBe(true);
      expect((await store.getClass(host.code))?.finishedAt).toBeNull();
    } finally {
      await store.close();
    }
    for (const g of [host, ada]) g.dispose();
  });
});
