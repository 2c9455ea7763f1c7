import { type GameView, lineOf, type RaceSummary, RULES, type ShotRecord, storyOf } from "../../shared";
import { FINALE_ROWS } from "../chapters/finale";
import { h, svg } from "./dom";
import { curveChart } from "./curve";
import { percent } from "../format";
import { t } from "../../shared/i18n";

/**
 * The heat map's heading and legend under a rule, from its story: the heading of the rule's own cards
 * ("The coach's cards", "Who fired together"), and what the shading shares out (blame only where the
 * rule hands it out).
 */
export function heatTitle(rule: string): { title: string; legend: string } {
  const story = storyOf(rule);
  return { title: t("solo.heat.title", { cards: story.words.cards }), legend: t(story.told === "blame" ? "solo.heat.blame" : "solo.heat.change") };
}

/** Which shots get a number under the heat map: all of up to 15, else the first, every fifth and the last. */
export function axisShots(rounds: readonly number[]): number[] {
  if (rounds.length <= 15) return rounds.slice();
  const last = rounds.at(-1);
  return rounds.filter((r, i) => i === 0 || r % 5 === 0 || r === last);
}

/**
 * Each neuron's blame over the shots: a grid, darker for a bigger share, with the share in each cell's
 * title, the shot numbers along the bottom and a legend for the shading.
 */
export function blameOverTime(history: readonly ShotRecord[], names: readonly string[], legend = t("solo.heat.blame")): SVGSVGElement {
  const cell = 22;
  const labelW = 70;
  const axisH = 30;
  const legendH = 24;
  const width = Math.max(labelW + Math.max(1, history.length) * cell, 270);
  const gridH = names.length * cell + 4;
  const height = gridH + axisH + legendH;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "heat", role: "img", "aria-label": t("solo.heat.label", { legend }) });
  names.forEach((name, i) => {
    chart.append(svg("text", { x: 2, y: i * cell + cell * 0.7, class: "heat-label" }, `${i + 1}. ${name}`.slice(0, 11)));
    history.forEach((s, k) => {
      const share = s.coach?.shares[i] ?? 0;
      const rect = svg("rect", { x: labelW + k * cell + 1, y: i * cell + 1, width: cell - 2, height: cell - 2, class: "heat-cell", "fill-opacity": (0.1 + 0.9 * share).toFixed(3) });
      rect.append(svg("title", {}, t("solo.heat.cell", { shot: s.round, neuron: i + 1, share: percent(share) })));
      chart.append(rect);
    });
  });
  // The shot axis: numbers under their columns, and what they count.
  const numbered = new Set(axisShots(history.map((s) => s.round)));
  history.forEach((s, k) => {
    if (numbered.has(s.round)) chart.append(svg("text", { x: labelW + k * cell + cell / 2, y: gridH + 12, class: "heat-label heat-axis", "text-anchor": "middle", "data-shot": s.round }, String(s.round)));
  });
  chart.append(svg("text", { x: labelW - 4, y: gridH + 12, class: "heat-label", "text-anchor": "end" }, t("solo.heat.shot")));
  // The legend: three swatches shaded like the cells.
  const ly = gridH + axisH - 4;
  chart.append(svg("text", { x: 2, y: ly + 13, class: "heat-label" }, legend));
  [0, 0.5, 1].forEach((share, j) => {
    const x = 118 + j * 44;
    chart.append(svg("rect", { x, y: ly + 2, width: 14, height: 14, class: "heat-cell heat-key", "fill-opacity": (0.1 + 0.9 * share).toFixed(3) }));
    chart.append(svg("text", { x: x + 17, y: ly + 13, class: "heat-label" }, percent(share)));
  });
  return chart;
}

/** "Three in a row by shot 12": the shot on which the line's third hit in a row came. */
export function learnedText(learnedAt: number | null): string {
  return learnedAt === null ? "" : ` ${t("solo.summary.learned", { shot: learnedAt })}`;
}

/** The end of a game: the curve, blame over time, the vote's record, and where to go next. */
export function summaryView(view: GameView, me: string | null, actions: HTMLElement[]): HTMLElement {
  const li = lineOf(view, me);
  const line = view.lines[li];
  const p = me !== null ? view.players[me] : undefined;
  const hits = line.history.filter((s) => s.hit).length;
  const heat = heatTitle(line.rule);
  return h(
    "div",
    { class: "summary", "data-screen": "summary" },
    h("h2", {}, t("solo.summary.title")),
    h("p", {}, `${t("solo.summary.shots", { shots: line.history.length, hits })}${learnedText(line.learnedAt)}`),
    h("h3", {}, t("solo.summary.curve")),
    curveChart(line.history, 320, 140, view.settings.court.hoopRadius, true),
    h("h3", { "data-heat-title": "" }, heat.title),
    blameOverTime(line.history, line.neurons.map((n) => (n.playerId !== null && n.playerId === me ? t("solo.card.you") : n.name)), heat.legend),
    p && p.votesCast > 0 ? h("p", {}, t("solo.summary.votes", { blame: p.blameRight, votes: p.votesCast, direction: p.directionRight })) : null,
    h("div", { class: "row" }, ...actions),
  );
}

/** How one rule did in the finale's race, in words. */
export function raceText(r: RaceSummary, shots: number): string {
  if (r.medianLearnedAt === null) return r.learned === 0 ? t("solo.race.never", { shots }) : t("solo.race.some", { shots, learned: r.learned, of: r.of });
  return t("solo.race.by", { shot: r.medianLearnedAt, learned: r.learned, of: r.of });
}

/** The finale: every rule side by side (what travels back, over what, how it raced on the same lines) and the way to free play. */
export function finaleView(race: readonly RaceSummary[], shots: number, hoopRadius: number, actions: HTMLElement[]): HTMLElement {
  const byRule = new Map(race.map((r) => [r.rule, r]));
  return h(
    "div",
    { class: "summary finale", "data-screen": "finale" },
    h("h2", {}, t("solo.finale.title")),
    h("p", {}, t("solo.finale.lead", { lines: race[0]?.of ?? 0, shots })),
    h(
      "ol",
      { class: "rules-side" },
      ...FINALE_ROWS.map((row) => {
        const r = byRule.get(row.rule);
        return h(
          "li",
          { class: "rule-card", "data-rule": row.rule, "data-learned": r ? String(r.learned) : "" },
          h("h3", {}, RULES[row.rule].title),
          h("p", {}, h("strong", {}, t("solo.finale.back")), row.travels),
          h("p", {}, h("strong", {}, t("solo.finale.over")), row.over),
          r ? h("p", { class: "race" }, raceText(r, shots)) : null,
          r ? curveChart(r.example.misses.map((miss, i) => ({ round: i + 1, miss })), 200, 60, hoopRadius, false) : null,
          h("p", { class: "small" }, row.chapter ? t("solo.finale.played", { chapter: row.chapter }) : t("solo.finale.try")),
        );
      }),
    ),
    h("p", {}, t("solo.finale.end")),
    h("div", { class: "row" }, ...actions),
  );
}
