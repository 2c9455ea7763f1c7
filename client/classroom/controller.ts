// The student's controller: their own neuron (what came in, handshake, excitability, what went out),
// the vote, the coach's blame card (with a buzz), the dial with the coach's ghost mark, and the score.
// The vote and adjust panels are the solo game's own (client/ui); this only arranges them.
import { type CoachReport, describeNetworkPhase, dialOpen, type Direction, type GameView, lineCaption, type Player, renderCaptions, type RuleStory, sayNet, type ShotRecord, storyOf, studentVotesKind, voteOpen, waitingForTeacher } from "../../shared";
import type { MessageId } from "../../shared/i18n";
import { languagePicker, t, translator } from "../i18n/i18n";
import { fill, h } from "../ui/dom";
import type { PanelContext } from "../ui/context";
import { adjustPanel } from "../ui/adjust-panel";
import { votePanel } from "../ui/vote-panel";
import type { ConnectionStatus, NetworkGame } from "../source/network-game";
import { refusalText } from "../source/network/refusals";
import { toast } from "./toast";
import { ScreenAwake } from "./wake-lock";
import type { NetworkController } from "../ui/network-controller";
import { ReadAloud } from "../audio/read-aloud";
import { loadPrefs, type Prefs, savePrefs } from "../ui/prefs";
import "../ui/access.css";

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const WAITING: Partial<Record<GameView["phase"], MessageId>> = {
  lobby: "student.wait.lobby",
  pass: "student.wait.pass",
  shot: "student.wait.shot",
};

/** What the aim says: where the hoop stands, and whether it just moved (it stays put for the first shots). */
function aimText(v: GameView, line: GameView["lines"][number]): string {
  const last = line.history[line.history.length - 1];
  const distance = Math.round(v.distance * 10) / 10;
  if (last && last.distance !== v.distance) return t("student.aim.moves", { distance });
  return t("student.aim.at", { round: v.round, distance });
}

/** A miss in the page's language: "1.2 m short", "0.4 m long", or a hit (fewer decimals for bigger misses). */
function missText(miss: number, hit: boolean): string {
  const m = Math.abs(miss);
  const digits = hit ? 2 : m >= 10 ? 0 : m >= 1 ? 1 : 2;
  const distance = Math.round(m * 10 ** digits) / 10 ** digits;
  return t(hit ? "student.miss.hit" : miss < 0 ? "student.miss.short" : "student.miss.long", { distance });
}

/** A neuron's value as the page's language writes numbers, short: 3 decimals under 0.1, else 2; tiny or huge ones in e-notation. */
function valueText(v: number): string {
  const a = Math.abs(v);
  if (a !== 0 && (a < 0.001 || a >= 1000)) return v.toExponential(1);
  const digits = a < 0.1 ? 3 : 2;
  return new Intl.NumberFormat(translator().code, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
}

/** A direction with a shape beside the word, so it never depends on colour. */
function directionText(d: Direction): string {
  return t(d === "firmer" ? "student.card.firmer" : "student.card.looser");
}

/** Whether the page has had a tap or click yet (vibration is allowed only after one). */
let tapped = false;
if (typeof document !== "undefined") document.addEventListener("pointerdown", () => (tapped = true), { once: true, capture: true });

/** The line under a card while the teacher holds the game for the class to talk. */
function teacherNote(): HTMLElement {
  return h("p", { class: "waiting", "data-waiting": "teacher" }, t("student.wait.teacher"));
}

/** A student's device during the game. */
export class Controller {
  private readonly head = h("header", { class: "ctl-head" });
  private readonly banner = h("div", { class: "ctl-banner", role: "status", "aria-live": "polite", hidden: true });
  private readonly neuron = h("section", { class: "ctl-neuron", "aria-label": t("student.neuron.label") });
  private readonly body = h("section", { class: "ctl-body" });
  private readonly stops: (() => void)[] = [];
  private bodyKey = "";
  private buzzedRound = -1;
  private readonly awake = new ScreenAwake();
  private net: NetworkController | null = null;
  private netLoading = false;
  /** This device's helpers (the solo game's preferences: a device that reads aloud in solo reads aloud in class too). */
  private readonly prefs: Prefs = loadPrefs();
  private readonly readAloud = new ReadAloud(this.prefs.readAloud);
  /** The caption of my line in the device's language (the projector's words, for anyone who cannot read the board). */
  private readonly caption = h("p", { class: "ctl-caption", "data-caption": "" });
  private readonly helpers = h("div", { class: "ctl-helpers", role: "group", "aria-label": t("student.help.label") });
  /** What was last read aloud: each phase's caption once, each card once. */
  private spokenCaption = "";
  private spokenCard = "";

  constructor(root: HTMLElement, private readonly game: NetworkGame, private readonly out: (reason: "kicked" | "lost", message: string) => void) {
    fill(root, h("div", { class: "controller", "data-screen": "controller" }, h("div", { class: "student-language ctl-language" }, this.helpers, languagePicker()), this.banner, this.head, this.caption, this.neuron, this.body));
    this.renderHelpers();
    this.stops.push(game.subscribe(() => this.render()));
    this.stops.push(game.onError((e) => toast(refusalText(e), "error")));
    this.stops.push(game.onStatus((s) => this.status(s)));
    const st = game.status();
    if (st.kind === "connected" && st.rejoined) this.status(st);
    this.render();
  }

  /** Stops listening (the page shows something else). */
  dispose(): void {
    this.readAloud.enabled = false;
    for (const s of this.stops.splice(0)) s();
    this.awake.dispose();
    this.game.dispose();
  }

  /** The helper switches: read-aloud (only where the browser has a voice) and more time, each kept on this device. */
  private renderHelpers(): void {
    const toggle = (pref: "readAloud" | "moreTime", name: string, what: string | null) =>
      h(
        "button",
        { class: "btn switch small", type: "button", "aria-pressed": String(this.prefs[pref]), "data-pref": pref, title: what, onclick: () => this.toggle(pref) },
        // Its mark (○ off, ✔ on) is drawn by classroom.css from aria-pressed: no words of its own.
        name,
      );
    fill(
      this.helpers,
      this.readAloud.available ? toggle("readAloud", t("solo.access.readAloud"), null) : null,
      toggle("moreTime", t("solo.access.moreTime"), t("student.help.moreTimeWhat")),
    );
  }

  private toggle(pref: "readAloud" | "moreTime"): void {
    this.prefs[pref] = !this.prefs[pref];
    savePrefs(this.prefs);
    const focused = document.activeElement === this.helpers.querySelector(`[data-pref=${pref}]`);
    this.renderHelpers();
    if (focused) this.helpers.querySelector<HTMLElement>(`[data-pref=${pref}]`)?.focus();
    if (pref === "readAloud") {
      this.readAloud.enabled = this.prefs.readAloud;
      // Switched on: say where we are now, so the switch is heard to work.
      this.spokenCaption = "";
      this.spokenCard = "";
    }
    this.bodyKey = "";
    this.render();
  }

  /** Reads the caption once per phase and the rule's card once, in the device's language, when read-aloud is on. */
  private speak(phaseKey: string): void {
    if (!this.readAloud.enabled) return;
    if (phaseKey !== this.spokenCaption && this.caption.textContent) {
      this.spokenCaption = phaseKey;
      this.readAloud.say(this.caption.textContent);
    }
    const card = this.body.querySelector(".blame-card");
    const cardKey = card ? `${phaseKey}|${card.textContent}` : "";
    if (card && cardKey !== this.spokenCard) {
      this.spokenCard = cardKey;
      // The card's lines are separate elements: join them as sentences.
      this.readAloud.say([...card.children].map((c) => c.textContent?.trim()).filter(Boolean).join(". "));
    }
  }

  /** In a network, read-aloud says once per phase what reaches my neuron (the sentences its screen reader log holds). */
  private speakNetwork(v: GameView, seat: number): void {
    const phaseKey = `${v.round}|${v.phase}`;
    if (!this.readAloud.enabled || phaseKey === this.spokenCaption) return;
    const words = describeNetworkPhase(v, seat).map(sayNet).join(" ");
    if (!words) return;
    this.spokenCaption = phaseKey;
    this.readAloud.say(words);
  }

  /** Fetches the one-network controller (most classes play lines: their phones never download it), then draws with it. */
  private loadNetwork(): void {
    if (this.netLoading) return;
    this.netLoading = true;
    void import("../ui/network-controller").then(({ NetworkController }) => {
      // The page may have moved on (kicked, lost) while the file came.
      if (this.stops.length === 0) return;
      // "More time" opens the network's vote and dials early too (shared/game/extra-time.ts).
      this.net = new NetworkController(this.game, true, () => this.prefs.moreTime);
      this.render();
    }, () => {
      // A blip on the school's Wi-Fi: try again shortly (the screen keeps what it showed meanwhile).
      this.netLoading = false;
      setTimeout(() => this.stops.length > 0 && this.render(), 2000);
    });
  }

  private status(s: ConnectionStatus): void {
    if (s.kind === "closed") {
      if (s.reason === "kicked" || s.reason === "lost") this.out(s.reason, s.message);
      return;
    }
    this.banner.hidden = false;
    this.banner.dataset.kind = s.kind;
    this.banner.textContent = t(s.kind === "reconnecting" ? "student.banner.reconnecting" : "student.banner.back");
    document.body.dataset.connection = s.kind === "reconnecting" ? "reconnecting" : "rejoined";
    if (s.kind === "connected") setTimeout(() => (this.banner.hidden = true), 5000);
    this.bodyKey = "";
    this.render();
  }

  private render(): void {
    const v = this.game.view();
    // The screen stays on from the first shot to the summary.
    this.awake.want(v.phase !== "lobby" && v.phase !== "summary");
    const me = this.game.me;
    // No id yet, or not among the players: nothing of mine to show.
    if (me === null) return;
    const p = v.players[me];
    if (!p) return;
    // One network (issue 15): only my neighbours, my handshakes' vote and dials (network-controller.ts).
    if (v.network) {
      document.body.dataset.phase = v.phase;
      if (!this.net) return this.loadNetwork();
      this.net.render(v, me, p, { head: this.head, neuron: this.neuron, body: this.body });
      return this.speakNetwork(v, p.seat);
    }
    this.renderHead(v, p);
    const line = v.lines[p.line];
    const n = line.neurons[p.seat];
    const shot = line.current;
    const cell = (label: string, value: string, key: string, exact: number | null, from?: string) =>
      h("div", { class: "stat", "data-stat": key, "data-value": exact === null ? "" : String(exact) }, h("span", { class: "stat-label" }, label), h("strong", {}, value), from ? h("span", { class: "stat-from" }, from) : null);
    // Only my own numbers: what my left neighbour handed me and what I handed my right neighbour
    // (DESIGN: players know only their neighbours' values until the coach speaks).
    const left = p.seat === 0 ? t("student.neuron.fromStart") : t("student.neuron.from", { seat: p.seat, name: line.neurons[p.seat - 1].name });
    const right = p.seat === line.neurons.length - 1 ? t("student.neuron.toShot") : t("student.neuron.to", { seat: p.seat + 2, name: line.neurons[p.seat + 1].name });
    fill(
      this.neuron,
      cell(t("student.neuron.in"), shot ? valueText(shot.inputs[p.seat]) : "—", "input", shot?.inputs[p.seat] ?? null, left),
      cell(t("student.neuron.handshake"), valueText(n.weight), "weight", n.weight),
      cell(t("student.neuron.excitability"), valueText(n.bias), "bias", n.bias),
      cell(t("student.neuron.out"), shot ? valueText(shot.outputs[p.seat]) : "—", "output", shot?.outputs[p.seat] ?? null, right),
    );
    document.body.dataset.phase = v.phase;
    const captionText = renderCaptions(lineCaption(v, p.line));
    if (this.caption.textContent !== captionText) this.caption.textContent = captionText;
    const phaseKey = `${v.round}|${v.phase}`;
    const voted = !!shot?.votes[me];
    const waiting = waitingForTeacher(v);
    // More time (this device): the vote as soon as the ball lands, the dial as soon as my card is out
    // (shared/game/extra-time.ts takes them then; the class's clocks do not change).
    const more = this.prefs.moreTime;
    const earlyVote = more && v.phase === "shot" && !!shot && !voted && voteOpen(v, line);
    const earlyDial = more && v.phase === "coach" && !!shot?.coach && !n.ready && dialOpen(v, line);
    // The vote panel stays the same element from the early window into the class's vote (choices and focus kept);
    // the dial's own value is shown by the panel, so a turn does not redraw it.
    const mode = v.paused ? "paused" : earlyVote || (v.phase === "vote" && shot) ? `vote|${voted}` : earlyDial ? "card+dial" : v.phase === "adjust" && shot?.coach ? (n.ready ? "done" : more ? "card+dial" : "dial") : `${v.phase}|${!!shot?.coach}|${n.ready}|${waiting}`;
    const key = `${v.round}|${mode}`;
    // Marks the window the body is in: its note shows only there, and the phase's clock is hidden there (it is not the class's vote or dial).
    this.body.dataset.early = earlyVote ? "vote" : earlyDial ? "dial" : "";
    if (key === this.bodyKey) return this.speak(phaseKey);
    this.bodyKey = key;
    const ctx: PanelContext = { source: this.game, view: v, me, chapter: null, say: () => {} };
    const refocus = this.focusedControl();
    if (v.paused) fill(this.body, h("p", { class: "waiting big-text" }, t("student.wait.paused")));
    else if (earlyVote || (v.phase === "vote" && shot)) fill(this.body, earlyVote ? h("p", { class: "early-note", "data-early": "vote" }, t("student.help.earlyVote")) : null, votePanel(ctx));
    else if (mode === "card+dial" && shot?.coach)
      fill(this.body, this.ruleCard(v.round, storyOf(line.rule), shot, shot.coach, me, p.seat), earlyDial ? h("p", { class: "early-note", "data-early": "dial" }, t("student.help.earlyDial")) : null, adjustPanel(ctx));
    else if (v.phase === "adjust" && shot?.coach) fill(this.body, n.ready ? h("p", { class: "waiting big-text" }, t("student.wait.done")) : adjustPanel(ctx));
    else if (v.phase === "coach" && shot?.coach) fill(this.body, this.ruleCard(v.round, storyOf(line.rule), shot, shot.coach, me, p.seat), waiting ? teacherNote() : null);
    else if (v.phase === "summary") fill(this.body, this.summary(p, line.rule));
    else {
      // The coach's step is the rule's story word (shared/game/stories), put into other languages with the stories.
      const phaseText = WAITING[v.phase];
      const text = waiting ? t("student.wait.teacher") : v.phase === "coach" ? `${storyOf(line.rule).words.step}…` : v.phase === "aim" ? aimText(v, line) : phaseText ? t(phaseText) : "";
      fill(this.body, h("p", { class: "waiting big-text", "data-waiting": waiting ? "teacher" : v.phase }, text), shot && v.phase !== "pass" ? h("p", { class: "miss" }, missText(shot.miss, shot.hit)) : null);
    }
    if (refocus) this.body.querySelector<HTMLElement>(refocus)?.focus();
    this.speak(phaseKey);
  }

  /** A selector for the control focused in the body, so a redraw gives the same control back its focus (a keyboard keeps its place). */
  private focusedControl(): string | null {
    const a = document.activeElement as HTMLElement | null;
    if (!a || !this.body.contains(a)) return null;
    for (const attr of ["data-action", "data-dial", "data-seat", "data-direction"]) {
      const value = a.getAttribute(attr);
      if (value !== null) return `[${attr}="${value}"]`;
    }
    return null;
  }

  private renderHead(v: GameView, p: Player): void {
    fill(
      this.head,
      h("span", { class: "ctl-name" }, t("student.head.name", { name: p.name })),
      h(
        "span",
        { class: "ctl-seat", "data-line": p.line, "data-seat": p.seat },
        v.lines.length > 1
          ? t("student.head.lineSeat", { line: p.line + 1, seat: p.seat + 1, seats: v.lines[p.line].neurons.length })
          : t("student.head.seat", { seat: p.seat + 1, seats: v.lines[p.line].neurons.length }),
      ),
      h("span", { class: "ctl-score", "data-score": p.score }, t("student.head.score", { score: p.score })),
    );
  }

  /**
   * What my line's rule told me after the shot, in its own words: a share of the blame and a way to turn
   * (the coach, the wires, the nudge), or what the rule does instead (trial and error, fire together
   * hand out no blame). A short buzz once per round where the device can.
   */
  private ruleCard(round: number, story: RuleStory, shot: ShotRecord, c: CoachReport, me: string, seat: number): HTMLElement {
    if (story.told !== "blame" && story.told !== "activity-change") {
      return h("div", { class: "blame-card story-only", "data-told": story.told }, h("p", {}, shot.hit ? story.words.afterHit : story.words.after));
    }
    if (this.buzzedRound !== round) {
      this.buzzedRound = round;
      const nav = navigator as Navigator & { vibrate?: (ms: number | number[]) => boolean };
      // Longer buzz for a bigger share; silently nothing where vibration is not offered, or before the
      // student's first tap (Chromium refuses it then, with a console error: a keyboard-only device).
      if (tapped) nav.vibrate?.(Math.round(60 + 240 * c.shares[seat]));
    }
    const vote = shot.votes[me];
    return h(
      "div",
      { class: `blame-card ${c.directions[seat]}`, "data-share": String(c.shares[seat]), "data-direction": c.directions[seat] },
      // The teller ("the coach") is the rule's story word, from shared/ like the step above.
      h("p", { class: "small", "data-told": story.told }, capitalize(t("student.card.says", { teller: story.words.teller }))),
      h("strong", { class: "blame-share" }, t("student.card.share", { share: c.shares[seat] })),
      h("p", { class: "blame-dir" }, directionText(c.directions[seat])),
      vote && "blameRight" in vote
        ? h("p", {}, t("student.card.vote", { blame: vote.blameRight ? "right" : "wrong", direction: vote.directionRight ? "right" : "wrong" }))
        : null,
    );
  }

  private summary(p: Player, rule: string): HTMLElement {
    const kind = studentVotesKind(p, rule);
    const votes =
      kind === "cast"
        ? t("student.summary.votes", { votes: p.votesCast, blameRight: p.blameRight, directionRight: p.directionRight })
        : kind === "none"
          ? t("student.summary.noVotes")
          : storyOf(rule).words.noVote;
    return h(
      "div",
      { class: "ctl-summary", "data-screen": "student-summary" },
      h("h2", {}, t("student.summary.title")),
      h("p", { class: "big-text" }, t("student.summary.points", { score: p.score })),
      h("p", { "data-votes": kind }, votes),
    );
  }
}
