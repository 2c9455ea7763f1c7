import type { ShotRecord } from "../../shared";
import { svg } from "./dom";
import { t } from "../../shared/i18n";
import { fixed } from "../format";

/** What the curve needs of a shot: its number and its miss. */
export type CurveShot = Pick<ShotRecord, "round" | "miss">;

/** One point of the learning curve, in the chart's own units. */
export interface CurvePoint {
  shot: number;
  miss: number;
  x: number;
  y: number;
}

/**
 * The learning curve's points: shot number across, the size of the miss up (0 at the bottom), scaled
 * to a width x height box; the scale's top is the largest miss so far (at least 1 m).
 */
export function curvePoints(history: readonly CurveShot[], width: number, height: number, pad = 4): { points: CurvePoint[]; top: number } {
  const top = Math.max(1, ...history.map((s) => Math.abs(s.miss)));
  const n = history.length;
  const points = history.map((s, i) => ({
    shot: s.round,
    miss: s.miss,
    x: pad + (n <= 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (n - 1)),
    y: height - pad - (Math.abs(s.miss) / top) * (height - 2 * pad),
  }));
  return { points, top };
}

/** Whether there is a curve to draw: before the first shot is scored there is none, and no empty box is shown. */
export function hasCurve(history: readonly CurveShot[]): boolean {
  return history.length > 0;
}

/** The learning curve as an SVG chart; each point carries its miss in data-miss. Without shots it says so instead of drawing an empty box. */
export function curveChart(history: readonly CurveShot[], width: number, height: number, hoopRadius: number, labelled: boolean): SVGSVGElement {
  const { points, top } = curvePoints(history, width, height);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "curve", role: "img", "aria-label": curveSummary(history) });
  if (!hasCurve(history)) {
    chart.classList.add("empty");
    if (labelled) chart.append(svg("text", { x: width / 2, y: height / 2, class: "curve-label", "text-anchor": "middle" }, t("solo.curve.none")));
    return chart;
  }
  const hitY = height - 4 - (hoopRadius / top) * (height - 8);
  chart.append(svg("rect", { x: 0, y: hitY, width, height: height - hitY, class: "curve-hit" }));
  if (points.length > 1) chart.append(svg("polyline", { points: points.map((p) => `${p.x},${p.y}`).join(" "), class: "curve-line" }));
  for (const p of points) {
    const dot = svg("circle", { cx: p.x, cy: p.y, r: labelled ? 4 : 2.5, class: "curve-dot", "data-miss": String(p.miss), "data-shot": p.shot });
    dot.append(svg("title", {}, t("solo.curve.dot", { shot: p.shot, miss: t(p.miss < 0 ? "solo.miss.short" : "solo.miss.long", { distance: fixed(Math.abs(p.miss), 2) }) })));
    chart.append(dot);
  }
  if (labelled) {
    chart.append(svg("text", { x: 6, y: 14, class: "curve-label" }, t("solo.curve.top", { top: fixed(top, 1) })));
    chart.append(svg("text", { x: width - 6, y: height - 8, class: "curve-label", "text-anchor": "end" }, t("solo.curve.last", { shot: points.at(-1)?.shot ?? 0 })));
  }
  return chart;
}

/** The curve in words, for screen readers. */
export function curveSummary(history: readonly CurveShot[]): string {
  if (history.length === 0) return t("solo.curve.summaryNone");
  const misses = history.map((s) => fixed(Math.abs(s.miss), 1));
  return t("solo.curve.summary", { misses: misses.join(", ") });
}
