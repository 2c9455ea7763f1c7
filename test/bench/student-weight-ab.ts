// The student's page (class.html?code=...) in two or more builds, in one run: the files one student's
// first load fetches, their gzip -9 weight (goal under 150 KB, no Phaser), and the bytes on the wire
// for a few students at once, each build served by the production server.
//   npx tsx test/bench/student-weight-ab.ts /tmp/before /tmp/after [--students 3]
import { firstLoads } from "./first-loads";
import { startProductionServer } from "./prod-server";

const dirs = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
const i = process.argv.indexOf("--students");
const STUDENTS = i >= 0 ? Number(process.argv[i + 1]) : 3;
if (dirs.length < 1) throw new Error("usage: student-weight-ab.ts DIR [DIR...] [--students N]");
for (const dir of dirs) {
  const server = await startProductionServer({}, dir);
  try {
    const res = await fetch(new URL("api/classes", server.url), { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    const { code } = (await res.json()) as { code: string };
    const l = await firstLoads(`${server.url}class.html?code=${code}`, STUDENTS, dir);
    console.log(`${dir}: ${(l.gzipBytes / 1024).toFixed(1)} KB gzip (goal < 150 KB), Phaser ${l.phaserLoaded ? "LOADED" : "not loaded"}, ${(l.totalBytes / l.students / 1024).toFixed(1)} KB on the wire each, join screens after ${l.allReadyMs} ms`);
    console.log(`  ${l.files.join(", ")}`);
  } finally {
    await server.close();
  }
}
