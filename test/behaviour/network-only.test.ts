// What only a network source can do: take its seat back after a drop or a reload, and explain a
// refused join (wrong code, locked class) or a kick. A real server, real colyseus.js clients.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import { memoryStore, startServer } from "../server/helpers";
import { type ConnectionStatus, JoinError, NetworkGame } from "../../client/source/network-game";
import { until } from "./scenarios";

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

  it("a device that says it went offline drops its socket at once, says it is reconnecting, and is back when the network is", async () => {
    const host = await NetworkGame.host({ endpoint, settings: SETTINGS, store: null });
    // This student's "window": a page's online and offline events (Node has none of its own).
    const page = new EventTarget();
    const g = globalThis as { addEventListener?: unknown; removeEventListener?: unknown };
    g.addEventListener = page.addEventListener.bind(page);
    g.removeEventListener = page.removeEventListener.bind(page);
    try {
      const student = await NetworkGame.join({ endpoint, code: host.code, name: "Lin", store: memoryStore() });
      const id = student.me!;
      const seen: ConnectionStatus["kind"][] = [];
      student.onStatus((st) => seen.push(st.kind));
      page.dispatchEvent(new Event("offline"));
      await until(host, (v) => v.players[id]?.connected === false, "the host to see the drop");
      expect(seen[0]).toBe("reconnecting");
      page.dispatchEvent(new Event("online"));
      const stop = Date.now() + 10_000;
      while (student.status().kind !== "connected" && Date.now() < stop) await new Promise((r) => setTimeout(r, 20));
      expect(student.status()).toEqual({ kind: "connected", rejoined: true });
      expect(student.me).toBe(id);
      await student.leave();
    } finally {
      delete g.addEventListener;
      delete g.removeEventListener;
    }
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
  it("send resolves with the server's ack, which comes after the patch that shows the intent", async () => {
    // A 5 s wait for the ack: if send waited it out, every step below would take 5 s.
    const host = await NetworkGame.host({ endpoint, settings: SETTINGS, store: null, ackMs: 5000 });
    const s = await NetworkGame.join({ endpoint, code: host.code, name: "Quick", store: null, ackMs: 5000 });
    await until(host, (v) => !!v.players[s.me!], "the student on the host");
    const timed = async (p: Promise<unknown>) => {
      const t0 = Date.now();
      const r = await p;
      return { r, ms: Date.now() - t0 };
    };
    const start = await timed(host.send({ type: "start" }));
    expect(start.r).toBeNull();
    expect(start.ms).toBeLessThan(3000);
    expect(host.view().phase).toBe("aim");
    for (const phase of ["pass", "shot", "vote"]) {
      expect((await timed(host.send({ type: "next" }))).ms).toBeLessThan(3000);
      expect(host.view().phase).toBe(phase);
    }
    await until(s, (v) => v.phase === "vote", "the vote on the student");
    const vote = await timed(s.send({ type: "vote", blame: 1, direction: "firmer" }));
    expect(vote.r).toBeNull();
    expect(vote.ms).toBeLessThan(3000);
    // Resolved with the patch: the vote is already in the student's view.
    const p = s.view().players[s.me!];
    expect(s.view().lines[p.line].current!.votes[s.me!]).toEqual({ blame: 1, direction: "firmer" });
    // A refusal still comes back as the refusal (the state already showed a vote: no early answer).
    expect((await timed(s.send({ type: "vote", blame: 0, direction: "looser" }))).r).toMatchObject({ code: "already-voted" });
    await host.send({ type: "next" });
    await host.send({ type: "next" });
    await until(s, (v) => v.phase === "adjust", "adjust on the student");
    const w = s.view().lines[p.line].neurons[p.seat].weight + 0.125;
    const adjust = await timed(s.send({ type: "adjust", weight: w }));
    expect(adjust.ms).toBeLessThan(3000);
    expect(s.view().lines[p.line].neurons[p.seat].weight).toBe(w);
    const pause = await timed(host.send({ type: "pause" }));
    expect(pause.ms).toBeLessThan(3000);
    expect(host.view().paused).toBe(true);
    await s.leave();
    await host.leave();
  });

  it("an intent whose answer is lost with the socket is not reported as accepted", async () => {
    const host = await NetworkGame.host({ endpoint, settings: SETTINGS, store: null, ackMs: 5000 });
    const answer = host.send({ type: "start" });
    host.simulateDrop();
    const got = await answer;
    // Whether or not the start arrived, the page cannot know: it says so instead of claiming success.
    expect(got).not.toBeNull();
    expect(got?.code).toBe("unavailable");
    await until(host, (v) => v.lines.length > 0 && host.status().kind === "connected", "the host back");
    await host.leave();
  });
});
