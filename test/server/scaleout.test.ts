// Scale-out: a real redis-server and two server processes sharing rooms through RedisPresence and
// RedisDriver. A class created on one process is found, joined and played through the other.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, createClass, joinClass, viewOf, waitFor } from "./helpers";
import { freePorts, type Proc, redisServerPath, startRedis, startServerProcess } from "./processes";

const procs: Proc[] = [];
let portA = 0;
let portB = 0;

beforeAll(async () => {
  redisServerPath(); // fails (not skips) with a clear message when redis-server is missing
  let redisPort: number;
  [redisPort, portA, portB] = await freePorts(3);
  procs.push(await startRedis(redisPort));
  const redisUrl = `redis://127.0.0.1:${redisPort}`;
  const [a, b] = await Promise.all([startServerProcess(portA, redisUrl), startServerProcess(portB, redisUrl)]);
  procs.push(a, b);
}, 60_000);

afterAll(async () => {
  // Servers first (they disconnect from Redis), then Redis.
  for (const p of procs.slice().reverse()) await p.stop();
});

describe("two processes over Redis", () => {
  it("a class created on one process is joined, played and reported through the other", async () => {
    const ports = [portA, portB];
    const processOf = new Map<string, number>();
    for (const port of ports) processOf.set((await (await fetch(`http://127.0.0.1:${port}/health`)).json()).processId, port);
    expect(processOf.size).toBe(2);

    // New rooms go to the process with the fewest rooms, so two classes land one on each. Colyseus
    // persists each process's room count at most once a second: wait that out between the two.
    const first = await createClass(clientFor(portA), { autoAdvance: false });
    await new Promise((r) => setTimeout(r, 1500));
    const hosts = [first, await createClass(clientFor(portB), { autoAdvance: false })];
    expect(hosts[0].code).not.toBe(hosts[1].code);
    const homes = new Set<number>();
    for (const host of hosts) {
      const found = await (await fetch(`http://127.0.0.1:${portA}/api/classes/${host.code.toLowerCase()}`)).json();
      const home = processOf.get(found.processId)!;
      homes.add(home);
      // Join through the process that does NOT hold the room.
      const via = home === portA ? portB : portA;
      const onVia = await fetch(`http://127.0.0.1:${via}/api/classes/${host.code.toLowerCase()}`);
      expect((await onVia.json()).code).toBe(host.code);
      const student = await joinClass(clientFor(via), host.code, "Remote Rita");
      await waitFor(() => viewOf(host.room).players[student.id]?.name === "Remote Rita", "the host to see the student from the other process");
      host.room.send("start", {});
      await waitFor(() => viewOf(student.room).phase === "aim", "the student to see the start");

      const report = await fetch(`http://127.0.0.1:${via}/api/classes/${host.code}/report.json`, { headers: { "x-host-key": host.key } });
      expect(report.status).toBe(200);
      expect((await report.json()).players.map((p: { name: string }) => p.name)).toEqual(["Remote Rita"]);
      expect((await fetch(`http://127.0.0.1:${via}/api/classes/${host.code}/report.json`, { headers: { "x-host-key": "y".repeat(24) } })).status).toBe(403);
      await student.room.leave();
      await host.room.leave();
    }
    expect(homes.size).toBe(2);
  });
});
