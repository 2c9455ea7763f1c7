import { type GameView, lineOf, type ShotRecord } from "../../shared";
import { h, svg } from "./dom";
import { curveChart } from "./curve";
import { percent } from "../format";

/** Each neuron's blame over the shots: a grid, darker for a bigger share, with the share in each cell's title. */
export function blameOverTime(history: readonly ShotRecord[], names: readonly string[]): SVGSVGElement {
  const cell = 22;
  const labelW = 70;
  const width = labelW + Math.max(1, history.length) * cell;
  const height = names.length * cell + 4;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "heat", role: "img", "aria-label": "Each neuron's share of the blame, shot by shot" });
  names.forEach((name, i) => {
    chart.append(svg("text", { x: 2, y: i * cell + cell * 0.7, class: "heat-label" }, `${i + 1}. ${name}`.slice(0, 11)));
    history.forEach((s, k) => {
      const share = s.coach?.shares[i] ?? 0;
      const rect = svg("rect", { x: labelW + k * cell + 1, y: i * cell + 1, width: cell - 2, height: cell - 2, class: "heat-cell", "fill-opacity": (0.1 + 0.9 * share).toFixed(3) });
      rect.append(svg("title", {}, `shot ${s.round}, neuron ${i + 1}: ${percent(share)}`));
      chart.append(rect);
    });
  });
  return chart;
}

/** The end of a game: the curve, blame over time, the vote's record, and where to go next. */
export function summaryView(view: GameView, me: string | null, actions: HTMLElement[]): HTMLElement {
  const li = lineOf(view, me);
  const line = view.lines[li];
  const p = me !== null ? view.players[me] : undefined;
  const hits = line.history.filter((s) => s.hit).length;
  return h(
    "div",
    { class: "summary", "data-screen": "summary" },
    h("h2", {}, "How the line learned"),
    h("p", {}, `${line.history.length} shots, ${hits} in the hoop.${line.learnedAt !== null ? ` Three in a row from shot ${line.learnedAt}!` : ""}`),
    h("h3", {}, "The miss, shot by shot"),
    curveChart(line.history, 320, 140, view.settings.court.hoopRadius, true),
    h("h3", {}, "Who got the blame"),
    blameOverTime(line.history, line.neurons.map((n) => (n.playerId !== null && n.playerId === me ? "★ You" : n.name))),
    p && p.votesCast > 0 ? h("p", {}, `Your votes: the most-blamed neuron right ${p.blameRight} of ${p.votesCast} times, your own direction right ${p.directionRight} of ${p.votesCast}.`) : null,
    h("div", { class: "row" }, ...actions),
  );
}
