// How the note fared on its way back down the line (DESIGN.md: "an exploding or fading line explained
// when it happens"). At every step back the note is multiplied by the link it crosses (the handshake, or
// feedback alignment's wire) and by how much the neuron's firing still moves with its drive (its slope):
// weak links make it fade, strong ones make it blow up, and a neuron firing flat out (or not at all)
// lets almost nothing through. Judged from the shot's own numbers, so the words match the engine's.
import { t } from "../i18n/current";
import { ACTIVATIONS, type ActivationName } from "../line";
import { at } from "../checked";
import { sizeWord } from "../rules";
import { storyOf } from "./story";
import type { Line, ShotRecord } from "./state";

/** A neuron's slope under this fraction of its activation's steepest is stuck: flat out, or silent. */
export const STUCK_SLOPE = 0.1;

/**
 * What happened to the note: it reached the front about as big as it left the shooter ("fine"), shrank to
 * nearly nothing ("fading": the size word "tiny"), grew huge ("exploding": "huge"), or a neuron on the way
 * is stuck (firing flat out or not at all) and lets hardly anything through ("stuck").
 */
export type SignalHealthKind = "fine" | "fading" | "exploding" | "stuck";

/** The judgement on one shot's note, with the why. */
export interface SignalHealth {
  kind: SignalHealthKind;
  /** |the front neuron's signal| / |the shooter's|. */
  ratio: number;
  /**
   * Why it faded or blew up: the links it crossed (weak or strong handshakes or wires), or neurons whose
   * slope is nearly flat ("slopes"); null when fine. A stuck neuron is always "slopes".
   */
  cause: "links" | "slopes" | null;
  /** The stuck neuron (the one with the flattest slope) for "stuck" and for fading by slopes; else -1. */
  seat: number;
  /** How the stuck neuron is stuck: firing as hard as it can, or hardly at all (relu below zero, sigmoid near 0). */
  stuck: "flat-out" | "silent" | null;
}

const FINE: SignalHealth = { kind: "fine", ratio: 1, cause: null, seat: -1, stuck: null };

/** Whether a rule's story carries a signal back neuron by neuron (a note or a nudge), so it can fade. */
export function carriesBack(rule: string): boolean {
  const told = storyOf(rule).told;
  return told === "blame" || told === "activity-change";
}

/**
 * Judges one shot's signal on its way back (lines of 3 or more, under rules that carry one back; "fine"
 * otherwise, and when the shooter's signal is zero). Fading and exploding follow the size words the cards
 * use ("tiny" under a tenth of the shooter's, "huge" from ten times); the cause is whichever part of the
 * product, links or slopes, moved it more. Else a stuck neuron is named.
 */
export function signalHealth(line: Pick<Line, "rule" | "feedback">, shot: ShotRecord, activation: ActivationName): SignalHealth {
  const report = shot.coach;
  const n = shot.weights.length;
  if (!report || n < 3 || !carriesBack(line.rule)) return FINE;
  const shooter = at(report.signals, n - 1);
  if (!(Math.abs(shooter) > 0) || !Number.isFinite(shooter)) return FINE;
  const ratio = Math.abs(at(report.signals, 0) / shooter);
  const act = ACTIVATIONS[activation];
  const steepest = act.df(0) > 0 ? act.df(0) : 1;
  const slopes = shot.inputs.map((x, i) => act.df(at(shot.weights, i) * x + at(shot.biases, i)) / steepest);
  const links = storyOf(line.rule).over === "feedback-wires" ? line.feedback : shot.weights;
  // log(ratio) ~ sum of log|link| over the links crossed + sum of log(slope) over the neurons crossed.
  let linkLog = 0;
  let slopeLog = 0;
  for (let i = 1; i < n; i++) {
    linkLog += Math.log(Math.abs(at(links, i)) || Number.MIN_VALUE);
    slopeLog += Math.log(at(slopes, i - 1) || Number.MIN_VALUE);
  }
  let flattest = 0;
  slopes.forEach((s, i) => {
    if (s < at(slopes, flattest)) flattest = i;
  });
  const stuck = at(slopes, flattest) < STUCK_SLOPE ? (Math.abs(at(shot.outputs, flattest)) < 0.5 ? "silent" : "flat-out") : null;
  const size = sizeWord(at(report.signals, 0), shooter);
  if (size === "tiny" || size === "huge") {
    const bySlopes = size === "tiny" && slopeLog < linkLog;
    return { kind: size === "tiny" ? "fading" : "exploding", ratio, cause: bySlopes ? "slopes" : "links", seat: bySlopes ? flattest : -1, stuck: bySlopes ? stuck : null };
  }
  if (stuck) return { kind: "stuck", ratio, cause: "slopes", seat: flattest, stuck };
  return { ...FINE, ratio };
}

/**
 * The news about the line's current shot: its judgement, said once per game (null when the signal is
 * fine, or an earlier shot in the line's history already had the same verdict).
 */
export function signalNews(line: Pick<Line, "rule" | "feedback" | "current" | "history">, activation: ActivationName): SignalHealth | null {
  const shot = line.current;
  if (!shot) return null;
  const now = signalHealth(line, shot, activation);
  if (now.kind === "fine") return null;
  const before = line.history.filter((s) => s.round < shot.round);
  return before.some((s) => signalHealth(line, s, activation).kind === now.kind) ? null : now;
}

/** The judgement in plain words for a 10-18 year old, in the rule's own words (its note or nudge, over handshakes or wires), in the page's language. */
export function signalSentence(h: SignalHealth, rule: string): string {
  const story = storyOf(rule);
  const signal = story.carries === "nudge" ? "nudge" : "note";
  const links = story.over === "feedback-wires" ? "wires" : "handshakes";
  const seat = h.seat + 1;
  const stuckWhy = () => (h.stuck === "silent" ? t("game.signal.silent", { seat }) : t("game.signal.flatOut", { seat }));
  switch (h.kind) {
    case "fading":
      if (h.cause === "slopes" && h.stuck) return t("game.signal.fadingStuck", { signal, why: stuckWhy() });
      return h.cause === "slopes" ? t("game.signal.fadingSlopes", { signal }) : t("game.signal.fadingLinks", { signal, links });
    case "exploding":
      return t("game.signal.exploding", { signal, links });
    case "stuck":
      return t("game.signal.stuck", { signal, why: stuckWhy() });
    case "fine":
      return "";
  }
}
