import { type GameView, handEffect, type HandEffect, lineOf, type ShotRecord, storyOf } from "../../shared";
import type { Sounds } from "../audio/synth";
import type { Chapter } from "../chapters/chapters";
import { markDone } from "../chapters/progress";
import type { Court } from "../scenes/lazy-court";
import type { GameSource } from "../source/game-source";
import { adjustPanel } from "./adjust-panel";
import type { PanelContext } from "./context";
import { curveChart, hasCurve } from "./curve";
import { suggesterFor } from "./dial";
import { fill, h, svg } from "./dom";
import { announce } from "./live-region";
import type { Overlay } from "./overlay";
import { prefersReducedMotion, type Prefs, savePrefs } from "./prefs";
import { statusPanel } from "./status-panel";
import { summaryView } from "./summary";
import { renderTopbar } from "./topbar";
import { votePanel } from "./vote-panel";
import { fixed, formatMiss } from "../format";
import { t } from "../../shared/i18n";
import { showGoalBanner } from "./goal-banner";

/** Phases that are an animation the host may skip. */
const ANIMATED = ["aim", "pass", "shot", "coach"];
/** How long each animated phase stays on screen with reduced motion, ms (the coach's cards get longer). */
const REDUCED_MOTION_MS: Record<string, number> = { aim: 400, pass: 700, shot: 700, coach: 1200 };
/**
 * A double tap: a tap that changed the phase, then another within this many ms. The second lands on
 * whatever the new panel put where the first finger was (Skip where Vote was): it is ignored.
 */
export const TAP_GUARD_MS = 400;

/** The page's fixed parts the play screen draws into. */
export interface Shell {
  topbar: HTMLElement;
  /** A slim strip between the top bar and the court for the chapter's goal: it never covers the court. */
  banner: HTMLElement;
  panel: HTMLElement;
  toast: HTMLElement;
  live: HTMLElement;
  overlay: Overlay;
  court: Court;
}

/** Where the play screen can send the learner. */
export interface Exits {
  home(): void;
  replay(): void;
  next: (() => void) | null;
  /** The end of the guided path: the rules side by side (only after the last chapter). */
  finale?: (() => void) | null;
  /** Applies a new animation speed to the game's clock (solo only). */
  speed(speed: number): void;
}

/** Where and when a tap came (CSS px, performance.now ms). */
export interface Tap {
  x: number;
  y: number;
  at: number;
}

/** How near the first tap a second must land to count as the same finger tapping twice, CSS px. */
export const DOUBLE_TAP_PX = 60;

/**
 * Whether `tap` is the second half of a double tap: the phase changed less than TAP_GUARD_MS ago, a tap
 * came just before that change (the tap that caused it, or one racing it), and this one lands where
 * that one did. A deliberate tap elsewhere on the new panel is never lost.
 */
export function isDoubleTap(tap: Tap, last: Tap | null, phaseChangedAt: number): boolean {
  if (!last) return false;
  const soonAfterChange = tap.at - phaseChangedAt < TAP_GUARD_MS;
  const causedIt = last.at <= phaseChangedAt && phaseChangedAt - last.at < TAP_GUARD_MS;
  const samePlace = Math.hypot(tap.x - last.x, tap.y - last.y) <= DOUBLE_TAP_PX;
  return soonAfterChange && causedIt && samePlace;
}

/** The shot before `shot` in a line's history (the one whose suggestion the player answered), if any. */
export function shotBefore(history: readonly ShotRecord[], shot: ShotRecord): ShotRecord | undefined {
  for (let i = history.length - 1; i >= 0; i--) if (history[i].round < shot.round) return history[i];
  return undefined;
}

/** A distance in words a child reads: "6 cm", "1.2 m", "less than 1 cm". */
export function howFar(metres: number): string {
  const m = Math.abs(metres);
  if (m < 0.005) return t("solo.far.tiny");
  if (m < 1) return t("solo.far.cm", { cm: fixed(Math.round(m * 100), 0) });
  return t("solo.far.m", { m: fixed(m, 1) });
}

/** The what-if in a short sentence: what the player's hand did to this shot, against following or ignoring the suggestion. */
export function whatIfSentence(e: HandEffect, mark: string): string {
  const same = (a: number, b: number) => Math.abs(a - b) < 1e-12;
  const compare = (other: { landing: number; miss: number }, what: string) => {
    const d = other.landing - e.actual.landing;
    if (Math.abs(d) < 0.005) return t("solo.whatIf.same", { what });
    const closer = Math.abs(other.miss) < Math.abs(e.actual.miss);
    return t("solo.whatIf.compare", { what, far: howFar(d), way: d > 0 ? "further" : "shorter", closer: closer ? "yes" : "no" });
  };
  if (same(e.chosen, e.suggested) && same(e.chosen, e.kept)) return t("solo.whatIf.still", { mark });
  if (same(e.chosen, e.suggested)) return t("solo.whatIf.followed", { mark, rest: compare(e.ignored, t("solo.whatIf.notTurning")) });
  if (same(e.chosen, e.kept)) return t("solo.whatIf.kept", { rest: compare(e.followed, t("solo.whatIf.following", { mark })) });
  return t("solo.whatIf.own", { rest: compare(e.followed, t("solo.whatIf.followingExactly", { mark })) });
}

/** The what-if strip: the sentence, and a small ruler with where the ball landed, would have landed, and the hoop. */
export function whatIfView(e: HandEffect, mark: string, distance: number): HTMLElement {
  const width = 320;
  const height = 26;
  const pad = 14;
  const floorY = 19;
  const points = [e.actual.landing, e.followed.landing, e.ignored.landing];
  const lo = Math.min(...points);
  const hi = Math.max(...points);
  const margin = Math.max(0.1, (hi - lo) * 0.4);
  // The hoop is drawn when it is near enough to keep the three landings apart; otherwise an arrow points to it.
  const withHoop = Math.abs(distance - (lo + hi) / 2) < Math.max(1, 4 * (hi - lo));
  const min = withHoop ? Math.min(lo, distance) - margin : lo - margin;
  const max = withHoop ? Math.max(hi, distance) + margin : hi + margin;
  const x = (m: number) => pad + ((m - min) / (max - min)) * (width - 2 * pad);
  const ruler = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "what-if-ruler", "aria-hidden": "true" });
  ruler.append(svg("line", { x1: pad, y1: floorY, x2: width - pad, y2: floorY, class: "wi-floor" }));
  if (withHoop) ruler.append(svg("rect", { x: x(distance) - 3, y: floorY - 13, width: 6, height: 13, class: "wi-hoop" }));
  else ruler.append(svg("text", { x: distance > hi ? width - 2 : 2, y: 11, class: "wi-label", "text-anchor": distance > hi ? "end" : "start" }, distance > hi ? t("solo.whatIf.hoopAhead", { far: howFar(distance - hi) }) : t("solo.whatIf.hoopBehind", { far: howFar(lo - distance) })));
  const dot = (m: number, cls: string, label: string | null) => {
    ruler.append(svg("circle", { cx: x(m), cy: floorY, r: 5, class: cls }));
    if (label) ruler.append(svg("text", { x: x(m), y: 10, class: `wi-label ${cls}`, "text-anchor": "middle" }, label));
  };
  dot(e.ignored.landing, "wi-ignored", null);
  // Followed exactly: one dot, the star (the key says the two are the same shot).
  if (Math.abs(x(e.followed.landing) - x(e.actual.landing)) >= 12) dot(e.followed.landing, "wi-followed", "▼");
  dot(e.actual.landing, "wi-actual", "★");
  return h(
    "div",
    { class: "what-if", "data-what-if": "", "data-actual-miss": String(e.actual.miss), "data-followed-miss": String(e.followed.miss), "data-ignored-miss": String(e.ignored.miss) },
    h("p", { class: "what-if-text" }, h("strong", {}, t("solo.whatIf.title")), whatIfSentence(e, mark)),
    ruler,
    h(
      "p",
      { class: "what-if-key small" },
      h("span", { class: "wi-you" }, t("solo.whatIf.you")),
      h("span", { class: "wi-miss" }, ` ${formatMiss(e.actual.miss, e.actual.hit)}`),
      " · ",
      h("span", { class: "wi-mark" }, `▼ ${mark}`),
      h("span", { class: "wi-miss" }, ` ${formatMiss(e.followed.miss, e.followed.hit)}`),
      " · ",
      t("solo.whatIf.untouched"),
      h("span", { class: "wi-miss" }, ` ${formatMiss(e.ignored.miss, e.ignored.hit)}`),
    ),
  );
}

/**
 * One game on screen: feeds the court, the top bar and the phase panel from a GameSource, and turns
 * taps and keys into intents. It holds no rule: everything it shows comes from the view.
 */
export class PlayScreen {
  private panelKey = "";
  private reached = false;
  private readonly stops: (() => void)[] = [];
  /** The last pointer tap, and when the panel last changed phase (performance.now, ms). */
  private lastTap: Tap | null = null;
  private phaseChangedAt = -Infinity;

  constructor(
    private readonly shell: Shell,
    private readonly source: GameSource,
    private readonly chapter: Chapter | null,
    private readonly prefs: Prefs,
    private readonly sounds: Sounds,
    private readonly exits: Exits,
  ) {
    this.stops.push(source.subscribe((v) => this.render(v)));
    this.stops.push(source.onError((e) => this.toast(e.message, "error")));
    const onKey = (e: KeyboardEvent) => this.key(e);
    document.addEventListener("keydown", onKey);
    this.stops.push(() => document.removeEventListener("keydown", onKey));
    // Before any button hears it: a tap right after a tap that changed the phase is a double tap.
    const onTap = (e: MouseEvent) => this.guard(e);
    document.addEventListener("click", onTap, true);
    this.stops.push(() => document.removeEventListener("click", onTap, true));
    shell.court.onCue = (c) => sounds.play(c);
    this.reached = chapter ? chapter.goal.reached(source.view(), source.me) : false;
    fill(shell.banner);
    this.render(source.view());
  }

  /** Stops listening; the source is disposed by its owner. */
  dispose(): void {
    for (const s of this.stops) s();
    fill(this.shell.toast);
    fill(this.shell.banner);
    delete document.body.dataset.banner;
  }

  private context(view: GameView): PanelContext {
    return { source: this.source, view, me: this.source.me, chapter: this.chapter, say: (t) => this.say(t) };
  }

  private guard(e: MouseEvent): void {
    // Only pointer taps (a key's click has detail 0); the tap that closes a card counts as the first.
    if (e.detail === 0) return;
    const tap = { x: e.clientX, y: e.clientY, at: performance.now() };
    const target = e.target as Node | null;
    const onGame = !this.shell.overlay.open && !!target && (this.shell.panel.contains(target) || this.shell.topbar.contains(target) || this.shell.banner.contains(target));
    if (onGame && isDoubleTap(tap, this.lastTap, this.phaseChangedAt)) {
      e.stopImmediatePropagation();
      e.preventDefault();
      return;
    }
    this.lastTap = tap;
  }

  private render(view: GameView): void {
    document.body.dataset.phase = view.phase;
    document.body.dataset.round = String(view.round);
    this.shell.court.setModel({ view, me: this.source.me, speed: this.prefs.speed, reducedMotion: prefersReducedMotion(), showValues: this.prefs.showValues });
    if (this.chapter && !this.reached && this.chapter.goal.reached(view, this.source.me)) {
      this.reached = true;
      markDone(this.chapter.id);
      this.goalReached(view);
    }
    this.topbar(view);
    const key = `${view.round}:${view.phase}:${view.settings.strictness}:${view.paused}`;
    if (key === this.panelKey) return;
    if (!this.panelKey.startsWith(`${view.round}:${view.phase}:`)) this.phaseChangedAt = performance.now();
    this.panelKey = key;
    this.panel(view);
    this.cutShort(view, key);
  }

  /**
   * Reduced motion: the court already shows each animation's end at once, so the animated phases are cut
   * short too (a moment to see the picture, then on), instead of a still picture for their full length.
   */
  private cutShort(view: GameView, key: string): void {
    if (!ANIMATED.includes(view.phase) || view.hostId !== this.source.me || !prefersReducedMotion()) return;
    const timer = setTimeout(() => {
      if (this.panelKey === key) void this.source.send({ type: "next" });
    }, REDUCED_MOTION_MS[view.phase] ?? 600);
    this.stops.push(() => clearTimeout(timer));
  }

  private topbar(view: GameView): void {
    renderTopbar(this.shell.topbar, view, this.source.me, this.chapter, this.prefs, this.reached, {
      home: () => this.exits.home(),
      curve: () => this.showCurve(),
      toggleValues: () => this.setPrefs({ showValues: !this.prefs.showValues }),
      cycleSpeed: () => {
        const speed = this.prefs.speed === 1 ? 2 : this.prefs.speed === 2 ? 4 : 1;
        this.setPrefs({ speed });
        this.exits.speed(speed);
      },
      toggleMute: () => {
        this.setPrefs({ muted: !this.prefs.muted });
        this.sounds.muted = this.prefs.muted;
        this.sounds.unlock();
      },
    });
  }

  private setPrefs(p: Partial<Prefs>): void {
    Object.assign(this.prefs, p);
    savePrefs(this.prefs);
    this.render(this.source.view());
  }

  private panel(view: GameView): void {
    const ctx = this.context(view);
    let body: HTMLElement;
    switch (view.phase) {
      case "vote":
        body = votePanel(ctx);
        // The vote is only held after a miss, under a rule that hands out blame: ask its own question.
        this.say(t("solo.panel.missed", { round: view.round, question: storyOf(view.lines[lineOf(view, this.source.me)]?.rule ?? "backprop").words.vote ?? t("solo.panel.voteFallback") }));
        break;
      case "adjust":
        body = adjustPanel(ctx);
        this.say(t("solo.panel.adjustSay"));
        break;
      case "summary":
        body = h("div", { class: "panel-body" }, h("p", {}, t("solo.panel.gameOver")));
        this.showSummary(view);
        break;
      case "lobby":
        body = h("div", { class: "panel-body" }, h("p", {}, t("solo.panel.ready")), h("button", { class: "btn primary", "data-action": "start", onclick: () => this.source.send({ type: "start" }) }, t("solo.panel.start")));
        break;
      default:
        body = statusPanel(ctx);
    }
    // After the shot, the player sees what their own turn of the dial did: under the shot's result in the
    // vote; after the rule's own story (which comes first) during its step; under the dial and the cards
    // while adjusting (so a hit, which has no vote, still shows it for as long as the dial is out).
    const whatIf = view.phase === "vote" || view.phase === "coach" || view.phase === "adjust" ? this.whatIf(view) : null;
    const head = view.phase === "vote" ? body.querySelector(":scope > .panel-head") : null;
    if (whatIf && head) head.after(whatIf);
    else if (whatIf) body.append(whatIf);
    fill(this.shell.panel, body);
    this.shell.panel.scrollTop = 0;
  }

  /** The what-if strip for my latest shot, when I answered a suggestion before it. */
  private whatIf(view: GameView): HTMLElement | null {
    const me = this.source.me;
    const seat = me !== null ? (view.players[me]?.seat ?? -1) : -1;
    const line = view.lines[lineOf(view, me)];
    const shot = line?.current;
    if (seat < 0 || !shot) return null;
    const before = shotBefore(line.history, shot);
    const effect = before ? handEffect(before, shot, seat, view.settings) : null;
    return effect ? whatIfView(effect, suggesterFor(line.rule).mark, shot.distance) : null;
  }

  private showCurve(): void {
    const view = this.source.view();
    const line = view.lines[lineOf(view, this.source.me)];
    this.shell.overlay.show(
      h(
        "div",
        { class: "card-box", "data-screen": "curve" },
        h("h2", {}, t("solo.curve.title")),
        curveChart(line.history, 320, 160, view.settings.court.hoopRadius, true),
        hasCurve(line.history) ? h("p", { class: "small" }, t("solo.curve.explain")) : null,
        h("button", { class: "btn primary", onclick: () => this.shell.overlay.hide() }, t("solo.curve.back")),
      ),
      t("solo.overlay.curve"),
    );
  }

  private showSummary(view: GameView): void {
    const actions = [h("button", { class: "btn secondary", onclick: () => this.exits.home() }, t("solo.summary.home")), h("button", { class: "btn secondary", "data-action": "replay", onclick: () => this.exits.replay() }, t("solo.summary.again"))];
    if (this.exits.next) actions.push(h("button", { class: "btn primary", "data-action": "next-chapter", onclick: this.exits.next }, t("solo.summary.next")));
    else if (this.exits.finale && this.reached) actions.push(h("button", { class: "btn primary", "data-action": "finale", onclick: this.exits.finale }, t("solo.summary.finale")));
    const content = summaryView(view, this.source.me, actions);
    if (this.chapter) content.prepend(h("p", { class: this.reached ? "good" : "" }, this.reached ? `✔ ${this.chapter.takeaway}` : t("solo.summary.notYet", { goal: this.chapter.goal.text })));
    this.shell.overlay.show(content, t("solo.overlay.summary"));
  }

  /**
   * The chapter's goal is reached: a slim banner above the court (never over it) with the way on, and the
   * chapter ends one shot later (a shot to see it stick) instead of playing on to its last shot.
   */
  private goalReached(view: GameView): void {
    if (this.chapter) showGoalBanner(this.shell, this.source, this.chapter, this.exits, view, (text) => this.say(text));
  }

  private toast(text: string, kind: string): void {
    const el = h("div", { class: `toast ${kind}`, role: "alert" }, text, h("button", { class: "btn small", onclick: () => el.remove() }, t("solo.toast.ok")));
    this.shell.toast.append(el);
    setTimeout(() => el.remove(), 5000);
  }

  private say(text: string): void {
    announce(this.shell.live, text);
  }

  private key(e: KeyboardEvent): void {
    if (this.shell.overlay.open || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === "INPUT" || target.tagName === "BUTTON") && (e.key === "Enter" || e.key === " ")) return;
    const phase = this.source.view().phase;
    if (phase === "vote") {
      this.shell.panel.querySelector("[data-panel=vote]")?.dispatchEvent(new CustomEvent("vote-key", { detail: e.key }));
    } else if (phase === "adjust" && e.key === "Enter") {
      void this.source.send({ type: "ready" });
    } else if (e.key === " " && ANIMATED.includes(phase) && this.source.view().hostId === this.source.me) {
      e.preventDefault();
      void this.source.send({ type: "next" });
    }
  }
}
