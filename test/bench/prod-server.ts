// The production server for the client benchmarks, as `npm start` runs it (after the build): its own
// process on a free port, a throw-away data folder, the built client served compressed and cached.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../e2e/browser";
import { freePort } from "./load-common";

/**
 * Starts `node --import tsx server/index.ts` (dist/client must be built), or with `clientDir` the same
 * server serving that copy of the built client (test/bench/prod-entry.ts); resolves once /health answers.
 */
export async function startProductionServer(env: Record<string, string> = {}, clientDir?: string): Promise<{ url: string; pid: number; close(): Promise<void> }> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "blame-prod-"));
  const child = spawn(process.execPath, ["--import", "tsx", clientDir ? "test/bench/prod-entry.ts" : "server/index.ts"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), DATA_DIR: dataDir, ...(clientDir ? { CLIENT_DIR: clientDir } : {}), ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://localhost:${port}/`;
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${url}health`).then((r) => r.ok, () => false)) break;
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid!,
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
