// The summary's blame heat map, sized for a projector: one row per seat, one column per shot, each cell
// as dark as that seat's share of the blame, the rule's most-blamed seat of each shot starred (a shape,
// not only a shade), hits marked on the shot axis. Only for rules that hand out blame.
import type { Line } from "../../shared";
import { percent } from "../format";
import { t } from "../i18n/i18n";
import { h, svg } from "../ui/dom";

/** Line `li`'s blame, shot by shot, as an SVG `width` px wide (cells grow to fill it, up to 48 px). */
export function blameHeat(line: Line, li: number, width: number): SVGSVGElement {
  const shots = line.history;
  const seats = line.neurons.length;
  const labelW = 64;
  const cell = Math.max(12, Math.min(48, Math.floor((width - labelW) / Math.max(1, shots.length))));
  const rowH = Math.max(18, Math.min(36, cell));
  const axisH = 26;
  const w = labelW + cell * Math.max(1, shots.length);
  const hgt = rowH * seats + axisH;
  // Held at the left, under its caption (a short game's few columns drifted to the middle of a wide box).
  const chart = svg("svg", { viewBox: `0 0 ${w} ${hgt}`, preserveAspectRatio: "xMinYMid meet", class: "blame-heat", role: "img", "aria-label": t("class.heat.aria", { line: li + 1 }), "data-line": li });
  for (let seat = 0; seat < seats; seat++) {
    chart.append(svg("text", { x: labelW - 8, y: seat * rowH + rowH * 0.7, class: "heat-seat", "text-anchor": "end" }, t("class.heat.seat", { seat: seat + 1 })));
    shots.forEach((s, k) => {
      const share = s.coach?.shares[seat] ?? 0;
      const blamed = s.coach !== null && !s.hit && s.coach.mostToBlame === seat;
      const rect = svg("rect", { x: labelW + k * cell + 1, y: seat * rowH + 1, width: cell - 2, height: rowH - 2, class: "heat-cell", "fill-opacity": s.hit ? 0.06 : (0.08 + 0.92 * share).toFixed(3) });
      rect.append(svg("title", {}, t("class.heat.cell", { shot: s.round, seat: seat + 1, hit: s.hit ? "yes" : "no", share: percent(share) })));
      chart.append(rect);
      if (blamed && cell >= 16) chart.append(svg("text", { x: labelW + k * cell + cell / 2, y: seat * rowH + rowH * 0.7, class: "heat-star", "text-anchor": "middle" }, "★"));
    });
  }
  // Shot numbers under the columns (every other one when the cells are narrow); a hit shows as ●.
  const every = cell >= 26 ? 1 : cell >= 14 ? 2 : 5;
  shots.forEach((s, k) => {
    if (s.hit || k % every === 0) chart.append(svg("text", { x: labelW + k * cell + cell / 2, y: seats * rowH + 18, class: `heat-shot${s.hit ? " hit" : ""}`, "text-anchor": "middle" }, s.hit ? "●" : String(s.round)));
  });
  return chart;
}

/** The key under the heat maps: what dark, light, ★ and ● mean. */
export function heatKey(): HTMLElement {
  return h("p", { class: "heat-key small" }, t("class.heat.key"));
}
