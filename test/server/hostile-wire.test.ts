// What a curious student can send down the socket: a property-based fuzzer over message types (the
// real ones, colyseus' reserved names, random text and numbers) and payloads (objects whose toString
// is not a function, deep nesting, binary, huge numbers), and raw frames that are not msgpack at all.
// After every case: the sender got exactly one "error" reply and is still connected, and neither its
// class nor another class changed. The server runs in this process: a crash would end the test run.
import { pack } from "@colyseus/msgpackr";
import { encode } from "@colyseus/schema";
import type { Room } from "colyseus.js";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ErrorMessage, MESSAGE_SCHEMAS } from "../../shared";
import type { RunningServer } from "../../server/app";
import { clientFor, collect, createClass, engineOf, type Host, joinClass, startServer, type Student, waitFor } from "./helpers";

const ROOM_DATA = 13;
const ROOM_DATA_BYTES = 17;

let server: RunningServer;
let mine: Host;
let other: Host;
let attacker: Student;
let replies: ErrorMessage[];
let sentinel = 0;

beforeAll(async () => {
  // No rate limit here: every case must reach the room's reader, not the flood guard.
  server = await startServer(0, { classroom: { rate: 1e9, burst: 1e9 } });
  const client = clientFor(server.port);
  mine = await createClass(client, { lineLength: 3, autoAdvance: false });
  other = await createClass(client, { lineLength: 3, autoAdvance: false });
  await joinClass(client, other.code, "Bystander");
  attacker = await joinClass(client, mine.code, "Curious");
  replies = attacker.errors;
  attacker.room.onMessage("error", () => wake?.());
});
afterAll(async () => {
  await server?.close();
});

/** A frame as colyseus.js builds one: protocol byte, the type (string or number), then the bytes. */
function frame(code: number, type: string | number, body: Uint8Array): Uint8Array {
  const head = new Uint8Array(16 + Buffer.byteLength(String(type)) * 4);
  head[0] = code;
  const it = { offset: 1 };
  if (typeof type === "string") encode.string(head as Buffer, type, it);
  else encode.number(head as Buffer, type, it);
  const out = new Uint8Array(it.offset + body.byteLength);
  out.set(head.subarray(0, it.offset));
  out.set(body, it.offset);
  return out;
}

/** Resolves when the attacker's replies include the sentinel `seq` (woken by each reply, not by polling). */
let wake: (() => void) | null = null;
function replyTo(seq: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no reply to case ${seq}`)), 5000);
    wake = () => {
      if (!replies.some((r) => r.seq === seq)) return;
      clearTimeout(timer);
      wake = null;
      resolve();
    };
    wake();
  });
}

/** Sends raw bytes, then a sentinel that the room always refuses; returns the replies the raw bytes got. */
async function exchange(room: Room, bytes: Uint8Array): Promise<ErrorMessage[]> {
  const start = replies.length;
  room.connection.send(bytes);
  const seq = ++sentinel;
  // "ready" in the lobby is always refused: its reply (with our seq) marks the end of this case.
  room.send("ready", { seq });
  await replyTo(seq);
  return replies.slice(start).filter((r) => r.seq !== seq);
}

const types = fc.oneof(
  fc.constantFrom(...Object.keys(MESSAGE_SCHEMAS)),
  fc.constantFrom("*", "__no_message_handler", "__proto__", "constructor", "toString", "hasOwnProperty", "", "error", "join", "leave", "tick", "connection", "unban"),
  fc.string({ maxLength: 60 }),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.double({ noNaN: false }),
);

// Payloads msgpack can carry, with the shapes that broke servers before.
const hostile = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -0, Number.MAX_SAFE_INTEGER + 2),
    fc.string({ maxLength: 80 }),
    fc.uint8Array({ maxLength: 64 }),
    fc.constantFrom({ toString: 0 }, { valueOf: 0, toString: "x" }, { __proto__: null, a: 1 }, { toJSON: 1 }, { seq: "1" }, { seq: -1 }, { seq: 2 ** 40 }),
    fc.array(tie("value"), { maxLength: 6 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("__proto__", "constructor", "toString", "seq", "blame", "weight", "settings")), tie("value"), { maxKeys: 6 }),
  ),
})).value;

/** A nest `depth` arrays deep, as msgpack bytes (one byte per level). */
function deepArray(depth: number): Uint8Array {
  const bytes = new Uint8Array(depth + 1).fill(0x91);
  bytes[depth] = 0xc0;
  return bytes;
}

describe("the wire: any bytes a client sends", () => {
  it("a typed message with any payload gets one refusal, and no class changes", async () => {
    const before = { mine: engineOf(mine.code), other: engineOf(other.code) };
    await fc.assert(
      fc.asyncProperty(types, hostile, async (type, payload) => {
        let body: Uint8Array;
        try {
          body = pack(payload);
        } catch {
          return; // msgpack cannot write it: nothing a client could send either
        }
        if (body.byteLength > 3000) return; // over the frame limit is its own test
        const got = await exchange(attacker.room, frame(ROOM_DATA, type, body));
        expect(got, `type ${String(type)}`).toHaveLength(1);
        expect(typeof got[0].code).toBe("string");
        expect(typeof got[0].type).toBe("string");
      }),
      { numRuns: 3000 },
    );
    expect(attacker.room.connection.isOpen).toBe(true);
    // In the lobby nothing a student says changes the game; the other class never hears of it.
    expect(engineOf(mine.code)).toBe(before.mine);
    expect(engineOf(other.code)).toBe(before.other);
  }, 120_000);

  it("raw frames that are not msgpack, binary messages and truncated types get one refusal each", async () => {
    const before = { mine: engineOf(mine.code), other: engineOf(other.code) };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(ROOM_DATA, ROOM_DATA_BYTES), fc.uint8Array({ maxLength: 200 }), async (code, tail) => {
        const got = await exchange(attacker.room, Uint8Array.from([code, ...tail]));
        expect(got).toHaveLength(1);
      }),
      { numRuns: 3000 },
    );
    for (const bytes of [
      frame(ROOM_DATA, "vote", deepArray(3000)),
      frame(ROOM_DATA, "*", pack({ toString: 0 })),
      frame(ROOM_DATA, "__no_message_handler", pack({ toString: 0 })),
      frame(ROOM_DATA, "vote", Uint8Array.from([0xc1])), // a byte msgpack never uses
      frame(ROOM_DATA, "vote", Uint8Array.from([0xdd, 0xff, 0xff, 0xff, 0xff])), // an array claiming 4 billion items
      frame(ROOM_DATA, "vote", Uint8Array.from([0xd4, 0x7f, 0x00])), // an extension type nobody registered
      Uint8Array.from([ROOM_DATA]),
      Uint8Array.from([ROOM_DATA, 0xdb, 0xff, 0xff, 0xff, 0xff]), // a type string claiming 4 GB
    ]) {
      const got = await exchange(attacker.room, bytes);
      expect(got, Buffer.from(bytes.subarray(0, 12)).toString("hex")).toHaveLength(1);
    }
    expect(attacker.room.connection.isOpen).toBe(true);
    expect(engineOf(mine.code)).toBe(before.mine);
    expect(engineOf(other.code)).toBe(before.other);
  }, 120_000);

  it("the frame that used to end every class: type \"*\" with { toString: 0 } is refused by name", async () => {
    const got = await exchange(attacker.room, frame(ROOM_DATA, "*", pack({ toString: 0 })));
    expect(got[0]).toMatchObject({ code: "bad-action", type: "*" });
    const reserved = await exchange(attacker.room, frame(ROOM_DATA, "__no_message_handler", pack(1)));
    expect(reserved[0]).toMatchObject({ code: "bad-action", type: "__no_message_handler" });
    const garbage = await exchange(attacker.room, frame(ROOM_DATA, "vote", Uint8Array.from([0x92, 0x01]))); // an array of two that ends after one
    expect(garbage[0]).toMatchObject({ code: "bad-message", type: "vote" });
    expect(attacker.room.connection.isOpen).toBe(true);
  });

  it("an accepted message is acknowledged with its sequence number; a refused one carries it in the error", async () => {
    const acks = collect<{ seq: number }>(mine.room, "ack");
    mine.room.send("lock", { locked: true, seq: 41 });
    await waitFor(() => acks.some((a) => a.seq === 41), "the ack");
    mine.room.send("lock", { locked: "yes", seq: 42 });
    await waitFor(() => mine.errors.some((e) => e.seq === 42), "the refusal with its seq");
    mine.room.send("lock", { locked: false, seq: 43 });
    await waitFor(() => acks.some((a) => a.seq === 43), "the second ack");
    expect(acks.map((a) => a.seq)).toEqual([41, 43]);
  });
});
