// The class log, in one process: what the store holds replays to exactly the room's engine state (after
// a game with joins, drops, a kick, votes and dials), a seat key takes a seat back when the token cannot,
// and a reload right after a silent drop gets the same seat at once (the stale socket is closed).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConnectionStatus, NetworkGame } from "../../client/source/network-game";
import type { RunningServer } from "../../server/app";
import { type Action, HOST_ID, replayGame } from "../../shared";
import { until } from "../behaviour/scenarios";
import { engineOf, memoryStore, serverRoom, startServer } from "./helpers";

let server: RunningServer;
let endpoint = "";
beforeAll(async () => {
  server = await startServer(0, { classroom: { tickMs: 50 } });
  endpoint = `ws://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server?.close();
});


describe("the class log", () => {
  it("replays to exactly the room's state after a game with joins, drops, a kick, votes and dials", async () => {
    const host = await NetworkGame.host({ endpoint, settings: { lineLength: 4, autoAdvance: false, seed: 5 }, store: null });
    const students = await Promise.all(["Ada", "Bo", "Cy"].map((name) => NetworkGame.join({ endpoint, code: host.code, name, store: memoryStore() })));
    const [ada, bo, cy] = students as [NetworkGame, NetworkGame, NetworkGame];
    await host.send({ type: "start" });
    for (let i = 0; i < 3; i++) await host.send({ type: "next" });
    await ada.send({ type: "vote", blame: 1, direction: "firmer" });
    bo.simulateDrop();
    await until(bo, (v) => v.players[bo.me!]?.connected === true && bo.status().kind === "connected", "Bo back");
    await host.send({ type: "kick", player: cy.me! });
    await host.send({ type: "next" });
    await host.send({ type: "next" });
    const me = ada.view().players[ada.me!];
    await ada.send({ type: "adjust", weight: ada.view().lines[me.line].neurons[me.seat].weight + 0.25 });
    await host.send({ type: "next" });

    const room = serverRoom(host.code);
    await room.flushed();
    const record = (await server.store.getClass(host.code))!;
    const log = (await server.store.readLog(host.code)).map((e) => ({ at: e.at, action: e.action as Action }));
    expect(log.length).toBeGreaterThan(10);
    expect(replayGame(HOST_ID, record.settings, record.createdAt, log)).toStrictEqual(engineOf(host.code));
    // Keys are kept only as hashes.
    expect(JSON.stringify(record)).not.toContain(host.hostKey!);
    for (const s of [ada, bo, cy, host]) s.dispose();
  });
});

describe("getting a seat back", () => {
  it("a reload right after a silent drop takes the same seat at once; the stale connection is closed", async () => {
    const host = await NetworkGame.host({ endpoint, settings: { lineLength: 3, autoAdvance: false }, store: null });
    const store = memoryStore();
    const first = await NetworkGame.join({ endpoint, code: host.code, name: "Dee", store });
    const statuses: ConnectionStatus[] = [];
    first.onStatus((s) => statuses.push(s));
    const seat = (await until(host, (v) => !!v.players[first.me!], "Dee on the projector")).players[first.me!];
    // The old page's socket is still open as far as the server knows (no close frame ever came): a new
    // page with the same storage cannot use the reconnection token, so it uses the seat key.
    const started = Date.now();
    const reloaded = await NetworkGame.resume({ endpoint, code: host.code, store });
    const ms = Date.now() - started;
    expect(reloaded).not.toBeNull();
    expect(reloaded!.me).toBe(first.me);
    expect(ms).toBeLessThan(2000);
    await until(host, (v) => v.players[first.me!]?.connected === true, "the seat connected");
    expect(host.view().players[first.me!]).toMatchObject({ line: seat.line, seat: seat.seat, name: "Dee" });
    await until(reloaded!, () => statuses.some((s) => s.kind === "closed"), "the stale page to be told");
    expect(statuses.at(-1)).toMatchObject({ kind: "closed", reason: "left" });
    // The seat works from the new page.
    await host.send({ type: "start" });
    for (let i = 0; i < 3; i++) await host.send({ type: "next" });
    expect(await reloaded!.send({ type: "vote", blame: 0, direction: "looser" })).toBeNull();
    reloaded!.dispose();
    host.dispose();
  });

  it("a seat key from another class, or a made-up one, gets no seat", async () => {
    const host = await NetworkGame.host({ endpoint, settings: { lineLength: 3 }, store: null });
    const store = memoryStore();
    store.setItem(`blame-game:class:${host.code}`, JSON.stringify({ code: host.code, role: "student", token: "nope:nope", seatKey: "a-made-up-seat-key-123456" }));
    expect(await NetworkGame.resume({ endpoint, code: host.code, store, retryForMs: 2000 })).toBeNull();
    // Gone for good: the page forgets it and offers to join.
    expect(store.getItem(`blame-game:class:${host.code}`)).toBeNull();
    host.dispose();
  });
});

describe("reports are kept", () => {
  const api = () => `http://127.0.0.1:${server.port}/api/classes`;
  const keyed = (key: string, init: RequestInit = {}) => ({ ...init, headers: { "x-host-key": key } });

  it("every game of a class is in its report, the report outlives the class, and the host can delete it", async () => {
    const host = await NetworkGame.host({ endpoint, settings: { lineLength: 2, autoAdvance: false, maxRounds: 1 }, store: null });
    const key = host.hostKey!;
    const code = host.code;
    const playGame = async () => {
      await host.send({ type: "start" });
      for (let i = 0; i < 6; i++) await host.send({ type: "next" });
      await until(host, (v) => v.phase === "summary", "the summary");
    };
    await playGame();
    await playGame(); // "Play again": a second game, the first one kept
    const live = await (await fetch(`${api()}/${code}/report.json`, keyed(key))).json();
    expect(live.game).toBe(2);
    expect(live.earlierGames.map((g: { game: number }) => g.game)).toEqual([1]);
    expect(live.earlierGames[0].lines[0].shots).toHaveLength(1);
    const csv = await (await fetch(`${api()}/${code}/report.csv`, keyed(key))).text();
    const [header, ...rows] = csv.trim().split("\r\n").map((r) => r.split(","));
    expect(new Set(rows.map((r) => r[header.indexOf("game")]))).toEqual(new Set(["1", "2"]));
    expect((await fetch(`${api()}/${code}`, { method: "DELETE", headers: { "x-host-key": key } })).status).toBe(409);

    // Everyone leaves: the class ends, its report stays.
    await host.leave();
    await waitUntil(async () => (await server.store.getClass(code))?.finishedAt !== null, "the class to be finished");
    const info = await (await fetch(`${api()}/${code}/info`, keyed(key))).json();
    expect(info).toMatchObject({ code, live: false, finishedAt: expect.any(Number) });
    const kept = await fetch(`${api()}/${code}/report.json`, keyed(key));
    expect(kept.headers.get("content-disposition")).toMatch(new RegExp(`blame-game-${code}-\\d{4}-\\d{2}-\\d{2}-game-2\\.json`));
    const stored = await kept.json();
    expect(stored.earlierGames).toHaveLength(1);
    expect({ ...stored, phase: undefined }).toEqual({ ...live, phase: undefined });
    // Only with the key; then deleted for good.
    expect((await fetch(`${api()}/${code}/report.json`, keyed("x".repeat(32)))).status).toBe(403);
    expect((await fetch(`${api()}/${code}`, { method: "DELETE", headers: { "x-host-key": key } })).status).toBe(204);
    expect((await fetch(`${api()}/${code}/report.json`, keyed(key))).status).toBe(403);
    expect(await server.store.getClass(code)).toBeNull();
  });
});

async function waitUntil(check: () => Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
