import { botOwnName, type Direction, lineVotes, noVoteAfterHit, storyOf } from "../../shared";
import { Countdown } from "./countdown";
import { h } from "./dom";
import { act, myLine, mySeat, type PanelContext } from "./context";
import { formatMiss, formatValue } from "../format";
import { activeTranslator, matchLanguage, t } from "../../shared/i18n";

/**
 * The vote: who is most to blame, and which way my own handshake should go, asked in the words of my
 * line's rule. A line with nobody to blame (a hit, or a rule that hands out no blame) is not asked: while
 * other lines vote, it reads why.
 */
export function votePanel(ctx: PanelContext): HTMLElement {
  const line = ctx.view.lines[myLine(ctx)];
  const shot = line.current;
  // The vote always follows a shot; a view without one has nothing to vote on yet.
  if (!shot) return h("div", { class: "panel-body", "data-panel": "vote" }, h("p", { class: "waiting" }, t("solo.vote.waitShot")));
  const story = storyOf(line.rule);
  const seat = mySeat(ctx);
  const head = h("div", { class: "panel-head" }, h("p", { class: "miss", "data-miss": String(shot.miss) }, t("solo.status.shotResult", { round: ctx.view.round, miss: formatMiss(shot.miss, shot.hit) })), new Countdown(ctx.source, { label: t("solo.vote.countdown") }).el);
  if (!lineVotes(line) || story.words.vote === null) {
    return h(
      "div",
      { class: "panel-body", "data-panel": "vote", "data-no-vote": line.rule },
      head,
      h("p", { class: "what" }, shot.hit ? noVoteAfterHit() : story.words.noVote),
      h("p", { class: "small" }, t("solo.vote.otherLines")),
    );
  }
  let blame: number | null = null;
  let direction: Direction | null = null;
  const voted = ctx.me !== null && !!shot.votes[ctx.me];

  const submit = h("button", { class: "btn primary", "data-action": "vote", disabled: true, onclick: () => send() }, t("solo.vote.send"));
  const seatButtons = line.neurons.map((n, i) =>
    h("button", { class: "btn seat", "aria-pressed": "false", "data-seat": i, onclick: () => pickBlame(i) }, `${i + 1}`, h("small", {}, n.playerId !== null && n.playerId === ctx.me ? t("solo.vote.you") : n.playerId === null ? botOwnName(i, matchLanguage(activeTranslator().code) ?? "en") : n.name)),
  );
  const dirButtons = (["firmer", "looser"] as const).map((d) =>
    h("button", { class: `btn dir ${d}`, "aria-pressed": "false", "data-direction": d, onclick: () => pickDirection(d) }, t(d === "firmer" ? "solo.vote.firmer" : "solo.vote.looser")),
  );

  function refresh(): void {
    seatButtons.forEach((b, i) => b.setAttribute("aria-pressed", String(i === blame)));
    dirButtons.forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.direction === direction)));
    submit.disabled = blame === null || direction === null;
  }
  function pickBlame(i: number): void {
    blame = i;
    refresh();
  }
  function pickDirection(d: Direction): void {
    direction = d;
    refresh();
  }
  function send(): void {
    if (blame === null || direction === null) return;
    act(ctx, { type: "vote", blame, direction });
  }

  const root = h(
    "div",
    { class: "panel-body", "data-panel": "vote", "data-story": line.rule },
    head,
    seat >= 0 ? h("p", { class: "small" }, t("solo.vote.mine", { input: formatValue(shot.inputs[seat]), output: formatValue(shot.outputs[seat]) })) : null,
    voted
      ? h("p", {}, story.words.waiting)
      : h(
          "div",
          { class: "vote" },
          h("fieldset", {}, h("legend", {}, story.words.vote), h("div", { class: "seats" }, ...seatButtons)),
          seat >= 0 ? h("fieldset", {}, h("legend", {}, t("solo.vote.ownWay")), h("div", { class: "dirs" }, ...dirButtons)) : null,
          submit,
        ),
  );
  // Keys: 1-9 pick a neuron, F / L a direction, Enter votes.
  root.addEventListener("vote-key", ((e: CustomEvent<string>) => {
    const k = e.detail.toLowerCase();
    if (/^[1-9]$/.test(k) && Number(k) <= line.neurons.length) pickBlame(Number(k) - 1);
    else if (k === "f") pickDirection("firmer");
    else if (k === "l") pickDirection("looser");
    else if (k === "enter") send();
  }) as EventListener);
  return root;
}
