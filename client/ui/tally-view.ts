import { type CoachReport, type GameView, lineVotes, noVoteAfterHit, RULES, type ShotRecord, storyCards, storyOf, voteBars } from "../../shared";
import { directionLabel, formatValue } from "../format";
import { h } from "./dom";
import { t } from "../../shared/i18n";

/** The line's votes as election results: a bar per neuron, the pick of the rule (coach, wires or nudge) marked; or why there was no vote. */
export function tallyView(shot: ShotRecord, view: GameView, lineIndex: number): HTMLElement {
  const line = view.lines[lineIndex];
  const story = storyOf(line.rule);
  if (!lineVotes({ rule: line.rule, current: shot })) {
    return h("section", { class: "tally", "aria-label": t("solo.tally.label"), "data-no-vote": "" }, h("p", { class: "small" }, shot.hit ? noVoteAfterHit() : story.words.noVote));
  }
  const { tally, bars, coachPick } = voteBars(shot, line.neurons.length);
  return h(
    "section",
    { class: "tally", "aria-label": t("solo.tally.label") },
    h("h3", {}, t("solo.tally.ballots", { total: tally.total })),
    h(
      "ol",
      { class: "bars" },
      ...line.neurons.map((n, i) =>
        h(
          "li",
          { class: i === coachPick ? "bar coach-pick" : "bar", "data-seat": i, "data-votes": tally.blame[i] },
          h("span", { class: "bar-name" }, `${i + 1}. ${n.name}`),
          h("span", { class: "bar-fill", style: `width:${bars[i] * 100}%` }),
          h("span", { class: "bar-count" }, `${tally.blame[i]}${i === coachPick ? ` ✔ ${story.words.mark}` : ""}`),
        ),
      ),
    ),
    h("p", { class: "small" }, t("solo.tally.ownDial", { firmer: tally.firmer, firmerWord: directionLabel("firmer"), looser: tally.looser, looserWord: directionLabel("looser") })),
  );
}

/**
 * Each neuron's card once the line's rule has spoken, in the rule's words (shared storyCards): a share of
 * the blame, the direction and the note's size in a word; what the nudge did to its firing; its wiggle,
 * kept or turned around; how it fired with the neuron before it.
 */
export function blameCards(report: CoachReport, view: GameView, lineIndex: number, me: string | null): HTMLElement {
  const line = view.lines[lineIndex];
  const story = storyOf(line.rule);
  const shot: ShotRecord = line.current?.coach === report ? line.current : { ...(line.current ?? emptyShot(report)), coach: report };
  const cards = storyCards(line.rule, shot) ?? [];
  const meaning = Object.hasOwn(RULES, line.rule) ? RULES[line.rule].signalMeaning : story.words.signal;
  return h(
    "ol",
    { class: "cards", "aria-label": story.words.cards, "data-story": line.rule },
    ...cards.map((card) => {
      const n = line.neurons[card.seat];
      const detail = story.told === "activity-change" ? t("solo.card.fired", { before: formatValue(shot.outputs[card.seat]), after: formatValue(shot.outputs[card.seat] + report.signals[card.seat]) }) : card.size;
      return h(
        "li",
        { class: `card ${card.direction}${n.playerId !== null && n.playerId === me ? " mine" : ""}`, "data-seat": card.seat, "data-share": card.share === null ? null : String(card.share), "data-direction": card.direction, "data-signal": String(report.signals[card.seat]) },
        h("span", { class: "card-name" }, `${card.seat + 1}. ${n.playerId === me ? t("solo.card.you") : n.name}`),
        // A share of the blame in big digits; other rules' words ("wiggled ▲", "together") at the card's own size.
        card.head === null ? null : h("strong", { class: card.share === null ? "card-head" : "card-share" }, card.head),
        h("span", { class: "card-dir" }, card.change),
        detail === null ? null : h("span", { class: "card-note", title: meaning }, detail),
        story.told === "activity-change" && card.size !== null ? h("span", { class: "card-note" }, card.size) : null,
      );
    }),
  );
}

/** A shot record around a report, for a report shown without its line's current shot (its outputs unknown: zeros). */
function emptyShot(report: CoachReport): ShotRecord {
  const zeros = report.signals.map(() => 0);
  return { round: 0, distance: 0, power: 0, landing: 0, miss: 0, hit: false, inputs: zeros, outputs: zeros, weights: zeros, biases: zeros, coach: report, votes: {}, extraShots: 0 };
}
