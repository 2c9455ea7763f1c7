// The brain lab page: guess first, then run the experiment in a worker (networks of bots learning with
// each rule, at several depths and widths), watch the chart fill, compare with the guess, export.
import "./lab.css";
import { RULES, type RuleId } from "../../shared";
import { CHART_SIZE, RULE_STYLE, drawChart } from "./chart";
import { type LabRun, gridFromSearch, labCsv, labSpecs, labTable, shotBudget, slowdowns, slowestRule } from "./grid";
import type { LabProgress } from "./worker";

const grid = gridFromSearch(location.search);
const specs = labSpecs(grid);
const root = document.getElementById("lab") as HTMLElement;

/** A new element with a class and text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
}

/** "1 layer", "3 layers". */
const layers = (n: number): string => `${n} layer${n === 1 ? "" : "s"}`;

const shallow = Math.min(...grid.depths);
const deep = Math.max(...grid.depths);

root.append(
  el("h1", {}, "The brain lab"),
  el(
    "p",
    { className: "lead" },
    "Until now the ball went down a line, one neuron after another. Here the line grows into a network: " +
      "layers of neurons, each shaking hands with every neuron in the layer before it, and one shooter at the end. " +
      `Networks of bots will learn to score with each rule, from ${layers(shallow)} up to ${layers(deep)} deep ` +
      `and ${grid.widths.join(" or ")} neuron${grid.widths.length > 1 || grid.widths[0] !== 1 ? "s" : ""} wide.`,
  ),
);

// Step 1: the guess.
/** What each rule does in a network, in a sentence (the engine's rules in shared/network/rules.ts). */
const WHAT_IT_DOES: Record<RuleId, string> = {
  backprop: "A coach walks back through every layer and tells each neuron exactly how much of the miss was its fault.",
  "feedback-alignment": "No coach: a note about the miss travels back on separate wires that were set at random and never change.",
  "activity-difference": "No coach: the shooter is nudged toward a better shot, and each neuron learns from how its own firing changed.",
  "trial-and-error": "No coach: every neuron wiggles its handshakes a little at random and the network shoots again. Wiggles that helped are kept.",
  "fire-together": "No coach, and nobody hears about the miss: neurons that fire at the same time grip each other harder.",
};

const guessForm = el("fieldset", { className: "guess" }, el("legend", {}, "First, your guess: which way of learning slows down most when the network gets deeper?"));
for (const rule of grid.rules) {
  const input = el("input", { type: "radio", name: "guess", value: rule });
  guessForm.append(el("label", { className: "choice" }, input, el("span", { className: "swatch" }), RULES[rule].title, el("small", {}, WHAT_IT_DOES[rule])));
  (guessForm.lastElementChild?.querySelector(".swatch") as HTMLElement).style.background = RULE_STYLE[rule].color;
}
const runButton = el("button", { type: "button", className: "primary", disabled: true, id: "run" }, "Run the experiment");
guessForm.addEventListener("change", () => (runButton.disabled = false));
root.append(guessForm, runButton);

// Step 2: the run.
const status = el("p", { className: "status", id: "lab-status" });
status.setAttribute("aria-live", "polite");
const bar = el("progress", { max: specs.length, value: 0 });
const canvas = el("canvas", { id: "lab-chart" });
canvas.style.width = `${CHART_SIZE.width}px`;
canvas.setAttribute("role", "img");
canvas.setAttribute("aria-label", "Chart: balls thrown until each network learned, by depth, one panel per width");
const how = el(
  "p",
  { className: "how" },
  `Each run is a fresh network of bots with random handshakes. It shoots at random hoops and learns after every shot, ` +
    `until it scores all 17 test hoops from 2 to 9 metres, or gives up after ${grid.cap} rounds. ` +
    "A dot is one run; the line joins the middle result (half the runs were faster). Dots at the top never learned.",
);
const result = el("div", { className: "result", id: "lab-result" });
const table = el("table", { id: "lab-table" });
const exports = el("div", { className: "exports" });
const run = el("section", { className: "run", hidden: true }, status, bar, how, canvas, result, table, exports);
root.append(run);

const runs: LabRun[] = [];
let queued = false;
/** Redraws once per frame at most, however fast runs arrive. */
function redraw(): void {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    drawChart(canvas, grid, runs);
    status.textContent = runs.length < specs.length ? `Running: ${runs.length} of ${specs.length} networks have finished.` : `Done: all ${specs.length} networks have finished.`;
    bar.value = runs.length;
  });
}

/** The finished table: one row per rule, a column per depth and width. */
function fillTable(): void {
  const cells = labTable(grid, runs);
  const head = el("tr", {}, el("th", {}, "Rule"));
  for (const d of grid.depths) for (const w of grid.widths) head.append(el("th", {}, `${layers(d)}, ${w} wide`));
  table.replaceChildren(el("caption", {}, "Balls thrown until learned (the middle run), and how many runs learned"), el("thead", {}, head));
  const body = el("tbody");
  for (const rule of grid.rules) {
    const tr = el("tr", {}, el("th", {}, RULES[rule].title));
    for (const d of grid.depths)
      for (const w of grid.widths) {
        const c = cells.find((x) => x.rule === rule && x.depth === d && x.width === w);
        const td = el("td", {}, c?.medianShots === null || !c ? "never" : String(c.medianShots), el("small", {}, ` ${c?.learned ?? 0}/${c?.runs ?? 0}`));
        td.dataset.cell = `${rule}|${d}|${w}`;
        td.dataset.median = String(c?.medianShots ?? "never");
        td.dataset.learned = String(c?.learned ?? 0);
        tr.append(td);
      }
    body.append(tr);
  }
  table.append(body);
}

/** Says how the result compares with the guess, in plain words. */
function compare(guess: RuleId): void {
  const slowest = slowestRule(grid, runs);
  const lines: string[] = [];
  if (slowest === null) lines.push(`No rule needed more balls with ${layers(deep)} than with ${layers(shallow)} in these runs.`);
  else {
    const factor = slowest.factor >= 10 ? Math.round(slowest.factor) : Math.round(slowest.factor * 10) / 10;
    const ranOut = slowest.deep >= shotBudget(slowest.rule, grid.cap);
    lines.push(
      `Slowed down most: ${RULES[slowest.rule].title}. With ${slowest.width} neuron${slowest.width === 1 ? "" : "s"} per layer, the middle run needed ${slowest.shallow} balls with ${layers(shallow)}` +
        (ranOut
          ? `, and with ${layers(deep)} it had not learned after ${slowest.deep} balls: at least ${factor} times as many.`
          : ` and ${slowest.deep} with ${layers(deep)}: ${factor} times as many.`),
    );
  }
  lines.push(slowest?.rule === guess ? "That was your guess. Well spotted!" : `You guessed ${RULES[guess].title}.`);
  for (const s of slowdowns(grid, runs)) {
    if (s.neverLearned) lines.push(`${RULES[s.rule].title} never learned at any depth: ${s.rule === "fire-together" ? "it never hears about the miss." : "it ran out of rounds every time."}`);
  }
  result.replaceChildren(...lines.map((t) => el("p", {}, t)));
  result.dataset.slowest = slowest?.rule ?? "none";
}

/** Offers a file for download. */
function download(name: string, href: string): void {
  const a = el("a", { href, download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

runButton.addEventListener("click", () => {
  const guess = guessForm.querySelector<HTMLInputElement>("input:checked")?.value as RuleId | undefined;
  if (!guess) return;
  guessForm.disabled = true;
  runButton.hidden = true;
  run.hidden = false;
  redraw();
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
  const started = performance.now();
  worker.onmessage = (e: MessageEvent<LabProgress>) => {
    runs.push(e.data.run);
    redraw();
    if (runs.length < specs.length) return;
    worker.terminate();
    runs.sort((a, b) => specs.findIndex((s) => s.rule === a.rule && s.depth === a.depth && s.width === a.width && s.seed === a.seed) - specs.findIndex((s) => s.rule === b.rule && s.depth === b.depth && s.width === b.width && s.seed === b.seed));
    fillTable();
    compare(guess);
    const csv = el("button", { type: "button", id: "lab-csv" }, "Download the table (CSV)");
    csv.addEventListener("click", () => download("brain-lab.csv", URL.createObjectURL(new Blob([labCsv(runs)], { type: "text/csv" }))));
    const png = el("button", { type: "button", id: "lab-png" }, "Download the chart (PNG)");
    png.addEventListener("click", () => download("brain-lab.png", canvas.toDataURL("image/png")));
    exports.replaceChildren(csv, png);
    document.body.dataset.done = "1";
    document.body.dataset.seconds = ((performance.now() - started) / 1000).toFixed(2);
  };
  worker.postMessage(specs);
});
document.body.dataset.ready = "1";
