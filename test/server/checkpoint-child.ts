// A child process for test/server/checkpoint.test.ts: opens a SQLite store as the production start does
// (`node --import tsx`), appends `count` entries, waits for the checkpoint worker's first checkpoint,
// closes the store and prints what it saw as one JSON line. It never calls process.exit: it ends by
// itself only if close() left nothing running.
// Usage: node --import tsx test/server/checkpoint-child.ts <file> <count>
import { existsSync } from "node:fs";
import { SqliteStore } from "../../server/store/sqlite-store";

const [file = "", count = "0"] = process.argv.slice(2);
const store = new SqliteStore(file, { everyMs: 50 }, 0);
await store.createClass({ code: "CHILD", createdAt: 1, hostKeyHash: "h".repeat(64), settings: null, finishedAt: null });
for (let seq = 0; seq < Number(count); seq++) await store.append("CHILD", [{ seq, at: seq, action: { type: "adjust", n: seq } }]);
while ((store.checkpointer?.count ?? 0) === 0) await new Promise((r) => setTimeout(r, 20));
const checkpointed = store.checkpointer?.last?.checkpointed ?? 0;
await store.close();
process.stdout.write(`${JSON.stringify({ checkpointed, running: store.checkpointer?.running, walLeft: existsSync(`${file}-wal`) })}\n`);
