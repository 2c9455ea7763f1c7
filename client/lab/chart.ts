// The brain lab's chart: shots to learn against depth, one panel per width, a dot per finished run and a
// line through each rule's medians. Drawn on a canvas so it exports as a PNG.
import { RULES, type RuleId } from "../../shared";
import { t } from "../../shared/i18n";
import type { ClassRace } from "./class-race";
import { type LabGrid, type LabRun, labTable, shotBudget } from "./grid";

/** Each rule's colour (Okabe-Ito, as the rest of the game) and the dot's shape beside it. */
export const RULE_STYLE: Record<RuleId, { color: string; shape: "circle" | "square" | "triangle" | "diamond" | "cross" }> = {
  backprop: { color: "#009e73", shape: "circle" },
  "feedback-alignment": { color: "#e69f00", shape: "square" },
  "activity-difference": { color: "#56b4e9", shape: "triangle" },
  "trial-and-error": { color: "#cc79a7", shape: "diamond" },
  "fire-together": { color: "#f0e442", shape: "cross" },
};

/** The chart's size in CSS pixels (without the class's key). */
export const CHART_SIZE = { width: 880, height: 420 };
/** The extra height of the row that keys the class's lines, when the lab came with a race. */
const RACE_KEY_ROW = 22;

function mark(g: CanvasRenderingContext2D, shape: string, x: number, y: number, r: number): void {
  g.beginPath();
  const path = (points: [number, number][]): void => {
    points.forEach(([px, py], k) => (k === 0 ? g.moveTo(x + px * r, y + py * r) : g.lineTo(x + px * r, y + py * r)));
    g.closePath();
  };
  if (shape === "circle") g.arc(x, y, r, 0, 2 * Math.PI);
  else if (shape === "square") g.rect(x - r, y - r, 2 * r, 2 * r);
  else if (shape === "triangle") path([[0, -1], [1, 1], [-1, 1]]);
  else if (shape === "diamond") path([[0, -1], [1, 0], [0, 1], [-1, 0]]);
  else {
    g.moveTo(x - r, y - r);
    g.lineTo(x + r, y + r);
    g.moveTo(x + r, y - r);
    g.lineTo(x - r, y + r);
  }
  if (shape === "cross") g.stroke();
  else g.fill();
}

/** Draws the grid's runs so far on the canvas (sized for the screen's pixel ratio), and the class's race lines as rings in the one-wide panel. */
export function drawChart(canvas: HTMLCanvasElement, grid: LabGrid, runs: readonly LabRun[], race: ClassRace | null = null): void {
  const ratio = Math.min(2, globalThis.devicePixelRatio || 1);
  const { width: W, height: H } = CHART_SIZE;
  // The class's lines get their own key on one more row at the bottom.
  const raceLines = race?.lines ?? [];
  const fullH = H + (raceLines.length > 0 ? RACE_KEY_ROW : 0);
  if (canvas.width !== W * ratio || canvas.height !== fullH * ratio) {
    canvas.width = W * ratio;
    canvas.height = fullH * ratio;
  }
  const g = canvas.getContext("2d");
  if (!g) return;
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  g.fillStyle = "#14213d";
  g.fillRect(0, 0, W, fullH);
  const top = Math.max(...grid.rules.map((r) => shotBudget(r, grid.cap)));
  // Shots on a log scale from 10 to the largest budget; a run that never learned sits in the "never" band above.
  // A class line can learn in fewer than 10 shots (3 in a row): then the axis starts at 1.
  const lo = raceLines.some((l) => l.learnedAt !== null && l.learnedAt < 10) ? 0 : 1;
  const hi = Math.log10(top);
  const left = 64;
  const plotTop = 60;
  const plotBottom = H - 44;
  const neverY = plotTop - 18;
  const y = (shots: number | null): number => (shots === null ? neverY : plotBottom - ((Math.log10(Math.max(10 ** lo, shots)) - lo) / (hi - lo)) * (plotBottom - plotTop));
  const panelW = (W - left - 8) / grid.widths.length;
  g.font = "13px system-ui, sans-serif";
  g.textBaseline = "middle";
  // The y axis: shots to learn.
  g.fillStyle = "#c3cad8";
  g.textAlign = "right";
  for (let p = lo; p <= Math.ceil(hi); p++) {
    const v = 10 ** p;
    if (v > top * 1.01) continue;
    g.fillText(String(v), left - 6, y(v));
    g.fillStyle = "rgba(255,255,255,0.12)";
    g.fillRect(left, y(v), W - left - 8, 1);
    g.fillStyle = "#c3cad8";
  }
  g.fillText(t("lab.chart.never"), left - 6, neverY);
  g.save();
  g.translate(14, (plotTop + plotBottom) / 2);
  g.rotate(-Math.PI / 2);
  g.textAlign = "center";
  g.fillText(t("lab.chart.axis"), 0, 0);
  g.restore();
  const table = labTable(grid, runs);
  grid.widths.forEach((width, p) => {
    const x0 = left + p * panelW;
    const x = (depth: number): number => {
      const k = grid.depths.indexOf(depth);
      return x0 + panelW * ((k + 0.5) / grid.depths.length);
    };
    g.strokeStyle = "rgba(255,255,255,0.35)";
    g.strokeRect(x0 + 4, plotTop - 30, panelW - 8, plotBottom - plotTop + 30);
    // The panel's title sits above its box, clear of the "never" band.
    g.fillStyle = "#ffffff";
    g.textAlign = "center";
    g.fillText(t("lab.chart.panel", { width }), x0 + panelW / 2, 16);
    g.fillStyle = "#c3cad8";
    for (const depth of grid.depths) g.fillText(t("lab.layers", { n: depth }), x(depth), plotBottom + 14);
    grid.rules.forEach((rule, r) => {
      const { color, shape } = RULE_STYLE[rule];
      const nudge = (r - (grid.rules.length - 1) / 2) * Math.min(10, panelW / grid.depths.length / (grid.rules.length + 1));
      g.fillStyle = color;
      g.strokeStyle = color;
      g.globalAlpha = 0.45;
      for (const run of runs) if (run.rule === rule && run.width === width) mark(g, shape, x(run.depth) + nudge, y(run.shots), 3);
      g.globalAlpha = 1;
      // The medians, joined where half or more of the runs learned.
      g.lineWidth = 2.5;
      g.beginPath();
      let drawing = false;
      for (const depth of grid.depths) {
        const cell = table.find((c) => c.rule === rule && c.depth === depth && c.width === width);
        if (!cell || cell.runs === 0 || cell.medianShots === null) {
          drawing = false;
          continue;
        }
        const px = x(depth) + nudge;
        const py = y(cell.medianShots);
        if (drawing) g.lineTo(px, py);
        else g.moveTo(px, py);
        drawing = true;
      }
      g.stroke();
      g.lineWidth = 1;
    });
    // The class's lines: a ring in the rule's colour at the line's length, labelled with its number.
    if (width !== 1) return;
    raceLines.forEach((l, i) => {
      if (!grid.depths.includes(l.length)) return;
      const px = x(l.length) + (i - (raceLines.length - 1) / 2) * 14;
      const py = y(l.learnedAt);
      g.lineWidth = 3;
      g.strokeStyle = "#ffffff";
      g.beginPath();
      g.arc(px, py, 8, 0, 2 * Math.PI);
      g.stroke();
      g.strokeStyle = RULE_STYLE[l.rule].color;
      g.lineWidth = 2;
      g.beginPath();
      g.arc(px, py, 5, 0, 2 * Math.PI);
      g.stroke();
      g.fillStyle = "#ffffff";
      g.textAlign = "center";
      g.fillText(t("lab.chart.line", { line: i + 1 }), px, py + (l.learnedAt === null ? 16 : -16));
      g.lineWidth = 1;
    });
  });
  // The legend: colour, shape and the rule's name.
  g.textAlign = "left";
  let lx = 12;
  for (const rule of grid.rules) {
    const { color, shape } = RULE_STYLE[rule];
    g.fillStyle = color;
    g.strokeStyle = color;
    g.lineWidth = 2;
    mark(g, shape, lx + 6, H - 14, 5);
    g.fillStyle = "#ffffff";
    g.fillText(RULES[rule].title, lx + 16, H - 14);
    lx += 28 + g.measureText(RULES[rule].title).width;
  }
  if (raceLines.length > 0) {
    g.strokeStyle = "#ffffff";
    g.lineWidth = 3;
    g.beginPath();
    g.arc(18, H + RACE_KEY_ROW - 14, 6, 0, 2 * Math.PI);
    g.stroke();
    g.lineWidth = 1;
    g.fillStyle = "#ffffff";
    g.fillText(t("lab.chart.class"), 30, H + RACE_KEY_ROW - 14);
  }
}
