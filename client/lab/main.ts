// The brain lab page: guess first, then run the experiment in a worker (networks of bots learning with
// each rule, at several depths and widths), watch the chart fill, compare with the guess, export. The page
// is built once its language has loaded (?lang=, the device's pick, the browser's), with a picker on top.
import "./lab.css";
import { RULES, type RuleId } from "../../shared";
import { type MessageId, t } from "../../shared/i18n";
import { languagePicker, startLanguage } from "../i18n/i18n";
import { CHART_SIZE, RULE_STYLE, drawChart } from "./chart";
import { type RaceComparison, classWinner, compareRace, gridWithRace, raceFromSearch } from "./class-race";
import { type LabRun, gridFromSearch, labCsv, labSpecs, labTable, shotBudget, slowdowns, slowestRule } from "./grid";
import type { LabProgress } from "./worker";

/** Builds the page in its language. */
function build(): void {
  // The class's race, when the projector's summary sent one: its lines' lengths and rules join the grid.
  const { race, ignored } = raceFromSearch(location.search);
  const grid = gridWithRace(gridFromSearch(location.search), race);
  const specs = labSpecs(grid);
  const root = document.getElementById("lab") as HTMLElement;

  /** A new element with a class and text. */
  function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]): HTMLElementTagNameMap[K] {
    const e = Object.assign(document.createElement(tag), props);
    e.append(...kids);
    return e;
  }

  /** "1 layer", "3 layers". */
  const layers = (n: number): string => t("lab.layers", { n });

  const shallow = Math.min(...grid.depths);
  const deep = Math.max(...grid.depths);

  document.title = t("lab.page.title");
  const widths = new Intl.ListFormat(document.documentElement.lang || "en", { type: "disjunction" }).format(grid.widths.map(String));
  root.append(
    languagePicker(),
    el("h1", {}, t("lab.title")),
    el(
      "p",
      { className: "lead" },
      t("lab.lead", { shallow: layers(shallow), deep: layers(deep), wide: t("lab.widths", { widths, count: grid.widths.length > 1 || grid.widths[0] !== 1 ? 2 : 1 }) }),
    ),
    // One network drawn as the projector draws a class's, through a shot, a vote and the rule's turn.
    el("p", {}, el("a", { href: "network.html", id: "network-link" }, t("network.link.board"))),
  );
  // The way back to the class this lab was opened from (its projector gets the class back on load).
  if (race?.code) {
    const lang = new URLSearchParams(location.search).get("lang");
    const href = `class.html?host=${race.code}${lang ? `&lang=${encodeURIComponent(lang)}` : ""}`;
    root.insertBefore(el("p", {}, el("a", { href, id: "back-to-class" }, t("lab.fromClass.back", { code: race.code }))), root.children[1] ?? null);
  }
  if (ignored) root.append(el("p", { className: "note", id: "lab-race-note", role: "status" }, t("lab.race.ignored")));
  /** "Line 1 of your class (Backprop coach, 5 neurons) scored 3 in a row on shot 6." */
  const classSays = (c: Pick<RaceComparison, "line" | "rule" | "length" | "learnedAt" | "shots">): string =>
    c.learnedAt === null
      ? t("lab.race.classNot", { line: c.line, rule: RULES[c.rule].title, length: c.length, shots: c.shots })
      : t("lab.race.classLearned", { line: c.line, rule: RULES[c.rule].title, length: c.length, shot: c.learnedAt });
  if (race && race.lines.length > 0) {
    root.append(
      el(
        "section",
        { className: "class-race", id: "lab-race" },
        el("h2", {}, t("lab.race.title")),
        el("ul", {}, ...race.lines.map((l, i) => el("li", {}, classSays({ ...l, line: i + 1 })))),
        el("p", { className: "how" }, t("lab.race.intro"), " ", t("lab.race.harder")),
      ),
    );
  }

  // Step 1: the guess.
  /** What each rule does in a network, in a sentence (the engine's rules in shared/network/rules.ts). */
  const whatItDoes = (rule: RuleId): string => t(`lab.does.${rule}` as MessageId);

  const guessForm = el("fieldset", { className: "guess" }, el("legend", {}, t("lab.guess")));
  for (const rule of grid.rules) {
    const input = el("input", { type: "radio", name: "guess", value: rule });
    guessForm.append(el("label", { className: "choice" }, input, el("span", { className: "swatch" }), RULES[rule].title, el("small", {}, whatItDoes(rule))));
    (guessForm.lastElementChild?.querySelector(".swatch") as HTMLElement).style.background = RULE_STYLE[rule].color;
  }
  const runButton = el("button", { type: "button", className: "primary", disabled: true, id: "run" }, t("lab.run"));
  guessForm.addEventListener("change", () => (runButton.disabled = false));
  root.append(guessForm, runButton);

  // Step 2: the run.
  const status = el("p", { className: "status", id: "lab-status" });
  status.setAttribute("aria-live", "polite");
  const bar = el("progress", { max: specs.length, value: 0 });
  const canvas = el("canvas", { id: "lab-chart" });
  canvas.style.width = `${CHART_SIZE.width}px`;
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", t("lab.chartLabel"));
  const how = el(
    "p",
    { className: "how" },
    t("lab.how", { cap: grid.cap }),
  );
  const result = el("div", { className: "result", id: "lab-result" });
  const table = el("table", { id: "lab-table" });
  const exports = el("div", { className: "exports" });
  const run = el("section", { className: "run", hidden: true }, status, bar, how, canvas, result, table, exports);
  root.append(run);

  const runs: LabRun[] = [];
  let queued = false;
  let charted = -Infinity;
  /** The chart redraws all its runs: at most five times a second while they arrive (a slow tablet keeps its frames), and once at the end. */
  const CHART_EVERY_MS = 200;
  /** Redraws once per frame at most, however fast runs arrive. */
  function redraw(): void {
    if (queued) return;
    queued = true;
    requestAnimationFrame((now) => {
      queued = false;
      const done = runs.length >= specs.length;
      status.textContent = done ? t("lab.done", { total: specs.length }) : t("lab.running", { done: runs.length, total: specs.length });
      bar.value = runs.length;
      if (done || now - charted >= CHART_EVERY_MS) {
        charted = now;
        drawChart(canvas, grid, runs, race);
      } else redraw();
    });
  }

  /** The finished table: one row per rule, a column per depth and width. */
  function fillTable(): void {
    const cells = labTable(grid, runs);
    const head = el("tr", {}, el("th", {}, t("lab.table.rule")));
    for (const d of grid.depths) for (const w of grid.widths) head.append(el("th", {}, t("lab.table.column", { layers: layers(d), width: w })));
    table.replaceChildren(el("caption", {}, t("lab.table.caption")), el("thead", {}, head));
    const body = el("tbody");
    for (const rule of grid.rules) {
      const tr = el("tr", {}, el("th", {}, RULES[rule].title));
      for (const d of grid.depths)
        for (const w of grid.widths) {
          const c = cells.find((x) => x.rule === rule && x.depth === d && x.width === w);
          const td = el("td", {}, c?.medianShots === null || !c ? t("lab.never") : String(c.medianShots), el("small", {}, ` ${c?.learned ?? 0}/${c?.runs ?? 0}`));
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
    if (slowest === null) lines.push(t("lab.noSlowdown", { deep: layers(deep), shallow: layers(shallow) }));
    else {
      const factor = slowest.factor >= 10 ? Math.round(slowest.factor) : Math.round(slowest.factor * 10) / 10;
      const ranOut = slowest.deep >= shotBudget(slowest.rule, grid.cap);
      const values = { rule: RULES[slowest.rule].title, width: slowest.width, few: slowest.shallow, shallow: layers(shallow), deep: layers(deep), many: slowest.deep, factor };
      lines.push(t(ranOut ? "lab.slowest.ranOut" : "lab.slowest.learned", values));
    }
    lines.push(slowest?.rule === guess ? t("lab.rightGuess") : t("lab.yourGuess", { rule: RULES[guess].title }));
    for (const s of slowdowns(grid, runs)) {
      if (s.neverLearned) lines.push(t("lab.neverLearned", { rule: RULES[s.rule].title, why: t(s.rule === "fire-together" ? "lab.neverHears" : "lab.ranOut") }));
    }
    result.replaceChildren(...lines.map((line) => el("p", {}, line)));
    if (race && race.lines.length > 0) result.append(raceResult());
    result.dataset.slowest = slowest?.rule ?? "none";
  }

  /** Each class line beside the lab's lines of its length and rule, then whether the lab ranks the rules as the class's race did. */
  function raceResult(): HTMLElement {
    if (!race) return el("div");
    const rows = compareRace(grid, runs, race);
    const box = el("div", { className: "race-result", id: "lab-race-result" });
    for (const c of rows) {
      const lab =
        c.labMedian === null
          ? t("lab.race.labNever", { length: c.length, budget: c.labBudget, learned: c.labLearned, runs: c.labRuns })
          : t("lab.race.labMedian", { length: c.length, median: c.labMedian, learned: c.labLearned, runs: c.labRuns });
      const p = el("p", {}, classSays(c), " ", lab);
      p.dataset.line = String(c.line);
      p.dataset.classShot = String(c.learnedAt ?? "never");
      p.dataset.labMedian = String(c.labMedian ?? "never");
      box.append(p);
    }
    // The race's winner against the lab's fastest of the same rules, at the winner's length.
    const winner = classWinner(race);
    const at = race.lines.find((l) => l.rule === winner && l.learnedAt !== null)?.length;
    const same = rows.filter((c) => c.length === at && c.labMedian !== null).sort((a, b) => (a.labMedian as number) - (b.labMedian as number));
    const fastest = same[0];
    if (winner && fastest && !same.some((c) => c !== fastest && c.labMedian === fastest.labMedian && c.rule !== fastest.rule)) {
      const p = el("p", {}, fastest.rule === winner ? t("lab.race.agree", { rule: RULES[winner].title }) : t("lab.race.disagree", { rule: RULES[winner].title, labRule: RULES[fastest.rule].title }));
      p.dataset.agree = String(fastest.rule === winner);
      box.append(p);
    }
    return box;
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
      drawChart(canvas, grid, runs, race);
      fillTable();
      compare(guess);
      const csv = el("button", { type: "button", id: "lab-csv" }, t("lab.csv"));
      csv.addEventListener("click", () => download("brain-lab.csv", URL.createObjectURL(new Blob([labCsv(runs)], { type: "text/csv" }))));
      const png = el("button", { type: "button", id: "lab-png" }, t("lab.png"));
      png.addEventListener("click", () => download("brain-lab.png", canvas.toDataURL("image/png")));
      exports.replaceChildren(csv, png);
      document.body.dataset.done = "1";
      document.body.dataset.seconds = ((performance.now() - started) / 1000).toFixed(2);
    };
    worker.postMessage(specs);
  });
  document.body.dataset.ready = "1";
}

void startLanguage().then(build);
