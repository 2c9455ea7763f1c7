// The behaviour suite over NetworkGame: a real Colyseus server in this process, real colyseus.js clients.
import { afterAll, beforeAll } from "vitest";
import type { RunningServer } from "../../server/app";
import { startServer } from "../server/helpers";
import { NetworkGame } from "../../client/source/network-game";
import { behaviourSuite } from "./scenarios";

// Port 0: the system picks a free one, so suites running side by side never collide.
let endpoint = "";
let server: RunningServer;

beforeAll(async () => {
  server = await startServer(0, { classroom: { tickMs: 50 } });
  endpoint = `ws://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server?.close();
});

/**
 * The server lets a client send 10 messages a second (burst 20) and drops the rest. `send` resolves
 * with the patch, so a scenario could click "next" far faster than a teacher; space the host's intents
 * 110 ms apart, as a person's clicks are.
 */
function paced(game: NetworkGame): NetworkGame {
  const send = game.send.bind(game);
  let last = 0;
  game.send = async (intent) => {
    const wait = last + 110 - Date.now();
    last = Date.now() + Math.max(0, wait);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    return send(intent);
  };
  return game;
}

behaviourSuite("NetworkGame (classroom)", async (settings, students) => {
  const host = paced(await NetworkGame.host({ endpoint, settings, store: null, ackMs: 3000 }));
  const joined: NetworkGame[] = [];
  for (let i = 0; i < students; i++) joined.push(await NetworkGame.join({ endpoint, code: host.code, name: `Student ${i + 1}`, store: null, ackMs: 3000 }));
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
