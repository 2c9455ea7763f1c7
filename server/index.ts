// Boots one process: the game page, the API and the classroom rooms on one port (PORT, default 2567).
// With REDIS_URL several such processes share rooms; each needs its own PUBLIC_ADDRESS (host:port).
import { createServer } from "./app";
import { limitsFromEnv } from "./guard/limits";
import { lanAddresses } from "./lan";

// The last resort: a fault that escaped every handler is logged, and every other class goes on.
process.on("uncaughtException", (error) => console.error("uncaught exception (the server goes on):", error));
process.on("unhandledRejection", (reason) => console.error("unhandled rejection (the server goes on):", reason));

const port = Number(process.env.PORT ?? 2567);
const server = await createServer({
  port,
  redisUrl: process.env.REDIS_URL || undefined,
  publicAddress: process.env.PUBLIC_ADDRESS || undefined,
  limits: limitsFromEnv(process.env),
  retentionDays: process.env.RETENTION_DAYS ? Number(process.env.RETENTION_DAYS) : undefined,
  recoverySweepMs: process.env.RECOVERY_SWEEP_MS ? Number(process.env.RECOVERY_SWEEP_MS) : undefined,
});
if (server.recovered.length) console.log(`Brought back ${server.recovered.length} class(es) from the store: ${server.recovered.join(", ")}.`);

console.log(`Blame Game is running${process.env.REDIS_URL ? " (Redis scale-out on)" : ""}.`);
console.log(`  On this computer:  http://localhost:${server.port}/`);
for (const ip of lanAddresses()) console.log(`  On the same Wi-Fi: http://${ip}:${server.port}/`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    void server.close().finally(() => process.exit(0));
  });
}
