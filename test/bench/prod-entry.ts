// The production server as the client benchmarks run it: server/index.ts's createServer (compressed,
// cached, the rooms and the API), serving a private copy of the built client (CLIENT_DIR), so a test
// that rebuilds dist/client meanwhile cannot change the files under a running benchmark.
import { createServer } from "../../server/app";
import { limitsFromEnv } from "../../server/guard/limits";

const server = await createServer({ port: Number(process.env.PORT ?? 2567), limits: limitsFromEnv(process.env), clientDir: process.env.CLIENT_DIR || undefined });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void server.close().finally(() => process.exit(0)));
