import { type GameView, lineOf } from "../../shared";
import type { Sounds } from "../audio/synth";
import type { Chapter } from "../chapters/chapters";
import { markDone } from "../chapters/progress";
import type { Court } from "../scenes/lazy-court";
import type { GameSource } from "../source/game-source";
import { adjustPanel } from "./adjust-panel";
import type { PanelContext } from "./context";
import { curveChart } from "./curve";
import { fill, h } from "./dom";
import type { Overlay } from "./overlay";
import { prefersReducedMotion, type Prefs, savePrefs } from "./prefs";
import { statusPanel } from "./status-panel";
import { summaryView } from "./summary";
import { renderTopbar } from "./topbar";
import { votePanel } from "./vote-panel";

/** Phases that are an animation the host may skip. */
const ANIMATED = ["aim", "pass", "shot", "coach"];
/** How long each animated phase stays on screen with reduced motion, ms (the coach's cards get longer). */
const REDUCED_MOTION_MS: Record<string, number> = { aim: 400, pass: 700, shot: 700, coach: 1200 };

/** The page's fixed parts the play screen draws into. */
export interface Shell {
  topbar: HTMLElement;
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
  /** Applies a new animation speed to the game's clock (solo only). */
  speed(speed: number): void;
}

/**
 * One game on screen: feeds the court, the top bar and the phase panel from a GameSource, and turns
 * taps and keys into intents. It holds no rule: everything it shows comes from the view.
 */
export class PlayScreen {
  private panelKey = "";
  private reached = false;
  private readonly stops: (() => void)[] = [];

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
    shell.court.onCue = (c) => sounds.play(c);
    this.reached = chapter ? chapter.goal.reached(source.view(), source.me) : false;
    this.render(source.view());
  }

  /** Stops listening; the source is disposed by its owner. */
  dispose(): void {
    for (const s of this.stops) s();
    fill(this.shell.toast);
  }

  private context(view: GameView): PanelContext {
    return { source: this.source, view, me: this.source.me, chapter: this.chapter, say: (t) => this.say(t) };
  }

  private render(view: GameView): void {
    document.body.dataset.phase = view.phase;
    document.body.dataset.round = String(view.round);
    this.shell.court.setModel({ view, me: this.source.me, speed: this.prefs.speed, reducedMotion: prefersReducedMotion(), showValues: this.prefs.showValues });
    if (this.chapter && !this.reached && this.chapter.goal.reached(view, this.source.me)) {
      this.reached = true;
      markDone(this.chapter.id);
      this.goalToast();
    }
    this.topbar(view);
    const key = `${view.round}:${view.phase}:${view.settings.strictness}:${view.paused}`;
    if (key === this.panelKey) return;
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
        this.say(`Shot ${view.round} missed. Vote: who is most to blame?`);
        break;
      case "adjust":
        body = adjustPanel(ctx);
        this.say("The coach has spoken. Adjust your handshake, then press Done.");
        break;
      case "summary":
        body = h("div", { class: "panel-body" }, h("p", {}, "Game over."));
        this.showSummary(view);
        break;
      case "lobby":
        body = h("div", { class: "panel-body" }, h("p", {}, "Ready when you are."), h("button", { class: "btn primary", "data-action": "start", onclick: () => this.source.send({ type: "start" }) }, "Start ▶"));
        break;
      default:
        body = statusPanel(ctx);
    }
    fill(this.shell.panel, body);
  }

  private showCurve(): void {
    const view = this.source.view();
    const line = view.lines[lineOf(view, this.source.me)];
    this.shell.overlay.show(
      h("div", { class: "card-box", "data-screen": "curve" }, h("h2", {}, "The miss, shot by shot"), curveChart(line.history, 320, 160, view.settings.court.hoopRadius, true), h("p", { class: "small" }, "The shaded band is the hoop: a dot inside it went in."), h("button", { class: "btn primary", onclick: () => this.shell.overlay.hide() }, "Back to the game")),
      "Learning curve",
    );
  }

  private showSummary(view: GameView): void {
    const actions = [h("button", { class: "btn secondary", onclick: () => this.exits.home() }, "Home"), h("button", { class: "btn secondary", "data-action": "replay", onclick: () => this.exits.replay() }, "Play again")];
    if (this.exits.next) actions.push(h("button", { class: "btn primary", "data-action": "next-chapter", onclick: this.exits.next }, "Next chapter ▶"));
    const content = summaryView(view, this.source.me, actions);
    if (this.chapter) content.prepend(h("p", { class: this.reached ? "good" : "" }, this.reached ? `✔ ${this.chapter.takeaway}` : `Goal not reached yet: ${this.chapter.goal.text} Try again!`));
    this.shell.overlay.show(content, "Summary");
  }

  private goalToast(): void {
    const ch = this.chapter;
    if (!ch) return;
    const next = this.exits.next;
    fill(
      this.shell.toast,
      h(
        "div",
        { class: "toast good", role: "status", "data-toast": "goal" },
        h("strong", {}, "✔ Goal reached! "),
        h("span", {}, ch.takeaway),
        h("div", { class: "row" }, h("button", { class: "btn secondary", onclick: () => fill(this.shell.toast) }, "Keep playing"), next ? h("button", { class: "btn primary", "data-action": "next-chapter", onclick: next }, "Next chapter ▶") : null),
      ),
    );
    this.say(`Goal reached! ${ch.takeaway}`);
  }

  private toast(text: string, kind: string): void {
    const el = h("div", { class: `toast ${kind}`, role: "alert" }, text, h("button", { class: "btn small", onclick: () => el.remove() }, "OK"));
    this.shell.toast.append(el);
    setTimeout(() => el.remove(), 5000);
  }

  private say(text: string): void {
    this.shell.live.textContent = text;
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
