// The class report: every shot of every line (distance, miss, hit, weights, blame, directions, votes
// and whether they were right), as JSON and as CSV for a spreadsheet. Pure: the same game gives the
// same report. Nicknames appear (the teacher's own class); nothing else about a person is kept.
import type { GameView, ScoredVote, Vote } from "../shared";
import { at } from "../shared/checked";

/** One neuron in one shot. */
export interface ReportNeuron {
  seat: number;
  /** Who sits there now (the history does not record past occupants). */
  name: string;
  input: number;
  output: number;
  weight: number;
  bias: number;
  blameShare: number | null;
  direction: string | null;
  signal: number | null;
  weightChange: number | null;
  biasChange: number | null;
}

/** One vote in one shot; `seat` is null when the voter has since left. */
export interface ReportVote {
  voter: string;
  name: string;
  bot: boolean;
  seat: number | null;
  blame: number;
  direction: string;
  blameRight: boolean | null;
  directionRight: boolean | null;
}

/** One shot of one line. */
export interface ReportShot {
  round: number;
  distance: number;
  power: number;
  landing: number;
  miss: number;
  hit: boolean;
  mostToBlame: number | null;
  extraShots: number;
  neurons: ReportNeuron[];
  votes: ReportVote[];
}

/** The whole report: the game being played (or the last one), and every earlier game of the class. */
export interface ClassReport {
  code: string;
  /** Which game of the class this is: 1 for the first, 2 after "Play again" or a new line shape, ... */
  game: number;
  /** The class's earlier games, oldest first (each without its own earlier games). */
  earlierGames: ClassReport[];
  round: number;
  phase: string;
  settings: GameView["settings"];
  players: { name: string; line: number; seat: number; score: number; votesCast: number; blameRight: number; directionRight: number }[];
  lines: { line: number; rule: string; learnedAt: number | null; shots: ReportShot[] }[];
}

/** Whether `after` started a new game over `before`'s shots (Play again, or the line's shape changed): `before` is then a finished game to keep. */
export function endsGame(before: GameView, after: GameView): boolean {
  return before.lines.some((l) => l.history.length > 0) && after.lines.every((l) => l.history.length === 0);
}

/** The report of a game (its view) for the class with join code `code`, after the class's `earlier` games (oldest first). */
export function classReport(view: GameView, code: string, earlier: readonly GameView[] = []): ClassReport {
  return { ...gameReport(view, code, earlier.length + 1), earlierGames: earlier.map((v, i) => gameReport(v, code, i + 1)) };
}

function gameReport(view: GameView, code: string, game: number): ClassReport {
  const players = Object.values(view.players);
  return {
    code,
    game,
    earlierGames: [],
    round: view.round,
    phase: view.phase,
    settings: view.settings,
    players: players.map(({ name, line, seat, score, votesCast, blameRight, directionRight }) => ({ name, line, seat, score, votesCast, blameRight, directionRight })),
    lines: view.lines.map((line, li) => ({
      line: li,
      rule: line.rule,
      learnedAt: line.learnedAt,
      shots: line.history.map((rec): ReportShot => ({
        round: rec.round,
        distance: rec.distance,
        power: rec.power,
        landing: rec.landing,
        miss: rec.miss,
        hit: rec.hit,
        mostToBlame: rec.coach?.mostToBlame ?? null,
        extraShots: rec.extraShots,
        neurons: rec.weights.map((weight, seat) => ({
          seat,
          name: line.neurons[seat]?.name ?? "",
          input: at(rec.inputs, seat),
          output: at(rec.outputs, seat),
          weight,
          bias: at(rec.biases, seat),
          blameShare: rec.coach?.shares[seat] ?? null,
          direction: rec.coach?.directions[seat] ?? null,
          signal: rec.coach?.signals[seat] ?? null,
          weightChange: rec.coach?.weightChanges[seat] ?? null,
          biasChange: rec.coach?.biasChanges[seat] ?? null,
        })),
        votes: Object.entries(rec.votes).map(([voter, v]) => reportVote(view, li, voter, v)),
      })),
    })),
  };
}

function reportVote(view: GameView, line: number, voter: string, v: Vote | ScoredVote): ReportVote {
  const botSeat = /^bot:(\d+)$/.exec(voter);
  const player = view.players[voter];
  const seat = botSeat ? Number(botSeat[1]) : player && player.line === line ? player.seat : null;
  return {
    voter,
    name: botSeat ? ((seat !== null && view.lines[line]?.neurons[seat]?.name) || voter) : (player?.name ?? "(left)"),
    bot: botSeat !== null,
    seat,
    blame: v.blame,
    direction: v.direction,
    blameRight: "blameRight" in v ? v.blameRight : null,
    directionRight: "directionRight" in v ? v.directionRight : null,
  };
}

/** The CSV columns: one row per line, shot and seat, with the vote cast from that seat. */
export const CSV_COLUMNS = [
  "game", "line", "rule", "round", "distance", "power", "landing", "miss", "hit", "mostToBlame",
  "seat", "name", "input", "output", "weight", "bias", "blameShare", "direction", "signal", "weightChange", "biasChange",
  "voter", "voteBlame", "voteDirection", "voteBlameRight", "voteDirectionRight",
] as const;

/** The report as CSV, every game of the class (RFC 4180 quoting; numbers at full precision). */
export function reportCsv(report: ClassReport): string {
  const rows: unknown[][] = [CSV_COLUMNS.slice()];
  for (const game of [...report.earlierGames, report]) rows.push(...gameRows(game));
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function gameRows(report: ClassReport): unknown[][] {
  const rows: unknown[][] = [];
  for (const line of report.lines) {
    for (const shot of line.shots) {
      for (const n of shot.neurons) {
        const vote = shot.votes.find((v) => v.seat === n.seat);
        rows.push([
          report.game, line.line, line.rule, shot.round, shot.distance, shot.power, shot.landing, shot.miss, shot.hit, shot.mostToBlame,
          n.seat, n.name, n.input, n.output, n.weight, n.bias, n.blameShare, n.direction, n.signal, n.weightChange, n.biasChange,
          vote?.name ?? "", vote?.blame ?? "", vote?.direction ?? "", vote?.blameRight ?? "", vote?.directionRight ?? "",
        ]);
      }
    }
  }
  return rows;
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  // Quote what needs it, and defuse spreadsheet formulas in names (=, +, -, @ at the start).
  const safe = /^[=+@]/.test(s) || (/^-/.test(s) && Number.isNaN(Number(s))) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
