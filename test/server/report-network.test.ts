// The report of a class played as one network, against what the engine really played: a real server,
// colyseus.js students in two layers voting on their own handshakes and turning several dials, then the
// class switching to lines (the network's game kept as an earlier game). Every shot, neuron, handshake
// and vote in the JSON and both CSV sheets is checked against the server's engine state, in two languages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, fullShot, scaleDistance, type GameState, type NetShotRecord, type Phase, type ScoredNetVote, type Settings } from "../../shared";
import type { RunningServer } from "../../server/app";
import { createTranslator, en } from "../../shared/i18n";
import { messages as german } from "../../shared/i18n/messages/de";
import { CSV_COLUMN_IDS, CSV_COLUMNS, STUDENT_COLUMN_IDS, STUDENT_COLUMNS, type ClassReport } from "../../server/report";
import { clientFor, createClass, engineOf, type Host, joinClass, type Student, startServer, waitFor } from "./helpers";
import { parseCsv } from "./report-csv";

// Two layers of three and a shooter (7 neurons), weak handshakes at a far hoop: the shots miss, people vote.
const SETTINGS: Partial<Settings> = { shape: "network", lineLength: 3, layerWidth: 3, rules: ["backprop"], autoAdvance: false, voteSeconds: 600, adjustSeconds: 600, maxRounds: 3, seed: 5, startWeights: { min: 0.1, max: 0.2 }, hoop: { fixedRounds: 10, fixedDistance: 8 } };
const NAMES = ["Ana", "Ben", "Cleo", "Dev", "Eli"];

let server: RunningServer;
beforeAll(async () => {
  // The host presses "next" faster than any teacher: no message budget (its limits have their own tests).
  server = await startServer(0, { classroom: { rate: 1e9, burst: 1e9 } });
});
afterAll(async () => {
  await server?.close();
});

/** A sheet as objects keyed by its header (which must be `columns`), after the UTF-8 BOM. */
async function sheet(res: Response, columns: readonly string[]): Promise<Record<string, string>[]> {
  expect(res.status).toBe(200);
  const text = await res.text();
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
  expect(header).toEqual([...columns]);
  for (const r of rows) expect(r).toHaveLength(columns.length);
  return rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? ""])));
}

describe("the report of a class played as one network", () => {
  it("has every shot, each student's neuron, every handshake and vote, and the dials people turned, as the engine played them", async () => {
    const client = clientFor(server.port);
    const host: Host = await createClass(client, SETTINGS);
    const code = host.code;
    const engine = (): GameState => engineOf(code);
    const reach = async (target: Phase, round: number) => {
      while (engine().phase !== target) {
        const { phase, round: at, deadline } = engine();
        if (at > round || phase === "summary") throw new Error(`passed ${target} of round ${round}: ${phase} of round ${at}`);
        if (deadline === null || deadline - Date.now() > 60_000) host.room.send("next", {});
        await waitFor(() => engine().phase !== phase || engine().round !== at, `the phase after ${phase}`, 15_000);
      }
    };
    const students: Student[] = [];
    for (const name of NAMES) {
      students.push(await joinClass(client, code, name));
      await waitFor(() => Object.keys(engine().players).length === students.length, `${name} seated`);
    }
    const seatOf = (s: Student) => engine().players[s.id].seat;
    // Seated layer by layer: Ana, Ben and Cleo in layer 1 (one handshake: the distance), Dev and Eli in layer 2 (three).
    expect(students.map(seatOf)).toEqual([0, 1, 2, 3, 4]);
    const [ana, , cleo, , eli] = students;
    host.room.send("start", {});
    await waitFor(() => engine().phase === "aim", "the start");

    const turns = new Map<string, number[]>();
    for (let round = 1; round <= 3; round++) {
      await reach("shot", round);
      host.room.send("next", {});
      await waitFor(() => engine().phase !== "shot", "the vote");
      expect(engine().phase, "a weak network at a far hoop misses").toBe("vote");
      // Everyone but Cleo votes (she never does: no bot votes for her); Dev and Eli on one of three handshakes.
      for (const [i, s] of students.entries()) {
        if (s === cleo) continue;
        const fanIn = engine().network!.neurons[seatOf(s)].weights.length;
        s.room.send("vote", { handshake: (round + i) % fanIn, direction: (round + i) % 2 ? "firmer" : "looser" });
        await waitFor(() => engine().network!.current!.votes[s.id] !== undefined, `${NAMES[i]}'s vote`);
      }
      await reach("adjust", round);
      // Ana turns her one dial in round 1; Eli turns two of his three in rounds 1 and 2 and leaves the third to the rule.
      const shot = engine().network!.current!;
      if (round === 1) {
        const weights = [shot.weights[0][0] + 0.5];
        ana.room.send("adjust", { weights });
        await waitFor(() => engine().network!.neurons[0].adjusted, "Ana's dial");
        turns.set(`${round}:0`, weights);
      }
      if (round <= 2) {
        const was = shot.weights[4];
        const weights = [was[0] - 0.25, was[1], was[2] + 0.125 * round];
        eli.room.send("adjust", { weights });
        await waitFor(() => engine().network!.neurons[4].adjusted, "Eli's dials");
        turns.set(`${round}:4`, weights);
      }
      await reach(round < 3 ? "aim" : "summary", round < 3 ? round + 1 : round);
    }
    const played = engine();
    const history: NetShotRecord[] = played.network!.history.map(fullShot);
    expect(history).toHaveLength(3);

    // The class switches to lines: the network's game is kept as the first game.
    host.room.send("configure", { settings: { shape: "lines" } });
    await waitFor(() => engine().network === null, "the lines");

    const base = `http://127.0.0.1:${server.port}/api/classes/${code}`;
    const keyed = { headers: { "x-host-key": host.key } };
    const report = (await (await fetch(`${base}/report.json`, keyed)).json()) as ClassReport;
    expect(report.game).toBe(2);
    expect(report.network).toBeNull();
    expect(report.earlierGames).toHaveLength(1);
    const game = report.earlierGames[0];
    expect(game.lines).toEqual([]);
    const net = game.network!;
    expect(net).toMatchObject({ rule: "backprop", ruleTitle: "Backprop coach", widths: [3, 3, 1] });

    // JSON: every shot, neuron and handshake at full precision, as the engine recorded them.
    expect(net.shots.map((s) => s.round)).toEqual([1, 2, 3]);
    let personVotes = 0;
    for (const [i, rec] of history.entries()) {
      const shot = net.shots[i];
      expect(shot).toMatchObject({ distance: rec.distance, power: rec.power, landing: rec.landing, miss: rec.miss, hit: rec.hit, mostToBlame: rec.coach!.mostToBlame + 1 });
      expect(shot.neurons).toHaveLength(7);
      for (const [seat, n] of shot.neurons.entries()) {
        const layer = seat < 3 ? 1 : seat < 6 ? 2 : 3;
        expect(n).toMatchObject({ seat: seat + 1, layer, place: layer === 1 ? seat + 1 : layer === 2 ? seat - 2 : 1, output: rec.outputs[seat], bias: rec.biases[seat], blameShare: rec.coach!.shares[seat] });
        expect(n.name).toBe(seat < 5 ? NAMES[seat] : played.network!.neurons[seat].name);
        expect(n.bot).toBe(seat >= 5);
        expect(n.handshakes.map((h) => h.weight)).toEqual(rec.weights[seat]);
        expect(n.handshakes.map((h) => h.change)).toEqual(rec.coach!.weightChanges[seat]);
        // What came along each handshake: the distance into layer 1, the outputs of layer 1 into layer 2.
        expect(n.handshakes.map((h) => h.input)).toEqual(layer === 1 ? [scaleDistance(rec.distance, DEFAULT_SETTINGS.court)] : layer === 2 ? rec.outputs.slice(0, 3) : rec.outputs.slice(3, 6));
        // What the neuron got, as a teacher checks it by hand: tanh(input x handshake + excitability) is what it passed on.
        if (layer === 1) expect(Math.tanh(n.handshakes[0].input * n.handshakes[0].weight + n.bias)).toBeCloseTo(n.output, 12);
        // After the round's adjustments: what the next shot was taken with (the last round's: the network at the end).
        const next = history[i + 1]?.weights[seat] ?? played.network!.neurons[seat].weights;
        expect(n.handshakes.map((h) => h.weightAfter)).toEqual(next);
        const turned = turns.get(`${i + 1}:${seat}`);
        expect(n.handshakes.map((h) => h.dialTurn)).toEqual(rec.weights[seat].map((w, k) => (turned && turned[k] !== w ? turned[k] - w : null)));
      }
      // Every vote the engine scored (the people's and the bots' for the empty neurons), under the voter's name;
      // layer 1 has one handshake each (the distance), so there was no handshake to get right.
      const scored = Object.entries(rec.votes) as [string, ScoredNetVote][];
      expect(shot.votes).toHaveLength(scored.length);
      for (const [voter, v] of scored) {
        const seat = voter.startsWith("bot:") ? Number(voter.slice(4)) : played.players[voter].seat;
        expect(shot.votes.find((r) => r.voter === voter)).toMatchObject({ seat: seat + 1, handshake: v.handshake + 1, direction: v.direction, handshakeRight: seat < 3 ? null : v.handshakeRight, directionRight: v.directionRight, bot: voter.startsWith("bot:"), name: played.network!.neurons[seat].name });
        if (!voter.startsWith("bot:")) personVotes++;
      }
      expect(shot.votes.some((v) => v.name === "Cleo")).toBe(false);
    }
    expect(personVotes).toBe(3 * 4);
    // The students: their neuron, and their votes and right answers exactly as the engine scored them.
    for (const [i, s] of students.entries()) {
      const p = played.players[s.id];
      const row = game.students.find((r) => r.name === NAMES[i])!;
      expect(row).toMatchObject({ seats: [`layer ${i < 3 ? 1 : 2} neuron ${i < 3 ? i + 1 : i - 2}`], shots: 3, votes: p.votesCast, handshakeVotes: i < 3 ? 0 : p.votesCast, handshakeRight: p.blameRight, directionRight: p.directionRight, points: p.score });
      expect(p.choiceVotes).toBe(i < 3 ? 0 : p.votesCast);
    }
    expect(game.students.find((r) => r.name === "Eli")).toMatchObject({ dialTurns: 2 });
    expect(game.students.find((r) => r.name === "Ana")).toMatchObject({ dialTurns: 1, votes: 3 });
    expect(game.students.find((r) => r.name === "Cleo")).toMatchObject({ votes: 0, dialTurns: 0 });
    expect(game.players.find((p) => p.name === "Dev")).toMatchObject({ seat: 4 });

    // The shots sheet: one row per shot, neuron and handshake (3 + 9 + 3 a shot); a vote on the row of the handshake it blamed.
    const rows = await sheet(await fetch(`${base}/report.csv`, keyed), CSV_COLUMNS);
    const netRows = rows.filter((r) => r.game === "1");
    expect(netRows).toHaveLength(3 * 15);
    const cell = (shot: number, seat: number, from: number) => netRows.find((r) => r.shot === `${shot}` && r.seat === `${seat}` && r["handshake from"] === `${from}`)!;
    for (const [i, rec] of history.entries()) {
      for (let seat = 0; seat < 7; seat++) {
        rec.weights[seat].forEach((w, k) => {
          const r = cell(i + 1, seat + 1, k + 1);
          expect(r.line).toBe("");
          expect(Number(r.handshake)).toBeCloseTo(w, 3);
          expect(Number(r["rule's handshake change"])).toBeCloseTo(rec.coach!.weightChanges[seat][k], 4);
          expect(r["rule's way"]).toBe(rec.coach!.weightChanges[seat][k] > 0 ? "firmer" : "looser");
          expect(Number(r["blame share (%)"])).toBeCloseTo(100 * rec.coach!.shares[seat], 1);
          expect(r["most to blame"]).toBe(`${rec.coach!.mostToBlame + 1}`);
        });
      }
      for (const [voter, v] of Object.entries(rec.votes) as [string, ScoredNetVote][]) {
        if (voter.startsWith("bot:")) continue;
        const seat = played.players[voter].seat;
        const r = cell(i + 1, seat + 1, v.handshake + 1);
        expect(r).toMatchObject({ voter: played.players[voter].name, "voted handshake": `${v.handshake + 1}`, "voted way": v.direction, "handshake right": seat < 3 ? "" : v.handshakeRight ? "yes" : "no", "way right": v.directionRight ? "yes" : "no", "voted neuron": "", "neuron right": "" });
      }
    }
    // Each vote is on one row only: the rows with a voter are the votes.
    expect(netRows.filter((r) => r.voter !== "")).toHaveLength(history.reduce((a, rec) => a + Object.keys(rec.votes).length, 0));
    expect(cell(1, 4, 2)).toMatchObject({ name: "Dev", "played by": "person", layer: "2", "place in layer": "1" });
    expect(Number(cell(1, 4, 2).input)).toBeCloseTo(history[0].outputs[1], 3);
    expect(cell(2, 7, 1)).toMatchObject({ "played by": "bot", layer: "3", "place in layer": "1", name: expect.stringMatching(/^Bot /) });
    expect(Number(cell(1, 5, 1)["own dial turn"])).toBeCloseTo(-0.25, 6);
    expect(cell(1, 5, 2)["own dial turn"]).toBe("");
    expect(Number(cell(2, 5, 3)["own dial turn"])).toBeCloseTo(0.25, 6);

    // The students sheet: the neuron, and right handshakes in their own column (the lines' "right neuron" stays empty).
    const people = await sheet(await fetch(`${base}/report.students.csv`, keyed), STUDENT_COLUMNS);
    for (const [i, s] of students.entries()) {
      const p = played.players[s.id];
      const r = people.find((x) => x.game === "1" && x.name === NAMES[i])!;
      expect(r).toMatchObject({ seats: `layer ${i < 3 ? 1 : 2} neuron ${i < 3 ? i + 1 : i - 2}`, votes: `${p.votesCast}`, "right handshake": `${p.blameRight}`, "right way": `${p.directionRight}`, "right neuron": "", points: `${p.score}` });
      expect(r["right handshake (%)"]).toBe(p.choiceVotes ? `${Math.round((100 * p.blameRight) / p.choiceVotes)}` : "");
    }
    expect(people.find((x) => x.name === "Eli")).toMatchObject({ "dial turns": "2" });

    // In German (?lang=de): the new headers and the neuron's words.
    const de = createTranslator("de", german);
    const deRows = await sheet(await fetch(`${base}/report.csv?lang=de`, keyed), CSV_COLUMN_IDS.map((id) => de.t(id)));
    expect(Object.keys(deRows[0]).slice(-5)).toEqual(["Schicht", "Platz in der Schicht", "Händedruck von", "gewählter Händedruck", "Händedruck richtig"]);
    const dePeople = await sheet(await fetch(`${base}/report.students.csv?lang=de`, keyed), STUDENT_COLUMN_IDS.map((id) => de.t(id)));
    expect(dePeople.find((x) => x.Name === "Dev")).toMatchObject({ "Plätze": "Schicht 2 Neuron 1" });
    expect(host.errors).toEqual([]);
    for (const s of students) expect(s.errors).toEqual([]);
    await Promise.all([host.room, ...students.map((s) => s.room)].map((r) => r.leave()));
  }, 120_000);

  it("the new headers are, in English, exactly the sheets' columns", () => {
    expect(CSV_COLUMN_IDS.map((id) => en[id])).toEqual([...CSV_COLUMNS]);
    expect(STUDENT_COLUMN_IDS.map((id) => en[id])).toEqual([...STUDENT_COLUMNS]);
  });
});
