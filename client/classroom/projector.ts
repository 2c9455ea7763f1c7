// The host's projector view: the join code, QR code and address big enough for the back of the room,
// the host's controls, a caption in plain words for each phase, every line's board, the racing curves
// and the students list. It fits 1024x768 to 1920x1080 with 1 to 6 lines (test/e2e/projector-fit).
// It reads the GameView and sends host intents; the server and the engine decide everything.
import QRCode from "qrcode";
import { type GameView, type Intent, lineVotes, lobbyLine, networkCaption, networkLobbyLine, projectorCaption, renderCaption, sayNet, shotsTaken, storyOf } from "../../shared";
import type { MessageId } from "../../shared/i18n";
import { t } from "../i18n/i18n";
import { fill, h } from "../ui/dom";
import { Countdown } from "../ui/countdown";
import { CourtStage } from "../scenes/court-stage";
import type { NetworkGame } from "../source/network-game";
import { classSettings } from "./class-settings";
import { classSummary, downloadButton, networkVoteTable } from "./class-summary";
import { labAddress } from "../lab/class-race";
import { joinUrl, onlyThisComputer, reachableJoinUrl } from "./endpoint";
import { glossaryCard } from "./glossary-card";
import { LineBoard } from "./line-board";
import { awayPlayers, NetworkBoard } from "../ui/network-board";
import { voteTeller } from "../../shared/game/network-match-words";
import { raceLegend, racingCurves } from "./racing-curves";
import { roster } from "./roster";
import { toast, toastRefusal } from "./toast";
import "./projector.css";
import "./network-projector.css";

/** Each phase's title on the wall, as a message (read when drawn, in the page's language). */
const PHASE_TITLES: Record<GameView["phase"], MessageId> = {
  lobby: "class.phase.lobby",
  aim: "class.phase.aim",
  pass: "class.phase.pass",
  shot: "class.phase.shot",
  vote: "class.phase.vote",
  coach: "class.phase.coach",
  adjust: "class.phase.adjust",
  summary: "class.phase.summary",
};

/** The step after the shot is the rule's own (only backprop has a coach): its title follows line 1's rule, or says "each line's rule" in a race. */
function phaseTitle(v: GameView): string {
  if (v.paused) return t("class.phase.paused");
  if (v.phase === "coach" && v.network) return storyOf(v.network.rule).words.step;
  if (v.phase === "coach") {
    const rules = new Set(v.lines.map((l) => l.rule));
    return rules.size === 1 ? storyOf(v.lines[0]?.rule ?? "backprop").words.step : t("class.phase.eachRule");
  }
  if (v.phase === "vote") return voteTitle(v);
  return t(PHASE_TITLES[v.phase]);
}

/**
 * The vote's title names what the class guesses: only backprop has a coach, the wires' note and the nudge
 * blame too (in a network, one handshake of each person's own). Lines that vote under different rules each
 * guess their own rule's blame.
 */
export function voteTitle(v: Pick<GameView, "lines" | "network">): string {
  if (v.network) return t("class.phase.voteNetwork", { teller: voteTeller(v.network.rule) ?? "coach" });
  const tellers = new Set(v.lines.filter(lineVotes).map((l) => voteTeller(l.rule) ?? "coach"));
  return t("class.phase.vote", { teller: tellers.size > 1 ? "each" : ([...tellers][0] ?? "coach") });
}

/** Whether boards must be compact (a column tally, one sentence) to fit: three lines or more, or a small screen. */
export function compactBoards(lines: number, width: number, height: number): boolean {
  return lines >= 3 || height < 900 || (lines === 2 && width < 1600);
}

/** The projector page for a class this device hosts. */
export class Projector {
  private readonly join = h("section", { class: "join-card", "aria-label": t("class.join.aria") });
  private readonly state = h("div", { class: "phase-box" });
  private readonly controls = h("div", { class: "controls" });
  private readonly caption = h("p", { class: "caption", role: "status", "aria-live": "polite" });
  private readonly cheer = h("p", { class: "cheer", "aria-live": "assertive", hidden: true });
  private readonly note = h("p", { class: "restart-note", "data-note": "restarted", role: "status", hidden: true }, t("class.restarted"));
  // A region, not a second main: the page (class.html) is the main landmark.
  private readonly boards = h("section", { class: "boards", "aria-label": t("class.boards.aria") });
  /** One canvas over every board, where one Phaser game draws all the lines' courts. */
  private readonly stageEl = h("div", { class: "court-stage", "aria-hidden": "true" });
  private stage: CourtStage | null = null;
  private readonly side = h("aside", { class: "side" });
  private readonly settingsBox = h("div", { class: "settings-box", "data-panel": "settings" });
  private readonly rosterBox = h("div", { class: "roster-box" });
  private readonly raceBox = h("div", { class: "race-box" });
  private readonly glossary = glossaryCard();
  private rosterKey = "";
  private raceKey = "";
  private summaryKey = "";
  private captionKey = "";
  /** The server restarted and this class came back from its log: say so until the host resumes. */
  private restarted = false;
  private lines: LineBoard[] = [];
  /** The class's one network (issue 15): helper B's map instead of the line boards, and its dendrites toggle. */
  private netBoard: NetworkBoard | null = null;
  private dendrites = false;
  private showSettings = false;
  private settingsKey = "";
  private lastPhase = "";
  /** Lines already celebrated for learning (by line and shot), so each "learned it!" shows once. */
  private readonly cheered = new Set<string>();
  private cheerTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly countdown: Countdown;
  private readonly page = h("div", { class: "projector", "data-screen": "projector" });

  constructor(root: HTMLElement, private readonly game: NetworkGame, private readonly endpoint: string) {
    document.body.dataset.role = "projector";
    // One countdown for the whole room, big, beside the phase's title; it stays on the page, so it keeps ticking.
    this.countdown = new Countdown(game, { size: "big" });
    fill(root, this.page);
    this.page.append(h("header", { class: "proj-head" }, this.join, this.state, this.countdown.el, this.controls, this.note), h("div", { class: "caption-bar" }, this.caption, this.cheer), this.boards, this.side, this.settingsBox, this.glossary.el);
    this.side.append(this.raceBox, this.rosterBox);
    void this.renderJoin();
    game.subscribe(() => this.render());
    game.onError((e) => toastRefusal(e, e.message));
    game.onStatus((s) => {
      if (s.kind === "reconnecting") toast(t("class.connection.lost"), "error");
      else if (s.kind === "connected") toast(t("class.connection.back"), "good");
    });
    game.onNotice((n) => {
      if (n.kind !== "restarted") return;
      this.restarted = true;
      this.renderState(this.game.view());
    });
    // A new window size may need compact boards and new court label sizes.
    addEventListener("resize", () => this.render());
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

  /** The QR code and address: the server's Wi-Fi address when this page was opened at localhost. */
  private async renderJoin(): Promise<void> {
    const reachable = await reachableJoinUrl(this.game.code);
    const url = reachable ?? joinUrl(this.game.code);
    const qr = await QRCode.toDataURL(url, { margin: 1, width: 220, errorCorrectionLevel: "M" });
    fill(
      this.join,
      h("img", { class: "qr", src: qr, alt: t("class.join.qrAlt", { url }), "data-url": url }),
      h("div", { class: "join-text" },
        h("p", { class: "join-label" }, t("class.join.code")),
        h("p", { class: "join-code", "data-code": this.game.code }, this.game.code),
        h("p", { class: "join-url" }, url.replace(/^https?:\/\//, "")),
        reachable === null && onlyThisComputer() ? h("p", { class: "small warn" }, t("class.join.localhost")) : null,
      ),
    );
  }

  private render(): void {
    const v = this.game.view();
    document.body.dataset.phase = v.phase;
    document.body.dataset.round = String(v.round);
    const running = v.phase !== "lobby" && v.phase !== "summary";
    // The settings close when a round starts (they never re-open by themselves).
    if (v.phase === "aim" && this.lastPhase !== "aim") this.showSettings = false;
    this.lastPhase = v.phase;
    // During the game the join card shrinks (late joiners can still read it) and the boards get the room.
    this.page.dataset.running = String(running);
    this.page.dataset.phase = v.phase;
    this.page.dataset.lines = String(v.lines.length);
    this.page.dataset.many = String(v.lines.length >= 4);
    this.page.dataset.narrow = String(innerWidth < 1500);
    this.page.dataset.short = String(innerHeight < 900);
    const compact = compactBoards(v.lines.length, innerWidth, innerHeight);
    this.countdown.update();
    this.renderState(v);
    this.renderControls(v);
    this.renderCaption(v);
    if (v.network) {
      this.lines = [];
      this.renderNetwork(v);
    } else if (v.phase === "summary") {
      this.lines = [];
      const summaryKey = JSON.stringify([v.players, v.lines.map((l) => l.history.length)]);
      if (summaryKey !== this.summaryKey) {
        this.summaryKey = summaryKey;
        fill(this.boards, this.stageEl, classSummary(v, this.game.hostKey ? (f) => this.game.report(f) : null));
      }
    } else {
      this.summaryKey = "";
      if (this.lines.length !== v.lines.length || !this.boards.querySelector(".board")) {
        this.netBoard = null;
        delete this.boards.dataset.network;
        this.boards.dataset.count = String(v.lines.length);
        fill(this.boards, this.stageEl);
        // Made once its box is on the page, so Phaser sizes the canvas to it.
        this.stage ??= new CourtStage(this.stageEl);
        const stage = this.stage;
        this.lines = v.lines.map((_, i) => new LineBoard(i, stage));
        this.boards.append(...this.lines.map((b) => b.el));
      }
      this.boards.dataset.compact = String(compact);
      for (const b of this.lines) b.update(v, compact);
    }
    const key = `${v.phase}|${JSON.stringify(v.settings)}|${Object.keys(v.players).length}`;
    this.settingsBox.hidden = !this.showSettings;
    if (this.showSettings) {
      if (key !== this.settingsKey) {
        this.settingsKey = key;
        const shape = v.phase === "lobby" || v.phase === "summary";
        fill(
          this.settingsBox,
          h("div", { class: "settings-head" }, h("h2", {}, t("class.settings.title")), h("button", { class: "btn", "data-action": "close-settings", onclick: () => this.toggleSettings(false) }, t("class.settings.close"))),
          shape ? h("p", { class: "small" }, t("class.settings.reseat")) : h("p", { class: "small" }, t("class.settings.shapeLater")),
          classSettings(v.settings, shape, (settings) => this.send({ type: "configure", settings })),
          this.hostKeyNote(),
        );
      }
    } else {
      this.settingsKey = "";
      fill(this.settingsBox);
    }
    // Each part is redrawn only when what it shows changed: a vote patch must not rebuild the roster
    // and the chart (at 4x CPU throttling every millisecond here delays the tally on the wall).
    // The roster is open in the lobby only (who joined, where they sit); folded, one tap opens it.
    const rosterKey = JSON.stringify([v.players, v.lines.length, v.banned, v.phase === "lobby"]);
    if (rosterKey !== this.rosterKey) {
      this.rosterKey = rosterKey;
      fill(this.rosterBox, roster(v, v.phase === "lobby", (id, name) => {
        if (confirm(t("class.kick.confirm", { name }))) this.send({ type: "kick", player: id });
      }, (name) => this.send({ type: "unban", name })));
    }
    // Lines race on the side while they play; a network's end puts each student's votes there instead.
    const netEnd = !!v.network && v.phase === "summary";
    const raceKey = JSON.stringify([v.round > 0, v.phase === "summary", v.settings.maxRounds, v.lines.map((l) => [l.rule, l.history.length, l.history.at(-1)?.miss]), netEnd ? v.players : null]);
    if (raceKey !== this.raceKey) {
      this.raceKey = raceKey;
      fill(this.raceBox, netEnd ? networkVoteTable(v) : v.round > 0 && v.phase !== "summary" && !v.network ? h("section", { class: "race" }, h("h2", {}, t("class.race.title")), racingCurves(v, 560, 280), raceLegend(v)) : null);
    }
  }

  /** How to run this class from a second device: the host key, shown only when asked for (students see the wall). */
  private hostKeyNote(): HTMLElement | null {
    const key = this.game.hostKey;
    if (!key) return null;
    const out = h("p", { class: "small host-key", "data-host-key": "" });
    const show = h("button", { class: "btn small", type: "button", "data-action": "show-host-key", onclick: () => {
      fill(out, t("class.hostKey.how", { code: this.game.code }), h("code", {}, key));
    } }, t("class.hostKey.show"));
    return h("div", {}, show, out);
  }

  private toggleSettings(open = !this.showSettings): void {
    this.showSettings = open;
    this.render();
  }

  /** The caption in plain words; a line that just learned is cheered once, big. */
  private renderCaption(v: GameView): void {
    if (v.network) return this.renderNetworkCaption(v);
    const captions = projectorCaption(v);
    const key = JSON.stringify(captions);
    if (key === this.captionKey) return;
    this.captionKey = key;
    this.caption.dataset.caption = captions.map((c) => c.id).join(" ");
    fill(this.caption, ...captions.filter((c) => c.id !== "learned").map((c) => h("span", { "data-caption-id": c.id }, `${renderCaption(c)} `)));
    for (const c of captions) {
      if (c.id !== "learned") continue;
      const id = `${String(c.values.line)}@${v.round}`;
      if (this.cheered.has(id)) continue;
      this.cheered.add(id);
      this.cheer.textContent = `🎉 ${renderCaption(c)}`;
      this.cheer.dataset.line = String(c.values.line);
      this.cheer.hidden = false;
      if (this.cheerTimer) clearTimeout(this.cheerTimer);
      this.cheerTimer = setTimeout(() => (this.cheer.hidden = true), 6000);
    }
  }

  /** The network's map (network-board.ts), made once and updated with each view. */
  private renderNetwork(v: GameView): void {
    if (!v.network) return;
    // At the summary the class report's downloads sit under the map (the lines' summary tables are per line).
    const report = v.phase === "summary" && this.game.hostKey ? (f: Parameters<NetworkGame["report"]>[0]) => this.game.report(f) : null;
    const key = `${report !== null}`;
    if (!this.netBoard || !this.boards.contains(this.netBoard.el) || this.boards.dataset.network !== key) {
      this.netBoard ??= new NetworkBoard();
      this.boards.dataset.count = "1";
      this.boards.dataset.network = key;
      fill(
        this.boards,
        this.netBoard.el,
        report
          ? h("div", { class: "row net-report" }, downloadButton(report, "csv", t("class.summary.everyShot"), true), downloadButton(report, "students.csv", t("class.summary.eachStudent"), false), downloadButton(report, "json", t("class.summary.json"), false))
          : null,
      );
    }
    this.netBoard.update({ network: v.network, phase: v.phase, dendrites: this.dendrites, reducedMotion: matchMedia("(prefers-reduced-motion: reduce)").matches, away: awayPlayers(v) });
  }

  /** The dendrites toggle: each neuron drawn with a base (the ball comes in) and a top (word about the miss). */
  private dendritesToggle(): HTMLElement {
    return h("button", { class: "btn", "data-action": "dendrites", "aria-pressed": String(this.dendrites), onclick: () => {
      this.dendrites = !this.dendrites;
      this.render();
    } }, t("network.controls.dendrites"));
  }

  /** The network's caption in the rule's words (shared/game/network-captions.ts). */
  private renderNetworkCaption(v: GameView): void {
    const said = networkCaption(v);
    const key = JSON.stringify(said);
    if (key === this.captionKey) return;
    this.captionKey = key;
    this.caption.dataset.caption = said.map((c) => c.id).join(" ");
    fill(this.caption, ...said.map((c) => h("span", { "data-caption-id": c.id }, `${sayNet(c)} `)));
    if (said.some((c) => c.id === "netplay.caption.learned") && !this.cheered.has(`net@${v.round}`)) {
      this.cheered.add(`net@${v.round}`);
      this.cheer.textContent = `🎉 ${t("netplay.caption.learned")}`;
      this.cheer.hidden = false;
      if (this.cheerTimer) clearTimeout(this.cheerTimer);
      this.cheerTimer = setTimeout(() => (this.cheer.hidden = true), 6000);
    }
  }

  private renderState(v: GameView): void {
    fill(
      this.state,
      h("p", { class: "phase-title", "data-phase": v.phase }, phaseTitle(v)),
      h("p", { class: "phase-sub" }, v.phase === "summary" ? t("class.phase.shotsPlayed", { shots: shotsTaken(v), rounds: v.settings.maxRounds }) : v.round > 0 ? t("class.phase.shotOf", { round: v.round, rounds: v.settings.maxRounds }) : v.network ? networkLobbyLine({ players: v.players, network: v.network }) : lobbyLine(v), v.locked ? h("span", { class: "locked" }, t("class.phase.locked")) : null),
    );
    this.note.hidden = !(this.restarted && v.paused);
  }

  private renderControls(v: GameView): void {
    const b = (label: string, action: string, intent: Intent | (() => void), primary = false) =>
      h("button", { class: `btn${primary ? " primary" : ""}`, "data-action": action, onclick: () => (typeof intent === "function" ? intent() : this.send(intent)) }, label);
    const running = v.phase !== "lobby" && v.phase !== "summary";
    fill(
      this.controls,
      !running ? b(t(v.phase === "summary" ? "class.controls.again" : "class.controls.start"), "start", { type: "start" }, true) : null,
      running ? b(t("class.controls.next"), "next", { type: "next" }, true) : null,
      running && !v.paused ? b(t("class.controls.pause"), "pause", { type: "pause" }) : null,
      running && v.paused ? b(t("class.controls.resume"), "resume", { type: "resume" }, true) : null,
      b(t(v.locked ? "class.controls.unlock" : "class.controls.lock"), "lock", { type: "lock", locked: !v.locked }),
      b(t("class.controls.settings"), "settings", () => this.toggleSettings()),
      b(t("class.controls.words"), "glossary", () => this.glossary.open()),
      // The brain lab in a new tab, with the class's race to compare: this page keeps the class running meanwhile.
      v.phase === "summary"
        ? h("a", { class: "btn", "data-action": "brain-lab", href: labAddress(v.network ? [] : v.lines, this.game.code, new URLSearchParams(location.search).get("lang")), target: "_blank", rel: "noopener" }, t("lab.fromClass.open"))
        : null,
      v.network ? this.dendritesToggle() : null,
      running ? b(t("class.controls.end"), "end", () => {
        if (confirm(t("class.controls.endConfirm"))) this.send({ type: "end" });
      }) : null,
    );
  }
}
