// Builds the guide's DOM from its layout in one language. Messages mark emphasis with **bold** and
// __italic__; they become <b> and <i> elements (never parsed as HTML, so a message cannot inject markup).
import type { Translator } from "../../shared/i18n";
import type { GuideMessageId as Id } from "../../shared/i18n/messages/en/guide";
import { h } from "../ui/dom";
import type { Block } from "./layout";

/** A sentence with its **bold** and __italic__ parts as elements. */
export function rich(text: string): (Node | string)[] {
  return text
    .split(/(\*\*[^*]+\*\*|__[^_]+__)/)
    .filter((part) => part !== "")
    .map((part) => (part.startsWith("**") && part.endsWith("**") && part.length > 4 ? h("b", {}, part.slice(2, -2)) : part.startsWith("__") && part.endsWith("__") && part.length > 4 ? h("i", {}, part.slice(2, -2)) : part));
}

/** The elements of some blocks of the guide, in the translator's language. */
export function renderBlocks(blocks: Block[], tr: Translator<Id>): HTMLElement[] {
  const say = (id: Id) => rich(tr.t(id));
  const items = (ids: Id[]) => ids.map((id) => h("li", {}, ...say(id)));
  return blocks.map((b) => {
    switch (b.kind) {
      case "h2":
      case "h3":
      case "p":
        return h(b.kind, {}, ...say(b.id));
      case "box":
        return h("div", { class: "box" }, ...say(b.id));
      case "ul":
      case "ol":
        return h(b.kind, {}, ...items(b.ids));
      case "sources":
        return h("ul", { class: "sources" }, ...items(b.ids));
      case "table":
        return h(
          "table",
          {},
          h("thead", {}, h("tr", {}, ...b.head.map((id) => h("th", { scope: "col" }, ...say(id))))),
          h("tbody", {}, ...b.rows.map((r) => h("tr", {}, ...r.map((id, i) => h("td", { class: b.time && i === 0 ? "time" : b.say && i === 2 ? "say" : null }, ...say(id)))))),
        );
      case "columns":
        return h("div", { class: "columns" }, ...b.columns.map((c) => h("div", {}, ...renderBlocks(c, tr))));
    }
  });
}
