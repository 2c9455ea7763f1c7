// The yardstick for `npm run bench:load`: what Colyseus itself costs on this machine. A bare room on the
// game's transport (server/transport.ts, same ping settings and frame limit), no engine, no log: 30
// clients, each holding one number the others see; a client's "act" message sets it, and the next patch
// shows it to all. Run as its own process: PORT=... node --import tsx test/bench/bare-server.ts
import http from "node:http";
import { type Client, LocalPresence, Room, Server } from "@colyseus/core";
import { MapSchema, Schema, type } from "@colyseus/schema";
import { SpreadPingTransport } from "../../server/transport";

/** One client's number. */
export class BarePlayer extends Schema {
  @type("number") value = 0;
}

/** The bare room's whole state: one number per client. */
export class BareState extends Schema {
  @type({ map: BarePlayer }) players = new MapSchema<BarePlayer>();
}

/** A room that only mirrors each client's last number: Colyseus' own patch and socket cost. */
export class BareRoom extends Room<BareState> {
  override maxClients = 1000;
  override state = new BareState();

  override onCreate(): void {
    this.onMessage("act", (client, message: unknown) => {
      const v = (message as { v?: unknown } | null)?.v;
      const player = this.state.players.get(client.sessionId);
      if (player && typeof v === "number" && Number.isFinite(v)) player.value = v;
    });
  }

  override onJoin(client: Client): void {
    this.state.players.set(client.sessionId, new BarePlayer());
  }

  override onLeave(client: Client): void {
    this.state.players.delete(client.sessionId);
  }
}

const port = Number(process.env.PORT ?? 0);
const httpServer = http.createServer((req, res) => void res.writeHead(req.url === "/health" ? 200 : 404).end());
const transport = new SpreadPingTransport({ server: httpServer, maxPayload: 4096, pingInterval: 6000, pingMaxRetries: 2 });
const server = new Server({ transport, presence: new LocalPresence(), gracefullyShutdown: false, greet: false });
server.define("bare", BareRoom);
await server.listen(port);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void server.gracefullyShutdown(false).finally(() => process.exit(0)));
