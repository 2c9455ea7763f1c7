// The class report against what was really played, over a real server and colyseus.js students: a
// seat a bot played before a student sat there, a student who left and came back, a student whose
// device dropped (a bot plays for them), the dial a student turned, and a second game kept beside the
// first. The CSV is read back with a real CSV parser's rules (BOM, quotes, commas in rule titles).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GameState, Phase, Settings } from "../../shared";
import type { RunningServer } from "../../server/app";
import { createTranslator, en } from "../../shared/i18n";
import { messages as spanish } from "../../shared/i18n/messages/es";
import { CSV_COLUMN_IDS, CSV_COLUMNS, STUDENT_COLUMN_IDS, STUDENT_COLUMNS } from "../../server/report";
import { clientFor, createClass, engineOf, type Host, joinClass, type Student, startServer, waitFor } from "./helpers";
import { parseCsv } from "./report-csv";

// A weak line at a far hoop: the first shots miss, so people vote.
const SETTINGS: Partial<Settings> = { lineLength: 3, teams: 1, rules: ["backprop"], autoAdvance: false, voteSeconds: 600, adjustSeconds: 600, maxRounds: 3, seed: 11, startWeights: { min: 0.1, max: 0.2 }, hoop: { fixedRounds: 10, fixedDistance: 8 } };

let server: RunningServer;
beforeAll(async () => {
  // The host here presses "next" faster than any teacher: no message budget (its limits have their own tests).
  server = await startServer(0, { classroom: { rate: 1e9, burst: 1e9 } });
});
afterAll(async () => {
  await server?.close();
});

/** A sheet as objects keyed by its header; it must start with the UTF-8 BOM spreadsheets look for. */
async function sheet(res: Response, columns: readonly string[]): Promise<Record<string, string>[]> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes));
  expect(header).toEqual([...columns]);
  for (const r of rows) expect(r).toHaveLength(columns.length);
  return rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? ""])));
}

describe("the report's words", () => {
  it("the header messages are, in English, exactly the columns the sheets always had", () => {
    expect(CSV_COLUMN_IDS.map((id) => en[id])).toEqual([...CSV_COLUMNS]);
    expect(STUDENT_COLUMN_IDS.map((id) => en[id])).toEqual([...STUDENT_COLUMNS]);
  });
});

describe("the class report", () => {
  it("keeps every game and puts every vote, dial and seat under whoever really played it", async () => {
    const client = clientFor(server.port);
    const host: Host = await createClass(client, SETTINGS);
    const code = host.code;
    const engine = (): GameState => engineOf(code);
    // The host presses "next" where the game waits; phases that play by themselves (the animations) are
    // waited for, so a tick and a "next" never skip a phase between them. Vote and adjust timers are long.
    const reach = async (target: Phase, round: number) => {
      while (engine().phase !== target) {
        const { phase, round: at, deadline } = engine();
        if (at > round || phase === "summary") throw new Error(`passed ${target} of round ${round}: ${phase} of round ${at}`);
        if (deadline === null || deadline - Date.now() > 60_000) host.room.send("next", {});
        await waitFor(() => engine().phase !== phase || engine().round !== at, `the phase after ${phase}`, 15_000);
      }
    };
    const vote = async (s: Student, blame: number, direction: "firmer" | "looser") => {
      s.room.send("vote", { blame, direction });
      await waitFor(() => engine().lines[0]?.current?.votes[s.id] !== undefined, "the vote");
    };
    /** To the vote; fails unless the line missed (so people are asked to vote). */
    const toVote = async (round: number) => {
      await reach("shot", round);
      host.room.send("next", {});
      await waitFor(() => engine().phase !== "shot", "the vote");
      expect(engine().phase).toBe("vote");
    };

    const ana = await joinClass(client, code, "Ana");
    let ben = await joinClass(client, code, "Ben");
    expect([engine().players[ana.id]?.seat, engine().players[ben.id]?.seat]).toEqual([0, 1]);
    host.room.send("start", {});
    await waitFor(() => engine().phase === "aim", "the start");

    // Round 1: seat 3 is a bot; Ben votes, then leaves for good. Ana turns her dial.
    await toVote(1);
    await vote(ana, 2, "firmer");
    await vote(ben, 0, "looser");
    await reach("adjust", 1);
    const shot1 = engine().lines[0].history[0];
    const anaTurn = 0.5;
    ana.room.send("adjust", { weight: shot1.weights[0] + anaTurn });
    await waitFor(() => engine().lines[0].neurons[0].adjusted, "Ana's dial");
    await reach("aim", 2);

    // Cleo takes the seat the bot played; Ben leaves and comes back (a new session, the same nickname).
    const cleo = await joinClass(client, code, "Cleo");
    expect(engine().players[cleo.id]?.seat).toBe(2);
    await ben.room.leave();
    await waitFor(() => engine().players[ben.id] === undefined, "Ben leaving");
    ben = await joinClass(client, code, "Ben");
    expect(engine().players[ben.id]?.seat).toBe(1);

    // Round 2: everyone votes.
    await toVote(2);
    await vote(ana, 1, "looser");
    await vote(ben, 1, "firmer");
    await vote(cleo, 0, "firmer");
    await reach("adjust", 2);
    // Ana's device drops before round 3: a bot plays her seat at that shot.
    const token = ana.room.reconnectionToken;
    ana.room.connection.close();
    await waitFor(() => engine().players[ana.id]?.connected === false, "Ana's drop");
    await reach("pass", 3);
    const anaBack = await client.reconnect(token);
    expect(anaBack.sessionId).toBe(ana.id);
    await waitFor(() => engine().players[ana.id]?.connected === true, "Ana back");
    await reach("summary", 3);
    const game1 = engine().lines[0].history;
    expect(game1).toHaveLength(3);

    // Game 2 on another rule (its title has a comma: the CSV must quote it).
    host.room.send("configure", { settings: { rules: ["fire-together"] } });
    await waitFor(() => engine().settings.rules[0] === "fire-together", "the new rule");
    host.room.send("start", {});
    await waitFor(() => engine().phase === "aim" && engine().round === 1, "game 2");
    await reach("adjust", 1);
    host.room.send("end", {}); // the teacher ends game 2 early: its shot stays, its dials are never applied
    await waitFor(() => engine().phase === "summary", "game 2's end");
    const game2 = engine().lines[0].history;

    const base = `http://127.0.0.1:${server.port}/api/classes/${code}`;
    const keyed = { headers: { "x-host-key": host.key } };
    const day = new Date().toISOString().slice(0, 10);

    // JSON: full precision, both games.
    const jsonRes = await fetch(`${base}/report.json`, keyed);
    expect(jsonRes.headers.get("content-disposition")).toContain(`blame-game-${code}-${day}-game-2.json`);
    const json = await jsonRes.json();
    expect(json.game).toBe(2);
    expect(json.earlierGames).toHaveLength(1);
    expect(json.earlierGames[0].lines[0].shots[0].neurons[0].weight).toBe(game1[0].weights[0]);
    expect(json.lines[0].ruleTitle).toBe("Fire together, wire together");

    // The shots sheet.
    const csvRes = await fetch(`${base}/report.csv`, keyed);
    expect(csvRes.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(csvRes.headers.get("content-disposition")).toContain(`blame-game-${code}-${day}-game-2.csv`);
    const rows = await sheet(csvRes, CSV_COLUMNS);
    expect(rows).toHaveLength(3 * 3 + game2.length * 3);
    const row = (game: number, shot: number, seat: number) => rows.find((r) => r.game === `${game}` && r.shot === `${shot}` && r.seat === `${seat}`)!;

    for (const [i, rec] of game1.entries()) {
      for (let seat = 1; seat <= 3; seat++) {
        const r = row(1, i + 1, seat);
        expect(r).toMatchObject({ line: "1", rule: "Backprop coach", "hit": rec.hit ? "yes" : "no", "most to blame": `${rec.coach!.mostToBlame + 1}` });
        expect(Number(r.handshake)).toBeCloseTo(rec.weights[seat - 1], 3);
        expect(r.handshake.replace(/^-/, "").length).toBeLessThanOrEqual(5); // rounded for people
        expect(Number(r["miss (m)"])).toBeCloseTo(rec.miss, 2);
        expect(Number(r["blame share (%)"])).toBeCloseTo(100 * rec.coach!.shares[seat - 1], 1);
      }
    }
    // Shot 1: the third seat was a bot's, and its vote is the bot's, not Cleo's who sat there later.
    expect(row(1, 1, 3)).toMatchObject({ "played by": "bot", voter: expect.stringMatching(/^Bot /) });
    expect(row(1, 1, 3).name).toBe(row(1, 1, 3).voter);
    expect(row(1, 2, 3)).toMatchObject({ name: "Cleo", "played by": "person", voter: "Cleo", "voted neuron": "1", "voted way": "firmer" });
    // Ben's first vote stays under his name after he left; his second is there too.
    const mtb1 = game1[0].coach!.mostToBlame;
    expect(row(1, 1, 2)).toMatchObject({ name: "Ben", voter: "Ben", "voted neuron": "1", "voted way": "looser", "neuron right": mtb1 === 0 ? "yes" : "no" });
    expect(row(1, 2, 2)).toMatchObject({ name: "Ben", voter: "Ben", "voted neuron": "2", "voted way": "firmer" });
    // Ana, 1-based: she blamed neuron index 2, the third neuron; her dial turn and the handshake it left.
    expect(row(1, 1, 1)).toMatchObject({ name: "Ana", "played by": "person", "voted neuron": "3", "way right": game1[0].coach!.directions[0] === "firmer" ? "yes" : "no" });
    expect(Number(row(1, 1, 1)["own dial turn"])).toBeCloseTo(anaTurn, 6);
    expect(Number(row(1, 1, 1)["handshake after"])).toBeCloseTo(game1[1].weights[0], 3);
    expect(row(1, 1, 2)["own dial turn"]).toBe("");
    // Shot 3: Ana's device was away, a bot played for her.
    expect(row(1, 3, 1)).toMatchObject({ name: "Ana", "played by": "bot (person away)" });
    // Game 2, quoted rule title.
    expect(game2).toHaveLength(1);
    expect(row(2, 1, 1)).toMatchObject({ rule: "Fire together, wire together", voter: "", "handshake after": "" });

    // The students sheet: one row per student and game; Ben's two votes under one row.
    const studentsRes = await fetch(`${base}/report.students.csv`, keyed);
    expect(studentsRes.headers.get("content-disposition")).toContain(`blame-game-${code}-${day}-game-2-students.csv`);
    const students = await sheet(studentsRes, STUDENT_COLUMNS);
    const student = (game: number, name: string) => students.filter((s) => s.game === `${game}` && s.name === name);
    expect(student(1, "Ben")).toHaveLength(1);
    const mtb2 = game1[1].coach!.mostToBlame;
    const dirs2 = game1[1].coach!.directions;
    expect(student(1, "Ben")[0]).toMatchObject({
      seats: "line 1 seat 2",
      votes: "2",
      "right neuron": `${(mtb1 === 0 ? 1 : 0) + (mtb2 === 1 ? 1 : 0)}`,
      "right way": `${(game1[0].coach!.directions[1] === "looser" ? 1 : 0) + (dirs2[1] === "firmer" ? 1 : 0)}`,
      "shots played": "3",
    });
    expect(student(1, "Ana")[0]).toMatchObject({ votes: "2", "dial turns": "1", "turns the rule's way": game1[0].coach!.weightChanges[0] > 0 ? "1" : "0", "shots played": "2" });
    expect(student(1, "Cleo")[0]).toMatchObject({ seats: "line 1 seat 3", votes: "1", "shots played": "2" });
    expect(student(2, "Cleo")).toHaveLength(1);

    // The page's language (?lang=) sets the headers and the words in the cells; an unknown code is English.
    const es = createTranslator("es", spanish);
    const spanishRows = await sheet(await fetch(`${base}/report.csv?lang=es`, keyed), CSV_COLUMN_IDS.map((id) => es.t(id)));
    expect(Object.keys(spanishRows[0]).slice(0, 4)).toEqual(["partida", "fila", "regla", "tiro"]);
    expect(spanishRows.find((r) => r.partida === "1" && r.tiro === "1" && r.sitio === "3")).toMatchObject({ "jugado por": "bot" });
    expect(spanishRows.find((r) => r.partida === "1" && r.tiro === "2" && r.sitio === "3")).toMatchObject({ nombre: "Cleo", "jugado por": "persona", "dirección votada": "más fuerte" });
    expect(new Set(spanishRows.map((r) => r.canasta))).toEqual(new Set(rows.map((r) => (r.hit === "yes" ? "sí" : "no"))));
    const spanishStudents = await sheet(await fetch(`${base}/report.students.csv?lang=es`, keyed), STUDENT_COLUMN_IDS.map((id) => es.t(id)));
    expect(spanishStudents.find((r) => r.partida === "1" && r.nombre === "Ben")).toMatchObject({ sitios: "fila 1 sitio 2", votos: "2" });
    await sheet(await fetch(`${base}/report.csv?lang=xx`, keyed), CSV_COLUMNS);

    // Only with the key, never in the address; unknown sheets are refused.
    expect((await fetch(`${base}/report.students.csv`)).status).toBe(403);
    expect((await fetch(`${base}/report.xlsx`, keyed)).status).toBe(404);
    expect(host.errors).toEqual([]);
    for (const s of [ana, ben, cleo]) expect(s.errors).toEqual([]);
    for (const room of [host.room, anaBack, ben.room, cleo.room]) await room.leave();
  }, 120_000);
});
