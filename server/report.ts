// The class report, read from the class's log: every game, every shot of every line, who held each
// seat at that shot (a person, or a bot), the votes under the names of those who cast them, the dials
// people turned, and a sheet per student. Pure: the same log gives the same report. JSON keeps full
// precision; the CSV is for people (rounded, 1-based, rule titles, a BOM so spreadsheets read accents).
// Nicknames appear (the teacher's own class); nothing else about a person is kept. A class played as one
// network has its shots in `network` (report-network.ts): one row per neuron and handshake in the sheet.
import { type Action, type CoachReport, type Direction, type GameState, type GameView, HOST_ID, type LoggedAction, nameKey, playedByBot, replayGame, RULES, type RuleId, type ScoredVote, type ShotRecord, type Vote } from "../shared";
import { at } from "../shared/checked";
import { createTranslator, english, languageOf, type LanguageCode, type MessageId, type Messages, type Translator } from "../shared/i18n";
import { messages as ar } from "../shared/i18n/messages/ar";
import { messages as de } from "../shared/i18n/messages/de";
import { messages as es } from "../shared/i18n/messages/es";
import { messages as fr } from "../shared/i18n/messages/fr";
import { messages as zh } from "../shared/i18n/messages/zh-Hans";
import { NetworkReportBuilder, type ReportNetShot, type ReportNetwork } from "./report-network";

/** Each shipped language's messages other than English, imported statically: a report is rare, the server small. */
const REPORT_MESSAGES: Record<Exclude<LanguageCode, "en">, Messages> = { es, fr, de, "zh-Hans": zh, ar };
const translators = new Map<LanguageCode, Translator>();
const LANGUAGES_SHIPPED = new Set<string>(["en", ...Object.keys(REPORT_MESSAGES)]);

/** The translator for a report asked for in `code` (?lang=); English for a missing or unknown code. */
export function reportTranslator(code: unknown): Translator {
  const language = typeof code === "string" && LANGUAGES_SHIPPED.has(code) ? languageOf(code).code : "en";
  if (language === "en") return english;
  let tr = translators.get(language);
  if (!tr) {
    tr = createTranslator(language, REPORT_MESSAGES[language]);
    translators.set(language, tr);
  }
  return tr;
}

/** One seat in one shot. Seats are numbered from 1, as on screen. */
export interface ReportNeuron {
  seat: number;
  /** Who held the seat at the shot: the person's nickname (even while away), else the bot's name. */
  name: string;
  /** The person who held the seat at the shot (even while away), or null for an empty seat. */
  person: string | null;
  /** Whether a bot played the seat at that shot: nobody sat there, or its person was away. */
  bot: boolean;
  input: number;
  output: number;
  weight: number;
  bias: number;
  blameShare: number | null;
  direction: Direction | null;
  signal: number | null;
  weightChange: number | null;
  biasChange: number | null;
  /** The person's own turn of the handshake this round (null: the dial was left to the rule). */
  dialTurn: number | null;
  /** The handshake after the round's adjustments (null when the game ended before them). */
  weightAfter: number | null;
}

/** One vote in one shot, under the name its voter had when it was counted. */
export interface ReportVote {
  /** The engine's id for the voter: a session id, or `bot:N` for a bot. */
  voter: string;
  name: string;
  bot: boolean;
  /** The voter's seat (from 1). */
  seat: number;
  /** The neuron voted most to blame (from 1). */
  blame: number;
  direction: Direction;
  blameRight: boolean | null;
  directionRight: boolean | null;
}

/** One shot of one line. */
export interface ReportShot {
  round: number;
  /** The rule that spoke after this shot (the host may change rules during a game). */
  rule: RuleId;
  distance: number;
  power: number;
  landing: number;
  miss: number;
  hit: boolean;
  /** The neuron the rule blamed most (from 1), once it spoke. */
  mostToBlame: number | null;
  extraShots: number;
  neurons: ReportNeuron[];
  votes: ReportVote[];
}

/** One line of one game. Lines are numbered from 1, as on screen. */
export interface ReportLine {
  line: number;
  rule: RuleId;
  ruleTitle: string;
  learnedAt: number | null;
  shots: ReportShot[];
}

/** One student's game: everything they did under one nickname (leaving and coming back included). */
export interface StudentRow {
  name: string;
  /** The lines and seats they held (from 1), as "line 2 seat 3"; in one network the neurons, as "layer 2 neuron 3". */
  seats: string[];
  /** Shots at which they held a seat and were there (not a bot playing for them). */
  shots: number;
  votes: number;
  /** Votes that named the neuron the rule blamed most (lines). */
  blameRight: number;
  /** Votes that named the handshake the rule changed most of the voter's own (one network), of handshakeVotes. */
  handshakeRight: number;
  /** One network: votes cast with more than one handshake to pick from. */
  handshakeVotes: number;
  directionRight: number;
  /** Rounds in which they turned their own dial, and how many of those turns went the rule's way. */
  dialTurns: number;
  turnsWithRule: number;
  points: number;
}

/** One game of a class. */
export interface GameReport {
  code: string;
  /** 1 for the first game, 2 after "Play again" or a new line shape, ... */
  game: number;
  round: number;
  phase: string;
  settings: GameView["settings"];
  /** Who is in the class at the end of this game (or now), with the engine's tallies; in one network, `seat` is the neuron's (layer by layer, from 1) and blameRight counts right handshakes. */
  players: { name: string; line: number; seat: number; score: number; votesCast: number; blameRight: number; directionRight: number }[];
  /** Empty when the class played as one network. */
  lines: ReportLine[];
  /** The class's one network, or null when it played in lines. */
  network: ReportNetwork | null;
  students: StudentRow[];
}

/** The whole report: the game being played (or the last one), and every earlier game of the class. */
export interface ClassReport extends GameReport {
  createdAt: number;
  /** The class's earlier games, oldest first. */
  earlierGames: GameReport[];
}

/** What endsGame reads of a state: the shots of its lines and of its network. */
type Shots = { lines: readonly { history: readonly unknown[] }[]; network?: { history: readonly unknown[] } | null };

/** Whether `after` started a new game over `before`'s shots (Play again, or the shape changed): `before` is then a finished game to keep. */
export function endsGame(before: Shots, after: Shots): boolean {
  const played = (s: Shots) => s.lines.some((l) => l.history.length > 0) || (s.network?.history.length ?? 0) > 0;
  return played(before) && !played(after);
}

/** What the report needs of a stored class. */
export interface ReportSource {
  code: string;
  createdAt: number;
  settings: unknown;
}

/** The report of a class from its creation and its log (the entries the reducer accepted, in order; JSON as stored). */
export function classReport(source: ReportSource, log: readonly { at: number; action: unknown }[]): ClassReport {
  const games: GameReport[] = [];
  let game = new GameBuilder(source.code, 1);
  const entries: LoggedAction[] = log.map((e) => ({ at: e.at, action: e.action as Action }));
  const last = replayGame(HOST_ID, source.settings, source.createdAt, entries, (entry, before, after) => {
    if (endsGame(before, after)) {
      games.push(game.done(before));
      game = new GameBuilder(source.code, games.length + 1);
    }
    game.see(entry.action, before, after);
  });
  return { ...game.done(last), createdAt: source.createdAt, earlierGames: games };
}

/** A shot being written down: its seats as they were at the shot, then the rule's word and the dials. */
interface ShotDraft {
  line: number;
  shot: ReportShot;
}

/** Builds one game's report from the states the log goes through. */
class GameBuilder {
  private shots: ShotDraft[] = [];
  /** The open shot of each line (index: line), until its round's dials are applied. */
  private open = new Map<number, ShotDraft>();
  private students = new Map<string, StudentRow>();
  private network = new NetworkReportBuilder((name, seat) => this.student(name, seat));

  constructor(
    private code: string,
    private game: number,
  ) {}

  /** One accepted action and the states around it. */
  see(action: Action, before: GameState, after: GameState): void {
    if (before.lines === after.lines && before.players === after.players && before.network === after.network) return;
    after.lines.forEach((line, li) => {
      const was = before.lines[li];
      const rec = line.current;
      // The pass: a new shot, its seats as they are now.
      if (rec && rec !== was?.current && (was?.current === null || was?.current === undefined || was.current.round !== rec.round)) this.shotTaken(after, li, rec);
      // The rule spoke: its numbers, and the votes it counted under the names of those who cast them.
      if (rec?.coach && !was?.current?.coach) this.ruleSpoke(before, li, line.rule, rec.coach, rec.votes, rec.extraShots);
    });
    // The adjust phase ends with the dials applied (an "end" stops the game before them).
    const dialsApplied = before.phase === "adjust" && after.phase !== "adjust" && action.type !== "end";
    if (dialsApplied) this.dialsApplied(before, after);
    if (before.network || after.network) this.network.see(before, after, dialsApplied);
  }

  private shotTaken(s: GameState, li: number, rec: ShotRecord): void {
    const line = at(s.lines, li);
    const neurons = line.neurons.map((n, seat): ReportNeuron => {
      const person = n.playerId === null ? undefined : s.players[n.playerId];
      const bot = playedByBot(s, n);
      if (person && !bot) this.student(person.name, `line ${li + 1} seat ${seat + 1}`).shots++;
      return {
        seat: seat + 1,
        name: person?.name ?? n.name,
        person: person?.name ?? null,
        bot,
        input: at(rec.inputs, seat),
        output: at(rec.outputs, seat),
        weight: at(rec.weights, seat),
        bias: at(rec.biases, seat),
        blameShare: null,
        direction: null,
        signal: null,
        weightChange: null,
        biasChange: null,
        dialTurn: null,
        weightAfter: null,
      };
    });
    const shot: ReportShot = { round: rec.round, rule: line.rule, distance: rec.distance, power: rec.power, landing: rec.landing, miss: rec.miss, hit: rec.hit, mostToBlame: null, extraShots: 0, neurons, votes: [] };
    const draft = { line: li, shot };
    this.shots.push(draft);
    this.open.set(li, draft);
  }

  private ruleSpoke(before: GameState, li: number, rule: RuleId, coach: CoachReport, votes: Record<string, Vote | ScoredVote>, extraShots: number): void {
    const draft = this.open.get(li);
    if (!draft) return;
    const { shot } = draft;
    shot.rule = rule;
    shot.mostToBlame = coach.mostToBlame + 1;
    shot.extraShots = extraShots;
    shot.neurons.forEach((n, i) => {
      n.blameShare = at(coach.shares, i);
      n.direction = at(coach.directions, i);
      n.signal = at(coach.signals, i);
      n.weightChange = at(coach.weightChanges, i);
      n.biasChange = at(coach.biasChanges, i);
    });
    const line = at(before.lines, li);
    for (const [voter, v] of Object.entries(votes)) {
      const botSeat = /^bot:(\d+)$/.exec(voter);
      // A bot votes for an empty seat under its own name; a person under the nickname they had then.
      const person = botSeat ? undefined : before.players[voter];
      const seat = botSeat ? Number(botSeat[1]) : person?.seat;
      if (seat === undefined) continue;
      const scored = "blameRight" in v ? v : null;
      shot.votes.push({
        voter,
        name: person?.name ?? line.neurons[seat]?.name ?? voter,
        bot: botSeat !== null,
        seat: seat + 1,
        blame: v.blame + 1,
        direction: v.direction,
        blameRight: scored?.blameRight ?? null,
        directionRight: scored?.directionRight ?? null,
      });
      if (person && scored) {
        const row = this.student(person.name, `line ${li + 1} seat ${seat + 1}`);
        row.votes++;
        if (scored.blameRight) row.blameRight++;
        if (scored.directionRight) row.directionRight++;
        row.points += (scored.blameRight ? 1 : 0) + (scored.directionRight ? 1 : 0);
      }
    }
  }

  private dialsApplied(before: GameState, after: GameState): void {
    before.lines.forEach((line, li) => {
      const draft = this.open.get(li);
      if (!draft) return;
      this.open.delete(li);
      line.neurons.forEach((n, i) => {
        const row = draft.shot.neurons[i];
        if (!row) return;
        row.weightAfter = after.lines[li]?.neurons[i]?.weight ?? null;
        const person = n.playerId === null ? undefined : before.players[n.playerId];
        // A dial counts when its person turned it and was there when the round closed (else the rule applies).
        if (!person || !n.adjusted || playedByBot(before, n)) return;
        row.dialTurn = n.weight - row.weight;
        const student = this.student(person.name, `line ${li + 1} seat ${i + 1}`);
        student.dialTurns++;
        if (row.weightChange !== null && row.weightChange !== 0 && Math.sign(row.dialTurn) === Math.sign(row.weightChange)) student.turnsWithRule++;
      });
    });
  }

  /** The student's row, found by nickname (one that looks the same on a projector is the same student). */
  private student(name: string, seat: string): StudentRow {
    const key = nameKey(name);
    let row = this.students.get(key);
    if (!row) {
      row = { name, seats: [], shots: 0, votes: 0, blameRight: 0, handshakeRight: 0, handshakeVotes: 0, directionRight: 0, dialTurns: 0, turnsWithRule: 0, points: 0 };
      this.students.set(key, row);
    }
    if (!row.seats.includes(seat)) row.seats.push(seat);
    return row;
  }

  /** The game as it stands in `last` (its end, or now). */
  done(last: GameState): GameReport {
    return {
      code: this.code,
      game: this.game,
      round: last.round,
      phase: last.phase,
      settings: last.settings,
      players: Object.values(last.players).map(({ name, line, seat, score, votesCast, blameRight, directionRight }) => ({ name, line: line + 1, seat: seat + 1, score, votesCast, blameRight, directionRight })),
      lines: last.lines.map((line, li) => ({
        line: li + 1,
        rule: line.rule,
        ruleTitle: ruleTitle(line.rule),
        learnedAt: line.learnedAt,
        shots: this.shots.filter((d) => d.line === li).map((d) => d.shot),
      })),
      network: last.network ? { rule: last.network.rule, ruleTitle: ruleTitle(last.network.rule), widths: last.network.widths.slice(), learnedAt: last.network.learnedAt, shots: this.network.shots } : null,
      students: [...this.students.values()].sort((a, b) => a.name.localeCompare(b.name)),
    };
  }
}

function ruleTitle(rule: RuleId): string {
  return Object.hasOwn(RULES, rule) ? RULES[rule].title : rule;
}

/**
 * The shots sheet's columns: one row per game, line, shot and seat, with the vote cast from that seat. In
 * one network, one row per game, shot, neuron and handshake ("line" empty; the last five columns filled):
 * the handshake's own numbers, and a vote on the row of the handshake it blamed.
 */
export const CSV_COLUMNS = [
  "game", "line", "rule", "shot", "hoop distance (m)", "landed at (m)", "miss (m)", "hit", "most to blame",
  "seat", "name", "played by", "input", "output", "handshake", "excitability", "blame share (%)", "rule's way",
  "signal", "rule's handshake change", "rule's excitability change", "own dial turn", "handshake after",
  "voter", "voted neuron", "voted way", "neuron right", "way right",
  "layer", "place in layer", "handshake from", "voted handshake", "handshake right",
] as const;

/** The shots sheet's header messages, column by column (in English, exactly CSV_COLUMNS). */
export const CSV_COLUMN_IDS = [
  "report.shots.game", "report.shots.line", "report.shots.rule", "report.shots.shot", "report.shots.distance", "report.shots.landing", "report.shots.miss", "report.shots.hit", "report.shots.mostToBlame",
  "report.shots.seat", "report.shots.name", "report.shots.playedBy", "report.shots.input", "report.shots.output", "report.shots.handshake", "report.shots.excitability", "report.shots.blameShare", "report.shots.ruleWay",
  "report.shots.signal", "report.shots.handshakeChange", "report.shots.excitabilityChange", "report.shots.dialTurn", "report.shots.handshakeAfter",
  "report.shots.voter", "report.shots.votedNeuron", "report.shots.votedWay", "report.shots.neuronRight", "report.shots.wayRight",
  "report.shots.layer", "report.shots.place", "report.shots.from", "report.shots.votedHandshake", "report.shots.handshakeRight",
] as const satisfies readonly MessageId[];

/** The students sheet's header messages, column by column (in English, exactly STUDENT_COLUMNS). */
export const STUDENT_COLUMN_IDS = [
  "report.students.game", "report.students.name", "report.students.seats", "report.students.shots", "report.students.votes", "report.students.rightNeuron", "report.students.rightWay",
  "report.students.rightNeuronPercent", "report.students.rightWayPercent", "report.students.dialTurns", "report.students.withRule", "report.students.points",
  "report.students.rightHandshake", "report.students.rightHandshakePercent",
] as const satisfies readonly MessageId[];

/** The students sheet's columns: one row per game and student ("right neuron" in lines, "right handshake" in one network). */
export const STUDENT_COLUMNS = [
  "game", "name", "seats", "shots played", "votes", "right neuron", "right way", "right neuron (%)", "right way (%)", "dial turns", "turns the rule's way", "points",
  "right handshake", "right handshake (%)",
] as const;

/** The CSV sheets a report comes as. */
export type ReportSheet = "shots" | "students";

/**
 * A sheet of the report as CSV, every game of the class: a BOM (so spreadsheets read accents), RFC 4180
 * quoting, numbers rounded for people; headers and words (yes, bot, firmer...) in `tr`'s language.
 */
export function reportCsv(report: ClassReport, sheet: ReportSheet = "shots", tr: Translator = english): string {
  const games = [...report.earlierGames, report];
  const rows: unknown[][] = sheet === "students" ? [STUDENT_COLUMN_IDS.map((id) => tr.t(id)), ...games.flatMap((g) => studentRows(g, tr))] : [CSV_COLUMN_IDS.map((id) => tr.t(id)), ...games.flatMap((g) => shotRows(g, tr))];
  return "\uFEFF" + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function shotRows(game: GameReport, tr: Translator): unknown[][] {
  const rows: unknown[][] = [];
  for (const line of game.lines) {
    for (const shot of line.shots) {
      for (const n of shot.neurons) {
        const vote = shot.votes.find((v) => v.seat === n.seat);
        rows.push([
          game.game, line.line, ruleTitle(shot.rule), shot.round, metres(shot.distance), metres(shot.landing), metres(shot.miss), yes(tr, shot.hit), shot.mostToBlame,
          n.seat, n.name, playedBy(tr, n), fixed(n.input, 3), fixed(n.output, 3), fixed(n.weight, 3), fixed(n.bias, 3), n.blameShare === null ? null : fixed(100 * n.blameShare, 1), way(tr, n.direction),
          significant(n.signal), significant(n.weightChange), significant(n.biasChange), significant(n.dialTurn), n.weightAfter === null ? null : fixed(n.weightAfter, 3),
          vote?.name, vote?.blame, way(tr, vote?.direction ?? null), vote ? yes(tr, vote.blameRight) : null, vote ? yes(tr, vote.directionRight) : null,
          null, null, null, null, null,
        ]);
      }
    }
  }
  for (const shot of game.network?.shots ?? []) rows.push(...netShotRows(game, shot, tr));
  return rows;
}

/** A network's shot: one row per neuron and handshake, a vote on the row of the handshake it blamed. */
function netShotRows(game: GameReport, shot: ReportNetShot, tr: Translator): unknown[][] {
  return shot.neurons.flatMap((n) =>
    n.handshakes.map((h) => {
      const vote = shot.votes.find((v) => v.seat === n.seat && v.handshake === h.from);
      return [
        game.game, null, ruleTitle(shot.rule), shot.round, metres(shot.distance), metres(shot.landing), metres(shot.miss), yes(tr, shot.hit), shot.mostToBlame,
        n.seat, n.name, playedBy(tr, n), fixed(h.input, 3), fixed(n.output, 3), fixed(h.weight, 3), fixed(n.bias, 3), n.blameShare === null ? null : fixed(100 * n.blameShare, 1), way(tr, h.direction),
        significant(n.signal), significant(h.change), significant(n.biasChange), significant(h.dialTurn), h.weightAfter === null ? null : fixed(h.weightAfter, 3),
        vote?.name, null, way(tr, vote?.direction ?? null), null, vote ? yes(tr, vote.directionRight) : null,
        n.layer, n.place, h.from, vote?.handshake, vote ? yes(tr, vote.handshakeRight) : null,
      ];
    }),
  );
}

function studentRows(game: GameReport, tr: Translator): unknown[][] {
  // A network's students vote on handshakes: their right answers go in the handshake columns, the neuron ones stay empty.
  const net = game.network !== null;
  return game.students.map((s) => [
    game.game, s.name, s.seats.map((seat) => seatWords(tr, seat)).join("; "), s.shots, s.votes, net ? null : s.blameRight, s.directionRight, net ? null : percent(s.blameRight, s.votes), percent(s.directionRight, s.votes), s.dialTurns, s.turnsWithRule, s.points,
    net ? s.handshakeRight : null, net ? percent(s.handshakeRight, s.handshakeVotes) : null,
  ]);
}

function playedBy(tr: Translator, n: Pick<ReportNeuron, "bot" | "person">): string {
  return tr.t(!n.bot ? "report.cell.person" : n.person === null ? "report.cell.bot" : "report.cell.botAway");
}

function yes(tr: Translator, v: boolean | null): string | null {
  return v === null ? null : tr.t(v ? "report.cell.yes" : "report.cell.no");
}

/** A seat as the JSON keeps it ("line 2 seat 3", or a network's "layer 2 neuron 3") in the sheet's language. */
function seatWords(tr: Translator, seat: string): string {
  const m = /^line (\d+) seat (\d+)$/.exec(seat);
  if (m) return tr.t("report.cell.seat", { line: Number(m[1]), seat: Number(m[2]) });
  const n = /^layer (\d+) neuron (\d+)$/.exec(seat);
  return n ? tr.t("report.cell.neuron", { layer: Number(n[1]), place: Number(n[2]) }) : seat;
}

function way(tr: Translator, d: Direction | null): string | null {
  return d === null ? null : tr.t(d === "firmer" ? "report.cell.firmer" : "report.cell.looser");
}

function metres(v: number): number {
  return fixed(v, 2);
}

/** `v` rounded to `digits` decimals (no "-0"). */
function fixed(v: number, digits: number): number {
  const r = Math.round(v * 10 ** digits) / 10 ** digits;
  return r === 0 ? 0 : r;
}

/** Three significant digits: the rules' changes run from 0.0001 to 1, so fixed decimals would hide the small ones. */
function significant(v: number | null): number | null {
  if (v === null) return null;
  return v === 0 ? 0 : Number(v.toPrecision(3));
}

function percent(right: number, of: number): number | null {
  return of === 0 ? null : Math.round((100 * right) / of);
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  // Quote what needs it, and defuse spreadsheet formulas in names (=, +, -, @ at the start).
  const safe = /^[=+@]/.test(s) || (/^-/.test(s) && Number.isNaN(Number(s))) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The report's file name: the class code, the class's date and the game number, e.g. blame-game-K7QXM-2026-11-30-game-2.csv. */
export function reportFileName(report: ClassReport, ext: "csv" | "json", sheet: ReportSheet = "shots"): string {
  const day = new Date(report.createdAt).toISOString().slice(0, 10);
  return `blame-game-${report.code}-${day}-game-${report.game}${sheet === "students" ? "-students" : ""}.${ext}`;
}
