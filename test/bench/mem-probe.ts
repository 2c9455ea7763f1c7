// Loaded into a benchmarked server with `--import` (as loop-lag.ts; load-common.ts's drive loads both):
// every MEM_PROBE_MS (100) ms it appends the process's memory to the file MEM_PROBE_FILE names, one JSON
// line: RSS, V8's heap (used, total, each space's size and use), memory outside it (external, of which
// arrayBuffers), bytes queued on sockets for slow readers, and the collections since the last line
// (scavenges of the young generation, mark-compacts of the old) with their pauses. Without MEM_PROBE_FILE
// it does nothing. test/bench/load-network-mem-ab.ts reads the files.
import { appendFileSync } from "node:fs";
import { PerformanceObserver } from "node:perf_hooks";
import v8 from "node:v8";

const file = process.env.MEM_PROBE_FILE;
if (file) {
  const MB = (b: number) => Math.round(b / 10485.76) / 100;
  const gcs = { minor: 0, major: 0, minorMs: 0, majorMs: 0 };
  // Node's gc entries: kind 1 is a scavenge (young generation), 2 and 4 a mark-compact / incremental marking.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind;
      if (kind === 1) {
        gcs.minor++;
        gcs.minorMs += e.duration;
      } else {
        gcs.major++;
        gcs.majorMs += e.duration;
      }
    }
  }).observe({ entryTypes: ["gc"] });
  setInterval(
    () => {
      const m = process.memoryUsage();
      const spaces: Record<string, [number, number]> = {};
      for (const s of v8.getHeapSpaceStatistics()) spaces[s.space_name.replace(/_space$/, "")] = [MB(s.space_size), MB(s.space_used_size)];
      // Bytes written to sockets but not yet taken by the kernel (a slow reader's queue), over every open socket.
      let queued = 0;
      let queuedSockets = 0;
      for (const h of (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles()) {
        const n = (h as { writableLength?: number }).writableLength;
        if (n) {
          queued += n;
          queuedSockets++;
        }
      }
      appendFileSync(file, `${JSON.stringify({ t: Date.now(), rss: MB(m.rss), heapTotal: MB(m.heapTotal), heapUsed: MB(m.heapUsed), external: MB(m.external), arrayBuffers: MB(m.arrayBuffers), queued: MB(queued), queuedSockets, spaces, gc: { ...gcs, minorMs: Math.round(gcs.minorMs), majorMs: Math.round(gcs.majorMs) } })}\n`);
      gcs.minor = gcs.major = gcs.minorMs = gcs.majorMs = 0;
    },
    Number(process.env.MEM_PROBE_MS ?? 100),
  ).unref();
}
