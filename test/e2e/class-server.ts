// One classroom server process and one browser for an e2e file: started before its tests, stopped after
// them together with any colyseus.js students the file made. Every classroom e2e set this up alike.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { freePorts, type Proc, startServerProcess } from "../server/processes";
import { buildClient, Devices, ROOT } from "./browser";

/** Where the classroom e2e files put the screenshots they take (to be looked at). */
export const SHOTS = join(ROOT, "test/e2e/screenshots");

/** A running class server: its address, the browser's devices, and the students to dispose of at the end. */
export interface ClassServer {
  /** http://127.0.0.1:PORT, set once the server is up. */
  base: string;
  devices: Devices;
  /** colyseus.js students (or anything else) disposed of after the file's tests. */
  students: { dispose(): void }[];
}

/** Registers the file's beforeAll/afterAll: builds the client, starts a server process and the browser; stops them after. */
export function useClassServer(startMs = 180_000): ClassServer {
  const cls: ClassServer = { base: "", devices: new Devices(), students: [] };
  let server: Proc | null = null;
  beforeAll(async () => {
    buildClient();
    mkdirSync(SHOTS, { recursive: true });
    const [port] = await freePorts(1);
    server = await startServerProcess(port);
    cls.base = `http://127.0.0.1:${port}`;
    await cls.devices.start();
  }, startMs);
  afterAll(async () => {
    for (const s of cls.students) s.dispose();
    await cls.devices.close();
    await server?.stop();
  });
  return cls;
}
