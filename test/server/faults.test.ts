// Faults and the class's life: drops past the grace period, lock, kick, host reload, full classes,
// bad names and codes, and two classes that never see each other.
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type RunningServer } from "../../server/app";
import { HttpGuard } from "../../server/guard/http-guard";
import { DEFAULT_LIMITS } from "../../server/guard/limits";
import { CLOSE } from "../../shared";
import { SqliteStore } from "../../server/store";
import { clientFor, collect, createClass, engineOf, joinClass, sleep, startServer, viewOf, waitFor } from "./helpers";

const GRACE_SECONDS = 1.5;
let server: RunningServer;
beforeAll(async () => {
  server = await startServer(0, { classroom: { reconnectSeconds: GRACE_SECONDS } });
});
afterAll(async () => {
  await server?.close();
});

/** The join error a client gets, as its message. */
async function joinError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("the join was accepted");
}

describe("seats and connections", () => {
  it("a dropped student keeps the seat during the grace period, then the seat goes back to a bot with its weight", async () => {
    const client = clientFor(server.port);
    const host = await createClass(client, { lineLength: 3, autoAdvance: false });
    const s = await joinClass(client, host.code, "Sleepy");
    const { line, seat } = engineOf(host.code).players[s.id];
    const weight = engineOf(host.code).lines[line].neurons[seat].weight;
    s.room.connection.close();
    await waitFor(() => viewOf(host.room).players[s.id]?.connected === false, "the host to see the drop");
    // Played by a bot meanwhile, but still the student's seat.
    expect(viewOf(host.room).lines[line].neurons[seat].playerId).toBe(s.id);
    await waitFor(() => viewOf(host.room).players[s.id] === undefined, "the grace period to end", GRACE_SECONDS * 1000 + 3000);
    const neuron = viewOf(host.room).lines[line].neurons[seat];
    expect(neuron.playerId).toBeNull();
    expect(neuron.name).toMatch(/^Bot /);
    expect(neuron.weight).toBe(weight);
    await expect(client.reconnect(s.room.reconnectionToken)).rejects.toThrow();
  });

  it("a full class says so", async () => {
    const client = clientFor(server.port);
    const host = await createClass(client, { lineLength: 2, teams: 1, maxTeams: 1 });
    await joinClass(client, host.code, "One");
    await joinClass(client, host.code, "Two");
    expect(await joinError(client.joinById(host.code, { name: "Three" }))).toMatch(/full/i);
  });

  it("bad nicknames and wrong codes get a readable reason", async () => {
    const client = clientFor(server.port);
    const host = await createClass(client);
    await joinClass(client, host.code, "Sam");
    expect(await joinError(client.joinById(host.code, { name: " sam " }))).toMatch(/already called sam/i);
    expect(await joinError(client.joinById(host.code, { name: "x".repeat(21) }))).toMatch(/at most 20/);
    expect(await joinError(client.joinById(host.code, { name: "shithead" }))).toMatch(/different nickname/);
    expect(await joinError(client.joinById(host.code, { name: 42 }))).toMatch(/text/);
    expect(await joinError(client.joinById(host.code, { hostKey: "not-the-key-at-all" }))).toMatch(/host key/);
    expect(await joinError(client.joinById("ZZZZZ", { name: "Lost" }))).toMatch(/not found/);
    await expect(createClass(client, { lineLength: 99 })).rejects.toThrow(/lineLength/);
    await expect(createClass(client, { strictness: Number.NaN })).rejects.toThrow(/strictness/);

    const api = `http://127.0.0.1:${server.port}/api/classes`;
    const lookup = await fetch(`${api}/${host.code.toLowerCase()}`);
    expect(lookup.status).toBe(200);
    expect((await lookup.json()).code).toBe(host.code);
    const spaced = await fetch(`${api}/${encodeURIComponent(` ${host.code.slice(0, 2).toLowerCase()}-${host.code.slice(2)} `)}`);
    expect((await spaced.json()).code).toBe(host.code);
    const missing = await fetch(`${api}/ZZZZZ`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).message).toMatch(/No class is using the code ZZZZZ/);
    const bad = await fetch(`${api}/IO01`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toBe("bad-code");
  });
});

describe("host commands", () => {
  it("lock blocks new joins but not reconnects, and unlock lets people in again", async () => {
    const client = clientFor(server.port);
    const host = await createClass(client);
    const s = await joinClass(client, host.code, "Inside");
    host.room.send("lock", { locked: true });
    await waitFor(() => viewOf(host.room).locked, "the lock");
    expect(await joinError(client.joinById(host.code, { name: "Outside" }))).toMatch(/locked/);
    const lookup = await fetch(`http://127.0.0.1:${server.port}/api/classes/${host.code}`);
    expect(lookup.status).toBe(423);
    expect((await lookup.json()).message).toMatch(/locked/);

    s.room.connection.close();
    await waitFor(() => engineOf(host.code).players[s.id]?.connected === false, "the drop");
    const back = await client.reconnect(s.room.reconnectionToken);
    await waitFor(() => viewOf(back).players[s.id]?.connected === true, "the reconnection into a locked class");

    host.room.send("lock", { locked: false });
    await waitFor(() => !viewOf(host.room).locked, "the unlock");
    const late = await joinClass(client, host.code, "Outside");
    expect(engineOf(host.code).players[late.id].name).toBe("Outside");
  });

  it("kick removes a student for good; a student cannot kick", async () => {
    const client = clientFor(server.port);
    const host = await createClass(client);
    const a = await joinClass(client, host.code, "Annoying");
    const b = await joinClass(client, host.code, "Nice");
    b.room.send("kick", { player: a.id });
    await waitFor(() => b.errors.length > 0, "the refusal");
    expect(b.errors[0].code).toBe("not-host");
    const kicked = collect<{ message: string }>(a.room, "kicked");
    let code: number | null = null;
    a.room.onLeave((c) => (code = c));
    host.room.send("kick", { player: a.id });
    await waitFor(() => code !== null, "the kicked student to be disconnected");
    expect(code).toBe(CLOSE.kicked);
    expect(kicked[0]?.message).toMatch(/removed/);
    await waitFor(() => viewOf(host.room).players[a.id] === undefined, "the seat to be freed");
    expect(viewOf(host.room).lines[0].neurons.some((n) => n.playerId === a.id)).toBe(false);
    await expect(client.reconnect(a.room.reconnectionToken)).rejects.toThrow();
    expect(b.room.connection.isOpen).toBe(true);
  });

  it("the host leaving pauses the game; a reload with the host key takes the host role back", async () => {
    const client = clientFor(server.port);
    const host = await createClass(client, { autoAdvance: true, voteSeconds: 60 });
    const s = await joinClass(client, host.code, "Patient");
    host.room.send("start", {});
    await waitFor(() => viewOf(s.room).phase === "aim", "the start");
    host.room.connection.close();
    await waitFor(() => viewOf(s.room).paused, "the pause when the projector goes dark");
    const phase = viewOf(s.room).phase;
    await sleep(1700);
    expect(viewOf(s.room).phase).toBe(phase);

    const reloaded = await client.joinById(host.code, { hostKey: host.key });
    const errors = collect<{ code: string }>(reloaded, "error");
    reloaded.send("resume", {});
    await waitFor(() => !viewOf(s.room).paused, "the resume");
    reloaded.send("end", {});
    await waitFor(() => viewOf(s.room).phase === "summary", "the end");
    expect(errors).toEqual([]);
    // The student is still a student.
    s.room.send("end", {});
    await waitFor(() => s.errors.length > 0, "the student's refusal");
    expect(s.errors[0].code).toBe("not-host");
  });
});

describe("isolation", () => {
  it("two classes never see each other", async () => {
    const client = clientFor(server.port);
    const one = await createClass(client, { autoAdvance: false, seed: 3 });
    const two = await createClass(client, { autoAdvance: false, seed: 3 });
    expect(one.code).not.toBe(two.code);
    const a = await joinClass(client, one.code, "Same Name");
    const b = await joinClass(client, two.code, "Same Name");
    one.room.send("start", {});
    await waitFor(() => viewOf(a.room).phase === "aim", "class one starting");
    await sleep(300);
    expect(viewOf(b.room).phase).toBe("lobby");
    expect(Object.keys(viewOf(b.room).players)).toEqual([b.id]);
    expect(Object.keys(viewOf(a.room).players)).toEqual([a.id]);
    // The other class's host key is worthless here.
    expect(await joinError(client.joinById(one.code, { hostKey: two.key }))).toMatch(/host key/);
    const report = await fetch(`http://127.0.0.1:${server.port}/api/classes/${one.code}/report.json`, { headers: { "x-host-key": two.key } });
    expect(report.status).toBe(403);
  });
});

/** A GET with the headers as sent and the body as it came over the wire (no decompression). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

describe("the page", () => {
  it("goes out compressed where the browser accepts it, hashed assets cached for a year, pages revalidated", async () => {
    const base = `http://127.0.0.1:${server.port}`;
    const html = await (await fetch(`${base}/`)).text();
    const script = /src="\.\/(assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const plain = await rawGet(`${base}/${script}`, {});
    const br = await rawGet(`${base}/${script}`, { "Accept-Encoding": "gzip, deflate, br" });
    const gz = await rawGet(`${base}/${script}`, { "Accept-Encoding": "gzip" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(br.headers["content-encoding"]).toBe("br");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(brotliDecompressSync(br.body)).toEqual(plain.body);
    expect(gunzipSync(gz.body)).toEqual(plain.body);
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    for (const r of [plain, br, gz]) {
      expect(r.headers["content-type"]).toMatch(/javascript/);
      expect(r.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(r.headers.vary).toMatch(/Accept-Encoding/);
    }
    for (const page of ["/", "/class.html", "/sw.js"]) expect((await rawGet(`${base}${page}`, { "Accept-Encoding": "br" })).headers["cache-control"]).toBe("no-cache");
  });

  it("answers /health and serves the built client (the test run builds it first)", async () => {
    const base = `http://127.0.0.1:${server.port}`;
    const health = await (await fetch(`${base}/health`)).json();
    expect(health.ok).toBe(true);
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const text = await page.text();
    expect(text).toMatch(/^<!doctype html>/i);
    expect(text).toContain("<title>The Blame Game</title>");
    expect(text).not.toContain("npm run build");
    // The built page, not the source: its script is a hashed bundle under assets/, and it is served.
    const script = /<script type="module" crossorigin src="\.\/(assets\/index-[\w-]+\.js)">/.exec(text)?.[1];
    expect(script, "the page's bundled script").toBeDefined();
    const bundle = await fetch(`${base}/${script}`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get("content-type")).toMatch(/javascript/);
    const classroom = await fetch(`${base}/class.html`);
    expect(classroom.status).toBe(200);
    expect(await classroom.text()).toContain("<title>The Blame Game: class</title>");
  });

  it("without a built client, / says how to build it", async () => {
    const empty = mkdtempSync(join(tmpdir(), "blame-game-no-client-"));
    const store = new SqliteStore(join(empty, "classes.sqlite"));
    const app = http.createServer(createApp(new HttpGuard(DEFAULT_LIMITS), store, empty));
    try {
      await new Promise<void>((r) => app.listen(0, "127.0.0.1", r));
      const page = await fetch(`http://127.0.0.1:${(app.address() as AddressInfo).port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("the client is not built: run npm run build");
    } finally {
      app.closeAllConnections();
      await new Promise((r) => app.close(r));
      await store.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
