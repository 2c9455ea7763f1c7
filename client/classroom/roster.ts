// The students list on the projector: who is here, where they sit, connected or not, a kick button,
// and the names the host removed, each with a way to let it back in. Folded to one line while the game
// runs (the boards need the room); in columns that fit 24 names without scrolling in the lobby.
import type { GameView, Player } from "../../shared";
import { t } from "../i18n/i18n";
import { h } from "../ui/dom";

/** Where a student sits: in one network their neuron as the phone names it (layer and place, or the shooter); in lines the line and seat. */
export function seatText(view: GameView, p: Player): string {
  const net = view.network;
  const n = net?.neurons[p.seat];
  if (!net || !n) return t("class.roster.where", { lines: view.lines.length, line: p.line + 1, seat: p.seat + 1 });
  return n.layer === net.widths.length - 1 ? t("class.roster.shooter") : t("class.roster.neuron", { layer: n.layer + 1, index: n.index + 1 });
}

/** The list of students, newest last, unfolded when `open`; `kick` removes one, `unban` lets a removed name back in. */
export function roster(view: GameView, open: boolean, kick: (id: string, name: string) => void, unban: (name: string) => void): HTMLElement {
  const players = Object.values(view.players);
  const away = players.filter((p) => !p.connected).length;
  return h(
    "details",
    { class: "roster", "aria-label": t("class.roster.aria"), open, "data-count": players.length },
    h("summary", {}, h("h2", {}, t("class.roster.title", { count: players.length }), away > 0 ? h("span", { class: "away" }, t("class.roster.away", { away })) : null)),
    players.length === 0 ? h("p", { class: "small" }, t("class.roster.nobody")) : null,
    h(
      "ul",
      { class: "roster-list", "data-size": players.length > 16 ? "many" : "few" },
      ...players.map((p) =>
        h(
          "li",
          { "data-player": p.id, "data-connected": String(p.connected) },
          h("span", { class: "dot", title: t(p.connected ? "class.roster.connected" : "class.roster.isAway") }, p.connected ? "●" : "○"),
          h("span", { class: "who" }, p.name),
          h("span", { class: "where", "data-seat": p.seat }, seatText(view, p)),
          h("button", { class: "btn small kick", "data-action": "kick", "aria-label": t("class.roster.remove", { name: p.name }), onclick: () => kick(p.id, p.name) }, "✕"),
        ),
      ),
    ),
    view.banned.length === 0
      ? null
      : h(
          "div",
          { class: "removed" },
          h("h3", {}, t("class.roster.removed")),
          h(
            "ul",
            {},
            ...view.banned.map((name) =>
              h("li", { "data-banned": name }, h("span", { class: "who" }, name), h("button", { class: "btn small", "data-action": "unban", "aria-label": t("class.roster.letBackAria", { name }), onclick: () => unban(name) }, t("class.roster.letBack"))),
            ),
          ),
        ),
  );
}
