// A projector's compact election result for one line: a column per neuron, the ballots on top, the
// seat number below, the coach's pick marked (with a shape, not only a colour). It fits a board a
// quarter of the screen wide, where the solo game's list of bars (client/ui/tally-view) does not.
import { classAgreed, type GameView, lineVotes, type ShotRecord, storyOf, voteBars } from "../../shared";
import { percent } from "../format";
import { t } from "../i18n/i18n";
import { h } from "../ui/dom";

/** The vote of line `li` as columns; after the coach, the coach's pick is outlined and starred. */
export function columnTally(shot: ShotRecord, view: GameView, li: number): HTMLElement {
  const line = view.lines[li];
  const { tally: votes, bars, coachPick: pick } = voteBars(shot, line.neurons.length);
  return h(
    "ol",
    { class: "col-tally", "aria-label": t("class.tally.aria", { line: li + 1 }) },
    ...line.neurons.map((n, i) =>
      h(
        "li",
        { class: i === pick ? "col coach-pick" : "col", "data-seat": i, "data-votes": votes.blame[i], title: n.name },
        h("span", { class: "col-count" }, String(votes.blame[i])),
        h("span", { class: "col-bar", style: `height:${bars[i] * 100}%` }),
        h("span", { class: "col-seat" }, i === pick ? `★${i + 1}` : String(i + 1)),
      ),
    ),
  );
}

/** One sentence for what line `li`'s rule said: the most-blamed neuron, its share, and whether the class's vote agreed; the rule's own step where it blames nobody. */
export function coachVerdict(shot: ShotRecord, view: GameView, li: number): HTMLElement | null {
  const c = shot.coach;
  const line = view.lines[li];
  if (!c || !line) return null;
  const story = storyOf(line.rule);
  if (story.told !== "blame" && story.told !== "activity-change") return h("p", { class: "verdict-line", "data-told": story.told }, story.words.step);
  const teller = story.words.teller.charAt(0).toUpperCase() + story.words.teller.slice(1);
  const voted = lineVotes(line);
  const agreed = voted && classAgreed(shot, line.neurons.length);
  return h(
    "p",
    { class: "verdict-line", "data-most": c.mostToBlame, "data-agreed": String(agreed) },
    t("class.verdict.pick", { Teller: teller, seat: c.mostToBlame + 1, share: percent(c.shares[c.mostToBlame] ?? 0) }),
    voted ? h("span", { class: agreed ? "good" : "dim" }, t(agreed ? "class.verdict.agreed" : "class.verdict.other")) : null,
  );
}
