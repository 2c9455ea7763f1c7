// The host's settings during a class, a new line shape (everyone seated again in join order), and a new game.
import { t } from "../i18n/current";
import { ACTIVATIONS } from "../line";
import { Rng } from "../random";
import { RULES } from "../rules";
import { buildLines, freeSeat, sit } from "./lines";
import { buildNetwork, networkSize } from "./network-seats";
import { integer, number, refuse } from "./refusal";
import { BOT_MODES, DEFAULT_SETTINGS, LIMITS, PACES, type Settings, SHAPES, START_SIGNS, teamRule } from "./settings";
import type { GameState, Player } from "./state";

const SHAPE_KEYS = ["shape", "layerWidth", "lineLength", "teams", "activation", "startWeights", "startSigns", "court", "seed"] as const;

/** The host changes settings; the line's shape only in the lobby or after a game (everyone is seated again, in as many lines as they need). */
export function configure(s: GameState, patch: unknown): void {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) refuse("bad-action", t("game.refuse.settingsObject"));
  const p = patch as Partial<Settings>;
  const next: Settings = { ...s.settings };
  const known = new Set<string>(Object.keys(DEFAULT_SETTINGS));
  for (const key of Object.keys(p)) if (!known.has(key)) refuse("bad-action", t("game.refuse.unknownSetting", { key }));
  const reshapes = SHAPE_KEYS.some((k) => k in p);
  if (reshapes && s.phase !== "lobby" && s.phase !== "summary") {
    refuse("wrong-phase", t("game.refuse.shape"));
  }
  if (p.shape !== undefined) {
    if (typeof p.shape !== "string" || !SHAPES.includes(p.shape)) refuse("bad-action", t("game.refuse.oneOf", { field: "shape", a: "lines", b: "network" }));
    next.shape = p.shape;
  }
  if (p.layerWidth !== undefined) next.layerWidth = integer(p.layerWidth, t("game.what.layerWidth"), LIMITS.layerWidth.min, LIMITS.layerWidth.max);
  if (p.lineLength !== undefined) next.lineLength = integer(p.lineLength, t("game.what.lineLength"), LIMITS.lineLength.min, LIMITS.lineLength.max);
  if (p.teams !== undefined) next.teams = integer(p.teams, t("game.what.teams"), LIMITS.teams.min, LIMITS.teams.max);
  if (p.maxTeams !== undefined) next.maxTeams = integer(p.maxTeams, t("game.what.maxTeams"), LIMITS.teams.min, LIMITS.teams.max);
  if (p.activation !== undefined) {
    if (typeof p.activation !== "string" || !Object.hasOwn(ACTIVATIONS, p.activation)) refuse("bad-action", t("game.refuse.unknownActivation", { name: String(p.activation) }));
    next.activation = p.activation;
  }
  if (p.rules !== undefined) {
    if (!Array.isArray(p.rules) || p.rules.length < 1 || p.rules.length > LIMITS.teams.max) refuse("bad-action", t("game.refuse.rulesList", { min: 1, max: LIMITS.teams.max }));
    for (const r of p.rules) if (typeof r !== "string" || !Object.hasOwn(RULES, r)) refuse("bad-action", t("game.refuse.unknownRule", { name: String(r) }));
    next.rules = p.rules.slice();
  }
  if (p.strictness !== undefined) next.strictness = number(p.strictness, t("game.what.strictness"), LIMITS.strictness.min, LIMITS.strictness.max);
  if (p.voteSeconds !== undefined) next.voteSeconds = integer(p.voteSeconds, t("game.what.voteSeconds"), LIMITS.timer.min, LIMITS.timer.max);
  if (p.adjustSeconds !== undefined) next.adjustSeconds = integer(p.adjustSeconds, t("game.what.adjustSeconds"), LIMITS.timer.min, LIMITS.timer.max);
  if (p.autoAdvance !== undefined) {
    if (typeof p.autoAdvance !== "boolean") refuse("bad-action", t("game.refuse.trueFalse", { field: "autoAdvance" }));
    next.autoAdvance = p.autoAdvance;
  }
  if (p.pace !== undefined) {
    if (typeof p.pace !== "string" || !PACES.includes(p.pace)) refuse("bad-action", t("game.refuse.oneOf", { field: "pace", a: "timers", b: "teacher" }));
    next.pace = p.pace;
  }
  if (p.bots !== undefined) {
    if (typeof p.bots !== "string" || !BOT_MODES.includes(p.bots)) refuse("bad-action", t("game.refuse.oneOf", { field: "bots", a: "follow", b: "hold" }));
    next.bots = p.bots;
  }
  if (p.maxRounds !== undefined) next.maxRounds = integer(p.maxRounds, t("game.what.maxRounds"), Math.max(LIMITS.maxRounds.min, s.round), LIMITS.maxRounds.max);
  if (p.hoop !== undefined) {
    const h = p.hoop as Partial<Settings["hoop"]>;
    if (typeof h !== "object" || h === null) refuse("bad-action", t("game.refuse.object", { field: "hoop" }));
    next.hoop = {
      fixedRounds: integer(h.fixedRounds ?? next.hoop.fixedRounds, t("game.what.fixedRounds"), LIMITS.fixedRounds.min, LIMITS.fixedRounds.max),
      fixedDistance: number(h.fixedDistance ?? next.hoop.fixedDistance, t("game.what.distance"), next.court.minDistance, next.court.maxDistance),
    };
  }
  if (p.startWeights !== undefined) {
    const w = p.startWeights as Partial<Settings["startWeights"]>;
    if (typeof w !== "object" || w === null) refuse("bad-action", t("game.refuse.object", { field: "startWeights" }));
    const min = number(w.min, t("game.what.minWeight"), -LIMITS.weight, LIMITS.weight);
    const max = number(w.max, t("game.what.maxWeight"), min, LIMITS.weight);
    next.startWeights = { min, max };
  }
  if (p.startSigns !== undefined) {
    if (typeof p.startSigns !== "string" || !START_SIGNS.includes(p.startSigns)) refuse("bad-action", t("game.refuse.oneOf", { field: "startSigns", a: "positive", b: "mixed" }));
    next.startSigns = p.startSigns;
  }
  if (p.seed !== undefined) next.seed = integer(p.seed, t("game.what.seed"), 0, 2 ** 32 - 1);
  if (p.court !== undefined) refuse("bad-action", t("game.refuse.court"));
  const people = Object.keys(s.players).length;
  if (next.shape === "network") {
    // One network has the seats its layers give, at most LIMITS.networkSeats, and everyone here needs one.
    const seats = networkSize(next);
    const shape = { layers: next.lineLength - 1, width: next.layerWidth, seats };
    if (seats > LIMITS.networkSeats) refuse("out-of-range", t("game.refuse.networkTooBig", { ...shape, max: LIMITS.networkSeats }));
    if (people > seats) refuse("out-of-range", t("game.refuse.networkTooSmall", { ...shape, people }));
  }
  // Everyone keeps a seat: more lines if the new shape needs them, up to the cap (or the lines asked for).
  const need = Math.ceil(people / next.lineLength);
  if (next.shape === "lines" && need > next.teams) {
    const cap = Math.max(next.teams, next.maxTeams);
    if (need > cap) refuse("out-of-range", t("game.refuse.tooMany", { people, need, length: next.lineLength, cap }));
    next.teams = need;
  }
  s.settings = next;
  if (reshapes) {
    reseat(s);
  } else if (p.rules !== undefined) {
    s.lines = s.lines.map((l, t) => ({ ...l, rule: teamRule(next, t) }));
    if (s.network) s.network = { ...s.network, rule: teamRule(next, 0) };
  }
}

/** New lines (or a new network) for new settings, with every person seated again in join order. */
function reseat(s: GameState): void {
  const rng = new Rng(s.settings.seed);
  if (s.settings.shape === "network") return reseatNetwork(s, rng);
  const lines = buildLines(s.settings, rng);
  const players: Record<string, Player> = {};
  for (const p of Object.values(s.players)) {
    const place = freeSeat(lines) ?? refuse("out-of-range", t("game.refuse.noSeats"));
    const moved = { ...p, line: place.line, seat: place.seat };
    sit(lines, moved, place.line, place.seat);
    players[p.id] = moved;
  }
  s.lines = lines;
  s.network = null;
  s.players = players;
  s.rngState = rng.state;
}

/** A new network for new settings, everyone in its neurons in join order, layer by layer. */
function reseatNetwork(s: GameState, rng: Rng): void {
  const network = buildNetwork(s.settings, rng);
  const players: Record<string, Player> = {};
  for (const [seat, p] of Object.values(s.players).entries()) {
    const n = network.neurons[seat] ?? refuse("out-of-range", t("game.refuse.noSeats"));
    network.neurons[seat] = { ...n, playerId: p.id, name: p.name };
    players[p.id] = { ...p, line: 0, seat };
  }
  s.lines = [];
  s.network = network;
  s.players = players;
  s.rngState = rng.state;
}

/** A new game with the same people: fresh lines, scores back to zero. */
export function restart(s: GameState): void {
  s.round = 0;
  s.replayNext = false;
  for (const p of Object.values(s.players)) {
    s.players = { ...s.players, [p.id]: { ...p, score: 0, votesCast: 0, choiceVotes: 0, blameRight: 0, directionRight: 0 } };
  }
  reseat(s);
}
