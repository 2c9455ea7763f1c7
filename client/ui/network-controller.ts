// The student's controller when the class plays as one network: only my neighbours (who hands me the ball
// over which handshake, and whom I pass it on to; DESIGN: nobody sees the whole network), the vote on
// which of my own handshakes carries the blame, the rule's suggestion per handshake in the rule's own
// words, and one dial per handshake plus the excitability, on one phone screen (360x640 with 6 handshakes).
// With "more time" on the vote opens as the ball lands and the dials as the rule's step reaches me
// (shared/game/extra-time.ts takes them then; the class's clocks do not change).
import {
  dialOpen,
  type Direction,
  describeNetworkPhase,
  describeRetry,
  type GameView,
  type InNeighbour,
  type Intent,
  neighbourhood,
  type Neighbourhood,
  netTeller,
  netWaitSaid,
  networkVotes,
  netVoteOpen,
  noVoteAfterHit,
  type Player,
  sayNet,
  changeSize,
  hasChoice,
  type ShownSuggestion,
  shownSuggestions,
  storyOf,
  waitingForTeacher,
} from "../../shared";
import { voteTeller } from "../../shared/game/network-match-words";
import type { NetShotRecord, Network } from "../../shared/game/network-state";
import { studentNetSummary } from "../../shared/game/network-summary";
import { t } from "../i18n/i18n";
import { fill, h } from "./dom";
import { Countdown, type CountdownSource } from "./countdown";
import { choices, decimalsFor, dialFraction, type DialRange, formatChange, formatHandshake, grownRange, NEAR_SPAN, suggesterFor, tapStep } from "./dial";
import { formatMiss, formatValue } from "../format";
import type { GameSource } from "../source/game-source";
import "./network-controller.css";

/** The parts of the student's page this controller draws into (the line controller's own regions). */
export interface ControllerParts {
  head: HTMLElement;
  neuron: HTMLElement;
  body: HTMLElement;
}

/** How long dial turns are gathered into one "adjust" message, ms (a held arrow key must not flood the server). */
const SEND_EVERY_MS = 150;

/** A neighbour's name as shown: its name, or the hoop's distance for layer 0. */
function nameOf(n: InNeighbour): string {
  return n.name ?? t("netplay.in.distance");
}

/** A neighbour's name in a narrow cell: "Distance" for the hoop's (its full name stays in the title). */
function shortName(n: InNeighbour): string {
  return n.name ?? t("netplay.in.distanceShort");
}

/** A suggestion as a cell shows it: its way and size, or no way at all for a change too small to show (as the screen reader says it). */
function suggestionText(c: Pick<ShownSuggestion, "change" | "direction" | "digits" | "size">): string {
  if (c.size === "zero") return t("netplay.coach.none");
  if (c.size === "tiny") return t("netplay.coach.tiny");
  return `${c.direction === "firmer" ? "▲" : "▼"} ${formatChange(c.change, c.digits)}`;
}

/**
 * The word on a suggestion and the follow button's title. Under trial and error the number is not the
 * wiggle but the change the second shot gives it (kept or turned around, and several times its size).
 */
function suggestWords(rule: string): { mark: string; follow: string } {
  if (netTeller(rule) === "wiggle") return { mark: t("netplay.dial.markChange"), follow: t("netplay.adjust.followChange") };
  const s = suggesterFor(rule);
  return { mark: s.mark, follow: s.follow };
}

/** A value as a cell shows it, or a dash before the ball went through. */
function shown(v: number | null): string {
  return v === null ? "—" : formatValue(v);
}

/** One dial's state this round: the value the shot was taken with, the rule's change, what it shows now, and its zoom. */
interface Dial {
  before: number;
  change: number;
  value: number;
  times: number;
}

/** The student's controller in a class played as one network. */
export class NetworkController {
  /** A polite log for screen readers: the network's sentences as each phase begins (shared/game/describe-network). */
  private readonly live = h("div", { class: "sr-only", role: "log", "aria-live": "polite", "data-live": "network" });
  private key = "";
  private spoken = "";
  private round = -1;
  private picked: { handshake: number | null; direction: Direction | null } = { handshake: null, direction: null };
  private dials: Dial[] = [];
  private sendTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * `ownLog`: keep a polite log of the network's sentences (a phone); false where the page's narrator already
   * speaks them (solo). `moreTime`: whether this device opens the vote and the dials early (read at each draw).
   */
  constructor(
    private readonly game: Pick<GameSource, "send"> & CountdownSource,
    private readonly ownLog = true,
    private readonly moreTime: () => boolean = () => false,
  ) {}

  /** Draws my head line, my neighbours and the phase's controls for player `p` (seat = my neuron, layer by layer). */
  render(v: GameView, me: string, p: Player, parts: ControllerParts): void {
    const network = v.network;
    if (!network || !network.neurons[p.seat]) return;
    const hood = neighbourhood(network, p.seat, v.settings.court);
    this.head(v, p, hood, parts.head);
    if (this.ownLog && !this.live.isConnected) parts.body.after(this.live);
    const shot = network.current;
    if (v.round !== this.round) {
      this.round = v.round;
      this.picked = { handshake: null, direction: null };
      this.dials = [];
    }
    const n = network.neurons[p.seat];
    const voted = !!shot?.votes[me];
    const more = this.moreTime();
    const earlyVote = more && v.phase === "shot" && !!shot && !voted && netVoteOpen(v, network);
    const earlyDial = more && v.phase === "coach" && !!shot?.coach && !n.ready && dialOpen(v, network);
    const adjusting = earlyDial || (v.phase === "adjust" && !!shot?.coach && !n.ready && !v.paused);
    const voting = earlyVote || (v.phase === "vote" && !!shot && !v.paused && networkVotes(network) && !voted);
    // Marks the early window: its note shows only there, and the phase's clock is hidden (it is not the class's vote or dial).
    parts.body.dataset.early = earlyVote ? "vote" : earlyDial ? "dial" : "";
    // My own dials hold their value: a patch echoing my adjust must not redraw them under my finger.
    const values = adjusting ? "" : JSON.stringify([hood.incoming.map((x) => [x.value, x.weight]), hood.bias, hood.output, hood.outgoing.map((o) => o.name)]);
    // The vote and the dials stay the same elements from the early window into the class's own (choices, dials and focus kept).
    const mode = adjusting ? "dial" : voting ? "vote" : `${v.phase}|${v.paused}|${voted}|${!!shot?.coach}|${n.ready}|${waitingForTeacher(v)}`;
    const key = `${v.round}|${mode}|${values}|${p.score}`;
    if (key !== this.key) {
      this.key = key;
      parts.neuron.dataset.network = "";
      parts.neuron.setAttribute("aria-label", t("netplay.neighbours.label"));
      if (adjusting && shot?.coach) this.adjust(v, network, shot, hood, me, parts);
      else if (voting && shot) this.vote(network, shot, hood, parts);
      else this.watch(v, network, me, hood, parts);
    }
    const phaseKey = `${v.round}|${v.phase}`;
    if (phaseKey !== this.spoken) {
      this.spoken = phaseKey;
      this.live.replaceChildren(...describeNetworkPhase(v, p.seat).map((s) => h("p", {}, sayNet(s))));
    }
  }

  private head(v: GameView, p: Player, hood: Neighbourhood, el: HTMLElement): void {
    const shooter = hood.outgoing.length === 0;
    fill(
      el,
      h("span", { class: "ctl-name" }, t("student.head.name", { name: p.name })),
      h(
        "span",
        { class: "ctl-seat", "data-seat": p.seat, "data-layer": hood.layer, "data-index": hood.index },
        shooter ? t("netplay.head.shooter") : t("netplay.head.seat", { layer: hood.layer + 1, layers: hood.layers - 1, index: hood.index + 1, width: hood.width }),
      ),
      h("span", { class: "ctl-score", "data-score": p.score }, t("student.head.score", { score: p.score })),
    );
  }

  /** Where my ball goes next: the neighbours after me, or the hoop. */
  private outLine(hood: Neighbourhood): HTMLElement {
    return h(
      "p",
      { class: "net-out", "data-out": hood.outgoing.map((o) => o.seat).join(" ") },
      hood.outgoing.length === 0 ? t("netplay.out.shoot") : t("netplay.out.to", { names: hood.outgoing.map((o) => o.name).join(", ") }),
    );
  }

  /** My excitability and what I passed on, in one line. */
  private meLine(hood: Neighbourhood): HTMLElement {
    return h(
      "p",
      { class: "net-me" },
      h("span", { "data-stat": "bias", "data-value": String(hood.bias) }, `${t("netplay.me.excitability")} `, h("strong", {}, formatValue(hood.bias))),
      h("span", { "data-stat": "output", "data-value": hood.output === null ? "" : String(hood.output) }, `${t("netplay.me.out")} `, h("strong", {}, shown(hood.output))),
    );
  }

  /** My neighbours as a table (what each handed me, and my handshake with it), with the rule's suggestion once it spoke. */
  private table(network: Network, hood: Neighbourhood, withSuggestion: boolean): HTMLElement {
    const s = withSuggestion ? shownSuggestions(network.current, hood.seat) : null;
    const mark = suggestWords(network.rule).mark;
    return h(
      "table",
      { class: "net-table", "data-neighbours": "in" },
      h("caption", {}, s ? t("netplay.coach.legend", { teller: netTeller(network.rule) }) : t("netplay.in.legend")),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("netplay.col.from")), h("th", { scope: "col" }, t("netplay.col.value")), h("th", { scope: "col" }, t("netplay.col.handshake")), s ? h("th", { scope: "col" }, mark) : null)),
      h(
        "tbody",
        {},
        ...hood.incoming.map((x, i) => {
          const c = s?.[i];
          return h(
            "tr",
            { "data-handshake": i, "data-neighbour": x.seat === null ? "distance" : x.seat, "data-value": x.value === null ? "" : String(x.value), "data-weight": String(x.weight) },
            h("th", { scope: "row", class: "net-name", title: nameOf(x) }, shortName(x)),
            h("td", {}, shown(x.value)),
            h("td", { class: "net-weight" }, formatValue(x.weight)),
            c
              ? h(
                  "td",
                  { class: `net-suggest ${c.direction}`, "data-change": String(c.change), "data-size": c.size, "data-most": c.most ? "true" : null },
                  suggestionText(c),
                  // The handshake the rule changed most (the one a vote is scored on): a star, and words for screen readers.
                  c.most ? h("span", { class: "net-most" }, h("span", { "aria-hidden": "true" }, " ★"), h("span", { class: "sr-only" }, ` (${t("netplay.coach.most")})`)) : null,
                )
              : null,
          );
        }),
      ),
    );
  }

  /** Every phase without a control of mine: my neighbours, and what the phase says. */
  private watch(v: GameView, network: Network, me: string, hood: Neighbourhood, parts: ControllerParts): void {
    const shot = network.current;
    const coachSpoke = !!shot?.coach && (v.phase === "coach" || v.phase === "adjust");
    fill(parts.neuron, this.table(network, hood, coachSpoke), this.meLine(hood), this.outLine(hood));
    const story = storyOf(network.rule);
    const waiting = waitingForTeacher(v);
    const miss = shot && v.phase !== "pass" && v.phase !== "aim" ? h("p", { class: "miss", "data-miss": String(shot.miss) }, formatMiss(shot.miss, shot.hit)) : null;
    if (v.paused) return fill(parts.body, h("p", { class: "waiting big-text" }, t("student.wait.paused")));
    if (v.phase === "summary") {
      const p = v.players[me];
      // As a line's student gets: points and votes, with the network's result and my neuron's part in the rule's words.
      const said = p ? studentNetSummary(network, p) : [];
      return fill(
        parts.body,
        h(
          "div",
          { class: "ctl-summary", "data-screen": "student-summary" },
          h("h2", {}, t("student.summary.title")),
          h("p", { class: "big-text" }, t("student.summary.points", { score: p?.score ?? 0 })),
          ...said.map((s) => h("p", { "data-said": s.id }, sayNet(s))),
        ),
      );
    }
    if (v.phase === "vote" && shot) {
      const mine = shot.votes[me];
      const text = !networkVotes(network) ? (shot.hit ? noVoteAfterHit() : story.words.noVote) : story.words.waiting;
      return fill(parts.body, miss, h("p", { class: "waiting", "data-waiting": mine ? "voted" : "no-vote" }, text));
    }
    if ((v.phase === "coach" || v.phase === "adjust") && shot?.coach) {
      const share = shot.coach.shares[hood.seat] ?? 0;
      const blames = story.told === "blame" || story.told === "activity-change";
      // Done early (more time) shows as done at the rule's step too.
      const done = network.neurons[hood.seat]?.ready;
      return fill(
        parts.body,
        miss,
        h("p", { class: "net-story", "data-told": story.told }, shot.hit ? story.words.afterHit : story.words.after),
        this.retry(v, shot, "p"),
        blames && !shot.hit ? this.share(network, share, "p") : null,
        this.voteResult(network, shot, me, hood.seat, "p"),
        done ? h("p", { class: "waiting big-text", "data-waiting": "done" }, t("student.wait.done")) : waiting ? h("p", { class: "waiting", "data-waiting": "teacher" }, t("student.wait.teacher")) : null,
      );
    }
    const text = waiting ? t("student.wait.teacher") : v.phase === "coach" ? `${story.words.step}…` : sayNet(netWaitSaid(v));
    fill(parts.body, h("p", { class: "waiting big-text", "data-waiting": waiting ? "teacher" : v.phase }, text), miss);
  }

  /** My share of what the rule handed out, in its words (the blame, the wires' note, the nudge). */
  private share(network: Network, share: number, tag: "p" | "span"): HTMLElement {
    return h(tag, { class: "net-share", "data-share": String(share) }, t("student.card.shareBy", { share, teller: voteTeller(network.rule) ?? "coach" }));
  }

  /** Trial and error's second shot: where it landed, and so whether everyone keeps their wiggle (nothing under other rules). */
  private retry(v: GameView, shot: NetShotRecord, tag: "p" | "span"): HTMLElement | null {
    const said = describeRetry(shot, v.settings.court)[0];
    return said ? h(tag, { class: "net-retry", "data-retry": String(said.values.kept) }, sayNet(said)) : null;
  }

  /** My vote, scored in the words of the rule that scored it (only once the rule has spoken); with one handshake, only its way. */
  private voteResult(network: Network, shot: NetShotRecord, me: string, seat: number, tag: "p" | "span"): HTMLElement | null {
    const vote = shot.votes[me];
    if (!vote || !("handshakeRight" in vote) || !shot.coach) return null;
    const teller = voteTeller(network.rule) ?? "coach";
    const choice = hasChoice(shot.coach, seat);
    const direction = vote.directionRight ? "right" : "wrong";
    return h(
      tag,
      { class: "net-vote-result", "data-handshake-right": choice ? String(vote.handshakeRight) : "", "data-direction-right": String(vote.directionRight) },
      choice ? t("netplay.vote.result", { handshake: vote.handshakeRight ? "right" : "wrong", direction, teller }) : t("netplay.vote.resultWay", { direction, teller }),
    );
  }

  /** The vote: which of my handshakes carries the blame (my neighbours are the choices) and which way to turn it. */
  private vote(network: Network, shot: NetShotRecord, hood: Neighbourhood, parts: ControllerParts): void {
    // One handshake (every neuron of the first layer): nothing to pick, so only the way is asked; the vote names handshake 0.
    const only = hood.incoming.length === 1 ? hood.incoming[0] : undefined;
    if (only) this.picked.handshake = 0;
    const send = h("button", { class: "btn primary", type: "button", "data-action": "vote", disabled: true, onclick: () => cast() }, t("solo.vote.send"));
    // Each neighbour is a button named by what it shows (name, what it gave, my handshake); the title says what the tap means.
    const rows = hood.incoming.map((x, i) =>
      h(
        "button",
        { class: "btn net-pick", type: "button", "aria-pressed": "false", "data-handshake": i, "data-neighbour": x.seat === null ? "distance" : x.seat, "data-value": x.value === null ? "" : String(x.value), "data-weight": String(x.weight), title: t("netplay.vote.pick", { name: nameOf(x), value: shown(x.value) }), onclick: () => pick({ handshake: i }) },
        h("span", { class: "net-name" }, shortName(x)),
        h("span", { class: "net-gave" }, shown(x.value)),
        h("span", { class: "net-weight" }, formatValue(x.weight)),
      ),
    );
    const dirs = (["firmer", "looser"] as const).map((d) =>
      h("button", { class: `btn dir ${d}`, type: "button", "aria-pressed": "false", "data-direction": d, onclick: () => pick({ direction: d }) }, t(d === "firmer" ? "solo.vote.firmer" : "solo.vote.looser")),
    );
    const refresh = () => {
      rows.forEach((b, i) => b.setAttribute("aria-pressed", String(i === this.picked.handshake)));
      dirs.forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.direction === this.picked.direction)));
      send.disabled = this.picked.handshake === null || this.picked.direction === null;
    };
    const pick = (patch: Partial<typeof this.picked>) => {
      Object.assign(this.picked, patch);
      refresh();
    };
    const cast = () => {
      const { handshake, direction } = this.picked;
      if (handshake === null || direction === null) return;
      this.send({ type: "vote", handshake, direction });
    };
    fill(
      parts.neuron,
      h(
        "fieldset",
        { class: "net-vote", "data-panel": "net-vote", "data-only": only ? "" : null },
        // One handshake: the question is only the way, and the legend says why (its one row shows as already picked).
        h("legend", {}, only ? t("netplay.vote.one") : t("netplay.vote.question", { teller: netTeller(network.rule) })),
        h("div", { class: "net-pick-head", "aria-hidden": "true" }, h("span", {}, t("netplay.col.from")), h("span", {}, t("netplay.col.value")), h("span", {}, t("netplay.col.handshake"))),
        ...rows,
      ),
      this.meLine(hood),
      this.outLine(hood),
    );
    fill(
      parts.body,
      h(
        "div",
        { class: "net-line" },
        h("p", { class: "miss", "data-miss": String(shot.miss) }, formatMiss(shot.miss, shot.hit)),
        // The note takes the clock's place in the early window (classroom.css shows one or the other).
        h("p", { class: "early-note", "data-early": "vote" }, t("student.help.earlyVote")),
        new Countdown(this.game, { label: t("solo.vote.countdown") }).el,
      ),
      // The way and the Vote button side by side: a phone shows six handshakes and all of this without scrolling.
      h("div", { class: "net-send-row" }, h("fieldset", { class: "net-dirs" }, h("legend", {}, t("netplay.vote.way")), h("div", { class: "dirs" }, ...dirs)), send),
    );
    refresh();
  }

  /** After the rule's step: its suggestion on every handshake, "follow all", and one dial per handshake plus the excitability. */
  private adjust(v: GameView, network: Network, shot: NetShotRecord, hood: Neighbourhood, me: string, parts: ControllerParts): void {
    const c = shot.coach;
    if (!c) return;
    const n = network.neurons[hood.seat];
    const beforeW = shot.weights[hood.seat] ?? n.weights;
    const beforeB = shot.biases[hood.seat] ?? n.bias;
    const changes = c.weightChanges[hood.seat] ?? beforeW.map(() => 0);
    const biasChange = c.biasChanges[hood.seat] ?? 0;
    // Untouched dials follow the rule when the phase ends: they show its value, so the readout tells what will happen.
    if (this.dials.length !== beforeW.length + 1) {
      const make = (before: number, change: number, now: number): Dial => ({ before, change, value: n.adjusted ? now : choices(before, change).follow, times: NEAR_SPAN });
      this.dials = [...beforeW.map((b, i) => make(b, changes[i] ?? 0, n.weights[i] ?? b)), make(beforeB, biasChange, n.bias)];
    }
    const mark = suggestWords(network.rule).mark;
    const rows = this.dials.map((d, i) => this.dialRow(d, i, i < beforeW.length ? hood.incoming[i] ?? null : null, mark));
    const setAll = (pick: "follow" | "ignore") => {
      for (const [i, d] of this.dials.entries()) {
        d.value = choices(d.before, d.change)[pick];
        rows[i]?.show();
      }
      this.queueSend();
    };
    fill(
      parts.neuron,
      h(
        "fieldset",
        { class: "net-dials", "data-panel": "net-adjust", "data-rule": network.rule },
        h("legend", {}, t("netplay.coach.legend", { teller: netTeller(network.rule) })),
        ...rows.map((r) => r.el),
      ),
    );
    // The rule's verdict on my vote and my share, in one short line: with more time the dials open as the
    // rule's card comes, so this is the only place such a student sees them.
    const blames = !shot.hit && voteTeller(network.rule) !== null;
    const share = blames ? this.share(network, c.shares[hood.seat] ?? 0, "span") : null;
    const result = this.voteResult(network, shot, me, hood.seat, "span");
    // Trial and error has neither: its second shot's verdict takes the line (what the dials' changes follow).
    const retry = share || result ? null : this.retry(v, shot, "span");
    const verdict = share || result || retry ? h("p", { class: "net-verdict", "data-verdict": "adjust" }, share, share && result ? " · " : null, result, retry) : null;
    // One row under the dials: the clock and the three choices (seven dials, the verdict and this fit 360x640).
    fill(
      parts.body,
      verdict,
      h(
        "div",
        { class: "net-actions" },
        h("p", { class: "early-note", "data-early": "dial" }, t("student.help.earlyDial")),
        new Countdown(this.game, { label: t("solo.adjust.countdown") }).el,
        h("button", { class: "btn", type: "button", "data-action": "follow-all", title: suggestWords(network.rule).follow, onclick: () => setAll("follow") }, t("netplay.adjust.followAll")),
        h("button", { class: "btn", type: "button", "data-action": "keep-all", onclick: () => setAll("ignore") }, t("netplay.adjust.keepAll")),
        h("button", { class: "btn primary", type: "button", "data-action": "done", onclick: () => this.done() }, t("solo.adjust.done")),
      ),
    );
  }

  /** One dial: whose handshake (what they gave), the rule's suggestion, − and +, the slider with the suggestion's mark, and the value. */
  private dialRow(d: Dial, i: number, from: InNeighbour | null, mark: string): { el: HTMLElement; show(): void } {
    const what = from ? t("netplay.dial.handshake", { name: nameOf(from) }) : t("netplay.dial.excitability");
    const kind = from ? "handshake" : "bias";
    const range = (): DialRange => grownRange(d.before, d.change, d.times, d.value).range;
    const input = h("input", { type: "range", step: "any", "aria-label": what, "data-dial": kind, "data-index": i });
    const ghost = h("span", { class: "net-ghost", "aria-hidden": "true" }, "▼");
    const out = h("output", { class: "net-readout" });
    const show = () => {
      const r = range();
      input.min = String(r.min);
      input.max = String(r.max);
      input.value = String(d.value);
      const digits = decimalsFor(r);
      input.setAttribute("aria-valuetext", formatHandshake(d.value, digits));
      ghost.style.insetInlineStart = `${dialFraction(d.before + d.change, r) * 100}%`;
      out.textContent = formatHandshake(d.value, digits);
      out.dataset.value = String(d.value);
    };
    const set = (value: number) => {
      const grown = grownRange(d.before, d.change, d.times, value);
      d.times = grown.times;
      d.value = Math.max(grown.range.min, Math.min(grown.range.max, value));
      show();
      this.queueSend();
    };
    const step = (k: number) => set(d.value + k * tapStep(range()));
    input.addEventListener("input", () => set(Number(input.value)));
    const digits = Math.max(3, decimalsFor(range()));
    const el = h(
      "div",
      { class: `net-dial ${d.change >= 0 ? "firmer" : "looser"}`, "data-dial-row": kind, "data-handshake": from ? i : null },
      h(
        "div",
        { class: "net-dial-head" },
        h("span", { class: "net-name" }, from ? shortName(from) : t("netplay.dial.excitability")),
        from ? h("span", { class: "net-gave" }, shown(from.value)) : null,
        h("span", { class: "net-suggest", "data-change": String(d.change) }, t("netplay.dial.suggest", { mark, change: suggestionText({ change: d.change, direction: d.change >= 0 ? "firmer" : "looser", digits, size: changeSize(d.change, digits) }) })),
      ),
      h(
        "div",
        { class: "net-dial-row" },
        h("button", { class: "btn small step", type: "button", "aria-label": t("netplay.dial.looser", { what }), "data-step": "-1", onclick: () => step(-1) }, "−"),
        h("div", { class: "net-track" }, input, ghost),
        h("button", { class: "btn small step", type: "button", "aria-label": t("netplay.dial.firmer", { what }), "data-step": "1", onclick: () => step(1) }, "+"),
        out,
      ),
    );
    show();
    return { el, show };
  }

  /** Sends every dial at once, a moment after the last turn (turns in between are gathered into one message). */
  private queueSend(): void {
    if (this.sendTimer) return;
    this.sendTimer = setTimeout(() => {
      this.sendTimer = null;
      const weights = this.dials.slice(0, -1).map((d) => d.value);
      const bias = this.dials.at(-1)?.value;
      this.send({ type: "adjust", weights, bias });
    }, SEND_EVERY_MS);
  }

  /** Done: the last turn goes first, then "ready". */
  private done(): void {
    if (this.sendTimer) {
      clearTimeout(this.sendTimer);
      this.sendTimer = null;
      const weights = this.dials.slice(0, -1).map((d) => d.value);
      this.send({ type: "adjust", weights, bias: this.dials.at(-1)?.value });
    }
    this.send({ type: "ready" });
  }

  private send(intent: Intent): void {
    void this.game.send(intent);
  }
}
