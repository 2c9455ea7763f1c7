import { type GameView, type Line, secondShotOf, signalNews, signalSentence, sizeWord, storyOf, wiresAgreeing } from "../../shared";
import { h } from "./dom";
import { act, amHost, myLine, mySeat, type PanelContext } from "./context";
import { formatMiss, formatValue } from "../format";

const WHAT: Record<string, string> = {
  aim: "The hoop is set. Get ready…",
  pass: "The ball is passing down the line.",
  shot: "The last neuron shoots!",
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
    lines.push(h("p", { class: "miss" }, `Shot ${view.round}: ${formatMiss(shot.miss, shot.hit)}.`));
    lines.push(...storyFacts(view, line, seat));
    lines.push(h("p", { class: "small", "data-court": "" }, story.words.court));
    lines.push(h("p", { class: "small", "data-catch": "" }, story.words.catch));
  } else {
    lines.push(h("p", { class: "what" }, WHAT[view.phase] ?? ""));
  }
  if (shot && seat >= 0 && (view.phase === "pass" || view.phase === "shot")) {
    lines.push(h("p", { class: "mine" }, `★ You got ${formatValue(shot.inputs[seat])}, gripped with ${formatValue(shot.weights[seat])} and passed on ${formatValue(shot.outputs[seat])}.`));
  }
  if (shot && view.phase === "shot") lines.push(h("p", { class: "small" }, `The hoop is ${view.distance.toFixed(1)} m away.`));
  const skip = amHost(ctx)
    ? h("button", { class: "btn secondary", "data-action": "skip", "aria-keyshortcuts": "Space", onclick: () => act(ctx, { type: "next" }) }, "Skip ▶▶")
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
    if (seat >= 0) out.push(h("p", { class: "mine", "data-size": sizeWord(report.signals[seat], shooter) }, `★ Your ${signal}: ${sizeWord(report.signals[seat], shooter)}.`));
  }
  // A fading, exploding or stuck line, said once a game, with why (the engine's judgement).
  const news = signalNews(line, view.settings.activation);
  if (news) out.push(h("p", { class: "signal-news", "data-health": news.kind }, signalSentence(news, line.rule)));
  if (story.over === "feedback-wires") {
    const { agree, of } = wiresAgreeing(line, shot.weights);
    out.push(h("p", { class: "small", "data-wires-agree": agree, "data-wires": of }, `Wires whose sign (+ or −) agrees with their handshake: ${agree} of ${of}.`));
  }
  if (story.secondShot) {
    const second = secondShotOf(line.rule, shot, view.settings);
    if (second) {
      out.push(
        h(
          "p",
          { class: "small", "data-second-miss": String(second.shot.miss), "data-kept": String(second.kept) },
          `Second shot: ${formatMiss(second.shot.miss, second.shot.hit)}. ${second.kept ? "Closer, so everyone keeps their wiggle." : "Farther, so everyone goes the other way instead."}`,
        ),
      );
    }
  }
  if (story.carries === "nothing" && !shot.hit) out.push(h("p", { class: "small" }, "The miss stays: nobody heard it."));
  return out;
}
