// The glossary card on the projector: every word the game uses in one plain sentence, and each learning
// rule in its own summary (shared/game/glossary.ts). One tap opens it over the boards, one tap closes it.
import { GLOSSARY, ruleGlossary } from "../../shared";
import { t } from "../i18n/i18n";
import { h } from "../ui/dom";

/** The card, closed; `open()` shows it (a modal dialog: Escape or the button closes it). */
export function glossaryCard(): { el: HTMLDialogElement; open(): void } {
  const entry = (g: { id: string; term: string; meaning: string }) => h("div", { class: "gloss", "data-term": g.id }, h("dt", {}, g.term), h("dd", {}, g.meaning));
  const el: HTMLDialogElement = h(
    "dialog",
    { class: "glossary", "data-screen": "glossary", "aria-label": t("class.glossary.title") },
    h("div", { class: "glossary-head" }, h("h2", {}, t("class.glossary.title")), h("button", { class: "btn", "data-action": "close-glossary", onclick: () => el.close() }, t("class.glossary.close"))),
    h("dl", { class: "glossary-list" }, ...GLOSSARY.map(entry)),
    h("h3", {}, t("class.glossary.rules")),
    h("dl", { class: "glossary-list" }, ...ruleGlossary().map(entry)),
  );
  // A tap on the backdrop (outside the card) closes it too.
  el.addEventListener("click", (e) => {
    if (e.target === el) el.close();
  });
  return { el, open: () => el.showModal() };
}
