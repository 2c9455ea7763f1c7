// SIGTERM is a graceful stop: every device is told the server is restarting (close code 4101, so pages
// reconnect instead of saying the class closed), the log is flushed, the class stays open, and a new
// process on the same data brings it back with every seat.
import { afterAll, describe, expect, it } from "vitest";
import { type ConnectionStatus, NetworkGame } from "../../client/source/network-game";
import { until } from "../behaviour/scenarios";
import { memoryStore } from "./helpers";
import { freePorts, freshDataDir, type Proc, startServerProcess } from "./processes";

let server: Proc | null = null;
afterAll(async () => {
  await server?.stop();
});


describe("a graceful restart", () => {
  it("SIGTERM tells pages the server is restarting; they come back to the same seats on the new process", async () => {
    const [port] = (await freePorts(1)) as [number];
    const dataDir = freshDataDir();
    server = await startServerProcess(port, undefined, dataDir);
    const endpoint = `ws://127.0.0.1:${port}`;
    const host = await NetworkGame.host({ endpoint, settings: { lineLength: 3, autoAdvance: false }, store: memoryStore() });
    const student = await NetworkGame.join({ endpoint, code: host.code, name: "Eli", store: memoryStore() });
    await host.send({ type: "start" });
    await host.send({ type: "next" });
    const before = host.view();
    const seen: ConnectionStatus[] = [];
    student.onStatus((s) => seen.push(s));

    await server.stop(); // SIGTERM, then waits for the exit
    expect(server.child.exitCode).toBe(0);
    expect(seen[0]).toMatchObject({ kind: "reconnecting" });
    expect(seen.some((s) => s.kind === "closed")).toBe(false);

    server = await startServerProcess(port, undefined, dataDir);
    await until(student, () => student.status().kind === "connected", "the student back", 30_000);
    await until(host, () => host.status().kind === "connected", "the host back", 30_000);
    const after = await until(host, (v) => v.players[student.me!]?.connected === true, "the student's seat connected", 10_000);
    expect(after.lines).toStrictEqual(before.lines);
    expect(after.phase).toBe("pass");
    expect(after.paused).toBe(true);
    expect(await host.send({ type: "resume" })).toBeNull();
    student.dispose();
    host.dispose();
  }, 90_000);
});

describe("a class brought back that nobody has come back to yet", () => {
  it("stays open past colyseus' empty-room timeout, waiting for its devices", async () => {
    const [port] = (await freePorts(1)) as [number];
    const dataDir = freshDataDir();
    let proc = await startServerProcess(port, undefined, dataDir);
    const endpoint = `ws://127.0.0.1:${port}`;
    const host = await NetworkGame.host({ endpoint, settings: { lineLength: 3 }, store: memoryStore() });
    const code = host.code;
    host.dispose();
    proc.child.kill("SIGKILL");
    await new Promise((r) => proc.child.once("exit", r));
    proc = await startServerProcess(port, undefined, dataDir);
    try {
      // colyseus disposes a room nobody joins within 15 s; a restored class must not end that way.
      await new Promise((r) => setTimeout(r, 17_000));
      expect((await fetch(`http://127.0.0.1:${port}/api/classes/${code}`)).status).toBe(200);
    } finally {
      await proc.stop();
    }
  }, 180_000);
});
