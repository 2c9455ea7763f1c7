// Failover with Redis: server processes share classes through one redis-server (with its append-only
// file, as production runs it). The process holding a class is killed (kill -9) in the middle of a
// vote; a surviving one finds it dead and brings the class back from its log (server/recovery.ts).
// A host and students, real NetworkGame clients connected through the survivor, get back in by
// themselves: the same seats, exact weights, votes and history; the host resumes and the round
// finishes on the survivor.
import { afterAll, describe, expect, it } from "vitest";
import { type ConnectionStatus, NetworkGame } from "../../client/source/network-game";
import type { RunningServer } from "../../server/app";
import type { GameView } from "../../shared";
import { until } from "../behaviour/scenarios";
import { memoryStore, sleep, startServer } from "./helpers";
import { freePorts, type Proc, redisServerPath, startRedis, startServerProcess } from "./processes";

const SETTINGS = { lineLength: 4, autoAdvance: false, seed: 5 };

const procs: Proc[] = [];
const games: NetworkGame[] = [];
let inProcess: RunningServer | null = null;

afterAll(async () => {
  for (const g of games) g.dispose();
  await inProcess?.close();
  // Servers before Redis (they disconnect from it).
  for (const p of procs.reverse()) await p.stop();
});

/** A throwaway redis-server with its append-only file on; its URL. */
async function redisUrl(): Promise<string> {
  redisServerPath(); // fails (not skips) with a clear message when redis-server is missing
  const [port] = (await freePorts(1)) as [number];
  procs.push(await startRedis(port, { appendOnly: true }));
  return `redis://127.0.0.1:${port}`;
}

async function spawnServer(port: number, redis: string): Promise<Proc> {
  const proc = await startServerProcess(port, redis);
  procs.push(proc);
  return proc;
}


async function processIdOf(port: number): Promise<string> {
  return ((await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as { processId: string }).processId;
}

/** The process that holds class `code`, as the lookup on `via` says. */
async function homeOf(code: string, via: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${via}/api/classes/${code}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { processId: string }).processId;
}

/**
 * A class (its host's NetworkGame) created through `via` that lives on process `on`. Colyseus puts each
 * new room on the process with the fewest rooms (a count it publishes at most once a second), so one
 * lands there within a few tries; a class that lands elsewhere stays (its host's page closed, the seat
 * kept), so that process's count stays ahead.
 */
async function classOn(on: string, via: number): Promise<NetworkGame> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const made = await NetworkGame.host({ endpoint: `ws://127.0.0.1:${via}`, settings: SETTINGS, store: memoryStore() });
    games.push(made);
    if ((await homeOf(made.code, via)) === on) return made;
    made.dispose();
    await sleep(1100);
  }
  throw new Error(`no class landed on process ${on}`);
}

/** Students joining through `via`. */
async function join(via: number, code: string, names: string[]): Promise<NetworkGame[]> {
  const students = await Promise.all(names.map((name) => NetworkGame.join({ endpoint: `ws://127.0.0.1:${via}`, code, name, store: memoryStore() })));
  games.push(...students);
  return students;
}

/** Records every connection status each device goes through from now on. */
function watch(all: NetworkGame[]): { game: NetworkGame; seen: ConnectionStatus[] }[] {
  return all.map((game) => {
    const seen: ConnectionStatus[] = [];
    game.onStatus((s) => seen.push(s));
    return { game, seen };
  });
}

/** Waits until every device has dropped and is connected again; the ms each took after `since`. */
async function allBack(devices: ReturnType<typeof watch>, since: number, ms: number, log: () => string): Promise<number[]> {
  const back: number[] = [];
  for (const { game, seen } of devices) {
    while (!(game.status().kind === "connected" && seen.some((s) => s.kind === "reconnecting"))) {
      if (Date.now() > since + ms) throw new Error(`${game.me} not back ${ms / 1000} s after the kill: ${JSON.stringify(game.status())}\nthe survivor says:\n${log().slice(-3000)}`);
      await sleep(50);
    }
    back.push(Date.now() - since);
  }
  for (const { seen } of devices) {
    expect(seen.some((s) => s.kind === "closed")).toBe(false);
    expect(seen.at(-1)).toEqual({ kind: "connected", rejoined: true });
  }
  return back;
}

/** Each student's seat and exact handshake, as that student's own device shows it. */
function seatsOf(students: NetworkGame[]) {
  return students.map((s) => {
    const p = s.view().players[s.me!];
    return { me: s.me, line: p.line, seat: p.seat, weight: s.view().lines[p.line].neurons[p.seat].weight };
  });
}

/** The view without what a crash may change: who is connected, and the pause with its timers. */
function lasting(view: GameView) {
  const { paused: _p, deadline: _d, pausedRemaining: _r, players, ...rest } = view;
  return { ...rest, players: Object.fromEntries(Object.entries(players).map(([id, { connected: _c, ...p }]) => [id, p])) };
}

/** From the lobby into the vote of round 1 (with these settings the first shot misses). */
async function intoTheVote(host: NetworkGame): Promise<void> {
  expect(await host.send({ type: "start" })).toBeNull();
  for (let i = 0; i < 3; i++) expect(await host.send({ type: "next" })).toBeNull();
  expect(host.view().phase).toBe("vote");
}

/** The host resumes; the round ends on every device. */
async function finishRound(host: NetworkGame, students: NetworkGame[]): Promise<void> {
  if (host.view().paused) expect(await host.send({ type: "resume" })).toBeNull();
  for (const phase of ["coach", "adjust", "aim"] as const) {
    expect(await host.send({ type: "next" })).toBeNull();
    expect(host.view().phase).toBe(phase);
  }
  for (const s of students) await until(s, (v) => v.round === 2 && v.phase === "aim", "the next round on every device");
  expect(host.view().lines[0].history.map((h) => h.round)).toEqual([1]);
}

describe("a process dies (kill -9) with a class in the middle of a vote", () => {
  it("the other process adopts the class; every device comes back by itself to its seat; the round finishes", async () => {
    const redis = await redisUrl();
    const [portA, portB] = (await freePorts(2)) as [number, number];
    const [a, b] = await Promise.all([spawnServer(portA, redis), spawnServer(portB, redis)]);
    const [idA, idB] = await Promise.all([processIdOf(portA), processIdOf(portB)]);
    expect(idA).not.toBe(idB);

    const host = await classOn(idA, portB);
    const code = host.code;
    const students = await join(portB, code, ["Ada", "Bo", "Cy"]);
    await until(host, (v) => Object.keys(v.players).length === 3, "three students on the projector");
    await intoTheVote(host);
    const [ada, bo, cy] = students as [NetworkGame, NetworkGame, NetworkGame];
    expect(await ada.send({ type: "vote", blame: 1, direction: "firmer" })).toBeNull();
    expect(await bo.send({ type: "vote", blame: 3, direction: "looser" })).toBeNull();
    const before = await until(host, (v) => Object.keys(v.lines[0]?.current?.votes ?? {}).length === 2, "both votes on the projector");
    const seats = seatsOf(students);
    const devices = watch([host, ...students]);

    const killedAt = Date.now();
    a.child.kill("SIGKILL");

    // Each page notices, keeps trying through B, and is back once B has adopted the class.
    const back = await allBack(devices, killedAt, 30_000, b.output);
    console.log(`failover: host and students back ${back.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(", ")} after the kill`);
    expect(b.output()).toContain(`recovery: class ${code} is back here`);

    // Same seats, same weights, same everything but who is connected and the pause.
    const after = await until(host, (v) => students.every((s) => v.players[s.me!]?.connected === true), "every student connected again on the projector", 10_000);
    expect(seatsOf(students)).toEqual(seats);
    expect(lasting(after)).toStrictEqual(lasting(before));
    expect(after.phase).toBe("vote");

    // The host resumes, the last vote comes in, and the round finishes, on B.
    expect(await host.send({ type: "resume" })).toBeNull();
    expect(await cy.send({ type: "vote", blame: 0, direction: "firmer" })).toBeNull();
    await finishRound(host, students);
    expect(Object.keys(host.view().lines[0].history[0].votes)).toEqual(expect.arrayContaining(students.map((s) => s.me!)));
    expect(await homeOf(code, portB)).toBe(idB);
  }, 120_000);

  it("when colyseus finds the process dead first (a device's join times out), the class is adopted then, not at the next sweep", async () => {
    // The survivor runs in this test's process with its sweep an hour apart: only colyseus' own
    // finding (the driver's cleanup of the dead process, which recovery watches) can bring the class
    // back in time. Without that, the devices asking between the cleanup and the sweep are told the
    // class is gone and give their seats up.
    const redis = await redisUrl();
    const [portA, portC] = (await freePorts(2)) as [number, number];
    const a = await spawnServer(portA, redis);
    inProcess = await startServer(portC, { redisUrl: redis, publicAddress: `127.0.0.1:${portC}`, recoverySweepMs: 3_600_000 });
    const [idA, idC] = await Promise.all([processIdOf(portA), processIdOf(portC)]);

    const host = await classOn(idA, portC);
    const students = await join(portC, host.code, ["Di"]);
    await intoTheVote(host);
    const seats = seatsOf(students);
    const devices = watch([host, ...students]);

    const killedAt = Date.now();
    a.child.kill("SIGKILL");
    const back = await allBack(devices, killedAt, 20_000, () => "(in this process)");
    console.log(`failover (colyseus found it first): back ${back.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(", ")} after the kill`);
    expect(seatsOf(students)).toEqual(seats);
    await finishRound(host, students);
    expect(await homeOf(host.code, portC)).toBe(idC);
  }, 120_000);
});
