// One line on the projector: its court (the solo game's Phaser scene, fed a view of just this line, drawn
// by the projector's one Phaser game for all lines), the miss in big type, the vote as election results,
// the rule's cards (each shown once the rule's signal reaches its neuron on the court), who is done
// adjusting and who went further than the rule, and a gentle "still voting".
import { ANIMATION_SECONDS, type GameView, handChoice, lineCaption, lineVotes, noVoteAfterHit, renderCaptions, seatPlayedByBot, stillToVote, storyOf, tally } from "../../shared";
import { formatMiss } from "../format";
import type { CourtStage, StagedCourt } from "../scenes/court-stage";
import { PROJECTOR_TEXT_SCALE } from "../scenes/court-view";
import { t } from "../i18n/i18n";
import { fill, h } from "../ui/dom";
import { prefersReducedMotion } from "../ui/prefs";
import { blameCards, tallyView } from "../ui/tally-view";
import { ruleName } from "./class-settings";
import { coachVerdict, columnTally } from "./column-tally";
import { LINE_COLOURS } from "./racing-curves";

/** The part of the game one court draws: the same view with only line `li` in it. */
export function lineOnly(view: GameView, li: number): GameView {
  return { ...view, lines: [view.lines[li]] };
}

/** The widest handshake label ("b -0.000") at label scale 1, px (12 px type, about 0.62 em a character). */
const VALUE_LABEL_PX = 8 * 0.62 * 12;

/**
 * The court's label scale and whether every handshake's value fits under its neuron, for a court box
 * `width` px wide with `neurons` seats on a projector of `lines` boards: the solo engineer's projector
 * scale for one big court, less for two, none for more; then smaller still until the values' labels
 * stop overlapping (neurons stand about 0.42 of the width apart in one row), or no values at all.
 */
export function courtLabels(width: number, neurons: number, lines: number): { scale: number; valuesFit: boolean } {
  const wanted = lines <= 1 ? PROJECTOR_TEXT_SCALE : lines === 2 ? 1.8 : 1;
  const step = (0.42 * width - 12) / Math.max(1, neurons);
  const fits = step / VALUE_LABEL_PX;
  return { scale: Math.max(1, Math.min(wanted, fits)), valuesFit: fits >= 1 };
}

/** Whether the court may show every handshake: only once the rule has spoken (players know only their neighbours' values before), and only where the labels fit. */
export function courtShowsValues(view: GameView, valuesFit: boolean): boolean {
  return valuesFit && view.lines.length <= 2 && (view.phase === "coach" || view.phase === "adjust");
}

/** What a player did with their dial against the rule's change, as a mark on the projector (shape and word, never colour alone). */
const CHOICE_MARK = { bolder: "⇈", against: "↺" } as const;

/** A line's board on the projector, kept across renders so its court keeps animating. */
export class LineBoard {
  readonly el: HTMLElement;
  private readonly title = h("h2", { class: "board-title" });
  private readonly courtEl = h("div", { class: "board-court" });
  private readonly info = h("div", { class: "board-info" });
  private court: StagedCourt | null = null;
  private key = "";
  /** Seats the rule's signal has reached on the court this shot (from the court's marks). */
  private reached = new Set<number>();
  private revealAll = false;
  private revealTimer: ReturnType<typeof setTimeout> | null = null;
  private shotKey = "";
  /** What the court's model was last made from: the view, reduced motion, values shown. */
  private modelKey: readonly [GameView, boolean, boolean] | null = null;

  constructor(readonly index: number, private readonly stage: CourtStage) {
    this.el = h("article", { class: "board", "data-line": index, style: `--line-colour:${LINE_COLOURS[index % LINE_COLOURS.length]}` }, this.title, this.courtEl, this.info);
    // The court writes what it shows (the cards its signal has reached) on its box: the board's cards follow.
    new MutationObserver(() => this.readMarks()).observe(this.courtEl, { attributes: true, attributeFilter: ["data-story"] });
  }

  /** Shows the game's current state; `compact`: a column tally and one sentence instead of the bars and cards. */
  update(view: GameView, compact: boolean): void {
    const line = view.lines[this.index];
    if (!line) return;
    const labels = courtLabels(this.courtEl.clientWidth || 600, line.neurons.length, view.lines.length);
    // The stage draws this line's court over the board's court box.
    this.court = this.stage.court(this.index, this.courtEl, labels.scale);
    // A new model only when something in it changed: the projector's half-second refresh must not wake a still court.
    const modelKey = [view, prefersReducedMotion(), courtShowsValues(view, labels.valuesFit)] as const;
    const last = this.modelKey;
    if (!last || modelKey.some((k, i) => k !== last[i])) {
      this.modelKey = modelKey;
      this.court.setModel({ view: lineOnly(view, this.index), me: null, speed: 1, reducedMotion: modelKey[1], showValues: modelKey[2] });
    }
    this.trackReveal(view);
    const shot = line.current;
    // The DOM is rebuilt only when this line's part of the game changed (not for another line's vote).
    const key = JSON.stringify([compact, view.phase, view.paused, view.distance, view.lines.length, line.rule, line.streak, line.neurons.map((n) => [n.name, n.playerId !== null && view.players[n.playerId]?.connected, n.ready, n.adjusted && n.weight]), shot?.votes, shot?.miss, shot?.coach?.mostToBlame, this.revealAll, [...this.reached]]);
    if (key === this.key) return;
    this.key = key;
    const people = line.neurons.filter((n) => n.playerId !== null).length;
    const bots = line.neurons.length - people;
    fill(
      this.title,
      h("span", { class: "board-name" }, t("class.board.line", { line: this.index + 1 })),
      h("span", { class: "rule" }, ruleName(line.rule)),
      h("span", { class: "people" }, t("class.board.people", { people, bots })),
      line.streak > 0 ? h("span", { class: "streak" }, t("class.board.streak", { streak: line.streak })) : null,
    );
    const parts: (HTMLElement | null)[] = [];
    const showMiss = shot && !["aim", "pass", "lobby"].includes(view.phase);
    parts.push(h("p", { class: `board-miss${shot?.hit ? " hit" : ""}`, "data-miss": shot ? String(shot.miss) : "" }, showMiss ? formatMiss(shot.miss, shot.hit) : view.phase === "lobby" ? t("class.board.waiting") : t("class.board.hoop", { distance: view.distance })));
    const spoke = shot?.coach && (view.phase === "coach" || view.phase === "adjust");
    if (shot && view.phase === "vote" && !lineVotes(line)) {
      // The class votes because another line needs it; this line's rule hands out no blame (or it scored).
      parts.push(h("p", { class: "still-voting no-vote", "data-still-voting": 0 }, shot.hit ? noVoteAfterHit() : storyOf(line.rule).words.noVote));
    } else if (shot && view.phase === "vote") {
      const waiting = stillToVote(view, this.index);
      const votes = tally(shot.votes, line.neurons.length);
      parts.push(h("p", { class: "still-voting", "data-still-voting": waiting }, waiting > 0 ? t("class.board.stillVoting", { waiting }) : t("class.board.allVoted"), h("span", { class: "small" }, t("class.board.ballots", { total: votes.total }))));
      parts.push(compact ? columnTally(shot, view, this.index) : tallyView(shot, view, this.index));
    } else if (spoke && compact) {
      const verdict = coachVerdict(shot, view, this.index);
      if (verdict && !this.shown(shot.coach?.mostToBlame ?? 0)) verdict.dataset.hiddenUntil = "reached";
      parts.push(verdict);
      // While adjusting, the room for the tally goes to who is done (the verdict still names the rule's pick).
      // Only a rule that hands out blame has a pick to star; the others had no vote to show.
      if (view.phase === "coach" && storyOf(line.rule).blameVote) parts.push(columnTally(shot, view, this.index));
    } else if (spoke && shot.coach) {
      parts.push(tallyView(shot, view, this.index));
      // "" is nobody's id (null would match every bot's empty seat and label it "You").
      const cards = blameCards(shot.coach, view, this.index, "");
      for (const card of cards.querySelectorAll<HTMLElement>("[data-seat]")) card.dataset.reached = String(this.shown(Number(card.dataset.seat)));
      parts.push(cards);
    }
    if (view.phase === "adjust") parts.push(this.adjusting(view));
    if (!compact && view.lines.length <= 2 && view.phase !== "lobby") parts.push(h("p", { class: "board-caption", "data-caption": lineCaption(view, this.index).map((c) => c.id).join(" ") }, renderCaptions(lineCaption(view, this.index))));
    fill(this.info, ...parts);
  }

  /** Who is done adjusting ("4 of 6 done") and a mark on each seat whose player went further than the rule, or the other way. */
  private adjusting(view: GameView): HTMLElement {
    const line = view.lines[this.index];
    const seats = line.neurons.map((n, i) => ({ n, i })).filter(({ n }) => n.playerId !== null && !seatPlayedByBot(view, n));
    const done = seats.filter(({ n }) => n.ready).length;
    return h(
      "div",
      { class: "adjust-row", "data-done": done, "data-people": seats.length },
      h("span", { class: "adjust-count" }, seats.length === 0 ? t("class.board.botsOnly") : t("class.board.done", { done, people: seats.length })),
      ...seats.map(({ n, i }) => {
        const choice = handChoice(line, i);
        const mark = choice === "bolder" || choice === "against" ? CHOICE_MARK[choice] : "";
        return h(
          "span",
          { class: `seat-chip${n.ready ? " ready" : ""}`, "data-seat": i, "data-choice": choice ?? "none", title: t("class.board.choice", { name: n.name, choice: choice ?? "none" }) },
          `${n.ready ? "✓" : ""}${i + 1}${mark}`,
        );
      }),
    );
  }

  /** Whether seat `seat`'s card may show: the signal reached it on the court, or the walk is over. */
  private shown(seat: number): boolean {
    return this.revealAll || this.reached.has(seat);
  }

  /** A new shot hides the cards again; after the walk's length (or outside the walk) they all show, even if the court is not drawn. */
  private trackReveal(view: GameView): void {
    const key = `${view.round}:${view.phase}`;
    if (key === this.shotKey) return;
    this.shotKey = key;
    if (this.revealTimer) clearTimeout(this.revealTimer);
    this.revealTimer = null;
    if (view.phase !== "coach") {
      this.revealAll = true;
      return;
    }
    this.revealAll = false;
    this.reached = new Set();
    this.revealTimer = setTimeout(() => {
      this.revealAll = true;
      this.showReached();
    }, ANIMATION_SECONDS.coach * 1000 + 300);
  }

  /** Reads the court's marks: the seats its signal has reached. */
  private readMarks(): void {
    try {
      const marks = JSON.parse(this.courtEl.dataset.story ?? "{}") as { phase?: string; cards?: { seat: number }[] };
      if (marks.phase !== "coach" || !Array.isArray(marks.cards)) return;
      const before = this.reached.size;
      for (const c of marks.cards) this.reached.add(c.seat);
      if (this.reached.size !== before) this.showReached();
    } catch {
      // A half-written attribute: the next frame writes it again.
    }
  }

  /** Shows the cards (and the verdict) the signal has reached, without rebuilding the board. */
  private showReached(): void {
    for (const card of this.info.querySelectorAll<HTMLElement>(".cards [data-seat]")) card.dataset.reached = String(this.shown(Number(card.dataset.seat)));
    const verdict = this.info.querySelector<HTMLElement>(".verdict-line");
    if (verdict && this.shown(Number(verdict.dataset.most ?? 0))) delete verdict.dataset.hiddenUntil;
  }
}
