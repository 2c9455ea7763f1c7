// The lines' learning curves racing on one chart: the miss shot by shot, one colour and label per line.
import type { GameView } from "../../shared";
import { t } from "../i18n/i18n";
import { h, svg } from "../ui/dom";
import { formatMiss } from "../format";
import { ruleName } from "./class-settings";

/** A colour per line (Okabe-Ito), and a dash pattern so lines differ without colour too. */
export const LINE_COLOURS = ["#e69f00", "#56b4e9", "#009e73", "#f0e442", "#cc79a7", "#d55e00", "#0072b2", "#ffffff"];
const DASHES = ["", "10 5", "3 4", "14 4 3 4", "", "10 5", "3 4", "14 4 3 4"];

/** Every line's |miss| per shot on shared axes; the band at the bottom is "in the hoop". */
export function racingCurves(view: GameView, width: number, height: number): SVGSVGElement {
  const pad = 36;
  const histories = view.lines.map((l) => l.history);
  const shots = Math.max(2, view.settings.maxRounds, ...histories.map((h) => h.length));
  const top = Math.max(1, ...histories.flat().map((s) => Math.abs(s.miss)));
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (shots - 1);
  const y = (m: number) => height - pad - (Math.abs(m) / top) * (height - 2 * pad);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "racing", role: "img", "aria-label": t("class.race.aria") });
  const hoop = y(view.settings.court.hoopRadius);
  chart.append(svg("rect", { x: pad, y: hoop, width: width - 2 * pad, height: height - pad - hoop, class: "curve-hit" }));
  chart.append(svg("line", { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, class: "axis" }));
  chart.append(svg("text", { x: 4, y: pad - 8, class: "axis-label" }, t("class.race.missAxis", { metres: top })));
  chart.append(svg("text", { x: width - pad, y: height - 8, class: "axis-label", "text-anchor": "end" }, t("class.race.shotAxis", { shot: shots })));
  const labels: { li: number; x: number; y: number }[] = [];
  view.lines.forEach((l, li) => {
    const colour = LINE_COLOURS[li % LINE_COLOURS.length];
    const pts = l.history.map((s, i) => `${x(i)},${y(s.miss)}`);
    if (pts.length > 1) chart.append(svg("polyline", { points: pts.join(" "), fill: "none", stroke: colour, "stroke-width": 5, "stroke-dasharray": DASHES[li % DASHES.length], "data-line": li }));
    const last = l.history.at(-1);
    if (last) {
      chart.append(svg("circle", { cx: x(l.history.length - 1), cy: y(last.miss), r: 8, fill: colour }));
      labels.push({ li, x: x(l.history.length - 1), y: y(last.miss) });
    }
  });
  // Short labels ("L2") beside each line's last point, pushed apart so close lines stay readable; the
  // rule's name is in the legend (raceLegend), where there is room for it.
  labels.sort((a, b) => a.y - b.y);
  let floor = pad;
  for (const l of labels) {
    const ly = Math.min(height - pad - 4, Math.max(floor + 24, l.y + 8));
    floor = ly;
    const right = l.x < width - 90;
    chart.append(svg("text", { x: right ? l.x + 14 : l.x - 14, y: ly, fill: LINE_COLOURS[l.li % LINE_COLOURS.length], class: "race-label", "text-anchor": right ? "start" : "end" }, t("class.race.short", { line: l.li + 1 })));
  }
  return chart;
}

/** The race's key: each line's colour and dash, its rule and its last miss. */
export function raceLegend(view: GameView): HTMLElement {
  return h(
    "ul",
    { class: "race-legend" },
    ...view.lines.map((l, li) => {
      const last = l.history.at(-1);
      const colour = LINE_COLOURS[li % LINE_COLOURS.length];
      return h(
        "li",
        { "data-line": li, style: `color:${colour}` },
        svgSwatch(colour, DASHES[li % DASHES.length]),
        h("strong", {}, t("class.race.short", { line: li + 1 })),
        h("span", { class: "race-rule" }, ruleName(l.rule)),
        h("span", { class: "race-last" }, last ? formatMiss(last.miss, last.hit) : t("class.race.none")),
      );
    }),
  );
}

function svgSwatch(colour: string, dash: string): SVGSVGElement {
  const s = svg("svg", { viewBox: "0 0 40 10", width: 40, height: 10, "aria-hidden": "true" });
  s.append(svg("line", { x1: 0, y1: 5, x2: 40, y2: 5, stroke: colour, "stroke-width": 5, "stroke-dasharray": dash }));
  return s;
}
