// Keep-alive pings spread over the interval (not one burst), each socket pinged once an interval,
// and a socket that stops answering closed after two missed pings while the others stay.
import type WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import { PING_SLICES } from "../../server/transport";
import { clientFor, createClass, joinClass, serverRoom, sleep, startServer, waitFor } from "./helpers";

const PING_MS = 600;

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(0, { pingMs: PING_MS });
});
afterAll(async () => {
  await server?.close();
});

function socketOf(room: { connection: unknown }): WebSocket {
  return (room.connection as { transport: { ws: WebSocket } }).transport.ws;
}

describe("keep-alive", () => {
  it("pings every socket once an interval, in slices, and closes only the one that stopped answering", async () => {
    const client = clientFor(server.port);
    const host = await createClass(client, { lineLength: 10, teams: 3 });
    const students = [];
    for (let i = 0; i < 24; i++) students.push(await joinClass(client, host.code, `P${i}`));
    const pings: number[][] = students.map(() => []);
    students.forEach((s, i) => socketOf(s.room).on("ping", () => pings[i].push(Date.now())));
    const t0 = Date.now();
    await sleep(PING_MS * 3 + 100);

    // Each socket: about one ping per interval.
    for (const times of pings) {
      expect(times.length).toBeGreaterThanOrEqual(2);
      expect(times.length).toBeLessThanOrEqual(4);
    }
    // Spread: the first pings of one interval fall in several distinct slices, not one burst.
    const slices = new Set(pings.map((times) => Math.floor(((times[0] - t0) % PING_MS) / (PING_MS / PING_SLICES))));
    expect(slices.size).toBeGreaterThanOrEqual(5);

    // One device stops reading (a sleeping tablet): no pongs, so it is closed; the others stay.
    const dead = students[0];
    const room = serverRoom(host.code);
    (socketOf(dead.room) as unknown as { _socket: { pause(): void } })._socket.pause();
    const paused = Date.now();
    await waitFor(() => !room.clients.some((c) => c.sessionId === dead.id), "the silent socket to be closed", PING_MS * 6);
    // Not before it missed two pings (at least one whole interval).
    expect(Date.now() - paused).toBeGreaterThanOrEqual(PING_MS);
    for (const s of students.slice(1)) expect(socketOf(s.room).readyState).toBe(1);
    expect(room.clients).toHaveLength(students.length); // the host and the 23 others
  });
});
