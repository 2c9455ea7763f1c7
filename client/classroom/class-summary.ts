// The end of a class: the racing curves, each line's blame over time, vote accuracy per student and per
// team, and the class report (CSV and JSON) from the server, unlocked by the host key.
import { type GameView, projectorCaption, raceWinner, renderCaptions, storyOf } from "../../shared";
import { t } from "../i18n/i18n";
import { h } from "../ui/dom";
import { blameHeat, heatKey } from "./blame-heat";
import { ruleName } from "./class-settings";
import { raceLegend, racingCurves } from "./racing-curves";

function rate(right: number, of: number): string {
  return of === 0 ? t("class.summary.noRate") : t("class.summary.rate", { rate: right / of });
}

/**
 * A network class's end, beside the map: each student's votes against the rule's own step, as counts ("2/3"):
 * the right handshake of the votes that had more than one to pick from, the right way of all. Null when the
 * rule asks for no vote (trial and error, fire together) or nobody played.
 */
export function networkVoteTable(view: GameView): HTMLElement | null {
  if (!view.network || !storyOf(view.network.rule).blameVote) return null;
  const players = Object.values(view.players).sort((a, b) => b.score - a.score);
  if (players.length === 0) return null;
  const outOf = (right: number, of: number) => (of === 0 ? t("class.summary.noRate") : t("class.summary.outOf", { right, of }));
  return h(
    "section",
    { class: "net-votes", "data-screen": "network-votes" },
    h("h2", {}, t("class.summary.netVotes")),
    h(
      "div",
      { class: "student-table", "data-scrolls": "" },
      h(
        "table",
        { class: "accuracy" },
        h("thead", {}, h("tr", {}, h("th", {}, t("class.summary.student")), h("th", {}, t("class.summary.points")), h("th", {}, t("class.summary.handshake")), h("th", {}, t("class.summary.way")))),
        h(
          "tbody",
          {},
          ...players.map((p) => {
            const choices = p.choiceVotes ?? 0;
            return h(
              "tr",
              { "data-player": p.id, "data-handshake": `${p.blameRight}/${choices}`, "data-way": `${p.directionRight}/${p.votesCast}` },
              h("td", { class: "net-votes-name" }, p.name),
              h("td", {}, `${p.score}`),
              h("td", {}, outOf(p.blameRight, choices)),
              h("td", {}, outOf(p.directionRight, p.votesCast)),
            );
          }),
        ),
      ),
    ),
    h("p", { class: "small how" }, t("class.summary.netVotesHow")),
  );
}

/** Fetches the class report (the host key goes in a header) with the file name the server gives it. */
export type ReportFetcher = (format: ReportFormat) => Promise<{ blob: Blob; name: string }>;

/** The report's files: every shot and seat (CSV), one row per student (CSV), everything at full precision (JSON). */
export type ReportFormat = "csv" | "students.csv" | "json";

/** A button that downloads the report: fetched, then handed to the browser as a file. */
export function downloadButton(report: ReportFetcher, format: ReportFormat, label: string, primary: boolean): HTMLElement {
  const button = h("button", { class: primary ? "btn primary" : "btn", type: "button", "data-action": `report-${format.replace(".", "-")}` }, label);
  button.onclick = () => {
    button.disabled = true;
    report(format)
      .then(({ blob, name }) => {
        const url = URL.createObjectURL(blob);
        const a = h("a", { href: url, download: name });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      })
      .catch((e: unknown) => alert(e instanceof Error ? e.message : String(e)))
      .finally(() => (button.disabled = false));
  };
  return button;
}

/** The summary page; `report` fetches the class report for the host (null on devices without the key). */
export function classSummary(view: GameView, report: ReportFetcher | null): HTMLElement {
  const players = Object.values(view.players).sort((a, b) => b.score - a.score);
  // Only rules that hand out blame have a blame map (trial and error and fire together blame nobody).
  const blamed = view.lines.map((l, li) => ({ l, li })).filter(({ l }) => storyOf(l.rule).blameVote);
  return h(
    "section",
    { class: "class-summary", "data-screen": "class-summary" },
    h("h1", {}, t("class.summary.title")),
    // The race's result in one sentence: who won and why (shared raceWinner); one line alone, whether it learned.
    view.lines.length > 1
      ? h("p", { class: "summary-winner", "data-winners": raceWinner(view).winners.join(" ") }, raceWinner(view).sentence)
      : h("p", { class: "summary-winner", "data-caption": projectorCaption(view).map((c) => c.id).join(" ") }, renderCaptions(projectorCaption(view))),
    h("div", { class: "summary-grid" },
      h("div", { class: "summary-race" }, h("h2", {}, t("class.summary.race")), racingCurves(view, 900, 420), raceLegend(view)),
      h("div", {},
        h("h2", {}, t("class.summary.votes")),
        // Both tables scroll inside one box when a big class has more rows than the wall has room for.
        h("div", { class: "student-table", "data-scrolls": "" }, h("table", { class: "accuracy" },
          h("thead", {}, h("tr", {}, h("th", {}, t("class.summary.line")), h("th", {}, t("class.summary.rule")), h("th", {}, t("class.summary.shots")), h("th", {}, t("class.summary.hits")), h("th", {}, t("class.summary.neuron")), h("th", {}, t("class.summary.way")))),
          h("tbody", {}, ...view.lines.map((l, li) => {
            const ps = players.filter((p) => p.line === li);
            const cast = ps.reduce((a, p) => a + p.votesCast, 0);
            return h("tr", { "data-team": li }, h("td", {}, `${li + 1}`), h("td", {}, ruleName(l.rule)), h("td", {}, `${l.history.length}`), h("td", {}, `${l.history.filter((s) => s.hit).length}`), h("td", {}, rate(ps.reduce((a, p) => a + p.blameRight, 0), cast)), h("td", {}, rate(ps.reduce((a, p) => a + p.directionRight, 0), cast)));
          })),
        ),
        h("table", { class: "accuracy" },
          h("thead", {}, h("tr", {}, h("th", {}, t("class.summary.student")), h("th", {}, t("class.summary.points")), h("th", {}, t("class.summary.votesCast")), h("th", {}, t("class.summary.neuron")), h("th", {}, t("class.summary.way")))),
          h("tbody", {}, ...players.map((p) => h("tr", { "data-player": p.id }, h("td", {}, p.name), h("td", {}, `${p.score}`), h("td", {}, `${p.votesCast}`), h("td", {}, rate(p.blameRight, p.votesCast)), h("td", {}, rate(p.directionRight, p.votesCast))))),
        )),
        h("div", { class: "row" },
          report ? downloadButton(report, "csv", t("class.summary.everyShot"), true) : null,
          report ? downloadButton(report, "students.csv", t("class.summary.eachStudent"), false) : null,
          report ? downloadButton(report, "json", t("class.summary.json"), false) : null,
        ),
      ),
    ),
    blamed.length === 0 ? null : h("section", { class: "heat-box", "data-scrolls": "" },
      h("h2", {}, t("class.summary.heat")),
      // The key before the maps: when many lines' maps scroll in their box, what dark, ★ and ● mean stays in sight.
      heatKey(),
      h("div", { class: "heat-row", "data-count": blamed.length }, ...blamed.map(({ l, li }) => h("figure", {}, h("figcaption", {}, t("class.summary.heatLine", { line: li + 1, rule: ruleName(l.rule) })), blameHeat(l, li, 640)))),
    ),
  );
}
