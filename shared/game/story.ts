// A line's story after its shot, read off the game for every view (the court, the panels, the projector):
// the rule's story, each neuron's card in words, trial and error's second shot, and how many feedback
// wires agree with their handshakes. Pure: the same words wherever the game is shown (in the page's language).
import { t } from "../i18n/current";
import { type Court, type Direction, directionOf, type ActivationName } from "../line";
import { type RuleId, RULES, type RuleStory, secondShot, type SecondShot, sizeText, sizeWord } from "../rules";
import { at } from "../checked";
import type { Line, ShotRecord } from "./state";

/** The story of a rule by id (backprop's for an id this build does not know, as ruleTitle falls back). */
export function storyOf(rule: string): RuleStory {
  return (Object.hasOwn(RULES, rule) ? RULES[rule as RuleId] : RULES.backprop).story;
}

/** What one neuron's card says once its line's rule has spoken. */
export interface StoryCard {
  seat: number;
  /**
   * The big words: a share of the blame ("36%"), the wiggle ("wiggled ▲"), or how it fired with the
   * neuron before it ("together", "hardly", "apart"). Null after a hit under a rule that hands out blame: nobody is to blame.
   */
  head: string | null;
  /** What happens to its handshake: "▲ firmer", "▼ looser", "kept", "reversed", "▲ grows", "▼ fades". */
  change: string;
  /** What reached it, and its size in a word ("note: tiny"); null when nothing travelled back to it. */
  size: string | null;
  /** Which way its handshake is turned. */
  direction: Direction;
  /** Its share of the blame, for rules that hand out blame after a miss (null otherwise). */
  share: number | null;
  /** Trial and error's one verdict on every wiggle ("none": nothing changed); null under the other rules. */
  verdict: "kept" | "reversed" | "none" | null;
}

/** How two neighbours fired (a_{i-1} * a_i): together (and how strongly), hardly at all, or one up while the other was down. */
function together(c: number): { head: string; size: string | null } {
  if (c < 0) return { head: t("story.apart.head"), size: t("story.apart.size") };
  if (c < 0.1) return { head: t("story.hardly.head"), size: t("story.hardly.size") };
  return { head: t("story.together.head"), size: c >= 0.5 ? t("story.together.strong") : t("story.together.bit") };
}

/** A direction with a shape beside the word (as the client's directionLabel). */
function arrow(d: Direction): string {
  return d === "firmer" ? t("story.change.firmer") : t("story.change.looser");
}

/** Every neuron's card for a shot its rule has spoken about (null before the rule has spoken). */
export function storyCards(rule: string, shot: ShotRecord): StoryCard[] | null {
  const report = shot.coach;
  if (!report) return null;
  const story = storyOf(rule);
  const n = report.weightChanges.length;
  const shooter = at(report.signals, n - 1);
  // Trial and error: one verdict for everyone, from the second shot.
  const verdict = story.told === "own-wiggle" ? (report.weightChanges.some((c) => c !== 0) ? keptFrom(report.weightChanges, report.signals) : null) : null;
  return report.weightChanges.map((change, seat): StoryCard => {
    const direction = directionOf(change);
    const signal = at(report.signals, seat);
    switch (story.told) {
      case "blame":
      case "activity-change":
        return {
          seat,
          // Rounded to a whole percent first, so every language shows the same number.
          head: shot.hit ? null : t("story.share", { share: Math.round(at(report.shares, seat) * 100) / 100 }),
          change: arrow(direction),
          size: t("story.size", { signal: story.words.signal, size: sizeText(sizeWord(signal, shooter)) }),
          direction,
          share: shot.hit ? null : at(report.shares, seat),
          verdict: null,
        };
      case "own-wiggle": {
        const said = verdict === null ? "none" : verdict ? "kept" : "reversed";
        return {
          seat,
          head: t("story.wiggled", { dir: signal >= 0 ? "firmer" : "looser" }),
          change: t(`story.verdict.${said}`),
          size: null,
          direction,
          share: null,
          verdict: said,
        };
      }
      case "fired-together":
        return { seat, ...together(signal), change: change > 0 ? t("story.grows") : t("story.fades"), direction, share: null, verdict: null };
    }
  });
}

/** Whether trial and error kept its wiggle: every change is the wiggle times one shared factor, positive when kept. */
function keptFrom(changes: readonly number[], wiggles: readonly number[]): boolean {
  let best = 0;
  for (let i = 1; i < wiggles.length; i++) if (Math.abs(at(wiggles, i)) > Math.abs(at(wiggles, best))) best = i;
  return at(changes, best) / at(wiggles, best) > 0;
}

/** Trial and error's second shot for a shot it has spoken about (null for other rules, or before it spoke). */
export function secondShotOf(rule: string, shot: ShotRecord, settings: { activation: ActivationName; court: Court }): SecondShot | null {
  if (!storyOf(rule).secondShot || !shot.coach) return null;
  return secondShot({ weights: shot.weights, biases: shot.biases, activation: settings.activation }, shot.distance, settings.court, shot.coach);
}

/**
 * The feedback wires that agree in sign with the handshake they stand in for (wire i carries the note
 * from neuron i back to neuron i - 1, in place of handshake i): where they agree, the note points the
 * same way as the coach's would. Out of n - 1 wires (the shooter hears the miss directly).
 */
export function wiresAgreeing(line: Pick<Line, "feedback">, weights: readonly number[]): { agree: number; of: number } {
  let agree = 0;
  for (let i = 1; i < weights.length; i++) if (Math.sign(at(line.feedback, i)) === Math.sign(at(weights, i))) agree++;
  return { agree, of: Math.max(0, weights.length - 1) };
}
