// The student's controller: their own neuron (what came in, handshake, excitability, what went out),
// the vote, the coach's blame card (with a buzz), the dial with the coach's ghost mark, and the score.
// The vote and adjust panels are the solo game's own (client/ui); this only arranges them.
import { type CoachReport, type GameView, type Player, type RuleStory, type ShotRecord, storyOf, waitingForTeacher } from "../../shared";
import { fill, h } from "../ui/dom";
import type { PanelContext } from "../ui/context";
import { adjustPanel } from "../ui/adjust-panel";
import { votePanel } from "../ui/vote-panel";
import { directionLabel, formatMiss, formatValue, percent } from "../format";
import type { ConnectionStatus, NetworkGame } from "../source/network-game";
import { toast } from "./toast";
import { ScreenAwake } from "./wake-lock";

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const WAITING: Partial<Record<GameView["phase"], string>> = {
  lobby: "You're in! Waiting for your teacher to start.",
  pass: "The ball is coming down the line…",
  shot: "The last neuron shoots!",
};

/** What the aim says: where the hoop stands, and whether it just moved (it stays put for the first shots). */
function aimText(v: GameView, line: GameView["lines"][number]): string {
  const last = line.history[line.history.length - 1];
  const at = `${Math.round(v.distance * 10) / 10} m`;
  if (last && last.distance !== v.distance) return `The hoop moves to ${at}…`;
  return `Shot ${v.round}: the hoop is at ${at}. Get ready…`;
}

/** What a phone says while the game waits for the teacher. */
const TEACHER = "Waiting for your teacher…";

/** The line under a card while the teacher holds the game for the class to talk. */
function teacherNote(): HTMLElement {
  return h("p", { class: "waiting", "data-waiting": "teacher" }, TEACHER);
}

/** A student's device during the game. */
export class Controller {
  private readonly head = h("header", { class: "ctl-head" });
  private readonly banner = h("div", { class: "ctl-banner", role: "status", "aria-live": "polite", hidden: true });
  private readonly neuron = h("section", { class: "ctl-neuron", "aria-label": "Your neuron" });
  private readonly body = h("section", { class: "ctl-body" });
  private readonly stops: (() => void)[] = [];
  private bodyKey = "";
  private buzzedRound = -1;
  private readonly awake = new ScreenAwake();

  constructor(root: HTMLElement, private readonly game: NetworkGame, private readonly out: (reason: "kicked" | "lost", message: string) => void) {
    fill(root, h("div", { class: "controller", "data-screen": "controller" }, this.banner, this.head, this.neuron, this.body));
    this.stops.push(game.subscribe(() => this.render()));
    this.stops.push(game.onError((e) => toast(e.message, "error")));
    this.stops.push(game.onStatus((s) => this.status(s)));
    const st = game.status();
    if (st.kind === "connected" && st.rejoined) this.status(st);
    this.render();
  }

  /** Stops listening (the page shows something else). */
  dispose(): void {
    for (const s of this.stops.splice(0)) s();
    this.awake.dispose();
    this.game.dispose();
  }

  private status(s: ConnectionStatus): void {
    if (s.kind === "closed") {
      if (s.reason === "kicked" || s.reason === "lost") this.out(s.reason, s.message);
      return;
    }
    this.banner.hidden = false;
    this.banner.dataset.kind = s.kind;
    this.banner.textContent = s.kind === "reconnecting" ? "Connection lost: reconnecting… (your seat is kept)" : "Welcome back: you're in your seat again ✓";
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
    this.renderHead(v, p);
    const line = v.lines[p.line];
    const n = line.neurons[p.seat];
    const shot = line.current;
    const cell = (label: string, value: string, key: string, exact: number | null, from?: string) =>
      h("div", { class: "stat", "data-stat": key, "data-value": exact === null ? "" : String(exact) }, h("span", { class: "stat-label" }, label), h("strong", {}, value), from ? h("span", { class: "stat-from" }, from) : null);
    // Only my own numbers: what my left neighbour handed me and what I handed my right neighbour
    // (DESIGN: players know only their neighbours' values until the coach speaks).
    const left = p.seat === 0 ? "from the start" : `from ${p.seat} · ${line.neurons[p.seat - 1].name}`;
    const right = p.seat === line.neurons.length - 1 ? "to the shot" : `to ${p.seat + 2} · ${line.neurons[p.seat + 1].name}`;
    fill(
      this.neuron,
      cell("came in", shot ? formatValue(shot.inputs[p.seat]) : "—", "input", shot?.inputs[p.seat] ?? null, left),
      cell("handshake", formatValue(n.weight), "weight", n.weight),
      cell("excitability", formatValue(n.bias), "bias", n.bias),
      cell("went out", shot ? formatValue(shot.outputs[p.seat]) : "—", "output", shot?.outputs[p.seat] ?? null, right),
    );
    document.body.dataset.phase = v.phase;
    const voted = !!shot?.votes[me];
    const waiting = waitingForTeacher(v);
    const key = `${v.phase}|${v.round}|${voted}|${!!shot?.coach}|${n.weight}|${n.ready}|${v.paused}|${waiting}`;
    if (key === this.bodyKey) return;
    this.bodyKey = key;
    const ctx: PanelContext = { source: this.game, view: v, me, chapter: null, say: () => {} };
    if (v.paused) fill(this.body, h("p", { class: "waiting big-text" }, "Paused: eyes on the board."));
    else if (v.phase === "vote" && shot) fill(this.body, votePanel(ctx));
    else if (v.phase === "adjust" && shot?.coach) fill(this.body, n.ready ? h("p", { class: "waiting big-text" }, "Done ✓ Waiting for the others…") : adjustPanel(ctx));
    else if (v.phase === "coach" && shot?.coach) fill(this.body, this.ruleCard(v.round, storyOf(line.rule), shot, shot.coach, me, p.seat), waiting ? teacherNote() : null);
    else if (v.phase === "summary") fill(this.body, this.summary(p));
    else {
      const text = waiting ? TEACHER : v.phase === "coach" ? `${storyOf(line.rule).words.step}…` : v.phase === "aim" ? aimText(v, line) : WAITING[v.phase];
      fill(this.body, h("p", { class: "waiting big-text", "data-waiting": waiting ? "teacher" : v.phase }, text ?? ""), shot && v.phase !== "pass" ? h("p", { class: "miss" }, formatMiss(shot.miss, shot.hit)) : null);
    }
  }

  private renderHead(v: GameView, p: Player): void {
    fill(
      this.head,
      h("span", { class: "ctl-name" }, `★ ${p.name}`),
      h("span", { class: "ctl-seat", "data-line": p.line, "data-seat": p.seat }, `${v.lines.length > 1 ? `Line ${p.line + 1} · ` : ""}seat ${p.seat + 1} of ${v.lines[p.line].neurons.length}`),
      h("span", { class: "ctl-score", "data-score": p.score }, `${p.score} pts`),
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
      // Longer buzz for a bigger share; silently nothing where vibration is not offered.
      nav.vibrate?.(Math.round(60 + 240 * c.shares[seat]));
    }
    const vote = shot.votes[me];
    return h(
      "div",
      { class: `blame-card ${c.directions[seat]}`, "data-share": String(c.shares[seat]), "data-direction": c.directions[seat] },
      h("p", { class: "small", "data-told": story.told }, `${capitalize(story.words.teller)} says:`),
      h("strong", { class: "blame-share" }, `${percent(c.shares[seat])} of the blame`),
      h("p", { class: "blame-dir" }, directionLabel(c.directions[seat])),
      vote && "blameRight" in vote ? h("p", {}, `Your vote: ${vote.blameRight ? "✔ right neuron" : "✘ not the one"}, ${vote.directionRight ? "✔ right way" : "✘ wrong way"}`) : null,
    );
  }

  private summary(p: Player): HTMLElement {
    return h(
      "div",
      { class: "ctl-summary", "data-screen": "student-summary" },
      h("h2", {}, "Game over"),
      h("p", { class: "big-text" }, `${p.score} points`),
      h("p", {}, p.votesCast ? `Right neuron ${p.blameRight} of ${p.votesCast} times; right way ${p.directionRight} of ${p.votesCast}.` : "You did not vote this game."),
    );
  }
}
