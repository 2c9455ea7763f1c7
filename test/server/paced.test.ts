// A teacher-paced game on a real server: the room's clock runs the animations and the timers, but after
// the shot and after the coach it waits for the host; everyone voted and everyone done still move on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANIMATION_SECONDS, waitingForTeacher } from "../../shared";
import type { RunningServer } from "../../server/app";
import { clientFor, createClass, engineOf, joinClass, type Student, sleep, startServer, viewOf, waitFor } from "./helpers";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(0, { classroom: { tickMs: 50 } });
});
afterAll(async () => {
  await server?.close();
});

describe("teacher-paced", () => {
  it("waits for the host after the shot and after the coach, and nowhere else", async () => {
    const client = clientFor(server.port);
    // Seed 5 misses its first shot at 4 m with lines of 3, so the class votes.
    const host = await createClass(client, { lineLength: 3, seed: 5, pace: "teacher", maxRounds: 2, hoop: { fixedRounds: 2, fixedDistance: 4 } });
    const students: Student[] = [];
    for (const name of ["Ann", "Bob"]) students.push(await joinClass(client, host.code, name));
    const phase = () => engineOf(host.code).phase;
    host.room.send("start", {});
    // The aim and the pass move on by themselves.
    await waitFor(() => phase() === "shot", "the shot, with nobody pressing next", 20_000);
    expect(engineOf(host.code).lines[0].current!.hit).toBe(false);
    // The shot's animation ends; the game stays where the class talks, and every screen can tell.
    await sleep((ANIMATION_SECONDS.shot + 1) * 1000);
    expect(phase()).toBe("shot");
    for (const room of [host.room, ...students.map((s) => s.room)]) await waitFor(() => waitingForTeacher(viewOf(room)), "every device to see the wait");
    host.room.send("next", {});
    await waitFor(() => phase() === "vote", "the vote");
    expect(engineOf(host.code).deadline).not.toBeNull();
    students[0].room.send("vote", { blame: 0, direction: "firmer" });
    students[1].room.send("vote", { blame: 2, direction: "looser" });
    await waitFor(() => phase() === "coach", "everyone voted: the coach");
    await sleep((ANIMATION_SECONDS.coach + 1) * 1000);
    expect(phase()).toBe("coach");
    expect(waitingForTeacher(viewOf(students[0].room))).toBe(true);
    host.room.send("next", {});
    await waitFor(() => phase() === "adjust", "the adjust phase");
    for (const s of students) s.room.send("ready", {});
    await waitFor(() => engineOf(host.code).round === 2, "everyone done: the next shot");
    for (const s of students) expect(s.errors).toEqual([]);
    expect(host.errors).toEqual([]);
  });
});
