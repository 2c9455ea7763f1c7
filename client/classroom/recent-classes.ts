// "Your recent classes" on the host's device: the classes it created, as the server keeps them. A
// running one can be opened again; any one's report downloads (the host key stays on this device and
// travels in a header); a finished one can be deleted for good.
import { h } from "../ui/dom";
import { browserStore, classInfo, deleteClass, fetchReport, forgetHosted, type HostedClass, hostedClasses } from "../source/network-game";
import { downloadButton } from "./class-summary";

/** The list for `endpoint` (empty section when this device hosted nothing); `open(code)` goes back to a running class. */
export function recentClasses(endpoint: string, open: (code: string) => void): HTMLElement {
  const store = browserStore();
  const list = h("ul", { class: "recent-list" });
  const section = h("section", { class: "recent", "data-section": "recent-classes", hidden: true }, h("h2", {}, "Your recent classes"), list, h("p", { class: "small" }, "Reports are kept for 30 days after a class ends."));
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
    const when = new Date(info.createdAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
    const report = (format: "csv" | "students.csv" | "json") => fetchReport(endpoint, c.code, c.hostKey, format);
    const li: HTMLElement = h(
      "li",
      { "data-code": c.code },
      h("span", { class: "who" }, c.code),
      h("span", { class: "small" }, `${when} · ${info.live ? "running" : "ended"}`),
      info.live ? h("button", { class: "btn small primary", "data-action": "open-class", onclick: () => open(c.code) }, "Open") : null,
      downloadButton(report, "csv", "⬇ CSV", false),
      info.live
        ? null
        : h("button", {
            class: "btn small",
            "data-action": "delete-class",
            onclick: () => {
              if (!confirm(`Delete class ${c.code} and its report for good?`)) return;
              deleteClass(endpoint, c.code, c.hostKey)
                .then(() => {
                  forgetHosted(store, c.code);
                  li.remove();
                })
                .catch((e: unknown) => alert(e instanceof Error ? e.message : String(e)));
            },
          }, "Delete"),
    );
    return li;
  }
}
