// What only a network source can do: take its seat back after a drop or a reload, and explain a
// refused join (wrong code, locked class) or a kick. A real server, real colyseus.js clients.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type RunningServer } from "../../server/app";
import { type ConnectionStatus, type KeyValueStore, JoinError, NetworkGame } from "../../client/source/network-game";
import { until } from "./scenarios";

const PORT = 3943;
const endpoint = `ws://127.0.0.1:${PORT}`;
let server: RunningServer;

beforeAll(async () => {
  server = await createServer({ port: PORT, host: "127.0.0.1", classroom: { tickMs: 50 } });
});
afterAll(async () => {
  await server?.close();
});

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

const SETTINGS = { lineLength: 3, autoAdvance: false, seed: 5 };

describe("NetworkGame over a real server", () => {
  it("a dropped student rejoins by itself, same id, seat and handshake, and says so", async () => {
    const host = await NetworkGame.host({ endpoint, settings: SETTINGS, store: null });
    const student = await NetworkGame.join({ endpoint, code: host.code, name: "Ada", store: memoryStore() });
    const id = student.me!;
    const seat = student.view().players[id].seat;
    const weight = student.view().lines[0].neurons[seat].weight;
    const seen: ConnectionStatus["kind"][] = [];
    student.onStatus((s) => seen.push(s.kind));
    student.simulateDrop();
    await until(host, (v) => v.players[id]?.connected === false, "the host to see the drop");
    const stop = Date.now() + 5000;
    while (student.status().kind !== "connected" && Date.now() < stop) await new Promise((r) => setTimeout(r, 20));
    expect(student.status()).toEqual({ kind: "connected", rejoined: true });
    expect(seen).toEqual(["reconnecting", "connected"]);
    expect(student.me).toBe(id);
    await until(host, (v) => v.players[id]?.connected === true, "the host to see the student back");
    expect(student.view().players[id].seat).toBe(seat);
    expect(student.view().lines[0].neurons[seat].weight).toBe(weight);
    await student.leave();
    await host.leave();
  });

  it("a reloaded page (a new source, the stored token) takes the same seat back; so does the host", async () => {
    const hostStore = memoryStore();
    const store = memoryStore();
    const host = await NetworkGame.host({ endpoint, settings: SETTINGS, store: hostStore });
    const first = await NetworkGame.join({ endpoint, code: host.code, name: "Grace", store });
    const id = first.me!;
    first.dispose(); // like closing the tab: not a consented leave
    const again = await NetworkGame.resume({ endpoint, code: host.code, store });
    expect(again).not.toBeNull();
    expect(again!.me).toBe(id);
    expect(again!.view().players[id].name).toBe("Grace");
    host.dispose();
    const host2 = await NetworkGame.resume({ endpoint, code: host.code, store: hostStore });
    expect(host2?.me).toBe("host");
    expect(host2?.hostKey).toBe(host.hostKey);
    expect(await host2!.send({ type: "start" })).toBeNull();
    await until(again!, (v) => v.phase === "aim", "the game to start from the resumed host");
    await again!.leave();
    await host2!.leave();
  });

  it("explains refused joins and a kick", async () => {
    await expect(NetworkGame.join({ endpoint, code: "ZZZZZ", name: "x", store: null })).rejects.toMatchObject({ reason: "not-found" });
    await expect(NetworkGame.join({ endpoint, code: "no", name: "x", store: null })).rejects.toBeInstanceOf(JoinError);
    const host = await NetworkGame.host({ endpoint, settings: SETTINGS, store: null });
    const s = await NetworkGame.join({ endpoint, code: host.code.toLowerCase(), name: "Kim", store: null });
    const statuses: ConnectionStatus[] = [];
    s.onStatus((st) => statuses.push(st));
    expect(await host.send({ type: "kick", player: s.me! })).toBeNull();
    await until(host, (v) => !v.players[s.me!], "the kick");
    const stop = Date.now() + 3000;
    while (statuses.length === 0 && Date.now() < stop) await new Promise((r) => setTimeout(r, 20));
    expect(statuses.at(-1)).toMatchObject({ kind: "closed", reason: "kicked" });
    await host.send({ type: "lock", locked: true });
    await until(host, (v) => v.locked, "the lock");
    await expect(NetworkGame.join({ endpoint, code: host.code, name: "Late", store: null })).rejects.toMatchObject({ reason: "locked" });
    await host.leave();
  });
});
