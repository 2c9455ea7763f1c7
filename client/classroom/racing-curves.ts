// The lines' learning curves racing on one chart: the miss shot by shot, one colour and label per line.
import type { GameView } from "../../shared";
import { svg } from "../ui/dom";
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
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "racing", role: "img", "aria-label": "Each line's miss, shot by shot" });
  const hoop = y(view.settings.court.hoopRadius);
  chart.append(svg("rect", { x: pad, y: hoop, width: width - 2 * pad, height: height - pad - hoop, class: "curve-hit" }));
  chart.append(svg("line", { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, class: "axis" }));
  chart.append(svg("text", { x: 4, y: pad - 8, class: "axis-label" }, `miss ${top.toFixed(1)} m`));
  chart.append(svg("text", { x: width - pad, y: height - 8, class: "axis-label", "text-anchor": "end" }, `shot ${shots}`));
  view.lines.forEach((l, li) => {
    const colour = LINE_COLOURS[li % LINE_COLOURS.length];
    const pts = l.history.map((s, i) => `${x(i)},${y(s.miss)}`);
    if (pts.length > 1) chart.append(svg("polyline", { points: pts.join(" "), fill: "none", stroke: colour, "stroke-width": 5, "stroke-dasharray": DASHES[li % DASHES.length], "data-line": li }));
    const last = l.history.at(-1);
    if (last) {
      const lx = x(l.history.length - 1);
      chart.append(svg("circle", { cx: lx, cy: y(last.miss), r: 8, fill: colour }));
      // Right of the point in the first half of the race, left of it after, so it never runs off the chart.
      const right = lx < width / 2;
      chart.append(svg("text", { x: right ? lx + 14 : lx - 14, y: Math.max(pad + 22, y(last.miss) - 12), fill: colour, class: "race-label", "text-anchor": right ? "start" : "end" }, `Line ${li + 1} · ${ruleName(l.rule)}`));
    }
  });
  return chart;
}
