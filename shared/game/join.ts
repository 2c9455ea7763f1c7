// Joining a class: who may take a seat, under which name, and where.
import { t } from "../i18n/current";
import { Rng } from "../random";
import { freeSeat, growLines, sit } from "./lines";
import { cleanName, nameKey } from "./name-checks";
import { generatedName } from "./names";
import { freeNetSeat, sitNet } from "./network-seats";
import { integer, refuse } from "./refusal";
import type { GameState, Player } from "./state";

/** A person takes a seat: their nickname checked (or one made up), refused if taken, removed by the host, locked out or full. */
export function join(s: GameState, by: string, rawName: string, line?: number, seat?: number): void {
  if (typeof by !== "string" || by.length === 0 || by.length > 64) refuse("bad-action", t("game.refuse.noId"));
  if (s.players[by]) refuse("bad-action", t("game.refuse.alreadySeated"));
  if (s.locked) refuse("locked", t("game.refuse.locked"));
  // One network is one "line" whose seats are its neurons, layer by layer.
  if (line !== undefined) integer(line, t("game.what.line"), 0, s.network ? 0 : s.lines.length - 1);
  if (seat !== undefined) integer(seat, t("game.what.seat"), 0, (s.network ? s.network.neurons.length : s.settings.lineLength) - 1);
  const rng = new Rng(s.rngState);
  let name: string;
  if (typeof rawName !== "string") refuse("bad-name", t("game.refuse.nameNotText"));
  if (rawName.trim() === "") {
    // A generated name, made unique if needed.
    do name = generatedName(rng);
    while (nameTaken(s, name) || isBanned(s, name));
  } else {
    const cleaned = cleanName(rawName);
    if (!cleaned.ok) refuse("bad-name", cleaned.message);
    name = cleaned.name;
    if (isBanned(s, name)) refuse("banned", t("game.refuse.banned"));
    if (nameTaken(s, name)) refuse("name-taken", t("game.refuse.nameTaken", { name }));
  }
  // One network never grows: its size is the teacher's choice.
  const place = s.network
    ? { line: 0, seat: freeNetSeat(s.network, seat) ?? refuse("full", t("game.refuse.networkFull", { seats: s.network.neurons.length })) }
    : linePlace(s, rng, line, seat);
  const player: Player = {
    id: by,
    name,
    line: place.line,
    seat: place.seat,
    connected: true,
    score: 0,
    votesCast: 0,
    choiceVotes: 0,
    blameRight: 0,
    directionRight: 0,
  };
  s.players = { ...s.players, [by]: player };
  if (s.network) s.network = sitNet(s.network, player, place.seat);
  else {
    s.lines = s.lines.slice();
    sit(s.lines, player, place.line, place.seat);
  }
  s.rngState = rng.state;
}

/** A seat in the lines: the one asked for, any free one, or the first of a new line (up to the teacher's cap). */
function linePlace(s: GameState, rng: Rng, line?: number, seat?: number): { line: number; seat: number } {
  // Every seat taken: a new line opens, up to the teacher's cap.
  return freeSeat(s.lines, line, seat) ?? freeSeat(s.lines) ?? (growLines(s, rng) ? freeSeat(s.lines, s.lines.length - 1) : null) ?? refuse("full", fullMessage(s));
}

/** Why a capped class is full, with what to ask the teacher for. */
function fullMessage(s: GameState): string {
  return t("game.refuse.full", { lines: s.lines.length, length: s.settings.lineLength });
}

/** Whether someone here already has this name, or one that looks the same on a projector. */
function nameTaken(s: GameState, name: string): boolean {
  const key = nameKey(name);
  return Object.values(s.players).some((p) => nameKey(p.name) === key);
}

/** Whether the host removed this name (or one that looks the same). */
export function isBanned(s: GameState, name: string): boolean {
  const key = nameKey(name);
  return s.banned.some((b) => nameKey(b) === key);
}
