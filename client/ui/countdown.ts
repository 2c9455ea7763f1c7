// A timer anyone can read from across a room or at a glance on a tablet: big digits, a shrinking ring,
// "paused" while the game is paused. Screen readers hear it only at 10 and 5 seconds, not every second.
import { animationSeconds, type GameView, timerSeconds } from "../../shared";
import { h, svg } from "./dom";
import { t } from "../../shared/i18n";
import "./countdown.css";

/** What a countdown shows at one moment (pure, so it can be tested without a DOM). */
export interface CountdownFace {
  /** Whole seconds left (rounded up), or null when the phase has no timer. */
  seconds: number | null;
  /** Share of the phase's time still left, 0..1 (the ring). */
  fraction: number;
  paused: boolean;
  /** The digits: "25" under a minute, "4:59" from a minute up, or "paused". */
  text: string;
}

/** Seconds at which a screen reader is told the time left. */
export const ANNOUNCE_AT = [10, 5] as const;

/** The phase's full length in ms, for the ring, as the engine times it (`fallback` for an animation or a phase without a timer). */
export function phaseLengthMs(view: GameView, fallback: number): number {
  // During an animation the room watches the court, not the clock: its ring stays full, as it always has.
  if (animationSeconds(view.phase) > 0) return fallback;
  const seconds = timerSeconds(view.phase, view.settings);
  return seconds === null ? fallback : seconds * 1000;
}

/** Digits for a number of seconds: "9", "25", "1:05". */
export function clockText(seconds: number): string {
  if (seconds < 60) return String(seconds);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** The face of the countdown for a view at time `now` (the source's clock). */
export function countdownFace(view: GameView, now: number): CountdownFace {
  const remaining = view.paused ? view.pausedRemaining : view.deadline === null ? null : Math.max(0, view.deadline - now);
  if (remaining === null) return { seconds: null, fraction: 0, paused: view.paused, text: view.paused ? t("solo.countdown.paused") : "" };
  const seconds = Math.ceil(remaining / 1000);
  const total = Math.max(remaining, phaseLengthMs(view, remaining));
  const fraction = total > 0 ? Math.max(0, Math.min(1, remaining / total)) : 0;
  return { seconds, fraction, paused: view.paused, text: view.paused ? t("solo.countdown.paused") : clockText(seconds) };
}

/** The announcement to make when the time left goes from `before` to `after` seconds (null: say nothing). */
export function announcement(before: number | null, after: number | null): string | null {
  // The first reading says nothing: a widget that appears with 8 s left should not claim "10".
  if (after === null || before === null) return null;
  // The nearest mark crossed: a jump from 12 to 4 says "5", not "10".
  for (const at of [...ANNOUNCE_AT].sort((a, b) => a - b)) if (after <= at && before > at) return t("solo.countdown.left", { seconds: at });
  return null;
}

/** Where a countdown reads the game and its clock: a GameSource fits. */
export interface CountdownSource {
  view(): GameView;
  clock(): number;
}

/** How a countdown looks. */
export interface CountdownOptions {
  /** A word under the digits, e.g. "to vote". */
  label?: string;
  /** "big" for projectors (digits ~4x the body text); default "normal". */
  size?: "normal" | "big";
  /** How often the digits are redrawn, ms (default 250). */
  everyMs?: number;
}

const RING_R = 26;
const RING_C = 2 * Math.PI * RING_R;

/**
 * A countdown to `source.view().deadline`, measured with `source.clock()`.
 * Usage: `const c = new Countdown(source, { label: "to vote" }); panel.append(c.el);` and `c.dispose()`
 * when done. It also stops by itself once its element has been on the page and is taken off it (or was
 * not put on the page within 10 s), so a panel that is simply replaced leaks no interval. Hidden when
 * the phase has no timer and the game is not paused.
 */
export class Countdown {
  /** The widget's element: put it anywhere. */
  readonly el: HTMLElement;
  private readonly digits: HTMLElement;
  private readonly ring: SVGCircleElement;
  private readonly live: HTMLElement;
  private last: number | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private wasConnected = false;
  private readonly born = Date.now();

  constructor(private readonly source: CountdownSource, options: CountdownOptions = {}) {
    this.digits = h("span", { class: "countdown-digits" });
    this.ring = svg("circle", { class: "countdown-ring", cx: 30, cy: 30, r: RING_R, "stroke-dasharray": RING_C.toFixed(2) });
    this.live = h("span", { class: "sr-only", "aria-live": "polite" });
    const face = svg("svg", { class: "countdown-face", viewBox: "0 0 60 60", "aria-hidden": "true" }, svg("circle", { class: "countdown-track", cx: 30, cy: 30, r: RING_R }), this.ring);
    // role=timer is not announced on every change (its live setting is "off"); `live` speaks at 10 and 5 s.
    this.el = h(
      "div",
      { class: `countdown countdown-${options.size ?? "normal"}`, role: "timer", "aria-label": t("solo.countdown.label"), "data-countdown": "" },
      h("span", { class: "countdown-dial" }, face, this.digits),
      options.label ? h("span", { class: "countdown-label" }, options.label) : null,
      this.live,
    );
    this.update();
    this.timer = setInterval(() => this.update(), options.everyMs ?? 250);
  }

  /** Redraws from the source now (also called by the interval). */
  update(): void {
    if (this.el.isConnected) this.wasConnected = true;
    // Taken off the page, or never put on it within 10 s: stop, so dropped panels leak no interval.
    else if (this.wasConnected || Date.now() - this.born > 10_000) return this.dispose();
    const face = countdownFace(this.source.view(), this.source.clock());
    this.el.hidden = face.seconds === null && !face.paused;
    this.el.dataset.seconds = face.seconds === null ? "" : String(face.seconds);
    this.el.dataset.paused = String(face.paused);
    this.el.dataset.urgent = String(!face.paused && face.seconds !== null && face.seconds <= 5);
    this.el.dataset.long = String(face.text.length > 2);
    if (this.digits.textContent !== face.text) this.digits.textContent = face.text;
    this.ring.setAttribute("stroke-dashoffset", (RING_C * (1 - face.fraction)).toFixed(2));
    const say = face.paused ? null : announcement(this.last, face.seconds);
    if (say) this.live.textContent = say;
    this.last = face.paused ? null : face.seconds;
  }

  /** Stops the interval. */
  dispose(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}
