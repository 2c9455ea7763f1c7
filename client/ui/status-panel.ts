import { type GameView, type Line, secondShotOf, signalNews, signalSentence, sizeText, sizeWord, storyOf, wiresAgreeing } from "../../shared";
import { h } from "./dom";
import { act, amHost, myLine, mySeat, type PanelContext } from "./context";
import { fixed, formatMiss, formatValue } from "../format";
import { t } from "../../shared/i18n";

/** What is happening during an animation, read when drawn (so in the page's language). */
const WHAT: Record<string, () => string> = {
  aim: () => t("solo.status.aim"),
  pass: () => t("solo.status.pass"),
  shot: () => t("solo.status.shot"),
};

/** The panel while an animation plays: what is happening (after the shot: the running rule's own story), my part in it, and a skip button. */
export function statusPanel(ctx: PanelContext): HTMLElement {
  const { view } = ctx;
  const line = view.lines[myLine(ctx)];
  const shot = line.current;
  const seat = mySeat(ctx);
  const story = storyOf(line.rule);
  const lines: (HTMLElement | null)[] = [];
  if (view.phase === "coach" && shot) {
    lines.push(h("p", { class: "what", "data-story": line.rule }, shot.hit ? story.words.afterHit : story.words.after));
    lines.push(h("p", { class: "miss" }, t("solo.status.shotResult", { round: view.round, miss: formatMiss(shot.miss, shot.hit) })));
    lines.push(...storyFacts(view, line, seat));
    lines.push(h("p", { class: "small", "data-court": "" }, story.words.court));
    lines.push(h("p", { class: "small", "data-catch": "" }, story.words.catch));
  } else {
    lines.push(h("p", { class: "what" }, WHAT[view.phase]?.() ?? ""));
  }
  if (shot && seat >= 0 && (view.phase === "pass" || view.phase === "shot")) {
    lines.push(h("p", { class: "mine" }, t("solo.status.mine", { input: formatValue(shot.inputs[seat]), weight: formatValue(shot.weights[seat]), output: formatValue(shot.outputs[seat]) })));
  }
  if (shot && view.phase === "shot") lines.push(h("p", { class: "small" }, t("solo.status.hoopAway", { distance: fixed(view.distance, 1) })));
  const skip = amHost(ctx)
    ? h("button", { class: "btn secondary", "data-action": "skip", "aria-keyshortcuts": "Space", onclick: () => act(ctx, { type: "next" }) }, t("solo.status.skip"))
    : null;
  return h("div", { class: "panel-body", "data-panel": view.phase }, ...lines, skip);
}

/**
 * What this shot's story adds in words, from the engine: my note's size; a fading, blowing-up or stuck
 * line explained (once a game); how many feedback wires agree with their handshakes; trial and error's second shot and its
 * verdict; that the miss stays under fire together.
 */
function storyFacts(view: GameView, line: Line, seat: number): HTMLElement[] {
  const shot = line.current;
  const report = shot?.coach;
  if (!shot || !report) return [];
  const story = storyOf(line.rule);
  const out: HTMLElement[] = [];
  const n = report.signals.length;
  if (story.told === "blame" || story.told === "activity-change") {
    const signal = story.words.signal;
    const shooter = report.signals[n - 1];
    if (seat >= 0) out.push(h("p", { class: "mine", "data-size": sizeWord(report.signals[seat], shooter) }, t("solo.status.yourSignal", { signal, size: sizeText(sizeWord(report.signals[seat], shooter)) })));
  }
  // A fading, exploding or stuck line, said once a game, with why (the engine's judgement).
  const news = signalNews(line, view.settings.activation);
  if (news) out.push(h("p", { class: "signal-news", "data-health": news.kind }, signalSentence(news, line.rule)));
  if (story.over === "feedback-wires") {
    const { agree, of } = wiresAgreeing(line, shot.weights);
    out.push(h("p", { class: "small", "data-wires-agree": agree, "data-wires": of }, t("solo.status.wiresAgree", { agree, of })));
  }
  if (story.secondShot) {
    const second = secondShotOf(line.rule, shot, view.settings);
    if (second) {
      out.push(
        h(
          "p",
          { class: "small", "data-second-miss": String(second.shot.miss), "data-kept": String(second.kept) },
          t("solo.status.secondShot", { miss: formatMiss(second.shot.miss, second.shot.hit), verdict: t(second.kept ? "solo.status.kept" : "solo.status.turned") }),
        ),
      );
    }
  }
  if (story.carries === "nothing" && !shot.hit) out.push(h("p", { class: "small" }, t("solo.status.unheard")));
  return out;
}
