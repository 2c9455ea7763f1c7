// The projector's map of a class played as one network: neurons as named circles (bots dashed), every
// handshake drawn by its weight; during the vote, every handshake coloured by the class's votes; after the
// rule speaks, its note carried back layer by layer (each step its own layer that fades in, so the
// animation stays on the compositor), and how each neighbourhood's vote matched. A dendrites toggle draws
// every neuron with a base (the ball comes in) and a top (word about the miss comes in), true to the rule.
// At the summary it shows the network as the class left it, with how its shots went.
// The numbers all come from shared/game/network-map.ts.
import "./network-board.css";
import type { GameView, Phase } from "../../shared/game";
import {
  type Connection,
  type MapLayout,
  type NeuronSpot,
  VOTE_COLOURS,
  coachWalk,
  connectionStrokes,
  networkLayout,
  voteBlend,
  voteColours,
} from "../../shared/game/network-map";
import { MATCH_MARK, marksLegend, matchKind, matchSaid, matchSummary, scoredMatches } from "../../shared/game/network-match-words";
import type { Network } from "../../shared/game/network-state";
import { networkResult } from "../../shared/game/network-summary";
import { type NetSaid, sayNet } from "../../shared/game/describe-network";
import { noteLegend } from "../../shared/game/network-legend-words";
import type { MessageId } from "../../shared/i18n";
import { t } from "../i18n/i18n";
import { fill, h, svg } from "./dom";

/** What the board draws. */
export interface BoardInput {
  network: Network;
  phase: Phase;
  /** Each neuron as two compartments (base and top). */
  dendrites: boolean;
  /** No animation: the walk's final state at once. */
  reducedMotion: boolean;
  /** Players whose person is away (a bot plays their neuron meanwhile: shared/game/lines.ts playedByBot). */
  away?: readonly string[];
}

/** The class's network in a view, or null when the class plays in lines (the engine adds GameState.network). */
export function networkOf(view: GameView): Network | null {
  return (view as GameView & { network?: Network | null }).network ?? null;
}

/** The players whose person is away: their neurons are played by a bot until they come back. */
export function awayPlayers(view: Pick<GameView, "players">): string[] {
  return Object.values(view.players).flatMap((p) => (p.connected ? [] : [p.id]));
}

/** How many neurons of the network a bot plays because their person is away. */
function awayCount(input: Pick<BoardInput, "network" | "away">): number {
  const away = new Set(input.away ?? []);
  return input.network.neurons.filter((n) => n.playerId !== null && away.has(n.playerId)).length;
}

/** How long each step of the walk takes, ms: the whole walk fits the coach's phase (5 s). */
export function stepMs(steps: number): number {
  return Math.min(700, Math.floor(4200 / Math.max(1, steps)));
}

/** Colours of handshakes by sign, of the note, and of separate feedback wires (Okabe-Ito where it matters). */
const INK = { plus: "#dfe6f3", minus: "#cc79a7", note: "#f0e442", wire: "#009e73", quiet: "#3d4f78" } as const;

/** Phases in which the rule has spoken about the current shot. */
const SPOKEN: readonly Phase[] = ["coach", "adjust"];

/** The smallest and largest type for names, px. */
const NAME_PX = { min: 10, max: 15 } as const;

/** The votes' marks (✓ ½ ✗), px: read from the back of a classroom on a 720p projector (they were about 14). */
const MARK_PX = { min: 22, max: 30, perRadius: 1.4 } as const;

/** A mark's half height and a name's top under its circle (baseline one type size under it, ascent about 0.8 of it), in type sizes. */
const MARK_HALF_HEIGHT = 0.6;
const NAME_ASCENT_GAP = 0.2;

/** An away person's neuron is drawn faded (a bot plays it meanwhile), with "away" across its circle. */
const AWAY_OPACITY = 0.45;

/** A point on the map. */
type Point = { x: number; y: number };

/** The board: one figure, redrawn when what it shows changes or its box is resized. */
export class NetworkBoard {
  readonly el: HTMLElement;
  private readonly map = h("div", { class: "nb-map", dir: "ltr" });
  private readonly caption = h("figcaption", { class: "nb-caption" });
  private readonly legend = h("ul", { class: "nb-legend" });
  private input: BoardInput | null = null;
  private key = "";

  constructor() {
    this.el = h("figure", { class: "network-board" }, this.map, this.caption, this.legend);
    this.legend.setAttribute("aria-label", t("network.legend.label"));
    new ResizeObserver(() => this.draw(false)).observe(this.map);
  }

  /** Shows a network; redraws only if something it shows changed. */
  update(input: BoardInput): void {
    this.input = input;
    this.draw(false);
  }

  /** Shows the class's network from a game's view; false when the class plays in lines. */
  showView(view: GameView, dendrites: boolean, reducedMotion: boolean): boolean {
    const network = networkOf(view);
    if (network) this.update({ network, phase: view.phase, dendrites, reducedMotion, away: awayPlayers(view) });
    return network !== null;
  }

  /** Draws again from the start (the walk replays). */
  replay(): void {
    this.draw(true);
  }

  private draw(force: boolean): void {
    const input = this.input;
    if (!input) return;
    const box = { width: Math.floor(this.map.clientWidth), height: Math.floor(this.map.clientHeight) };
    if (box.width < 50 || box.height < 50) return;
    const { network, phase, dendrites, reducedMotion } = input;
    const shot = network.current;
    const key = JSON.stringify([box, phase, dendrites, reducedMotion, input.away ?? [], network.rule, network.widths, network.neurons.map((n) => [n.name, n.playerId, n.weights]), shot?.round, shot?.votes, shot?.coach?.signals]);
    if (key === this.key && !force) return;
    this.key = key;
    const layout = networkLayout(network.widths, box);
    const spoken = SPOKEN.includes(phase) && !!shot?.coach;
    const voting = phase === "vote" && !!shot;
    const walk = spoken ? coachWalk(network) : null;
    const wires = dendrites && network.rule === "feedback-alignment";
    this.el.dataset.phase = phase;
    this.el.dataset.rule = network.rule;
    this.el.dataset.dendrites = String(dendrites);
    this.el.dataset.walk = walk ? walk.mechanism : "none";

    const layers: Element[] = [this.links(input, layout, voting, spoken, wires)];
    if (walk) {
      const ms = stepMs(walk.steps.length);
      walk.steps.forEach((step, k) => {
        const g = svg("svg", { class: "nb-layer nb-step", "aria-hidden": "true", viewBox: `0 0 ${box.width} ${box.height}`, width: box.width, height: box.height, "data-step": k, "data-layer": step.layer });
        if (!reducedMotion) (g).style.animationDelay = `${k * ms}ms`;
        for (const p of step.parts) {
          if (p.width <= 0) continue;
          const d = this.route(layout, p, walk.mechanism === "feedback-wires", dendrites);
          g.append(svg("path", { class: "nb-part", d, "stroke-width": p.width.toFixed(3), stroke: INK.note, "data-to": p.to, "data-i": p.i, "data-part": p.part }));
        }
        layers.push(g);
      });
    }
    layers.push(this.nodes(input, layout, spoken));
    this.map.classList.toggle("nb-still", reducedMotion);
    this.map.style.setProperty("--nb-step-ms", walk ? `${stepMs(walk.steps.length)}ms` : "0ms");
    fill(this.map, ...layers);
    this.fitNames(layout);
    fill(this.caption, ...this.words(input, spoken, voting, walk));
    fill(this.legend, ...this.legendItems(input, voting, spoken, !!walk, wires));
  }

  /** Where a neuron takes in the ball (the base compartment under dendrites, else its centre). */
  private base(layout: MapLayout, n: NeuronSpot, dendrites: boolean): Point {
    return dendrites ? { x: n.x, y: n.y + 0.35 * layout.radius } : n;
  }

  /** Where word about the miss arrives (the top compartment under dendrites, else the centre). */
  private top(layout: MapLayout, n: NeuronSpot, dendrites: boolean): Point {
    return dendrites ? { x: n.x, y: n.y - 0.6 * layout.radius } : n;
  }

  /** A connection's path back from neuron `to` to neuron `from`: straight over the handshake, or arched above it on a separate wire. */
  private route(layout: MapLayout, c: Connection, wire: boolean, dendrites: boolean): string {
    const to = layout.neurons[c.to];
    const from = layout.neurons[c.from];
    const a = wire ? this.top(layout, to, dendrites) : this.base(layout, to, dendrites);
    const b = this.top(layout, from, dendrites);
    if (!wire) return `M${a.x.toFixed(1)} ${a.y.toFixed(1)}L${b.x.toFixed(1)} ${b.y.toFixed(1)}`;
    // The arch rises a third of a column above the higher end, so the wires read as apart from the handshakes.
    const lift = Math.min(a.y, b.y) - layout.labelWidth / 3;
    return `M${a.x.toFixed(1)} ${a.y.toFixed(1)}Q${((a.x + b.x) / 2).toFixed(1)} ${Math.max(4, lift).toFixed(1)} ${b.x.toFixed(1)} ${b.y.toFixed(1)}`;
  }

  /** The handshakes: by weight and sign; during the vote by the votes; once the rule spoke, quiet under its note. */
  private links(input: BoardInput, layout: MapLayout, voting: boolean, spoken: boolean, wires: boolean): SVGSVGElement {
    const { network, dendrites } = input;
    const { width, height } = { width: Math.floor(this.map.clientWidth), height: Math.floor(this.map.clientHeight) };
    const root = svg("svg", { class: "nb-layer nb-links", "aria-hidden": "true", viewBox: `0 0 ${width} ${height}`, width, height });
    const votes = voting ? voteColours(network) : null;
    connectionStrokes(network).forEach((s, k) => {
      const to = layout.neurons[s.to];
      const start = s.from < 0 ? layout.input : (layout.neurons[s.from]);
      const end = this.base(layout, to, dendrites);
      const attrs: Record<string, string | number> = { class: "nb-link", x1: start.x.toFixed(1), y1: start.y.toFixed(1), x2: end.x.toFixed(1), y2: end.y.toFixed(1), "data-to": s.to, "data-i": s.i, "data-weight": s.weight };
      const v = votes?.[k];
      if (v) Object.assign(attrs, { stroke: v.colour, "stroke-width": v.total > 0 ? 3 + 2 * v.total : 1.5, "data-firmer": v.firmer, "data-looser": v.looser, "data-colour": v.colour }, v.total > 0 ? { "data-voted": "true" } : {});
      else Object.assign(attrs, { stroke: spoken ? INK.quiet : s.sign === "negative" ? INK.minus : INK.plus, "stroke-width": s.width.toFixed(2), "data-sign": s.sign });
      root.append(svg("line", attrs));
    });
    // Voted handshakes on top of the others, so a vote is never hidden under a crossing line.
    if (votes) for (const line of [...root.querySelectorAll("line[data-voted]")]) root.append(line);
    if (wires) {
      // Feedback alignment's separate wires, each from a neuron's top back to the top of one before it.
      for (const s of connectionStrokes(network)) if (s.from >= 0) root.append(svg("path", { class: "nb-wire", d: this.route(layout, s, true, true), stroke: INK.wire }));
    }
    return root;
  }

  /** The neurons with their names, marks for bots and for each neighbourhood's vote, and the distance. */
  private nodes(input: BoardInput, layout: MapLayout, spoken: boolean): SVGSVGElement {
    const { network, dendrites } = input;
    const { width, height } = { width: Math.floor(this.map.clientWidth), height: Math.floor(this.map.clientHeight) };
    const root = svg("svg", { class: "nb-layer nb-nodes", role: "img", viewBox: `0 0 ${width} ${height}`, width, height });
    const r = layout.radius;
    const font = Math.max(NAME_PX.min, Math.min(NAME_PX.max, r * 0.75));
    const distance = svg("g", { class: "nb-input" }, svg("rect", { x: layout.input.x - r * 0.6, y: layout.input.y - r * 0.6, width: r * 1.2, height: r * 1.2, rx: 4 }), svg("text", { class: "nb-name", x: layout.input.x, y: layout.input.y + r + font, "font-size": font }, t("network.distance")));
    root.append(distance);
    // Marks only where the rule scored a vote (never under trial and error or fire together), in its own words.
    const matches = new Map(spoken ? scoredMatches(network).map((m) => [m.seat, m]) : []);
    const compare = dendrites && network.rule === "activity-difference";
    const awayIds = new Set(input.away ?? []);
    const away = awayCount(input);
    root.setAttribute("aria-label", t("network.board.label", { layers: network.widths.length, neurons: network.neurons.length, away }));
    const markPx = Math.max(MARK_PX.min, Math.min(MARK_PX.max, r * MARK_PX.perRadius));
    for (const spot of layout.neurons) {
      const n = network.neurons[spot.seat];
      if (!n) continue;
      const bot = n.playerId === null;
      // Away: a bot plays the seat until its person comes back, so it is drawn faded and dashed like a bot's, and says so.
      const gone = n.playerId !== null && awayIds.has(n.playerId);
      const g = svg("g", { class: "nb-neuron", "data-seat": spot.seat, "data-bot": String(bot), ...(gone ? { "data-away": "true" } : {}) });
      // The shapes and the name fade; the word "away" and a vote's mark stay clear.
      const dashes: Record<string, string | number> = gone ? { "stroke-dasharray": "4 3", opacity: AWAY_OPACITY } : {};
      if (dendrites) {
        g.append(
          svg("line", { class: "nb-stalk", x1: spot.x, y1: spot.y - 0.6 * r, x2: spot.x, y2: spot.y + 0.35 * r, ...(gone ? { opacity: AWAY_OPACITY } : {}) }),
          svg("circle", { class: "nb-base", cx: spot.x, cy: spot.y + 0.35 * r, r: 0.6 * r, ...dashes }),
          svg("circle", { class: "nb-top", cx: spot.x, cy: spot.y - 0.6 * r, r: 0.38 * r, ...dashes }),
        );
        if (compare) g.append(svg("text", { class: "nb-compare", x: spot.x + 0.75 * r, y: spot.y - 0.4 * r, "font-size": font }, svg("title", {}, t("network.dendrites.compare")), "≠"));
      } else {
        g.append(svg("circle", { class: "nb-body", cx: spot.x, cy: spot.y, r, ...dashes }));
        // The roster's word for it, across the circle as big as the names (under the circles there is no room
        // for a second line), outlined like them so it reads over the handshakes.
        if (gone) g.append(svg("text", { class: "nb-away", x: spot.x, y: spot.y, "font-size": font, "data-fit": (layout.labelWidth * 0.7).toFixed(1), "dominant-baseline": "central", "text-anchor": "middle", fill: "#ffffff", "font-weight": 700, "paint-order": "stroke", stroke: "#101a33", "stroke-width": 3, "stroke-linejoin": "round" }, t("class.roster.isAway")));
      }
      const name = svg("text", { class: "nb-name", x: spot.x, y: spot.y + r + font, "font-size": font, "data-full": n.name, ...(gone ? { opacity: AWAY_OPACITY + 0.2 } : {}) }, n.name);
      g.append(svg("title", {}, t(bot ? "network.neuron.bot" : gone ? "network.neuron.away" : "network.neuron.person", { name: n.name })), name);
      const m = matches.get(spot.seat);
      if (m) {
        const which = matchKind(m);
        g.dataset.match = which;
        // Left of the circle, level with it, clear of the names (under the circles) and of the layer before; on a
        // crowded map (small circles) it rises just enough that its foot clears this neuron's name.
        const y = Math.min(spot.y, spot.y + r + font * NAME_ASCENT_GAP - markPx * MARK_HALF_HEIGHT - 1);
        g.append(svg("text", { class: `nb-match nb-match-${which}`, x: spot.x - r - 3, y, "font-size": markPx, "dominant-baseline": "central", style: "text-anchor:end" }, svg("title", {}, sayNet(matchSaid(network.rule, m, n.name))), MATCH_MARK[which]));
      }
      root.append(g);
    }
    return root;
  }

  /**
   * Shrinks a name that is too wide for its column, then cuts it short with an ellipsis (the full name
   * stays in the title). Every name is measured in one pass first (a width scales with the type size), so
   * a redraw costs one layout, not one per name.
   */
  private fitNames(layout: MapLayout): void {
    // "away" in another language may be wide: smaller type, never cut.
    for (const word of this.map.querySelectorAll<SVGTextElement>("text.nb-away")) {
      const fit = Number(word.dataset.fit);
      const length = word.getComputedTextLength();
      if (length > fit) word.setAttribute("font-size", (Math.max(6, (Number(word.getAttribute("font-size")) * fit) / length)).toFixed(1));
    }
    const room = layout.labelWidth;
    const texts = [...this.map.querySelectorAll<SVGTextElement>("text.nb-name")];
    const wide = texts.map((text) => ({ text, length: text.getComputedTextLength(), size: Number(text.getAttribute("font-size")) })).filter((n) => n.length > room);
    for (const { text, length, size } of wide) {
      const fits = Math.floor((size * room) / length);
      text.setAttribute("font-size", String(Math.max(NAME_PX.min, Math.min(size, fits))));
    }
    for (const { text } of wide) {
      // Still too wide at the smallest type: cut, starting from the share of characters that should fit.
      const length = text.getComputedTextLength();
      if (length <= room) continue;
      const chars = [...(text.textContent ?? "")];
      let keep = Math.max(1, Math.floor((chars.length * room) / length));
      do text.textContent = `${chars.slice(0, keep).join("").trimEnd()}…`;
      while (text.getComputedTextLength() > room && --keep > 0);
    }
  }

  /** The sentences under the map: the phase's news, the rule's way back, how the neighbourhoods voted, the dendrites. */
  private words(input: BoardInput, spoken: boolean, voting: boolean, walk: ReturnType<typeof coachWalk>): HTMLElement[] {
    const { network, dendrites } = input;
    const shot = network.current;
    const out: HTMLElement[] = [];
    if (input.phase === "summary") out.push(...this.finished(network));
    else if (!shot) out.push(h("p", { class: "nb-status" }, t("network.waiting")));
    if (voting && shot) out.push(h("p", { class: "nb-status", "data-votes": Object.keys(shot.votes).length }, t("network.vote.status", { votes: Object.keys(shot.votes).length })));
    if (spoken) {
      const way = walk ? walk.mechanism : network.rule;
      out.push(h("p", { class: "nb-walk-words", "data-walk-words": way }, t(`network.walk.${way}` as MessageId)));
      if (walk && walk.steps.length > 1) {
        // Fading or growing: the first layer's loudest part against the shooter's, tenfold either way.
        const loudest = (k: number) => Math.max(...(walk.steps[k]?.parts ?? []).map((p) => Math.abs(p.part)));
        const ratio = loudest(walk.steps.length - 1) / loudest(0);
        if (ratio < 0.1) out.push(h("p", { class: "nb-scale", "data-scale": "fading" }, t("network.walk.fading")));
        else if (ratio > 10) out.push(h("p", { class: "nb-scale", "data-scale": "growing" }, t("network.walk.growing")));
      }
      // How the votes matched, in the rule's words; nothing where no vote was held.
      const said = matchSummary(network);
      const matches = scoredMatches(network);
      if (said) out.push(h("p", { class: "nb-matches", "data-right": matches.filter((m) => m.handshakeRight).length, "data-turned": matches.filter((m) => m.directionRight).length, "data-total": matches.length }, sayNet(said)));
    }
    if (dendrites) out.push(h("p", { class: "nb-dendrites", "data-dendrites-note": network.rule }, t(`network.dendrites.${network.rule}` as MessageId)));
    return out;
  }

  /** The summary's words: how the class's shots went (learned, or its hits and closest miss), and how to read the finished map. */
  private finished(network: Network): HTMLElement[] {
    const result = networkResult(network);
    const out: HTMLElement[] = [h("p", { class: "nb-status nb-finished", "data-summary": result.kind, "data-shots": result.shots, "data-hits": result.hits }, sayNet(result.said))];
    if (result.shots > 0) out.push(h("p", { class: "nb-how" }, t("network.summary.how")));
    return out;
  }

  /** The legend for what is on the map now: shapes and words, never colour alone. */
  private legendItems(input: BoardInput, voting: boolean, spoken: boolean, walking: boolean, wires: boolean): HTMLElement[] {
    // A legend line is a message id, or a sentence whose words depend on the rule (the walk's note).
    const item = (kind: string, colour: string, id: MessageId | NetSaid) => h("li", { "data-legend": kind }, h("span", { class: `nb-swatch nb-swatch-${kind}`, style: `--swatch:${colour}`, "aria-hidden": "true" }), typeof id === "string" ? t(id) : sayNet(id));
    const out: HTMLElement[] = [];
    if (voting) {
      out.push(item("firmer", VOTE_COLOURS.firmer, "network.legend.firmer"), item("looser", VOTE_COLOURS.looser, "network.legend.looser"), item("both", voteBlend(0.5), "network.legend.both"), item("none", VOTE_COLOURS.none, "network.legend.none"));
    } else if (spoken) {
      // Once the rule spoke the handshakes are drawn quiet: only its note and the votes' marks need words.
      if (walking) out.push(item("note", INK.note, noteLegend(input.network.rule)));
      const marks = marksLegend(input.network);
      if (marks) out.push(h("li", { "data-legend": "marks" }, sayNet(marks)));
    } else out.push(item("plus", INK.plus, "network.legend.plus"), item("minus", INK.minus, "network.legend.minus"));
    if (wires) out.push(item("wire", INK.wire, "network.legend.wire"));
    if (input.dendrites) out.push(item("base", INK.plus, "network.legend.base"), item("top", INK.note, "network.legend.top"));
    out.push(item("bot", INK.plus, "network.legend.bot"));
    if (awayCount(input) > 0) out.push(item("away", INK.plus, "network.legend.away"));
    return out;
  }
}
