// Real processes for the tests and benchmarks: a throwaway redis-server and server processes, each on a
// free port, always killed at the end (spawned with process.execPath, never through npx).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sleep } from "./helpers";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** `n` different ports nobody is listening on right now (held open together so none repeats). */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise<net.Server>((resolve, reject) => {
      const srv = net.createServer();
      srv.once("error", reject);
      srv.listen(0, "127.0.0.1", () => resolve(srv));
    })),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

/** The path of redis-server, or a failure that says how to get it (the test must not skip). */
export function redisServerPath(): string {
  try {
    return execFileSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("redis-server is not on PATH: the scale-out test needs it (Debian: apt-get install redis-server; test/setup/system-deps.sh does it).");
  }
}

/** A spawned process with its output kept for error messages. */
export interface Proc {
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

function track(child: ChildProcess): Proc {
  let out = "";
  child.stdout?.on("data", (d) => (out += d));
  child.stderr?.on("data", (d) => (out += d));
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  return {
    child,
    output: () => out,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** How a throwaway redis-server keeps its data. */
export interface RedisOptions {
  /** Append-only file on (as production runs the class store), written in `dir` (a fresh temporary folder unless given). */
  appendOnly?: boolean;
  dir?: string;
}

/** Starts a private redis-server on `port` (no persistence unless `appendOnly`) and waits until it answers. */
export async function startRedis(port: number, options: RedisOptions = {}): Promise<Proc> {
  const bin = redisServerPath();
  const persistence = options.appendOnly
    ? ["--appendonly", "yes", "--appendfsync", "everysec", "--dir", options.dir ?? mkdtempSync(path.join(tmpdir(), "blame-redis-"))]
    : ["--appendonly", "no"];
  const proc = track(spawn(bin, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", ...persistence], { stdio: ["ignore", "pipe", "pipe"] }));
  await until(() => canConnect(port), `redis-server on ${port}`, proc);
  return proc;
}

/** A fresh folder for a server's class store (so test runs never recover each other's classes). */
export function freshDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), "blame-data-"));
}

/**
 * Starts `node --import tsx server/index.ts` on `port` (with Redis on when given a URL), and waits for
 * /health. Classes are kept in `dataDir` (a fresh folder unless given: pass the same one to restart a server).
 * `env` adds or overrides environment variables (limits, for example).
 */
export async function startServerProcess(port: number, redisUrl?: string, dataDir: string = freshDataDir(), env: Record<string, string> = {}): Promise<Proc> {
  const scaleOut = redisUrl ? { REDIS_URL: redisUrl, PUBLIC_ADDRESS: `127.0.0.1:${port}` } : {};
  const proc = track(
    spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, ...scaleOut, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  await until(async () => (await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.ok === true, `the server on ${port}`, proc);
  return proc;
}

async function until(check: () => boolean | Promise<boolean>, what: string, proc: Proc, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (proc.child.exitCode !== null) throw new Error(`${what} exited early:\n${proc.output()}`);
    if (Date.now() > deadline) throw new Error(`${what} did not start in ${ms} ms:\n${proc.output()}`);
    await sleep(100);
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });
}
