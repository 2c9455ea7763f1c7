import type { Rng } from "../random";
import { botName } from "./names";
import { LIMITS, type Settings, teamRule } from "./settings";
import type { GameState, Line, Neuron, Player } from "./state";
import { at } from "../checked";
import { number } from "./refusal";

/** Clamps a handshake or excitability to what a dial can show. */
export function clampParam(v: number): number {
  return Math.max(-LIMITS.weight, Math.min(LIMITS.weight, v));
}

/** A dial value a player sent: within ±LIMITS.weight, and -0 made 0 (the class log is JSON, which has no -0, and its replay must give the same dial). */
export function dialValue(v: unknown, what: string): number {
  const n = number(v, what, -LIMITS.weight, LIMITS.weight);
  return n === 0 ? 0 : n;
}

/** Fresh lines for the settings: bots in every seat, starting handshakes drawn from the seeded generator. */
export function buildLines(settings: Settings, rng: Rng): Line[] {
  return Array.from({ length: settings.teams }, (_, team) => buildLine(settings, team, rng));
}

/** One fresh line for team `team`: bots in every seat, drawn from the seeded generator. */
export function buildLine(settings: Settings, team: number, rng: Rng): Line {
  return {
    rule: teamRule(settings, team),
    neurons: Array.from({ length: settings.lineLength }, (_, seat): Neuron => ({
      playerId: null,
      name: botName(seat),
      weight: rng.uniform(settings.startWeights.min, settings.startWeights.max),
      bias: 0,
      adjusted: false,
      ready: false,
    })),
    // Feedback wires: random strength and random sign, fixed for the line's life.
    feedback: Array.from({ length: settings.lineLength }, () => rng.sign() * rng.uniform(0.5, 1.5)),
    current: null,
    history: [],
    streak: 0,
    learnedAt: null,
  };
}

/** Adds a line of bots to a (copied) state when the class may still grow; false at the teacher's cap. */
export function growLines(s: GameState, rng: Rng): boolean {
  if (s.lines.length >= s.settings.maxTeams) return false;
  s.lines = [...s.lines, buildLine(s.settings, s.lines.length, rng)];
  s.settings = { ...s.settings, teams: s.lines.length };
  return true;
}

/** Finds a free (bot) seat: the one asked for if free (in the line asked for, or any line), else the first bot seat in the line with fewest people. */
export function freeSeat(lines: readonly Line[], line?: number, seat?: number): { line: number; seat: number } | null {
  const order = lines
    .map((l, i) => ({ i, people: l.neurons.filter((n) => n.playerId !== null).length }))
    .filter(({ i }) => line === undefined || i === line)
    .sort((a, b) => a.people - b.people || a.i - b.i);
  // The seat asked for, in the line asked for or (no line given) the first line where it is free.
  if (seat !== undefined) for (const { i } of order) if (at(lines, i).neurons[seat]?.playerId === null) return { line: i, seat };
  for (const { i } of order) {
    const s = at(lines, i).neurons.findIndex((n) => n.playerId === null);
    if (s >= 0) return { line: i, seat: s };
  }
  return null;
}

/** Puts a player into a seat of (already copied) lines, taking over the bot's current handshake. */
export function sit(lines: Line[], player: Player, line: number, seat: number): void {
  const from = at(lines, line);
  const l = { ...from, neurons: from.neurons.slice() };
  l.neurons[seat] = { ...at(from.neurons, seat), playerId: player.id, name: player.name };
  lines[line] = l;
}

/** Gives a seat back to a bot (the handshake stays as the player left it). */
export function unsit(lines: Line[], line: number, seat: number): void {
  const from = at(lines, line);
  const l = { ...from, neurons: from.neurons.slice() };
  l.neurons[seat] = { ...at(from.neurons, seat), playerId: null, name: botName(seat) };
  lines[line] = l;
}

/** Whether a seat is played by a bot right now: no person, or its person is away. */
export function playedByBot(state: Pick<GameState, "players">, neuron: Pick<Neuron, "playerId">): boolean {
  return neuron.playerId === null || !state.players[neuron.playerId]?.connected;
}
