// The teacher's guide page: its words in the page's language (?lang=, the device's pick, the browser's),
// built from the layout, with a language picker and a print button (the print stylesheet lays it out on A4).
import { languagePicker, startLanguage, wantedLanguage } from "../i18n/i18n";
import { h, required } from "../ui/dom";
import { guideTranslator } from "./languages";
import { LAYOUT } from "./layout";
import { renderBlocks, rich } from "./render";

async function main(): Promise<void> {
  const pseudo = wantedLanguage() === "pseudo";
  const page = await startLanguage();
  // The translator fell back to English when its language could not load: the guide follows it.
  const tr = await guideTranslator(page.code, pseudo);
  document.title = tr.t("guide.page.title");
  const print = h("button", { type: "button", "data-action": "print", onclick: () => window.print() }, tr.t("guide.tools.print"));
  required(document, "main").replaceChildren(
    h("h1", {}, ...rich(tr.t("guide.title"))),
    h("p", { class: "lead" }, ...rich(tr.t("guide.lead"))),
    h(
      "div",
      { class: "tools" },
      print,
      h("a", { href: "./class.html?host", "data-action": "host" }, tr.t("guide.tools.host")),
      h("a", { href: "./", "data-action": "solo" }, tr.t("guide.tools.solo")),
      languagePicker(),
    ),
    ...renderBlocks(LAYOUT, tr),
  );
  document.body.dataset.ready = "1";
}

void main();
