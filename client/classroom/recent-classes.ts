// "Your recent classes" on the host's device: the classes it created, as the server keeps them. A
// running one can be opened again; any one's report downloads (the host key stays on this device and
// travels in a header); a finished one can be deleted for good.
import { t, translator } from "../i18n/i18n";
import { h } from "../ui/dom";
import { browserStore, classInfo, deleteClass, fetchReport, forgetHosted, type HostedClass, hostedClasses } from "../source/network-game";
import { downloadButton } from "./class-summary";

/** The list for `endpoint` (empty section when this device hosted nothing); `open(code)` goes back to a running class. */
export function recentClasses(endpoint: string, open: (code: string) => void): HTMLElement {
  const store = browserStore();
  const list = h("ul", { class: "recent-list" });
  const section = h("section", { class: "recent", "data-section": "recent-classes", hidden: true }, h("h2", {}, t("class.recent.title")), list, h("p", { class: "small" }, t("class.recent.kept")));
  for (const c of hostedClasses(store)) void row(c).then((li) => {
    if (!li) return;
    list.append(li);
    section.hidden = false;
  });
  return section;

  async function row(c: HostedClass): Promise<HTMLElement | null> {
    const info = await classInfo(endpoint, c.code, c.hostKey).catch(() => undefined);
    // Unreachable: leave it for next time. Gone (deleted, expired): forget it.
    if (info === undefined) return null;
    if (info === null) {
      forgetHosted(store, c.code);
      return null;
    }
    const when = new Date(info.createdAt).toLocaleString(translator().code, { dateStyle: "medium", timeStyle: "short" });
    const report = (format: "csv" | "students.csv" | "json") => fetchReport(endpoint, c.code, c.hostKey, format);
    const li: HTMLElement = h(
      "li",
      { "data-code": c.code },
      h("span", { class: "who" }, c.code),
      h("span", { class: "small" }, t("class.recent.when", { when, live: info.live ? "yes" : "no" })),
      info.live ? h("button", { class: "btn small primary", "data-action": "open-class", onclick: () => open(c.code) }, t("class.recent.open")) : null,
      downloadButton(report, "csv", t("class.recent.csv"), false),
      info.live
        ? null
        : h("button", {
            class: "btn small",
            "data-action": "delete-class",
            onclick: () => {
              if (!confirm(t("class.recent.deleteConfirm", { code: c.code }))) return;
              deleteClass(endpoint, c.code, c.hostKey)
                .then(() => {
                  forgetHosted(store, c.code);
                  li.remove();
                })
                .catch((e: unknown) => alert(e instanceof Error ? e.message : String(e)));
            },
          }, t("class.recent.delete")),
    );
    return li;
  }
}
