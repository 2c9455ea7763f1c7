import type { GameView, Intent } from "../../shared";
import { ReadAloud } from "../audio/read-aloud";
import { PassSound } from "../audio/sonify";
import { raceSummary } from "../../shared";
import { Sounds } from "../audio/synth";
import { CHAPTERS, type Chapter, chapterById, nextChapter } from "../chapters/chapters";
import { FINALE_RACE, FINALE_ROWS } from "../chapters/finale";
import { doneChapters, resetProgress } from "../chapters/progress";
import { forgetGame, GameRecorder, loadGame, saveGame } from "../chapters/saved-game";
import { LazyCourt } from "../scenes/lazy-court";
import type { GameSource } from "../source/game-source";
import { LocalGame, type LocalGameOptions } from "../source/local-game";
import { accessView, type Helper, OPEN_ACCESS } from "./access-panel";
import { h, required } from "./dom";
import { homeView, introView, welcomeView } from "./home";
import { trapHistory, watchIdle } from "./kiosk";
import { kioskWarning } from "./kiosk-warning";
import { keepFocus } from "./focus-keeper";
import { asLog } from "./live-region";
import { Narrator } from "./narrator";
import { Overlay } from "./overlay";
import { PlayScreen, type Shell } from "./play-screen";
import { loadPrefs, type Prefs, resetPrefs, savePrefs } from "./prefs";
import { type FreePlay, freePlaySettings, settingsForm } from "./settings-form";
import { finaleView } from "./summary";
import { t } from "../../shared/i18n";

/** The phases that play by themselves and end on their clock (the others wait for the learner). */
const MOVING = new Set<GameView["phase"]>(["aim", "pass", "shot", "coach"]);

/** Where the app starts and how it behaves. */
export interface AppOptions {
  kiosk: boolean;
  /** A chapter to open at once (from ?chapter=). */
  chapter?: Chapter;
}

/** The solo app: the start screen, chapters and free play, each game a LocalGame on screen. */
export class App {
  private readonly shell: Shell;
  /** The court, loaded when a game is to be played on it (the start screen's backdrop waits). */
  private readonly court: LazyCourt;
  private readonly prefs: Prefs = loadPrefs();
  private readonly sounds = new Sounds(this.prefs.muted);
  private game: LocalGame | null = null;
  private source: GameSource | null = null;
  private screen: { dispose(): void } | null = null;
  /** True until the first screen opens: a game saved before a reload is resumed then. */
  private booting = true;
  private readonly readAloud = new ReadAloud(this.prefs.readAloud);
  private readonly passSound = new PassSound();
  private readonly narrator: Narrator;
  private stopNarrator: (() => void) | null = null;
  /** Closes the "?" dialog when it is open. */
  private closeAccess: (() => void) | null = null;

  constructor(root: HTMLElement, private readonly options: AppOptions) {
    const q = (sel: string) => required(root, sel);
    this.court = new LazyCourt(q("#court"));
    this.shell = { topbar: q("#topbar"), banner: q("#banner"), panel: q("#panel"), toast: q("#toast"), live: q("#live"), overlay: new Overlay(q("#overlay")), court: this.court };
    this.shell.court.onFirstFrame = () => {
      performance.mark("first-playable-frame");
      document.body.dataset.ready = "1";
    };
    // Browsers start audio only from a gesture.
    const unlock = () => {
      this.sounds.unlock();
      this.passSound.unlock();
    };
    document.addEventListener("pointerdown", unlock, { once: true });
    document.addEventListener("keydown", unlock, { once: true });
    // The story of the game for screen readers (and read aloud when asked): one polite log.
    asLog(this.shell.live);
    this.readAloud.listen(this.shell.live);
    this.narrator = new Narrator(this.shell.live, q("#court"), this.prefs, this.passSound);
    document.addEventListener("keydown", (e) => this.key(e));
    document.addEventListener(OPEN_ACCESS, () => this.access());
    if (options.kiosk) {
      document.body.dataset.kiosk = "1";
      const still = kioskWarning();
      root.append(still.el);
      // A game resumed after a reload, or chapters done, are a visitor's: they count as touched from the start.
      const left = loadGame() !== null || doneChapters().size > 0;
      watchIdle(() => this.nextVisitor(), { busy: () => this.animating(), warn: (s) => still.show(s), touched: left });
      // Back, a back gesture or an edge swipe stays in the game.
      trapHistory();
    }
  }

  /** True while the game plays on by itself (the pass, the shot, the rule's step): a kiosk's visitor may be watching. */
  private animating(): boolean {
    const game = this.game;
    if (!game || this.shell.overlay.open) return false;
    const v = game.view();
    return MOVING.has(v.phase) && !v.paused && v.deadline !== null && v.deadline > game.clock();
  }

  /** A kiosk left idle: the next visitor starts fresh (no progress, no game, sound on, normal speed, no helpers). */
  private nextVisitor(): void {
    resetProgress();
    forgetGame();
    resetPrefs(this.prefs);
    this.sounds.muted = this.prefs.muted;
    this.readAloud.enabled = this.prefs.readAloud;
    this.closeAccess = null;
    this.home();
  }

  /** The app's own keys: ? opens the keys and helpers, Esc closes them, W says where the learner is. */
  private key(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === "INPUT" && (target as HTMLInputElement).type !== "range" || target.tagName === "TEXTAREA" || target.tagName === "SELECT")) return;
    if (e.key === "Escape" && this.closeAccess) {
      e.preventDefault();
      this.closeAccess();
    } else if (e.key === "?" && !this.closeAccess) {
      e.preventDefault();
      this.access();
    } else if (e.key === "Enter" && target instanceof HTMLInputElement && target.type === "range" && this.game?.view().phase === "adjust") {
      // On the dial, Enter is Done (a slider has nothing of its own to do with it).
      e.preventDefault();
      void this.source?.send({ type: "ready" });
    } else if (e.key === "Enter" && !this.shell.overlay.open && !target?.closest("button, a, input, summary")) {
      // The screen's Enter (vote, Done) may open a card that takes the focus in this same key press: the
      // press must not then also activate the card's first button (Home instead of the summary).
      e.preventDefault();
    } else if ((e.key === "w" || e.key === "W") && !this.shell.overlay.open && this.game) {
      e.preventDefault();
      this.narrator.whereAmI(this.game.view(), this.game.me);
    }
  }

  /** Opens the "?" dialog (keys, read aloud, tones, more time) over whatever is on screen. */
  private access(): void {
    if (this.closeAccess) return;
    const toggle = (pref: Helper["pref"]) => {
      this.prefs[pref] = !this.prefs[pref];
      savePrefs(this.prefs);
      this.readAloud.enabled = this.prefs.readAloud;
      this.applyClock();
      const button = document.querySelector(`[data-screen=access] [data-pref=${pref}]`);
      button?.setAttribute("aria-pressed", String(this.prefs[pref]));
      const mark = button?.querySelector(".switch-state");
      if (mark) mark.textContent = this.prefs[pref] ? "✔" : "○";
    };
    const restore = this.shell.overlay.push(
      accessView(this.prefs, this.readAloud.available, {
        toggle,
        whereAmI: () => {
          close();
          if (this.game) this.narrator.whereAmI(this.game.view(), this.game.me);
        },
        close: () => close(),
      }),
      t("solo.access.title"),
    );
    const close = () => {
      this.closeAccess = null;
      restore();
    };
    this.closeAccess = close;
  }

  /** Whether the game on screen waits for the learner: "more time" is on and it is their turn to vote or turn the dial. */
  private untimed(v: GameView): boolean {
    return this.prefs.moreTime && (v.phase === "vote" || v.phase === "adjust");
  }

  /** Runs the game's clock at the learner's speed, or stops it while the game waits for them (more time). */
  private applyClock(): void {
    const game = this.game;
    if (game) game.setSpeed(this.untimed(game.view()) ? 0 : this.prefs.speed);
  }

  /** The view as the learner's panels see it: with more time, their turn has no deadline (the clock is stopped). */
  private relaxed = new WeakMap<GameView, GameView>();
  private shown(v: GameView): GameView {
    if (!this.untimed(v) || v.deadline === null) return v;
    let r = this.relaxed.get(v);
    if (!r) {
      r = { ...v, deadline: null };
      this.relaxed.set(v, r);
    }
    return r;
  }

  /** Opens the start screen (a kiosk's: one big button), with a quiet demo line behind it; or, on the first screen, a game saved before a reload. */
  home(): void {
    if (this.resumeOnBoot()) return;
    this.stop();
    this.play(null, { lineLength: 5, maxRounds: 1, seed: 5 }, 2, false, false);
    // Only a dim backdrop behind the chapter list: Phaser boots at the first touch or key, or when nobody acts.
    this.court.loadSoon();
    if (this.options.kiosk) this.shell.overlay.show(welcomeView(() => this.intro(CHAPTERS.find((c) => !doneChapters().has(c.id)) ?? CHAPTERS[0]), () => this.chapters()), t("solo.overlay.welcome"));
    else this.chapters();
  }

  /** Back from a chapter's card or free play's form: the start screen, and in a kiosk the chapter list the visitor came from. */
  private menu(): void {
    this.home();
    if (this.options.kiosk) this.chapters();
  }

  /** The list of chapters, free play and the classroom. */
  private chapters(): void {
    this.shell.overlay.show(homeView(doneChapters(), (c) => this.intro(c), () => this.freePlay(), this.options.kiosk, () => this.finale()), t("solo.overlay.start"));
  }

  /** Opens a chapter's intro card (or, on the first screen, that chapter's game saved before a reload). */
  intro(c: Chapter): void {
    if (this.resumeOnBoot(c.id)) return;
    this.stop();
    this.play(c, c.settings, c.seat, false, true);
    this.shell.overlay.show(
      introView(c, () => {
        this.shell.overlay.hide();
        void this.source?.send({ type: "start" });
      }, () => this.menu()),
      c.title,
    );
  }

  /** The end of the guided path: every rule raced on the same lines, side by side, and the way to free play. */
  finale(): void {
    const race = raceSummary(FINALE_RACE.settings, FINALE_ROWS.map((r) => r.rule), FINALE_RACE.shots, FINALE_RACE.seeds);
    const hoop = this.game?.view().settings.court.hoopRadius ?? 0.35;
    this.shell.overlay.show(
      finaleView(race, FINALE_RACE.shots, hoop, [
        h("button", { class: "btn secondary", "data-action": "home", onclick: () => this.home() }, t("solo.summary.home")),
        h("button", { class: "btn primary", "data-action": "free-play", "data-autofocus": "", onclick: () => this.freePlay() }, t("solo.home.freePlay")),
      ]),
      t("solo.overlay.finale"),
    );
    // Open at the top: the table, not the buttons under it that took the focus.
    required(document, "#overlay").scrollTop = 0;
  }

  private freePlay(): void {
    this.shell.overlay.show(settingsForm((f) => this.startFree(f), () => this.menu()), t("solo.overlay.freePlay"));
  }

  private startFree(f: FreePlay): void {
    this.stop();
    this.prefs.speed = f.speed;
    this.play(null, freePlaySettings(f, Math.floor(Math.random() * 2 ** 31)), f.seat, true, true);
    this.shell.overlay.hide();
  }

  /** The first screen only: brings back a game saved before a reload (of `chapter`, when one was asked for). */
  private resumeOnBoot(chapter?: string): boolean {
    if (!this.booting) return false;
    this.booting = false;
    const saved = loadGame();
    if (!saved) return false;
    const c = saved.chapter === null ? null : chapterById(saved.chapter);
    const fits = (chapter === undefined || saved.chapter === chapter) && (saved.chapter === null || c !== undefined);
    if (!fits || !this.play(c ?? null, saved.settings, saved.seat, false, true, saved.log)) {
      forgetGame();
      return false;
    }
    this.shell.overlay.hide();
    return true;
  }

  /**
   * Puts a new LocalGame on screen. A recorded game keeps its log on the device (so a reload resumes it);
   * `log` replays a saved one first. False when that log no longer replays (nothing is left on screen).
   */
  private play(chapter: Chapter | null, settings: LocalGameOptions["settings"], seat: number, start: boolean, record: boolean, log: readonly Intent[] = []): boolean {
    const game = new LocalGame({ settings, seat, speed: this.prefs.speed });
    for (const intent of log) {
      if (game.send(intent) !== null) {
        game.dispose();
        return false;
      }
    }
    const recorder = new GameRecorder(game.view(), log, (l) => {
      if (record) saveGame({ v: 1, chapter: chapter?.id ?? null, settings, seat, log: [...l] });
    });
    // Registered before the screen's listener, so the recorder sees every phase change first; then the
    // clock (more time stops it on the learner's turn).
    game.subscribe((v) => recorder.viewed(v));
    game.subscribe(() => this.applyClock());
    const source: GameSource = {
      me: game.me,
      view: () => this.shown(game.view()),
      clock: () => game.clock(),
      subscribe: (l) => game.subscribe((v) => l(this.shown(v))),
      onError: (l) => game.onError(l),
      send: (intent) => recorder.send(intent, (i) => game.send(i)),
      dispose: () => game.dispose(),
    };
    // A recorded game is one the learner plays (a chapter, free play, a resumed game): it needs its court now.
    if (record) this.court.load();
    this.game = game;
    this.source = source;
    this.applyClock();
    // Before the screen, so the story of a phase is told before the screen's own prompt for it.
    this.stopNarrator = this.narrator.watch(source);
    const after = chapter ? nextChapter(chapter.id) : undefined;
    const last = chapter !== null && after === undefined;
    const exits = {
      home: () => this.home(),
      replay: () => (chapter ? this.intro(chapter) : this.freePlay()),
      next: after ? () => this.intro(after) : null,
      finale: last ? () => this.finale() : null,
      speed: () => this.applyClock(),
    };
    // A network is shown as its map, not the court: its screen loads only when a network game opens.
    if (settings.shape === "network") {
      void import("./network-screen").then(({ NetworkScreen }) => {
        if (this.game === game) this.screen = new NetworkScreen(this.shell, source, chapter, this.prefs, this.sounds, exits);
      });
    } else this.screen = new PlayScreen(this.shell, source, chapter, this.prefs, this.sounds, exits);
    // After the screen's own listener has drawn the new panel.
    const stopFocus = game.subscribe((v) => {
      if (!this.shell.overlay.open) keepFocus(this.shell.panel, v.phase);
    });
    const stopStory = this.stopNarrator;
    this.stopNarrator = () => {
      stopStory();
      stopFocus();
    };
    if (start) void source.send({ type: "start" });
    return true;
  }

  private stop(): void {
    this.stopNarrator?.();
    this.stopNarrator = null;
    this.screen?.dispose();
    this.game?.dispose();
    this.screen = null;
    this.game = null;
    this.source = null;
    forgetGame();
  }
}
