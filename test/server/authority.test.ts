// Authority and bad input: every refusal comes back as an "error" message naming the problem, the
// game does not change, and the sender stays connected. Floods and oversized frames disconnect only
// the sender.
import type { Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toView } from "../../shared";
import type { RunningServer } from "../../server/app";
import { CLOSE } from "../../shared";
import { clientFor, createClass, engineOf, type Host, joinClass, sleep, type Student, startServer, waitFor } from "./helpers";

let server: RunningServer;
let host: Host;
let alice: Student;
let bob: Student;

beforeAll(async () => {
  server = await startServer(0);
  const client = clientFor(server.port);
  host = await createClass(client, { lineLength: 4, autoAdvance: false });
  alice = await joinClass(client, host.code, "Alice");
  bob = await joinClass(client, host.code, "Bob");
  host.room.send("start", {});
  for (let i = 0; i < 3; i++) host.room.send("next", {});
  await waitFor(() => engineOf(host.code).phase === "vote", "the vote phase");
});
afterAll(async () => {
  await server?.close();
});

type Sender = { room: Room; errors: { code: string; message: string; type: string }[] };

/** Sends one message, waits for its refusal, and checks nothing changed and the sender is still there. */
async function refused(who: Sender, type: string | number, payload: unknown, code: string): Promise<string> {
  const before = toView(engineOf(host.code));
  const n = who.errors.length;
  who.room.send(type, payload);
  await waitFor(() => who.errors.length > n, `a refusal of ${String(type).slice(0, 20)}`);
  const error = who.errors[n];
  expect(error.code, error.message).toBe(code);
  expect(error.message.length).toBeGreaterThan(5);
  expect(toView(engineOf(host.code))).toStrictEqual(before);
  expect(who.room.connection.isOpen).toBe(true);
  // Stay under the rate limit (10 a second): the table is input abuse, not a flood.
  await sleep(110);
  return error.message;
}

describe("authority", () => {
  it("students cannot run host commands or kick anyone", async () => {
    const hostOnly: [string, unknown][] = [
      ["start", {}], ["next", {}], ["next", { replay: true }], ["pause", {}], ["resume", {}], ["end", {}],
      ["lock", { locked: true }], ["configure", { settings: { strictness: 0.5 } }], ["setHoop", { distance: 5 }],
      ["kick", { player: bob.id }],
    ];
    for (const [type, payload] of hostOnly) expect(await refused(alice, type, payload, "not-host")).toMatch(/host/i);
  });

  it("refuses the wrong phase, the host's own votes, and a second vote", async () => {
    await refused(alice, "adjust", { weight: 1 }, "wrong-phase");
    await refused(alice, "ready", {}, "wrong-phase");
    await refused(host, "vote", { blame: 0, direction: "firmer" }, "not-seated");
    alice.room.send("vote", { blame: 1, direction: "firmer" });
    await waitFor(() => !!engineOf(host.code).lines[0].current?.votes[alice.id], "Alice's vote");
    await refused(alice, "vote", { blame: 2, direction: "looser" }, "already-voted");
  });

  it("refuses a table of malformed votes and host messages", async () => {
    const table: [Sender, string | number, unknown, string][] = [
      [bob, "vote", { blame: Number.NaN, direction: "firmer" }, "not-a-number"],
      [bob, "vote", { blame: Number.POSITIVE_INFINITY, direction: "firmer" }, "not-a-number"],
      [bob, "vote", { blame: 1e308, direction: "firmer" }, "out-of-range"],
      [bob, "vote", { blame: -1, direction: "firmer" }, "out-of-range"],
      [bob, "vote", { blame: 1.5, direction: "firmer" }, "bad-action"],
      [bob, "vote", { blame: "0", direction: "firmer" }, "bad-action"],
      [bob, "vote", { blame: 0, direction: "sideways" }, "bad-action"],
      [bob, "vote", { blame: 0, direction: "x".repeat(3000) }, "bad-action"],
      [bob, "vote", { blame: 0, direction: "firmer", by: alice.id }, "bad-action"],
      [bob, "vote", {}, "bad-action"],
      [bob, "vote", 5, "bad-action"],
      [bob, "vote", "vote", "bad-action"],
      [bob, "vote", [0, "firmer"], "bad-action"],
      [bob, "hack", { everything: true }, "bad-action"],
      [bob, "__proto__", {}, "bad-action"],
      [bob, "constructor", {}, "bad-action"],
      [bob, "toString", {}, "bad-action"],
      [bob, "x".repeat(300), {}, "bad-action"],
      [bob, 42, {}, "bad-action"],
      [host, "kick", { player: "x".repeat(3000) }, "out-of-range"],
      [host, "kick", { player: "nobody" }, "unknown-player"],
      [host, "configure", { settings: { lineLength: 99 } }, "out-of-range"],
      [host, "configure", { settings: { strictness: Number.NaN } }, "not-a-number"],
      [host, "configure", { settings: { strictness: 1e308 } }, "out-of-range"],
      [host, "configure", { settings: { bogus: 1 } }, "bad-action"],
      [host, "configure", { settings: { lineLength: 6 } }, "wrong-phase"],
      [host, "setHoop", { distance: 1e308 }, "out-of-range"],
      [host, "setHoop", { distance: Number.NEGATIVE_INFINITY }, "not-a-number"],
      [host, "resume", {}, "wrong-phase"],
      [host, "adjust", { weight: 1 }, "not-seated"],
    ];
    for (const [who, type, payload, code] of table) await refused(who, type, payload, code);
  });

  it("refuses malformed dial turns, and a student's dial moves only their own neuron", async () => {
    host.room.send("next", {});
    host.room.send("next", {});
    await waitFor(() => engineOf(host.code).phase === "adjust", "the adjust phase");
    await sleep(200);
    const table: [unknown, string][] = [
      [{ weight: Number.NaN }, "not-a-number"],
      [{ weight: Number.POSITIVE_INFINITY }, "not-a-number"],
      [{ weight: Number.NEGATIVE_INFINITY }, "not-a-number"],
      [{ weight: 1e308 }, "out-of-range"],
      [{ weight: 5.0001 }, "out-of-range"],
      [{ weight: 1, bias: -1e308 }, "out-of-range"],
      [{ weight: "1" }, "bad-action"],
      [{ weight: null }, "bad-action"],
      [{ bias: 1 }, "bad-action"],
      [{ weight: 1, seat: 0 }, "bad-action"],
      [{ weight: 1, player: alice.id }, "bad-action"],
    ];
    for (const [payload, code] of table) await refused(bob, "adjust", payload, code);

    const before = engineOf(host.code);
    bob.room.send("adjust", { weight: -2.5 });
    await waitFor(() => engineOf(host.code) !== before && engineOf(host.code).lines[0].neurons.some((n) => n.weight === -2.5), "Bob's dial");
    const after = engineOf(host.code);
    after.lines[0].neurons.forEach((n, seat) => {
      if (n.playerId === bob.id) expect(n.weight).toBe(-2.5);
      else expect(n.weight).toBe(before.lines[0].neurons[seat].weight);
    });
  });
});

describe("abuse", () => {
  it("a flood disconnects only the flooder", async () => {
    const client = clientFor(server.port);
    const flooder = await joinClass(client, host.code, "Flood");
    let closed: number | null = null;
    flooder.room.onLeave((code) => (closed = code));
    await sleep(100);
    for (let i = 0; i < 300; i++) flooder.room.send("ready", {});
    await waitFor(() => closed !== null, "the flooder to be disconnected");
    expect(closed).toBe(CLOSE.flood);
    expect(flooder.errors.some((e) => e.code === "rate-limited")).toBe(true);
    // Its first messages were within the burst and were applied; the rest changed nothing.
    expect(engineOf(host.code).players[flooder.id]?.connected).toBe(false);
    for (const r of [host.room, alice.room, bob.room]) expect(r.connection.isOpen).toBe(true);
    alice.room.send("adjust", { weight: 0.75 });
    await waitFor(() => engineOf(host.code).lines.some((l) => l.neurons.some((n) => n.playerId === alice.id && n.weight === 0.75)), "Alice still playing");
  });

  it("an oversized frame disconnects only its sender", async () => {
    const client = clientFor(server.port);
    const big = await joinClass(client, host.code, "Big");
    let closed: number | null = null;
    big.room.onLeave((code) => (closed = code));
    big.room.send("adjust", { weight: 1, note: "x".repeat(10_000) });
    await waitFor(() => closed !== null, "the oversized sender to be disconnected");
    expect(closed).not.toBe(1000);
    await waitFor(() => engineOf(host.code).players[big.id]?.connected === false, "the server to see the drop");
    for (const r of [host.room, alice.room, bob.room]) expect(r.connection.isOpen).toBe(true);
    host.room.send("pause", {});
    await waitFor(() => engineOf(host.code).paused, "the host still in charge");
  });
});
