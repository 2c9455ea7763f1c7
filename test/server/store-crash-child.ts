// A child process for test/server/store.test.ts: appends `count` entries to an existing class, one
// append per entry, printing "appended <seq>" after each append resolved, then idles until killed.
// The test kills it with SIGKILL (no close, no flush) and checks that nothing it printed is lost.
// Usage: node --import tsx test/server/store-crash-child.ts sqlite <file> <code> <count>
//        node --import tsx test/server/store-crash-child.ts redis <url> <prefix> <code> <count>
import { RedisStore } from "../../server/store/redis-store";
import { SqliteStore } from "../../server/store/sqlite-store";

const [kind = "", target = "", ...rest] = process.argv.slice(2);
const store = kind === "redis" ? new RedisStore(target, rest.shift()) : new SqliteStore(target);
const [code = "", count = "0"] = rest;

for (let seq = 0; seq < Number(count); seq++) {
  await store.append(code, [{ seq, at: 1_000 + seq, action: { type: "adjust", n: seq } }]);
  process.stdout.write(`appended ${seq}\n`); // synchronous on a pipe: printed means returned
}
process.stdout.write("done\n");
setInterval(() => undefined, 60_000); // stay alive (and unclosed) until the test kills us
