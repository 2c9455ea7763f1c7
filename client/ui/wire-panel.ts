// The panels of the two chapters about where word of a miss arrives, drawn above the network controller:
// "random wires, right advice" (a gauge of how far the wires' advice agreed with a coach's on the last
// shot, the learner's layer shot by shot, and the jump ahead) and "two doors" (the rule switch, what each
// rule sends to the top door, and the rules played). The numbers come from shared/ (wire-agreement.ts,
// shot-rule.ts) through client/chapters/wire-goals.ts; these functions only draw them.
import type { GameView, RuleId } from "../../shared";
import { activeTranslator, type MessageId, t } from "../../shared/i18n";
import { AGREE, rulesPlayed, shotAgreements } from "../chapters/wire-goals";
import { fixed } from "../format";
import { h, svg } from "./dom";

/** The words for a layer's agreement: the right way (above AGREE), a little the right way (above 0), or the wrong way. */
export function layerBand(agreement: number): "right" | "some" | "wrong" {
  return agreement > AGREE ? "right" : agreement > 0 ? "some" : "wrong";
}

/** The learner's layer's agreement on each finished shot as a line: up the right way, the middle no help, down the wrong way. */
function curve(values: readonly number[], width: number, height: number): SVGSVGElement {
  const pad = 3;
  const x = (k: number) => pad + (values.length <= 1 ? (width - 2 * pad) / 2 : (k * (width - 2 * pad)) / (values.length - 1));
  const y = (v: number) => pad + ((1 - (Number.isFinite(v) ? v : 0)) / 2) * (height - 2 * pad);
  const root = svg("svg", { class: "wg-curve", viewBox: `0 0 ${width} ${height}`, width, height, "aria-hidden": "true", preserveAspectRatio: "none" });
  root.append(
    svg("line", { class: "wg-mid", x1: pad, x2: width - pad, y1: y(0), y2: y(0) }),
    svg("line", { class: "wg-agree", x1: pad, x2: width - pad, y1: y(AGREE), y2: y(AGREE) }),
    svg("polyline", { class: "wg-line", points: values.map((v, k) => `${x(k).toFixed(1)},${y(v).toFixed(1)}`).join(" ") }),
  );
  return root;
}

/**
 * Before the first shot is filed: the wires have said nothing yet. The shot is filed only at the rule's step
 * (after the vote), so while the first ball flies or lies on the floor, say that it has and when the wires speak.
 */
function beforeFirst(view: GameView): string {
  if (!view.network?.current) return t("chapters.wires.waiting");
  return view.phase === "shot" ? t("chapters.wires.flying") : view.phase === "vote" ? t("chapters.wires.landed") : t("chapters.wires.waiting");
}

/** What the wires said on the last shot, for my layer and my neuron, as sentences (also what is announced after a jump). */
export function wireWords(view: GameView, seat: number): string[] {
  const net = view.network;
  const layer = net?.neurons[seat]?.layer ?? -1;
  const last = shotAgreements(view).at(-1);
  if (!net || !last) return [beforeFirst(view)];
  const band = layerBand(last.layers[layer] ?? NaN);
  const out = [t(`chapters.wires.layer${band === "right" ? "Right" : band === "some" ? "Some" : "Wrong"}` as MessageId)];
  const mine = myWireWords(view, seat);
  if (mine) out.push(mine);
  return out;
}

/** What my own wire said on the last shot ("" before a shot or when it said nothing); a right wire in a layer not yet right says so too. */
export function myWireWords(view: GameView, seat: number): string {
  const last = shotAgreements(view).at(-1);
  const mine = last?.neurons[seat] ?? 0;
  if (!last || mine === 0) return "";
  if (mine < 0) return t("chapters.wires.youWrong");
  // One neuron's wire can agree while its layer as a whole does not: say both, so the badge and the gauge never seem to disagree.
  const layer = view.network?.neurons[seat]?.layer ?? -1;
  const band = layerBand(last.layers[layer] ?? NaN);
  return band === "right" ? t("chapters.wires.youRight") : `${t("chapters.wires.youRight")} ${t("chapters.wires.layerNotYet")}`;
}

/** The gauge for the learner's neuron in seat `seat`, and the jump-ahead button (null when the game is over). */
export function wireGauge(view: GameView, seat: number, jump: { n: number; go: () => void } | null): HTMLElement {
  const net = view.network;
  const layer = net?.neurons[seat]?.layer ?? -1;
  const all = shotAgreements(view);
  const last = all.at(-1);
  const agreement = last?.layers[layer] ?? NaN;
  const known = last !== undefined && Number.isFinite(agreement);
  const band = known ? layerBand(agreement) : "none";
  // My wire and my handshake with the layer after me, when that layer is the shooter alone (one of each).
  const next = net?.widths[layer + 1] === 1 ? net.neurons.length - 1 : -1;
  const index = net?.neurons[seat]?.index ?? 0;
  const wire = next >= 0 ? net?.feedback[next]?.[index] : undefined;
  const handshake = next >= 0 ? net?.neurons[next]?.weights[index] : undefined;
  const sign = (v: number) => t(v < 0 ? "chapters.wires.minus" : "chapters.wires.plus");
  const value = known ? fixed(agreement, 2) : "—";
  return h(
    "section",
    { class: "wire-gauge", "data-wire-gauge": "", "data-band": band, "data-agreement": known ? agreement.toFixed(4) : "", "data-mine": String(last?.neurons[seat] ?? 0), "aria-labelledby": "wg-title" },
    h("h2", { id: "wg-title", class: "wg-title" }, t("chapters.wires.gauge")),
    h(
      "div",
      { class: "wg-bar", role: "meter", "aria-valuemin": -1, "aria-valuemax": 1, "aria-valuenow": known ? agreement.toFixed(2) : 0, "aria-valuetext": t("chapters.wires.scale", { value }), "aria-label": t("chapters.wires.gauge") },
      // A tick where the words turn "the right way" (AGREE), so the bar shows the line the gauge's words use.
      h("span", { class: "wg-tick", style: `--at:${((AGREE + 1) / 2) * 100}%` }),
      h("span", { class: "wg-mark", style: `--at:${(((known ? agreement : 0) + 1) / 2) * 100}%` }),
    ),
    h("div", { class: "wg-scale", "aria-hidden": "true" }, h("span", {}, t("chapters.wires.ends")), h("span", {}, t("chapters.wires.middle")), h("span", {}, t("chapters.wires.right"))),
    ...wireWords(view, seat).map((s) => h("p", { class: "wg-words" }, s)),
    wire !== undefined && handshake !== undefined ? h("p", { class: "wg-signs small", "data-wire": String(Math.sign(wire)), "data-handshake": String(Math.sign(handshake)) }, t("chapters.wires.signs", { wire: sign(wire), handshake: sign(handshake) })) : null,
    all.length > 1
      ? h(
          "figure",
          { class: "wg-figure" },
          // Short visible ends for the curve: a phone hides the caption that explains up and down.
          h("div", { class: "wg-ends", "aria-hidden": "true" }, h("span", {}, t("chapters.wires.right")), h("span", {}, t("chapters.wires.ends"))),
          curve(all.map((a) => a.layers[layer] ?? NaN), 240, 48),
          h("figcaption", { class: "small" }, t("chapters.wires.curve")),
        )
      : null,
    h("p", { class: "wg-check small" }, t("chapters.wires.check")),
    jump ? h("button", { class: "btn primary", type: "button", "data-action": "fast-forward", onclick: jump.go }, t("chapters.wires.forward", { n: jump.n })) : null,
  );
}

/** The rule switch of "two doors": one button per rule (the network's rule pressed), what it sends to the top door, and the rules played so far. */
export function ruleSwitch(view: GameView, rules: readonly RuleId[], choose: ((rule: RuleId) => void) | null): HTMLElement {
  const current = view.network?.rule ?? rules[0];
  const played = rulesPlayed(view);
  const names = rules.filter((r) => played.has(r)).map((r) => t(`chapters.dendrites.rule.${r}` as MessageId));
  return h(
    "section",
    { class: "rule-switch", "data-rule-switch": current, "aria-labelledby": "rs-title" },
    h("h2", { id: "rs-title", class: "wg-title" }, t("chapters.dendrites.switch")),
    h(
      "div",
      { class: "rs-buttons", role: "group", "aria-labelledby": "rs-title" },
      ...rules.map((r) =>
        h(
          "button",
          { class: "btn small secondary", type: "button", "data-rule": r, "aria-pressed": String(r === current), disabled: choose === null, onclick: () => choose?.(r) },
          t(`chapters.dendrites.rule.${r}` as MessageId),
        ),
      ),
    ),
    h("p", { class: "rs-says", "data-says": current }, t(`chapters.dendrites.says.${current}` as MessageId)),
    h("p", { class: "small", "data-played": [...played].join(" ") }, t("chapters.dendrites.played", { rules: names.length ? new Intl.ListFormat(activeTranslator().code, { type: "unit" }).format(names) : t("chapters.dendrites.none") })),
  );
}
