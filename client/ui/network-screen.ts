// A solo game played as one network (a chapter whose settings.shape is "network"): the projector's map of
// the network where the court would be, with the learner's neuron ringed, and the student's network
// controller (neighbours, the vote per handshake, the dials with "follow all") in the panel. Bots sit in
// every other neuron. Like PlayScreen it holds no rule: everything it shows comes from the view.
import "./network-screen.css";
import type { GameView, RuleId } from "../../shared";
import type { Sounds } from "../audio/synth";
import type { Chapter } from "../chapters/chapters";
import { netClosest, netShots } from "../chapters/network-goals";
import { markDone } from "../chapters/progress";
// The network's map and the neighbour controller are the same views the projector and the phones use.
import { NetworkBoard } from "./network-board";
import { type ControllerParts, NetworkController } from "./network-controller";
import type { GameSource } from "../source/game-source";
import { OPEN_ACCESS } from "./access-panel";
import { fill, h } from "./dom";
import { announce, clearLog } from "./live-region";
import { rightInARow, rulesPlayed, shotAgreements } from "../chapters/wire-goals";
import { myWireWords, ruleSwitch, wireGauge, wireWords } from "./wire-panel";
import type { Exits, Shell } from "./play-screen";
import { prefersReducedMotion, type Prefs } from "./prefs";
import { fixed } from "../format";
import { t } from "../../shared/i18n";
import { showGoalBanner } from "./goal-banner";

/** Phases that are an animation the learner may skip. */
const ANIMATED = ["aim", "pass", "shot", "coach"];
/** How long each animated phase stays with reduced motion, ms (the coach's walk is shown whole at once). */
const REDUCED_MOTION_MS: Record<string, number> = { aim: 400, pass: 700, shot: 700, coach: 1500 };

/** One solo game of a network on screen. */
export class NetworkScreen {
  private readonly board = new NetworkBoard();
  private readonly controller: NetworkController;
  private readonly parts: ControllerParts = {
    head: h("div", { class: "ctl-head" }),
    neuron: h("div", { class: "ctl-neuron" }),
    body: h("div", { class: "ctl-body" }),
  };
  private readonly skip = h("div", { class: "net-solo-skip" });
  /** The chapter's own panel (the wires' gauge, the rule switch), redrawn when the shots, the rule or the phase change. */
  private readonly extra = h("div", { class: "net-solo-extra" });
  private extraKey = "";
  /** Jumping ahead: every view on the way is skipped, and the screen is drawn once at the end. */
  private forwarding = false;
  private readonly stage: HTMLElement;
  private readonly meStyle = h("style", {});
  /** On the map: whether my wire pointed the right way on the last shot (the wires' chapter). */
  private readonly badge = h("p", { class: "net-wire-badge", "aria-hidden": "true" });
  private readonly stops: (() => void)[] = [];
  private dendrites: boolean;
  private reached = false;
  private phaseKey = "";

  constructor(
    private readonly shell: Shell,
    private readonly source: GameSource,
    private readonly chapter: Chapter | null,
    private readonly prefs: Prefs,
    sounds: Sounds,
    private readonly exits: Exits,
  ) {
    void sounds;
    // The controller needs only send() and the clock (its countdowns): a solo source has both.
    // The app's narrator speaks the network's sentences into the page's live region (read-aloud hears it there).
    this.controller = new NetworkController(source, false);
    this.dendrites = chapter?.dendrites ?? false;
    document.body.dataset.screen = "network";
    this.stage = h("div", { class: "net-stage", role: "region", "aria-label": t("chapters.network.board") }, this.badge, this.board.el, this.meStyle);
    document.getElementById("stage")?.prepend(this.stage);
    fill(shell.panel, h("div", { class: "net-solo", "data-panel": "network" }, this.skip, this.extra, this.parts.head, this.parts.neuron, this.parts.body));
    fill(shell.banner);
    this.stops.push(source.subscribe((v) => this.render(v)));
    this.stops.push(source.onError((e) => this.toast(e.message)));
    const onKey = (e: KeyboardEvent) => this.key(e);
    document.addEventListener("keydown", onKey);
    this.stops.push(() => document.removeEventListener("keydown", onKey));
    // Enter on a dial is Done: the controller's own Done sends the last turn first (the app's Enter would
    // send "ready" alone, and a turn still waiting to be sent would then be refused).
    const onEnter = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== "Enter" || !(target instanceof HTMLInputElement) || target.type !== "range" || !shell.panel.contains(target)) return;
      const done = shell.panel.querySelector<HTMLButtonElement>("[data-action=done]");
      if (!done) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      done.click();
    };
    document.addEventListener("keydown", onEnter, true);
    this.stops.push(() => document.removeEventListener("keydown", onEnter, true));
    const first = source.view();
    this.reached = chapter ? chapter.goal.reached(first, source.me) : false;
    // A reload with the goal already reached and its last shot still to play shows the goal's banner again.
    if (this.reached && first.phase !== "lobby" && first.phase !== "summary") this.goalReached(first);
    this.render(first);
  }

  /** Stops listening and takes the map away; the source is disposed by its owner. */
  dispose(): void {
    for (const s of this.stops) s();
    this.stage.remove();
    fill(this.shell.toast);
    fill(this.shell.banner);
    delete document.body.dataset.screen;
    delete document.body.dataset.banner;
  }

  /** My seat in the network, or -1. */
  private seat(v: GameView): number {
    return this.source.me !== null ? (v.players[this.source.me]?.seat ?? -1) : -1;
  }

  /** The view with my neuron named in the page's language (the solo learner joins as "You" whatever the language). */
  private withMyName(v: GameView): GameView {
    const me = this.source.me;
    const p = me !== null ? v.players[me] : undefined;
    if (me === null || !p || !v.network) return v;
    const name = t("chapters.network.you");
    return {
      ...v,
      players: { ...v.players, [me]: { ...p, name } },
      network: { ...v.network, neurons: v.network.neurons.map((n) => (n.playerId === me ? { ...n, name } : n)) },
    };
  }

  private render(view: GameView): void {
    if (this.forwarding) return;
    const v = this.withMyName(view);
    document.body.dataset.phase = v.phase;
    document.body.dataset.round = String(v.round);
    const seat = this.seat(v);
    // My neuron wears a ring on the map (the board draws every neuron alike; it is redrawn on resize).
    this.meStyle.textContent = `.net-stage .nb-neuron[data-seat="${seat}"] :is(.nb-body, .nb-base) { stroke: var(--you); stroke-width: 5; stroke-dasharray: none; }`;
    this.stage.dataset.me = String(seat);
    this.board.showView(v, this.dendrites, prefersReducedMotion());
    if (this.chapter && !this.reached && this.chapter.goal.reached(v, this.source.me)) {
      this.reached = true;
      markDone(this.chapter.id);
      this.goalReached(v);
    }
    this.topbar(v);
    this.extraPanel(v, seat);
    this.wireBadge(v, seat);
    const me = this.source.me;
    const p = me !== null ? v.players[me] : undefined;
    if (me !== null && p) this.controller.render(v, me, p, this.parts);
    const key = `${v.round}:${v.phase}:${v.paused}`;
    if (key === this.phaseKey) return;
    this.phaseKey = key;
    this.skipRow(v);
    if (v.phase === "summary") this.summary(v);
    this.cutShort(v, key);
  }

  /** The chapter's own panel: the wires' gauge and the jump ahead, or the rule switch; redrawn only when what it shows changed. */
  private extraPanel(v: GameView, seat: number): void {
    const c = this.chapter;
    const key = `${v.network?.history.length ?? 0}:${v.network?.rule ?? ""}:${v.phase}:${v.round}:${this.reached}`;
    if (!c || key === this.extraKey) return;
    this.extraKey = key;
    const focused = this.extra.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
    const again = focused ? (focused.dataset.action ? `[data-action="${focused.dataset.action}"]` : focused.dataset.rule ? `[data-rule="${focused.dataset.rule}"]` : null) : null;
    const playing = v.phase !== "lobby" && v.phase !== "summary";
    const n = c.fastForward;
    const parts: HTMLElement[] = [];
    // Once the goal is reached the chapter ends a shot later: no more jumps.
    if (n) parts.push(wireGauge(v, seat, playing && !this.reached ? { n, go: () => this.forward(n) } : null));
    // The rule speaks as the coach's phase begins: switching is open before it and after it, never during its walk.
    if (c.ruleSwitch) parts.push(ruleSwitch(v, c.ruleSwitch, playing && v.phase !== "coach" ? (rule) => this.chooseRule(rule) : null));
    fill(this.extra, ...parts);
    if (again) this.extra.querySelector<HTMLElement>(again)?.focus();
  }

  /** The badge on the map: my wire the right way (✓) or the wrong way (✗) on the last shot; empty outside the wires' chapter or before a shot. */
  private wireBadge(v: GameView, seat: number): void {
    const mine = this.chapter?.fastForward ? (shotAgreements(v).at(-1)?.neurons[seat] ?? 0) : 0;
    this.badge.dataset.mine = String(mine);
    this.badge.textContent = mine === 0 ? "" : `${mine > 0 ? "✓" : "✗"} ${myWireWords(v, seat)}`;
  }

  /** The network's rule from the next time it speaks (the learner is the host of a solo game). */
  private chooseRule(rule: RuleId): void {
    void this.source.send({ type: "configure", settings: { rules: [rule] } });
  }

  /**
   * Plays `n` shots at once without animations: every phase moved on as the host would ("next"), the bots
   * and my untouched dials following the rule, until n more shots are told (or the goal is reached), then
   * stops at the dials. The live log gets one sentence for the jump, not one per phase on the way.
   */
  private forward(n: number): void {
    const me = this.source.me;
    const start = this.source.view();
    const target = netShots(start).length + n;
    this.forwarding = true;
    try {
      for (let guard = 0; guard < 8 * n + 16; guard++) {
        const v = this.source.view();
        if (v.phase === "lobby" || v.phase === "summary") break;
        if (v.phase === "adjust" && netShots(v).length > netShots(start).length && (netShots(v).length >= target || (this.chapter?.goal.reached(v, me) ?? false))) break;
        if (this.source.send({ type: "next" }) !== null) break;
      }
    } finally {
      this.forwarding = false;
    }
    const v = this.source.view();
    const done = netShots(v).length - netShots(start).length;
    // Every phase on the way was told into the log in this same task: none of it is read, only the jump.
    clearLog(this.shell.live);
    announce(this.shell.live, [t("chapters.wires.forwarded", { n: done, round: v.round }), ...wireWords(v, this.seat(v))].join(" "));
    this.phaseKey = "";
    this.extraKey = "";
    this.render(v);
    // Focus alone would scroll the panel only as far as the button, the gauge's top out of sight: the panel
    // (not the page, which scrollIntoView would move too) scrolls to the gauge's top.
    const gauge = this.extra.querySelector<HTMLElement>("[data-wire-gauge]");
    if (gauge) this.shell.panel.scrollTop += gauge.getBoundingClientRect().top - this.shell.panel.getBoundingClientRect().top - 4;
    this.extra.querySelector<HTMLElement>("[data-action=fast-forward]")?.focus({ preventScroll: true });
  }

  /** The top bar: home, the chapter and its goal with how far along it is, the shot, and the helpers. */
  private topbar(v: GameView): void {
    const c = this.chapter;
    const focused = this.shell.topbar.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.action : undefined;
    fill(
      this.shell.topbar,
      h("h1", { class: "sr-only" }, t("solo.top.heading", { where: c ? c.title : t("solo.top.freePlay") })),
      h("button", { class: "btn icon", "aria-label": t("solo.top.home"), "data-action": "home", onclick: () => this.exits.home() }, "⌂"),
      h(
        "div",
        { class: "goal", "data-reached": String(this.reached) },
        h("strong", {}, c ? c.title : t("solo.top.freePlay")),
        c ? h("span", {}, this.reached ? t("solo.top.goalReached") : t("solo.top.goal", { goal: c.goal.text })) : null,
        h("span", { class: "small", "data-progress": "" }, c ? `${c.goal.progress(v, this.source.me)} · ${t("solo.top.shotOf", { round: v.round, max: v.settings.maxRounds })}` : t("solo.top.shotOf", { round: v.round, max: v.settings.maxRounds })),
      ),
      h("button", { class: "btn icon", "aria-label": t("solo.top.access"), "aria-keyshortcuts": "?", "data-action": "access", onclick: () => document.dispatchEvent(new CustomEvent(OPEN_ACCESS)) }, "?"),
    );
    if (focused) this.shell.topbar.querySelector<HTMLElement>(`[data-action="${focused}"]`)?.focus();
  }

  /** Above the controller: Skip while an animation plays, and the map's dendrites. */
  private skipRow(v: GameView): void {
    const animated = ANIMATED.includes(v.phase) && v.hostId === this.source.me;
    const dendrites = h(
      "button",
      { class: "btn small secondary", type: "button", "data-action": "dendrites", "aria-pressed": String(this.dendrites), onclick: () => this.toggleDendrites(dendrites) },
      t("network.controls.dendrites"),
    );
    fill(
      this.skip,
      dendrites,
      animated ? h("button", { class: "btn secondary", type: "button", "data-action": "skip", "aria-keyshortcuts": "Space", onclick: () => void this.source.send({ type: "next" }) }, t("solo.status.skip")) : null,
    );
  }

  private toggleDendrites(button: HTMLElement): void {
    this.dendrites = !this.dendrites;
    button.setAttribute("aria-pressed", String(this.dendrites));
    this.board.showView(this.withMyName(this.source.view()), this.dendrites, prefersReducedMotion());
  }

  /** Reduced motion: the map shows the walk whole at once, so the animated phases are cut short too. */
  private cutShort(v: GameView, key: string): void {
    if (!ANIMATED.includes(v.phase) || v.hostId !== this.source.me || !prefersReducedMotion()) return;
    const timer = setTimeout(() => {
      if (this.phaseKey === key) void this.source.send({ type: "next" });
    }, REDUCED_MOTION_MS[v.phase] ?? 600);
    this.stops.push(() => clearTimeout(timer));
  }

  /** The goal is reached: a slim banner with the way on, and the chapter ends one shot later (as PlayScreen does). */
  private goalReached(v: GameView): void {
    if (this.chapter) showGoalBanner(this.shell, this.source, this.chapter, this.exits, v, (text) => announce(this.shell.live, text));
  }

  /** The end: the takeaway (or the goal still to reach), the shots and the votes, and the ways on. */
  private summary(v: GameView): void {
    const me = this.source.me;
    const p = me !== null ? v.players[me] : undefined;
    const closest = netClosest(v);
    const actions = [
      h("button", { class: "btn secondary", "data-action": "home", onclick: () => this.exits.home() }, t("solo.summary.home")),
      h("button", { class: "btn secondary", "data-action": "replay", onclick: () => this.exits.replay() }, t("solo.summary.again")),
    ];
    if (this.exits.next) actions.push(h("button", { class: "btn primary", "data-action": "next-chapter", onclick: this.exits.next }, t("solo.summary.next")));
    else if (this.exits.finale && this.reached) actions.push(h("button", { class: "btn primary", "data-action": "finale", "data-autofocus": "", onclick: this.exits.finale }, t("solo.summary.finale")));
    const ch = this.chapter;
    this.shell.overlay.show(
      h(
        "div",
        { class: "card-box", "data-screen": "summary" },
        h("h2", {}, t("student.summary.title")),
        ch ? h("p", { class: this.reached ? "good" : "" }, this.reached ? `✔ ${ch.takeaway}` : t("solo.summary.notYet", { goal: ch.goal.text })) : null,
        h("p", { "data-summary": ch?.fastForward ? "wires" : ch?.ruleSwitch ? "dendrites" : "network" }, this.summaryWords(v, closest, p?.blameRight ?? 0, p?.choiceVotes ?? 0)),
        h("div", { class: "row" }, ...actions),
      ),
      t("solo.overlay.summary"),
    );
  }

  /** The summary's sentence: the chapter's own (the wires, the doors) or the network's (the right handshake of the votes that had one to pick). */
  private summaryWords(v: GameView, closest: number, right: number, votes: number): string {
    const ch = this.chapter;
    const shots = netShots(v).length;
    const distance = Number.isFinite(closest) ? fixed(closest, 2) : "—";
    if (ch?.fastForward) return t("chapters.wires.summary", { shots, streak: rightInARow(v, this.source.me) });
    if (ch?.ruleSwitch) return t("chapters.dendrites.summary", { shots, distance, rules: rulesPlayed(v).size });
    return t("chapters.network.summary", { shots, distance, right, votes });
  }

  private toast(text: string): void {
    const el = h("div", { class: "toast error", role: "alert" }, text, h("button", { class: "btn small", onclick: () => el.remove() }, t("solo.toast.ok")));
    this.shell.toast.append(el);
    setTimeout(() => el.remove(), 5000);
  }

  /** Space skips an animation (W, where am I, is the app's: its narrator knows networks). */
  private key(e: KeyboardEvent): void {
    if (this.shell.overlay.open || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === "INPUT" || target.tagName === "BUTTON") && (e.key === "Enter" || e.key === " ")) return;
    const v = this.source.view();
    if (e.key === " " && ANIMATED.includes(v.phase) && v.hostId === this.source.me) {
      e.preventDefault();
      void this.source.send({ type: "next" });
    }
  }
}
