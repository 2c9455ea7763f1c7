// A projector's compact election result for one line: a column per neuron, the ballots on top, the
// seat number below, the coach's pick marked (with a shape, not only a colour). It fits a board a
// quarter of the screen wide, where the solo game's list of bars (client/ui/tally-view) does not.
import { classAgreed, type GameView, type ShotRecord, voteBars } from "../../shared";
import { percent } from "../format";
import { h } from "../ui/dom";

/** The vote of line `li` as columns; after the coach, the coach's pick is outlined and starred. */
export function columnTally(shot: ShotRecord, view: GameView, li: number): HTMLElement {
  const line = view.lines[li];
  const { tally: t, bars, coachPick: pick } = voteBars(shot, line.neurons.length);
  return h(
    "ol",
    { class: "col-tally", "aria-label": `Line ${li + 1}'s vote: who is most to blame` },
    ...line.neurons.map((n, i) =>
      h(
        "li",
        { class: i === pick ? "col coach-pick" : "col", "data-seat": i, "data-votes": t.blame[i], title: n.name },
        h("span", { class: "col-count" }, String(t.blame[i])),
        h("span", { class: "col-bar", style: `height:${bars[i] * 100}%` }),
        h("span", { class: "col-seat" }, i === pick ? `★${i + 1}` : String(i + 1)),
      ),
    ),
  );
}

/** One sentence for the coach's verdict on line `li`: the most-blamed neuron, its share, and the class's pick. */
export function coachVerdict(shot: ShotRecord, view: GameView, li: number): HTMLElement | null {
  const c = shot.coach;
  if (!c) return null;
  const agreed = classAgreed(shot, view.lines[li].neurons.length);
  return h(
    "p",
    { class: "verdict-line", "data-most": c.mostToBlame, "data-agreed": String(agreed) },
    `Coach: ★${c.mostToBlame + 1} ${percent(c.shares[c.mostToBlame])}`,
    h("span", { class: agreed ? "good" : "dim" }, agreed ? " · the vote agreed ✓" : " · the vote picked another"),
  );
}
