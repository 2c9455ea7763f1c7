import { Sounds } from "../audio/synth";
import { type Chapter, nextChapter } from "../chapters/chapters";
import { doneChapters, resetProgress } from "../chapters/progress";
import { LazyCourt } from "../scenes/lazy-court";
import { LocalGame, type LocalGameOptions } from "../source/local-game";
import { required } from "./dom";
import { homeView, introView } from "./home";
import { watchIdle } from "./kiosk";
import { Overlay } from "./overlay";
import { PlayScreen, type Shell } from "./play-screen";
import { loadPrefs, type Prefs } from "./prefs";
import { type FreePlay, freePlaySettings, settingsForm } from "./settings-form";

/** Where the app starts and how it behaves. */
export interface AppOptions {
  kiosk: boolean;
  /** A chapter to open at once (from ?chapter=). */
  chapter?: Chapter;
}

/** The solo app: the start screen, chapters and free play, each game a LocalGame on screen. */
export class App {
  private readonly shell: Shell;
  private readonly prefs: Prefs = loadPrefs();
  private readonly sounds = new Sounds(this.prefs.muted);
  private game: LocalGame | null = null;
  private screen: PlayScreen | null = null;

  constructor(root: HTMLElement, private readonly options: AppOptions) {
    const q = (sel: string) => required(root, sel);
    this.shell = { topbar: q("#topbar"), panel: q("#panel"), toast: q("#toast"), live: q("#live"), overlay: new Overlay(q("#overlay")), court: new LazyCourt(q("#court")) };
    this.shell.court.onFirstFrame = () => {
      performance.mark("first-playable-frame");
      document.body.dataset.ready = "1";
    };
    // Browsers start audio only from a gesture.
    document.addEventListener("pointerdown", () => this.sounds.unlock(), { once: true });
    document.addEventListener("keydown", () => this.sounds.unlock(), { once: true });
    if (options.kiosk) {
      document.body.dataset.kiosk = "1";
      watchIdle(() => {
        resetProgress();
        this.home();
      });
    }
  }

  /** Opens the start screen, with a quiet demo line behind it. */
  home(): void {
    this.stop();
    this.play(null, { lineLength: 5, maxRounds: 1, seed: 5 }, 2, false);
    this.shell.overlay.show(homeView(doneChapters(), (c) => this.intro(c), () => this.freePlay(), this.options.kiosk), "Start");
  }

  /** Opens a chapter's intro card. */
  intro(c: Chapter): void {
    this.stop();
    this.play(c, c.settings, c.seat, false);
    this.shell.overlay.show(
      introView(c, () => {
        this.shell.overlay.hide();
        this.game?.send({ type: "start" });
      }, () => this.home()),
      c.title,
    );
  }

  private freePlay(): void {
    this.shell.overlay.show(settingsForm((f) => this.startFree(f), () => this.home()), "Free play");
  }

  private startFree(f: FreePlay): void {
    this.stop();
    this.prefs.speed = f.speed;
    this.play(null, freePlaySettings(f, Math.floor(Math.random() * 2 ** 31)), f.seat, true);
    this.shell.overlay.hide();
  }

  private play(chapter: Chapter | null, settings: LocalGameOptions["settings"], seat: number, start: boolean): void {
    const game = new LocalGame({ settings, seat, speed: this.prefs.speed });
    this.game = game;
    const after = chapter ? nextChapter(chapter.id) : undefined;
    this.screen = new PlayScreen(this.shell, game, chapter, this.prefs, this.sounds, {
      home: () => this.home(),
      replay: () => (chapter ? this.intro(chapter) : this.freePlay()),
      next: after ? () => this.intro(after) : null,
      speed: (s) => game.setSpeed(s),
    });
    if (start) game.send({ type: "start" });
  }

  private stop(): void {
    this.screen?.dispose();
    this.game?.dispose();
    this.screen = null;
    this.game = null;
  }
}
