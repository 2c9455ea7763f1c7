// The engine view -> Schema sync, encoded and decoded in-process exactly as the room does it (one
// patch after every action, a fresh full state for a late joiner): the decoded state must stay the
// engine's view, and a shot filed in history must travel as a reference to `current`, not a copy.
import { isDeepStrictEqual } from "node:util";
import { Decoder, Encoder } from "@colyseus/schema";
import { describe, expect, it } from "vitest";
import { type Action, createGame, type GameState, type GameView, lineVotes, reduce, toView } from "../../shared";
import { ClassroomState } from "../../server/state/schema";
import { syncState } from "../../server/state/sync";
import { PacedSerializer } from "../../server/state/pacer";
import { type Client, ClientState } from "@colyseus/core";
import { wireToView } from "../../shared/protocol/wire-view";

/** A server-side state with its encoder, and a client that has followed every patch. */
function mirror(view: GameView) {
  const state = new ClassroomState();
  syncState(state, view);
  const encoder = new Encoder(state);
  const client = new Decoder(new ClassroomState());
  client.decode(encoder.encodeAll());
  encoder.discardChanges();
  let shown = view;
  return {
    state,
    client,
    /** Syncs `next`, sends the patch, returns its size in bytes. */
    update(next: GameView): number {
      syncState(state, next, shown);
      shown = next;
      const patch = encoder.encode();
      client.decode(patch);
      encoder.discardChanges();
      return patch.byteLength;
    },
    /** A newcomer's decoded full state. */
    lateJoiner(): GameView {
      const fresh = new Decoder(new ClassroomState());
      fresh.decode(encoder.encodeAll());
      return wireToView(fresh.state.toJSON());
    },
  };
}

function must(s: GameState, a: Action, now: number): GameState {
  const r = reduce(s, a, now);
  if (!r.ok) throw new Error(`${a.type}: ${r.error.message}`);
  return r.state;
}

describe("engine view -> Schema sync", () => {
  it("keeps a client exact through many rounds, and files each shot as the same node as current", () => {
    let s = createGame("host", { lineLength: 4, teams: 2, rules: ["backprop", "trial-and-error"], autoAdvance: false, maxRounds: 12, seed: 5 });
    for (const name of ["Kim", "Lee", "Max"]) s = must(s, { type: "join", by: name, name }, 0);
    const m = mirror(toView(s));
    const check = (what: string) => {
      const got = wireToView(m.client.state.toJSON());
      if (!isDeepStrictEqual(got, toView(s))) expect(got, what).toStrictEqual(toView(s));
    };
    let now = 0;
    const step = (a: Action) => {
      s = must(s, a, (now += 1000));
      m.update(toView(s));
      check(`after ${a.type} in round ${s.round}`);
    };
    step({ type: "start", by: "host" });
    const coachBytes: number[] = [];
    for (let round = 1; round <= 12; round++) {
      for (let i = 0; i < 3; i++) step({ type: "next", by: "host" });
      // Only people in a line that votes this shot are asked (its rule blames, and it missed).
      ["Kim", "Lee", "Max"].forEach((id, i) => {
        const line = s.lines[s.players[id].line];
        if (s.phase === "vote" && lineVotes(line)) step({ type: "vote", by: id, blame: (round + i) % 4, direction: i % 2 ? "firmer" : "looser" });
      });
      // The coach's patch on its own (after a hit there was no vote: it went out with the shot's step).
      if (s.phase === "vote") {
        s = must(s, { type: "next", by: "host" }, (now += 1000));
        coachBytes.push(m.update(toView(s)));
        check(`the coach in round ${round}`);
      }
      // The filed shot is the line's current shot, one node in both places.
      for (const line of m.state.lines) expect(line.history.at(-1)).toBe(line.current);
      step({ type: "next", by: "host" });
      step({ type: "adjust", by: "Kim", weight: 0.25 * round - 1 });
      if (round === 6) expect(m.lateJoiner()).toStrictEqual(toView(s));
      step({ type: "next", by: "host" });
    }
    expect(s.phase).toBe("summary");
    expect(m.lateJoiner()).toStrictEqual(toView(s));
    // The coach's patch does not grow with the history it appends to.
    expect(coachBytes.length).toBeGreaterThan(6);
    expect(Math.max(...coachBytes)).toBeLessThan(Math.min(...coachBytes) * 1.5);
  });

  it("replaces a history slot whose record changed instead of editing a node current may share", () => {
    let s = createGame("host", { lineLength: 3, teams: 1, autoAdvance: false, maxRounds: 5, seed: 2 });
    s = must(s, { type: "start", by: "host" }, 0);
    for (let i = 0; i < 4; i++) s = must(s, { type: "next", by: "host" }, i);
    const filed = toView(s); // coach: current is history[0]
    const m = mirror(filed);
    expect(m.state.lines[0].history[0]).toBe(m.state.lines[0].current);
    // A view whose history drops the oldest record and whose current is a different shot (what the
    // engine's history limit would do): both places must follow without corrupting each other.
    const rec = filed.lines[0].current!;
    const other = { ...rec, round: 99, miss: rec.miss + 1 };
    const line = { ...filed.lines[0], current: other, history: [other] };
    const next = { ...filed, lines: [line] };
    m.update(next);
    expect(wireToView(m.client.state.toJSON())).toStrictEqual(next);
    const back = { ...next, lines: [{ ...line, current: rec, history: [] }] };
    m.update(back);
    expect(wireToView(m.client.state.toJSON())).toStrictEqual(back);
    expect(m.lateJoiner()).toStrictEqual(back);
  });

  // The room's paced patches (server/state/pacer.ts): a student skipped for a while gets every patch it
  // lacks in one frame, patches back to back; the decoder must end exactly where one frame per patch
  // would have left it, through whole rounds (new shots, history filing, votes added and scored).
  it("paced patches: the host every window, a sender at once, other students only at phase changes, all exact", () => {
    let s = createGame("host", { lineLength: 4, teams: 2, rules: ["backprop", "backprop"], autoAdvance: false, maxRounds: 8, seed: 9 });
    const names = ["Kim", "Lee", "Max", "Ann"];
    for (const name of names) s = must(s, { type: "join", by: name, name }, 0);
    const state = new ClassroomState();
    syncState(state, toView(s));
    // A very long student interval: a student is sent others' changes only with a phase change, never on time.
    const paced = new PacedSerializer({ studentMs: 1e9 });
    paced.reset(state);
    /** A connected device as the serializer sees one: it decodes each frame it is sent and counts them. */
    const device = (role: "host" | "student") => {
      const decoder = new Decoder(new ClassroomState());
      const d = { frames: 0, decoder, state: ClientState.JOINED, auth: { role }, raw: (frame: Buffer) => (d.frames++, decoder.decode(frame, { offset: 1 })) };
      decoder.decode(paced.getFullState(d as unknown as Client), { offset: 1 });
      return d;
    };
    const host = device("host");
    const students = Object.fromEntries(names.map((n) => [n, device("student")]));
    const all = [host, ...Object.values(students)];
    const clients = all as unknown as Client[];
    const viewOf = (d: { decoder: Decoder }) => wireToView(d.decoder.state.toJSON());
    let shown = toView(s);
    let now = 0;
    let milestones = 0;
    const own: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
    /** One accepted action; `by` a student: it is sent its patch at once, as the room does. Then one patch window. */
    const step = (a: Action, by?: string) => {
      const before = s;
      s = must(s, a, (now += 1000));
      const next = toView(s);
      syncState(state, next, shown);
      shown = next;
      if (by) {
        paced.sendNow(students[by] as unknown as Client);
        own[by]++;
        expect(viewOf(students[by]), `${by} after its ${a.type}`).toStrictEqual(next);
      }
      paced.applyPatches(clients);
      expect(viewOf(host), `the host after ${a.type}`).toStrictEqual(next);
      if (before.phase !== s.phase || before.round !== s.round) {
        milestones++;
        for (const [n, d] of Object.entries(students)) expect(viewOf(d), `${n} after the move to ${s.phase}`).toStrictEqual(next);
      }
    };
    step({ type: "start", by: "host" });
    while (s.phase !== "summary") {
      for (let i = 0; i < 3; i++) step({ type: "next", by: "host" });
      if (s.phase === "vote") {
        for (const [i, n] of names.entries()) if (lineVotes(s.lines[s.players[n].line])) step({ type: "vote", by: n, blame: (s.round + i) % 4, direction: i % 2 ? "firmer" : "looser" }, n);
        step({ type: "next", by: "host" });
      }
      step({ type: "next", by: "host" });
      for (const n of names.slice(0, 3)) {
        const p = s.players[n];
        step({ type: "adjust", by: n, weight: s.lines[p.line].neurons[p.seat].weight + 0.1 }, n);
        step({ type: "ready", by: n }, n);
      }
      // A newcomer's full state while the students hold patches not yet sent to them.
      const newcomer = new Decoder(new ClassroomState());
      newcomer.decode(paced.getFullState(), { offset: 1 });
      expect(wireToView(newcomer.state.toJSON())).toStrictEqual(toView(s));
      step({ type: "next", by: "host" });
    }
    // Each student got one frame per phase change and one per own intent, nothing else; the host one per window with a change.
    for (const n of names) expect(students[n].frames, n).toBe(milestones + own[n]);
    expect(host.frames).toBeGreaterThan(Math.max(...Object.values(students).map((d) => d.frames)));
    // Some frames carried several patches (that is the point); every encode was one window or one intent.
    expect(paced.encodes).toBeGreaterThan(students.Ann.frames * 2);
  });

  it("paced patches with no student interval: every device gets every window, as colyseus sends them", () => {
    let s = createGame("host", { lineLength: 3, teams: 1, autoAdvance: false, maxRounds: 3, seed: 1 });
    s = must(s, { type: "join", by: "Kim", name: "Kim" }, 0);
    const state = new ClassroomState();
    syncState(state, toView(s));
    const paced = new PacedSerializer({ studentMs: 0 });
    paced.reset(state);
    const decoder = new Decoder(new ClassroomState());
    const d = { frames: 0, state: ClientState.JOINED, auth: { role: "student" }, raw: (f: Buffer) => (d.frames++, decoder.decode(f, { offset: 1 })) };
    decoder.decode(paced.getFullState(d as unknown as Client), { offset: 1 });
    let shown = toView(s);
    let windows = 0;
    for (const a of [{ type: "start" }, { type: "next" }, { type: "next" }, { type: "next" }] as const) {
      s = must(s, { ...a, by: "host" }, 1000);
      syncState(state, toView(s), shown);
      shown = toView(s);
      if (paced.applyPatches([d as unknown as Client])) windows++;
      expect(wireToView(decoder.state.toJSON())).toStrictEqual(shown);
    }
    expect(d.frames).toBe(windows);
  });
});
