// One line on the projector: its court (the solo game's Phaser scene, fed a view of just this line, drawn
// by the projector's one Phaser game for all lines),
// the miss in big type, the vote as election results, the coach's cards, and a gentle "still voting".
import { type GameView, stillToVote, tally } from "../../shared";
import { formatMiss } from "../format";
import type { CourtStage, StagedCourt } from "../scenes/court-stage";
import { PROJECTOR_TEXT_SCALE } from "../scenes/court-view";
import { fill, h } from "../ui/dom";
import { blameCards, tallyView } from "../ui/tally-view";
import { ruleName } from "./class-settings";
import { coachVerdict, columnTally } from "./column-tally";
import { LINE_COLOURS } from "./racing-curves";

/** The part of the game one court draws: the same view with only line `li` in it. */
export function lineOnly(view: GameView, li: number): GameView {
  return { ...view, lines: [view.lines[li]] };
}

/**
 * The court's label scale for a projector showing `lines` boards: the solo engineer's projector scale
 * for one big court, less for two; none with three or more, where the seats sit too close for big labels
 * (the board's DOM carries the big numbers then).
 */
export function courtTextScale(lines: number): number {
  return lines <= 1 ? PROJECTOR_TEXT_SCALE : lines === 2 ? 1.8 : 1;
}

/** Whether the court may show every handshake: only once the coach has spoken (players know only their neighbours' values before). */
export function courtShowsValues(view: GameView): boolean {
  return view.lines.length <= 2 && (view.phase === "coach" || view.phase === "adjust");
}

/** A line's board on the projector, kept across renders so its court keeps animating. */
export class LineBoard {
  readonly el: HTMLElement;
  private readonly title = h("h2", { class: "board-title" });
  private readonly courtEl = h("div", { class: "board-court" });
  private readonly info = h("div", { class: "board-info" });
  private court: StagedCourt | null = null;
  private key = "";

  constructor(readonly index: number, private readonly stage: CourtStage) {
    this.el = h("article", { class: "board", "data-line": index, style: `--line-colour:${LINE_COLOURS[index % LINE_COLOURS.length]}` }, this.title, this.courtEl, this.info);
  }

  /** Shows the game's current state. */
  update(view: GameView): void {
    const line = view.lines[this.index];
    if (!line) return;
    // The stage draws this line's court over the board's court box.
    this.court ??= this.stage.court(this.index, this.courtEl, courtTextScale(view.lines.length));
    this.court?.setModel({ view: lineOnly(view, this.index), me: null, speed: 1, reducedMotion: false, showValues: courtShowsValues(view) });
    // Three lines or more: a column tally and one sentence from the coach, so a board fits a quarter screen.
    const compact = view.lines.length >= 3;
    const shot = line.current;
    // The DOM is rebuilt only when this line's part of the game changed (not for another line's vote).
    const key = JSON.stringify([view.phase, view.paused, view.distance, view.lines.length, line.rule, line.streak, line.neurons.map((n) => [n.name, n.playerId !== null && view.players[n.playerId]?.connected]), shot?.votes, shot?.miss, shot?.coach?.mostToBlame]);
    if (key === this.key) return;
    this.key = key;
    const people = line.neurons.filter((n) => n.playerId !== null).length;
    fill(this.title, `Line ${this.index + 1}`, h("span", { class: "rule" }, ruleName(line.rule)), h("span", { class: "people" }, `${people} ${people === 1 ? "person" : "people"} · ${line.neurons.length - people} bot${line.neurons.length - people === 1 ? "" : "s"}`), line.streak > 0 ? h("span", { class: "streak" }, `${line.streak} in a row`) : null);
    const parts: (HTMLElement | null)[] = [];
    const showMiss = shot && !["aim", "pass", "lobby"].includes(view.phase);
    parts.push(h("p", { class: `board-miss${shot?.hit ? " hit" : ""}`, "data-miss": shot ? String(shot.miss) : "" }, showMiss ? formatMiss(shot.miss, shot.hit) : view.phase === "lobby" ? "Waiting to start" : `Hoop at ${view.distance.toFixed(1)} m`));
    if (shot && view.phase === "vote") {
      const waiting = stillToVote(view, this.index);
      const t = tally(shot.votes, line.neurons.length);
      parts.push(h("p", { class: "still-voting", "data-still-voting": waiting }, waiting > 0 ? `${waiting} still voting…` : "Everyone has voted ✓", h("span", { class: "small" }, ` (${t.total} ballots in)`)));
      parts.push(compact ? columnTally(shot, view, this.index) : tallyView(shot, view, this.index));
    } else if (shot?.coach && compact && (view.phase === "coach" || view.phase === "adjust")) {
      parts.push(coachVerdict(shot, view, this.index));
      parts.push(columnTally(shot, view, this.index));
    } else if (shot?.coach && (view.phase === "coach" || view.phase === "adjust")) {
      parts.push(tallyView(shot, view, this.index));
      // "" is nobody's id (null would match every bot's empty seat and label it "You").
      parts.push(blameCards(shot.coach, view, this.index, ""));
    }
    fill(this.info, ...parts);
  }
}
