// One behaviour suite for every GameSource: the same scenarios run over LocalGame (solo, in memory)
// and NetworkGame (classroom, a real server), so the two cannot drift apart.
import { describe, expect, it } from "vitest";
import { type GameView, type Phase, type Refusal, type Settings, voteNeeded, waitingForTeacher } from "../../shared";
import type { GameSource } from "../../client/source/game-source";

/** A game set up for a scenario: the host's source and one source per student (they may be the same object in solo). */
export interface Table {
  host: GameSource;
  students: GameSource[];
  dispose(): Promise<void> | void;
}

/** Makes a table: a game with these settings and up to `students` people seated (solo seats exactly one). */
export type TableFactory = (settings: Partial<Settings>, students: number) => Promise<Table>;

/** Polls a source until its view satisfies `predicate`, or fails saying what it waited for. */
export async function until(source: GameSource, predicate: (v: GameView) => boolean, what: string, ms = 5000): Promise<GameView> {
  const stop = Date.now() + ms;
  while (!predicate(source.view())) {
    if (Date.now() > stop) throw new Error(`Timed out waiting for ${what} (phase ${source.view().phase}, round ${source.view().round})`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return source.view();
}

const BASE: Partial<Settings> = { lineLength: 3, autoAdvance: false, maxRounds: 50, seed: 3, hoop: { fixedRounds: 200, fixedDistance: 6 } };

/** The host moves on, and every device sees the phase it expects. */
async function next(t: Table, phase: Phase): Promise<void> {
  const answer = t.host.send({ type: "next" });
  for (const s of [t.host, ...t.students]) await until(s, (v) => v.phase === phase, `phase ${phase}`);
  expect(await answer).toBeNull();
}

function seatOf(s: GameSource): { line: number; seat: number } {
  const p = s.view().players[s.me!];
  return { line: p.line, seat: p.seat };
}

async function withTable(factory: TableFactory, settings: Partial<Settings>, students: number, body: (t: Table) => Promise<void>): Promise<void> {
  const t = await factory({ ...BASE, ...settings }, students);
  try {
    await body(t);
  } finally {
    await t.dispose();
  }
}

/** Runs every scenario against tables made by `factory`. */
export function behaviourSuite(name: string, factory: TableFactory): void {
  describe(`behaviour: ${name}`, () => {
    it("a round goes through every phase, on every device, and the next one starts", async () => {
      await withTable(factory, {}, 2, async (t) => {
        expect(t.host.view().phase).toBe("lobby");
        expect(await t.host.send({ type: "start" })).toBeNull();
        for (const s of [t.host, ...t.students]) await until(s, (v) => v.phase === "aim" && v.round === 1, "the first aim");
        for (const phase of ["pass", "shot", "vote", "coach", "adjust"] as const) await next(t, phase);
        const shot = t.host.view().lines[0].current!;
        expect(shot.coach).not.toBeNull();
        expect(shot.outputs).toHaveLength(3);
        await next(t, "aim");
        expect(t.host.view().round).toBe(2);
        expect(t.host.view().lines[0].history).toHaveLength(1);
      });
    });

    it("a vote is counted in the tally and scored against the coach", async () => {
      await withTable(factory, {}, 2, async (t) => {
        await t.host.send({ type: "start" });
        await until(t.host, (v) => v.phase === "aim", "aim");
        for (const phase of ["pass", "shot", "vote"] as const) await next(t, phase);
        const me = t.students[0];
        expect(await me.send({ type: "vote", blame: 2, direction: "firmer" })).toBeNull();
        const v = await until(me, (view) => !!view.lines[seatOf(me).line].current?.votes[me.me!], "my vote");
        expect(v.lines[seatOf(me).line].current!.votes[me.me!]).toEqual({ blame: 2, direction: "firmer" });
        // A second vote in the same round is refused.
        expect((await me.send({ type: "vote", blame: 0, direction: "looser" }))?.code).toBe("already-voted");
        await next(t, "coach");
        const after = me.view();
        const { line, seat } = seatOf(me);
        const coach = after.lines[line].current!.coach!;
        const scored = after.lines[line].current!.votes[me.me!];
        expect(scored).toEqual({ blame: 2, direction: "firmer", blameRight: coach.mostToBlame === 2, directionRight: coach.directions[seat] === "firmer" });
        const player = after.players[me.me!];
        expect(player.votesCast).toBe(1);
        expect(player.score).toBe((coach.mostToBlame === 2 ? 1 : 0) + (coach.directions[seat] === "firmer" ? 1 : 0));
      });
    });

    it("adjust moves my handshake, and the coach's suggestion is there to follow", async () => {
      await withTable(factory, {}, 1, async (t) => {
        await t.host.send({ type: "start" });
        await until(t.host, (v) => v.phase === "aim", "aim");
        for (const phase of ["pass", "shot", "vote", "coach", "adjust"] as const) await next(t, phase);
        const me = t.students[0];
        const { line, seat } = seatOf(me);
        const shot = me.view().lines[line].current!;
        const suggestion = shot.coach!.weightChanges[seat];
        expect(Number.isFinite(suggestion)).toBe(true);
        const target = shot.weights[seat] + suggestion * 3;
        expect(await me.send({ type: "adjust", weight: target })).toBeNull();
        await until(me, (v) => v.lines[line].neurons[seat].weight === target, "my new handshake");
        expect(me.view().lines[line].neurons[seat].adjusted).toBe(true);
        await next(t, "aim");
        // My choice stands: the rule does not overwrite a dial I turned.
        expect(me.view().lines[line].neurons[seat].weight).toBe(target);
      });
    });

    it("a refused intent (wrong phase, out of range) reaches onError and changes nothing", async () => {
      await withTable(factory, {}, 1, async (t) => {
        const me = t.students[0];
        const heard: Refusal[] = [];
        const stop = me.onError((e) => heard.push(e));
        const before = { mine: structuredClone(me.view()), host: structuredClone(t.host.view()) };
        expect(before.mine.phase).toBe("lobby");
        const wrongPhase = await me.send({ type: "vote", blame: 0, direction: "firmer" });
        expect(wrongPhase?.code).toBe("wrong-phase");
        // Give a network source time to show a change, if one wrongly happened: there must be none.
        await new Promise((r) => setTimeout(r, 150));
        expect(me.view()).toEqual(before.mine);
        expect(t.host.view()).toEqual(before.host);
        await t.host.send({ type: "start" });
        await until(t.host, (v) => v.phase === "aim", "aim");
        for (const phase of ["pass", "shot", "vote", "coach", "adjust"] as const) await next(t, phase);
        const { line, seat } = seatOf(me);
        const neuron = structuredClone(me.view().lines[line].neurons[seat]);
        const player = structuredClone(me.view().players[me.me!]);
        expect(neuron.adjusted).toBe(false);
        const outOfRange = await me.send({ type: "adjust", weight: 50 });
        expect(outOfRange?.code).toBe("out-of-range");
        expect(heard.map((e) => e.code)).toEqual(["wrong-phase", "out-of-range"]);
        // Give a network source time to show a change, if one wrongly happened. (Only my own seat and
        // record are compared: the bots may turn their handshakes during the adjust phase.)
        await new Promise((r) => setTimeout(r, 150));
        expect(me.view().phase).toBe("adjust");
        expect(me.view().lines[line].neurons[seat]).toEqual(neuron);
        expect(me.view().players[me.me!]).toEqual(player);
        stop();
      });
    });

    it("bots fill the empty seats: they have names, vote and follow their rule", async () => {
      await withTable(factory, { lineLength: 4 }, 1, async (t) => {
        const v0 = t.host.view();
        const bots = v0.lines[0].neurons.map((n, i) => ({ n, i })).filter(({ n }) => n.playerId === null);
        expect(bots).toHaveLength(4 - Object.keys(v0.players).length);
        for (const { n } of bots) expect(n.name.length).toBeGreaterThan(0);
        await t.host.send({ type: "start" });
        await until(t.host, (v) => v.phase === "aim", "aim");
        for (const phase of ["pass", "shot", "vote", "coach", "adjust"] as const) await next(t, phase);
        const shot = t.host.view().lines[0].current!;
        for (const { i } of bots) expect(shot.votes[`bot:${i}`]).toBeDefined();
        await next(t, "aim");
        const after = t.host.view().lines[0].neurons;
        for (const { i } of bots) {
          // A bot follows the coach, give or take a little wobble: the same direction.
          const moved = after[i].weight - shot.weights[i];
          if (shot.coach!.weightChanges[i] !== 0) expect(Math.sign(moved)).toBe(Math.sign(shot.coach!.weightChanges[i]));
        }
      });
    });

    it("bots told to hold keep their handshakes; my untouched dial still follows the rule", async () => {
      await withTable(factory, { lineLength: 4, bots: "hold" }, 1, async (t) => {
        await t.host.send({ type: "start" });
        await until(t.host, (v) => v.phase === "aim", "aim");
        for (const phase of ["pass", "shot", "vote", "coach", "adjust"] as const) await next(t, phase);
        const shot = t.host.view().lines[0].current!;
        await next(t, "aim");
        const after = t.host.view().lines[0].neurons;
        const mine = seatOf(t.students[0]).seat;
        for (const [i, n] of after.entries()) {
          if (i === mine) expect(n.weight).toBe(shot.weights[i] + shot.coach!.weightChanges[i]);
          else expect(n.weight).toBe(shot.weights[i]);
        }
      });
    });

    it("teacher-paced: the animations run by themselves, the shot and the coach wait for the host, everyone voted moves on", async () => {
      await withTable(factory, { autoAdvance: true, pace: "teacher", voteSeconds: 600, adjustSeconds: 600 }, 2, async (t) => {
        const everyone = [t.host, ...t.students];
        await t.host.send({ type: "start" });
        // Aim and pass take their animation time, then the shot plays and stays.
        for (const s of everyone) await until(s, (v) => v.phase === "shot" && waitingForTeacher(v), "the shot, waiting for the teacher", 20_000);
        await next(t, "vote");
        for (const s of t.students) if (t.host.view().phase === "vote") expect(await s.send({ type: "vote", blame: 1, direction: "firmer" })).toBeNull();
        for (const s of everyone) await until(s, (v) => v.phase === "coach", "everyone voted: the coach");
        expect(waitingForTeacher(t.host.view())).toBe(true);
        await next(t, "adjust");
        for (const s of t.students) await s.send({ type: "ready" });
        for (const s of everyone) await until(s, (v) => v.phase === "aim" && v.round === 2, "everyone done: the next aim");
      });
    });

    it("with the backprop coach, the line's miss shrinks over the rounds", async () => {
      await withTable(factory, { rules: ["backprop"] }, 1, async (t) => {
        await t.host.send({ type: "start" });
        await until(t.host, (v) => v.phase === "aim", "aim");
        for (let round = 1; round <= 8; round++) {
          await next(t, "pass");
          await next(t, "shot");
          // A shot that goes in has nobody to blame: no vote, straight on to the coach.
          if (voteNeeded(t.host.view())) await next(t, "vote");
          for (const phase of ["coach", "adjust"] as const) await next(t, phase);
          await next(t, "aim");
        }
        const misses = t.students[0].view().lines[0].history.map((s) => Math.abs(s.miss));
        expect(misses).toHaveLength(8);
        const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
        expect(misses[7]).toBeLessThan(misses[0]);
        expect(mean(misses.slice(-3))).toBeLessThan(mean(misses.slice(0, 3)));
      });
    });
  });
}
