// The behaviour suite over NetworkGame: a real Colyseus server in this process, real colyseus.js clients.
import { afterAll, beforeAll } from "vitest";
import { createServer, type RunningServer } from "../../server/app";
import { NetworkGame } from "../../client/source/network-game";
import { behaviourSuite } from "./scenarios";

const PORT = 3941;
const endpoint = `ws://127.0.0.1:${PORT}`;
let server: RunningServer;

beforeAll(async () => {
  server = await createServer({ port: PORT, host: "127.0.0.1", classroom: { tickMs: 50 } });
});
afterAll(async () => {
  await server?.close();
});

behaviourSuite("NetworkGame (classroom)", async (settings, students) => {
  const host = await NetworkGame.host({ endpoint, settings, store: null, ackMs: 120 });
  const joined: NetworkGame[] = [];
  for (let i = 0; i < students; i++) joined.push(await NetworkGame.join({ endpoint, code: host.code, name: `Student ${i + 1}`, store: null, ackMs: 120 }));
  // Everyone must see everyone before the scenario starts.
  const seated = () => [host, ...joined].every((g) => Object.keys(g.view().players).length === students);
  for (let i = 0; i < 300 && !seated(); i++) await new Promise((r) => setTimeout(r, 10));
  return {
    host,
    students: joined,
    dispose: async () => {
      for (const s of joined) await s.leave();
      await host.leave();
    },
  };
});
