import { type CoachReport, type GameView, type ShotRecord, voteBars } from "../../shared";
import { directionLabel, percent } from "../format";
import { h } from "./dom";

/** The line's votes as election results: a bar per neuron, the coach's pick marked. */
export function tallyView(shot: ShotRecord, view: GameView, lineIndex: number): HTMLElement {
  const line = view.lines[lineIndex];
  const { tally: t, bars, coachPick } = voteBars(shot, line.neurons.length);
  return h(
    "section",
    { class: "tally", "aria-label": "The vote" },
    h("h3", {}, `The vote: ${t.total} ballots`),
    h(
      "ol",
      { class: "bars" },
      ...line.neurons.map((n, i) =>
        h(
          "li",
          { class: i === coachPick ? "bar coach-pick" : "bar", "data-seat": i, "data-votes": t.blame[i] },
          h("span", { class: "bar-name" }, `${i + 1}. ${n.name}`),
          h("span", { class: "bar-fill", style: `width:${bars[i] * 100}%` }),
          h("span", { class: "bar-count" }, `${t.blame[i]}${i === coachPick ? " ✔ coach" : ""}`),
        ),
      ),
    ),
    h("p", { class: "small" }, `Own dial: ${t.firmer} said ${directionLabel("firmer")}, ${t.looser} said ${directionLabel("looser")}.`),
  );
}

/** The coach's cards, one per neuron: share of the blame, direction and the note's size. */
export function blameCards(report: CoachReport, view: GameView, lineIndex: number, me: string | null): HTMLElement {
  const line = view.lines[lineIndex];
  return h(
    "ol",
    { class: "cards", "aria-label": "The coach's blame cards" },
    ...line.neurons.map((n, i) =>
      h(
        "li",
        { class: `card ${report.directions[i]}${n.playerId !== null && n.playerId === me ? " mine" : ""}`, "data-seat": i, "data-share": String(report.shares[i]), "data-direction": report.directions[i] },
        h("span", { class: "card-name" }, `${i + 1}. ${n.playerId === me ? "★ You" : n.name}`),
        h("strong", { class: "card-share" }, percent(report.shares[i])),
        h("span", { class: "card-dir" }, directionLabel(report.directions[i])),
        h("span", { class: "card-note", title: "the note handed on: the error signal" }, `note ${Math.abs(report.signals[i]).toPrecision(2)}`),
      ),
    ),
  );
}
