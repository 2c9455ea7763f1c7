// The host's projector view: the join code, QR code and address big enough for the back of the room,
// the host's controls, every line's board, the racing curves and the students list. It reads the
// GameView and sends host intents; the server and the engine decide everything.
import QRCode from "qrcode";
import type { GameView, Intent } from "../../shared";
import { fill, h } from "../ui/dom";
import { Countdown } from "../ui/countdown";
import { CourtStage } from "../scenes/court-stage";
import type { NetworkGame } from "../source/network-game";
import { classSettings } from "./class-settings";
import { classSummary } from "./class-summary";
import { joinUrl, onlyThisComputer } from "./endpoint";
import { LineBoard } from "./line-board";
import { raceLegend, racingCurves } from "./racing-curves";
import { roster } from "./roster";
import { toast } from "./toast";

const PHASE_TITLES: Record<GameView["phase"], string> = {
  lobby: "Join the class!",
  aim: "Aim",
  pass: "The pass",
  shot: "The shot",
  vote: "Vote: who is to blame?",
  coach: "The coach walks back",
  adjust: "Adjust your handshakes",
  summary: "The end",
};

/** The projector page for a class this device hosts. */
export class Projector {
  private readonly join = h("section", { class: "join-card", "aria-label": "How to join" });
  private readonly state = h("div", { class: "phase-box" });
  private readonly controls = h("div", { class: "controls" });
  private readonly note = h("p", { class: "restart-note", "data-note": "restarted", role: "status", hidden: true }, "The server restarted. Every seat is kept and phones come back by themselves: press Resume when the class is ready.");
  private readonly boards = h("main", { class: "boards" });
  /** One canvas over every board, where one Phaser game draws all the lines' courts. */
  private readonly stageEl = h("div", { class: "court-stage", "aria-hidden": "true" });
  private stage: CourtStage | null = null;
  private readonly side = h("aside", { class: "side" });
  private readonly settingsBox = h("div", { class: "settings-box" });
  private readonly rosterBox = h("div", { class: "roster-box" });
  private readonly raceBox = h("div", { class: "race-box" });
  private rosterKey = "";
  private raceKey = "";
  private summaryKey = "";
  /** The server restarted and this class came back from its log: say so until the host resumes. */
  private restarted = false;
  private lines: LineBoard[] = [];
  private showSettings = false;
  private settingsKey = "";
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly countdown: Countdown;
  private readonly page = h("div", { class: "projector", "data-screen": "projector" });

  constructor(root: HTMLElement, private readonly game: NetworkGame, private readonly endpoint: string) {
    document.body.dataset.role = "projector";
    // One countdown for the whole room, big, beside the phase's title; it stays on the page, so it keeps ticking.
    this.countdown = new Countdown(game, { size: "big" });
    fill(root, this.page);
    this.page.append(h("header", { class: "proj-head" }, this.join, this.state, this.countdown.el, this.controls, this.note), this.boards, this.side);
    this.side.append(this.rosterBox, this.raceBox, this.settingsBox);
    void this.renderJoin();
    game.subscribe(() => this.render());
    game.onError((e) => toast(e.message, "error"));
    game.onStatus((s) => {
      if (s.kind === "reconnecting") toast("Connection lost: getting the class back…", "error");
      else if (s.kind === "connected") toast("Reconnected ✓", "good");
    });
    game.onNotice((n) => {
      if (n.kind !== "restarted") return;
      this.restarted = true;
      this.renderState(this.game.view());
    });
    this.timer = setInterval(() => this.renderState(this.game.view()), 500);
    this.render();
  }

  /** Stops the clock (the page is closing). */
  dispose(): void {
    clearInterval(this.timer);
    this.countdown.dispose();
  }

  private send(intent: Intent): void {
    void this.game.send(intent);
  }

  private async renderJoin(): Promise<void> {
    const url = joinUrl(this.game.code);
    const qr = await QRCode.toDataURL(url, { margin: 1, width: 220, errorCorrectionLevel: "M" });
    fill(
      this.join,
      h("img", { class: "qr", src: qr, alt: `QR code for ${url}`, "data-url": url }),
      h("div", {},
        h("p", { class: "join-label" }, "Code"),
        h("p", { class: "join-code", "data-code": this.game.code }, this.game.code),
        h("p", { class: "join-url" }, url.replace(/^https?:\/\//, "")),
        onlyThisComputer() ? h("p", { class: "small warn" }, "Tablets cannot reach “localhost”: open this page at the Wi-Fi address the server printed.") : null,
      ),
    );
  }

  private render(): void {
    const v = this.game.view();
    document.body.dataset.phase = v.phase;
    document.body.dataset.round = String(v.round);
    // During the game the join card shrinks (late joiners can still read it) and the boards get the room.
    this.page.dataset.running = String(v.phase !== "lobby" && v.phase !== "summary");
    this.page.dataset.lines = String(v.lines.length);
    this.countdown.update();
    this.renderState(v);
    this.renderControls(v);
    if (v.phase === "summary") {
      this.lines = [];
      const summaryKey = JSON.stringify([v.players, v.lines.map((l) => l.history.length)]);
      if (summaryKey !== this.summaryKey) {
        this.summaryKey = summaryKey;
        fill(this.boards, this.stageEl, classSummary(v, this.game.hostKey ? (f) => this.game.report(f) : null));
      }
    } else {
      this.summaryKey = "";
      if (this.lines.length !== v.lines.length || !this.boards.querySelector(".board")) {
        this.boards.dataset.count = String(v.lines.length);
        fill(this.boards, this.stageEl);
        // Made once its box is on the page, so Phaser sizes the canvas to it.
        this.stage ??= new CourtStage(this.stageEl);
        const stage = this.stage;
        this.lines = v.lines.map((_, i) => new LineBoard(i, stage));
        this.boards.append(...this.lines.map((b) => b.el));
      }
      for (const b of this.lines) b.update(v);
    }
    const between = v.phase === "lobby" || v.phase === "summary" || v.phase === "adjust";
    const key = `${v.phase}|${JSON.stringify(v.settings)}|${Object.keys(v.players).length}`;
    if ((between && this.showSettings) || v.phase === "lobby") {
      if (key !== this.settingsKey) {
        this.settingsKey = key;
        fill(this.settingsBox, classSettings(v.settings, v.phase === "lobby" || v.phase === "summary", (settings) => this.send({ type: "configure", settings })));
      }
    } else {
      this.settingsKey = "";
      fill(this.settingsBox);
    }
    // Each part is redrawn only when what it shows changed: a vote patch must not rebuild the roster
    // and the chart (at 4x CPU throttling every millisecond here delays the tally on the wall).
    const rosterKey = JSON.stringify([v.players, v.lines.length, v.banned]);
    if (rosterKey !== this.rosterKey) {
      this.rosterKey = rosterKey;
      fill(this.rosterBox, roster(v, (id, name) => {
        if (confirm(`Remove ${name} from the class? They cannot come back under that name or from that device until you let them back in.`)) this.send({ type: "kick", player: id });
      }, (name) => this.send({ type: "unban", name })));
    }
    const raceKey = JSON.stringify([v.round > 0, v.settings.maxRounds, v.lines.map((l) => [l.rule, l.history.length, l.history.at(-1)?.miss])]);
    if (raceKey !== this.raceKey) {
      this.raceKey = raceKey;
      fill(this.raceBox, v.round > 0 ? h("section", { class: "race" }, h("h2", {}, "Learning curves"), racingCurves(v, 560, 280), raceLegend(v)) : null);
    }
  }

  private renderState(v: GameView): void {
    fill(
      this.state,
      h("p", { class: "phase-title", "data-phase": v.phase }, v.paused ? "Paused" : PHASE_TITLES[v.phase]),
      h("p", { class: "phase-sub" }, v.round > 0 ? `Shot ${v.round} of ${v.settings.maxRounds}` : `${Object.keys(v.players).length} joined`, v.locked ? h("span", { class: "locked" }, " · locked: no new joins") : null),
    );
    this.note.hidden = !(this.restarted && v.paused);
  }

  private renderControls(v: GameView): void {
    const b = (label: string, action: string, intent: Intent | (() => void), primary = false) =>
      h("button", { class: `btn${primary ? " primary" : ""}`, "data-action": action, onclick: () => (typeof intent === "function" ? intent() : this.send(intent)) }, label);
    const running = v.phase !== "lobby" && v.phase !== "summary";
    fill(
      this.controls,
      !running ? b(v.phase === "summary" ? "▶ Play again" : "▶ Start", "start", { type: "start" }, true) : null,
      running ? b("Next ▶", "next", { type: "next" }, true) : null,
      running && !v.paused ? b("Pause", "pause", { type: "pause" }) : null,
      running && v.paused ? b("▶ Resume", "resume", { type: "resume" }, true) : null,
      b(v.locked ? "Unlock" : "Lock", "lock", { type: "lock", locked: !v.locked }),
      running ? b("Settings", "settings", () => ((this.showSettings = !this.showSettings), this.render())) : null,
      running ? b("■ End game", "end", { type: "end" }) : null,
    );
  }
}
