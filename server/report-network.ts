// A class played as one network, in its report: every shot, each neuron with its layer and place and one
// entry per handshake (the rule's change, the person's own dial), the votes on handshakes under the names
// of those who cast them. report.ts's GameBuilder feeds it the states the log goes through. Pure.
import { at } from "../shared/checked";
import { type Direction, directionOf, type GameState, hasChoice, mostChanged, type NetCoachReport, type NetShotRecord, type NetVote, type Network, playedByBot, type RuleId, type ScoredNetVote, scaleDistance } from "../shared";

/** One handshake of one neuron at one shot: with a neuron of the layer before (or, in the first layer, the hoop's distance). */
export interface ReportHandshake {
  /** The neuron of the layer before it comes from (from 1); 1 in the first layer, whose one handshake is with the distance. */
  from: number;
  /** What came along it at the shot: that neuron's output, or (first layer) the distance as the neuron got it, scaled to the court (the lines' report gives the same). */
  input: number;
  weight: number;
  /** The rule's change to it, and which way that turns it (null before the rule spoke, or for no change). */
  change: number | null;
  direction: Direction | null;
  /** The person's own turn of this dial (null: the rule turned it). */
  dialTurn: number | null;
  /** Its value after the round's adjustments (null when the game ended before them). */
  weightAfter: number | null;
}

/** One neuron of the network at one shot. Seats, layers and places count from 1, as on screen. */
export interface ReportNetNeuron {
  seat: number;
  layer: number;
  place: number;
  /** Who held the neuron at the shot: the person's nickname (even while away), else the bot's name. */
  name: string;
  person: string | null;
  /** Whether a bot played the neuron at that shot: nobody sat there, or its person was away. */
  bot: boolean;
  output: number;
  bias: number;
  blameShare: number | null;
  signal: number | null;
  biasChange: number | null;
  /** The handshake the rule changed most (from 1), once it spoke: the right answer to this neuron's vote. */
  mostChanged: number | null;
  handshakes: ReportHandshake[];
}

/** One vote in the network: which of the voter's own handshakes carries the blame, and which way to turn it. */
export interface ReportNetVote {
  /** The engine's id for the voter: a session id, or `bot:N` for a bot. */
  voter: string;
  name: string;
  bot: boolean;
  seat: number;
  layer: number;
  place: number;
  /** The handshake voted for (from 1: the neuron of the layer before it comes from). */
  handshake: number;
  direction: Direction;
  /** Whether it is the handshake the rule changed most (null with one handshake: nothing to pick), and whether the rule turns it the way voted; null before the rule spoke. */
  handshakeRight: boolean | null;
  directionRight: boolean | null;
}

/** One shot of the network. */
export interface ReportNetShot {
  round: number;
  rule: RuleId;
  distance: number;
  power: number;
  landing: number;
  miss: number;
  hit: boolean;
  /** The neuron the rule blamed most (its seat, from 1), once it spoke. */
  mostToBlame: number | null;
  extraShots: number;
  neurons: ReportNetNeuron[];
  votes: ReportNetVote[];
}

/** The class's one network in a game. */
export interface ReportNetwork {
  rule: RuleId;
  ruleTitle: string;
  /** Neurons per layer, the shooter's last. */
  widths: number[];
  learnedAt: number | null;
  shots: ReportNetShot[];
}

/** A student's row as the network part updates it (report.ts's StudentRow). */
export interface NetStudentTally {
  shots: number;
  votes: number;
  /** Votes with more than one handshake to pick: the right handshake counts among these. */
  handshakeVotes: number;
  handshakeRight: number;
  directionRight: number;
  dialTurns: number;
  turnsWithRule: number;
  points: number;
}

/** Finds (or opens) a student's row by nickname, noting the neuron held ("layer 2 neuron 3"). */
export type StudentOf = (name: string, seat: string) => NetStudentTally;

/** A neuron as the report's students sheet keeps it, in English (report.ts words it in the sheet's language). */
export function neuronWords(layer: number, place: number): string {
  return `layer ${layer} neuron ${place}`;
}

/** Writes down a game's network shots from the states the log goes through. */
export class NetworkReportBuilder {
  readonly shots: ReportNetShot[] = [];
  /** The shot whose round is open, until its dials are applied. */
  private open: ReportNetShot | null = null;

  constructor(private student: StudentOf) {}

  /** One accepted action's states (the caller skips "end" for the dials: an ended game never applies them). */
  see(before: GameState, after: GameState, dialsApplied: boolean): void {
    const was = before.network?.current ?? null;
    const rec = after.network?.current ?? null;
    if (after.network && rec && rec !== was && (was === null || was.round !== rec.round)) this.shotTaken(after, after.network, rec);
    if (after.network && rec?.coach && !was?.coach && before.network) this.ruleSpoke(before, before.network, after.network.rule, rec.coach, rec.votes, rec.extraShots);
    if (dialsApplied && before.network) this.dialsApplied(before, before.network, after.network);
  }

  private shotTaken(s: GameState, net: Network, rec: NetShotRecord): void {
    const firstOf: number[] = [];
    net.widths.reduce((seat, n) => (firstOf.push(seat), seat + n), 0);
    const neurons = net.neurons.map((n, seat): ReportNetNeuron => {
      const person = n.playerId === null ? undefined : s.players[n.playerId];
      const bot = playedByBot(s, n);
      if (person && !bot) this.student(person.name, neuronWords(n.layer + 1, n.index + 1)).shots++;
      const before = n.layer === 0 ? null : at(firstOf, n.layer - 1);
      return {
        seat: seat + 1,
        layer: n.layer + 1,
        place: n.index + 1,
        name: person?.name ?? n.name,
        person: person?.name ?? null,
        bot,
        output: at(rec.outputs, seat),
        bias: at(rec.biases, seat),
        blameShare: null,
        signal: null,
        biasChange: null,
        mostChanged: null,
        handshakes: at(rec.weights, seat).map((weight, i) => ({
          from: i + 1,
          input: before === null ? scaleDistance(rec.distance, s.settings.court) : at(rec.outputs, before + i),
          weight,
          change: null,
          direction: null,
          dialTurn: null,
          weightAfter: null,
        })),
      };
    });
    const shot: ReportNetShot = { round: rec.round, rule: net.rule, distance: rec.distance, power: rec.power, landing: rec.landing, miss: rec.miss, hit: rec.hit, mostToBlame: null, extraShots: 0, neurons, votes: [] };
    this.shots.push(shot);
    this.open = shot;
  }

  private ruleSpoke(before: GameState, net: Network, rule: RuleId, coach: NetCoachReport, votes: Record<string, NetVote | ScoredNetVote>, extraShots: number): void {
    const shot = this.open;
    if (!shot) return;
    shot.rule = rule;
    shot.mostToBlame = coach.mostToBlame + 1;
    shot.extraShots = extraShots;
    shot.neurons.forEach((n, i) => {
      n.blameShare = at(coach.shares, i);
      n.signal = at(coach.signals, i);
      n.biasChange = at(coach.biasChanges, i);
      n.mostChanged = mostChanged(coach, i) + 1;
      const changes = at(coach.weightChanges, i);
      n.handshakes.forEach((h, k) => {
        h.change = at(changes, k);
        h.direction = h.change === 0 ? null : directionOf(h.change);
      });
    });
    for (const [voter, v] of Object.entries(votes)) {
      const botSeat = /^bot:(\d+)$/.exec(voter);
      // A bot votes for an empty neuron under its own name; a person under the nickname they had then.
      const person = botSeat ? undefined : before.players[voter];
      const seat = botSeat ? Number(botSeat[1]) : person?.seat;
      const neuron = seat === undefined ? undefined : net.neurons[seat];
      if (seat === undefined || !neuron) continue;
      const scored = "handshakeRight" in v ? v : null;
      // A neuron with one handshake had nothing to pick: its vote is on the way alone.
      const choice = hasChoice(coach, seat);
      shot.votes.push({
        voter,
        name: person?.name ?? neuron.name,
        bot: botSeat !== null,
        seat: seat + 1,
        layer: neuron.layer + 1,
        place: neuron.index + 1,
        handshake: v.handshake + 1,
        direction: v.direction,
        handshakeRight: scored && choice ? scored.handshakeRight : null,
        directionRight: scored?.directionRight ?? null,
      });
      if (person && scored) {
        const row = this.student(person.name, neuronWords(neuron.layer + 1, neuron.index + 1));
        row.votes++;
        if (choice) row.handshakeVotes++;
        if (scored.handshakeRight) row.handshakeRight++;
        if (scored.directionRight) row.directionRight++;
        row.points += (scored.handshakeRight ? 1 : 0) + (scored.directionRight ? 1 : 0);
      }
    }
  }

  private dialsApplied(before: GameState, net: Network, after: Network | null): void {
    const shot = this.open;
    if (!shot) return;
    this.open = null;
    net.neurons.forEach((n, i) => {
      const row = shot.neurons[i];
      if (!row) return;
      const afterWeights = after?.neurons[i]?.weights;
      row.handshakes.forEach((h, k) => (h.weightAfter = afterWeights?.[k] ?? null));
      const person = n.playerId === null ? undefined : before.players[n.playerId];
      // A dial counts when its person turned it and was there when the round closed (else the rule turns it):
      // the engine keeps a person's value only where it differs from the shot's (network-round.ts adjustNetwork).
      if (!person || !n.adjusted || playedByBot(before, n)) return;
      let turned = 0;
      let withRule = 0;
      row.handshakes.forEach((h, k) => {
        const mine = at(n.weights, k);
        if (mine === h.weight) return;
        h.dialTurn = mine - h.weight;
        turned++;
        if (h.change !== null && h.change !== 0 && Math.sign(h.dialTurn) === Math.sign(h.change)) withRule++;
      });
      if (turned === 0) return;
      const student = this.student(person.name, neuronWords(n.layer + 1, n.index + 1));
      student.dialTurns++;
      // A round's turn goes the rule's way when every handshake the person turned went the way the rule turns it.
      if (withRule === turned) student.turnsWithRule++;
    });
  }
}
