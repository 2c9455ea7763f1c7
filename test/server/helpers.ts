// Shared helpers for the server tests: boot a real server, real colyseus.js clients, and waits
// on the client's own state (the client-side waitForNextPatch of @colyseus/testing is broken here).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { matchMaker } from "@colyseus/core";
import { Client, type Room } from "colyseus.js";
import type { GameState, GameView, Settings } from "../../shared";
import { createServer, type RunningServer, type ServerConfig } from "../../server/app";
import type { KeyValueStore } from "../../client/source/network-game";
import type { ClassroomRoom } from "../../server/rooms/ClassroomRoom";
import type { CreatedClass, ErrorMessage } from "../../shared";
import { wireToView } from "../../shared/protocol/wire-view";

/** Boots a real server in this test file's process, keeping its classes in a fresh folder unless told otherwise. */
export function startServer(port: number, extra: Partial<ServerConfig> = {}): Promise<RunningServer> {
  return createServer({ port, host: "127.0.0.1", dataDir: mkdtempSync(join(tmpdir(), "blame-data-")), ...extra });
}

/** Polls `predicate` until true, or fails with `what` after `ms`. */
export async function waitFor(predicate: () => boolean, what: string, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** What a client holds, as the engine's view (nulls restored). */
export function viewOf(room: Room): GameView {
  return wireToView(room.state.toJSON());
}

/** Waits until the client's state equals `expected` exactly, then asserts it (for a readable diff on failure). */
export async function waitForView(room: Room, expected: GameView, what = "the client's state to match the engine", ms = 5000): Promise<void> {
  try {
    await waitFor(() => isDeepStrictEqual(viewOf(room), expected), what, ms);
  } catch (e) {
    // Give the assertion's diff, not just a timeout.
    const { expect } = await import("vitest");
    expect(viewOf(room)).toStrictEqual(expected);
    throw e;
  }
}

/** Every message of `type` a room receives, in order. */
export function collect<T = unknown>(room: Room, type: string): T[] {
  const got: T[] = [];
  room.onMessage(type, (m: T) => got.push(m));
  return got;
}

/** A host with its join code and host key. */
export interface Host {
  room: Room;
  code: string;
  key: string;
  errors: ErrorMessage[];
}

/** Creates a class through the class API (which hands back the host key), then connects its host. */
export async function createClass(client: Client, settings?: Partial<Settings>): Promise<Host> {
  const res = await fetch(`${httpOf(client)}/api/classes`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(settings ? { settings } : {}),
  });
  const body = (await res.json()) as CreatedClass & { message?: string };
  if (res.status !== 201) throw new Error(body.message ?? `create failed: ${res.status}`);
  const room = await client.joinById(body.code, { hostKey: body.hostKey });
  const errors = collect<ErrorMessage>(room, "error");
  return { room, code: body.code, key: body.hostKey, errors };
}

/** A joined student and the refusals it received. */
export interface Student {
  room: Room;
  id: string;
  errors: ErrorMessage[];
}

/** Joins a class as a student. */
export async function joinClass(client: Client, code: string, name: string): Promise<Student> {
  const room = await client.joinById(code, { name });
  const errors = collect<ErrorMessage>(room, "error");
  return { room, id: room.sessionId, errors };
}

/** The server-side room (same process), for its engine state. */
export function serverRoom(code: string): ClassroomRoom {
  return matchMaker.getLocalRoomById(code) as ClassroomRoom;
}

/** The engine's state of a class, as it is on the server. */
export function engineOf(code: string): GameState {
  return serverRoom(code).engineState;
}

const httpBases = new WeakMap<Client, string>();

/** A colyseus.js client for a local port. */
export function clientFor(port: number): Client {
  const client = new Client(`ws://127.0.0.1:${port}`);
  httpBases.set(client, `http://127.0.0.1:${port}`);
  return client;
}

/** The http address of the server a client from `clientFor` talks to. */
export function httpOf(client: Client): string {
  const base = httpBases.get(client);
  if (!base) throw new Error("use clientFor(port) to make clients in server tests");
  return base;
}

/** A Map-backed stand-in for the browser's storage, for NetworkGame in Node (the map is exposed to look into). */
export function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}
