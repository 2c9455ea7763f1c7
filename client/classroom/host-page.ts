// The host's way in: a reload gets the class back (token, then host key); a second device opening
// ?host=CODE types the host key (or joins as a student); otherwise a short form creates a class with its
// first settings, and the projector takes over.
import { DEFAULT_SETTINGS } from "../../shared";
import { languagePicker, t, wantedLanguage } from "../i18n/i18n";
import { fill, h, required } from "../ui/dom";
import { JoinError, LAST_HOSTED_KEY, NetworkGame, browserStore, seatKey } from "../source/network-game";
import { rememberHosted } from "../source/network/seat-store";
import { classSettings } from "./class-settings";
import { pageEndpoint } from "./endpoint";
import { Projector } from "./projector";
import { recentClasses } from "./recent-classes";

/** Opens the host's page; `code` is the class this tab hosted before a reload, if any. */
export async function hostPage(root: HTMLElement, code: string | null): Promise<void> {
  const endpoint = pageEndpoint();
  const store = browserStore();
  // ?host=CODE on a device that never hosted it: ask for the host key (or offer to join), never a silent new class.
  if (code && !store?.getItem(seatKey(code))) return hostKeyScreen(root, endpoint, code.toUpperCase());
  const previous = code || store?.getItem(LAST_HOSTED_KEY) || null;
  if (previous) {
    const stop = new AbortController();
    const note = h("p", { class: "small", role: "status" });
    fill(
      root,
      h(
        "section",
        { class: "waiting", "data-screen": "getting-class" },
        h("p", { class: "big-text" }, t("class.resume.gettingBack", { code: previous })),
        note,
        h("button", { class: "btn", "data-action": "new-class", onclick: () => stop.abort() }, t("class.resume.newInstead")),
      ),
    );
    const back = await NetworkGame.resume({
      endpoint,
      code: previous,
      signal: stop.signal,
      onAttempt: (n) => (note.textContent = n > 1 ? t("class.resume.stillTrying", { attempt: n }) : ""),
    }).catch(() => null);
    if (back) {
      new Projector(root, back, endpoint);
      return;
    }
    history.replaceState(null, "", hostAddress(""));
  }
  const status = h("p", { class: "small", role: "status" });
  fill(
    root,
    h(
      "section",
      { class: "create", "data-screen": "create" },
      languagePicker(),
      h("h1", {}, t("class.create.title")),
      h("p", {}, t("class.create.intro")),
      h("p", {}, h("a", { href: `./guide.html?lang=${encodeURIComponent(wantedLanguage())}`, target: "_blank", "data-action": "guide" }, t("class.create.guide"))),
      classSettings(DEFAULT_SETTINGS, true, (settings) => {
        status.textContent = t("class.create.creating");
        NetworkGame.host({ endpoint, settings })
          .then((game) => {
            history.replaceState(null, "", hostAddress(game.code));
            new Projector(root, game, endpoint);
          })
          .catch((e: unknown) => (status.textContent = e instanceof JoinError ? e.message : String(e)));
      }),
      status,
      recentClasses(endpoint, (c) => location.assign(`?host=${c}`)),
    ),
  );
  required<HTMLButtonElement>(root, "[data-action=apply-settings]").textContent = t("class.create.submit");
}

/** This page's address for hosting `code` ("" for a new class), keeping a ?lang= it was opened with (a reload keeps the language). */
function hostAddress(code: string): string {
  const lang = new URLSearchParams(location.search).get("lang");
  return `?host${code ? `=${code}` : ""}${lang ? `&lang=${encodeURIComponent(lang)}` : ""}`;
}

/** Class `code` opened as host on a device without its key: type the key to run it here, or join it as a student. */
function hostKeyScreen(root: HTMLElement, endpoint: string, code: string): void {
  const store = browserStore();
  const status = h("p", { class: "small", role: "status" });
  const input = h("input", { id: "host-key", name: "hostKey", autocomplete: "off", spellcheck: "false", "aria-describedby": "host-key-help" });
  const form = h(
    "form",
    {
      class: "create",
      "data-screen": "host-key",
      onsubmit: (e: Event) => {
        e.preventDefault();
        const hostKey = input.value.trim();
        if (!hostKey) return void (status.textContent = t("class.hostKey.empty"));
        status.textContent = t("class.hostKey.opening");
        // The key is saved as this device's host seat: resume then joins with it, as after a reload.
        store?.setItem(seatKey(code), JSON.stringify({ code, role: "host", token: "", hostKey }));
        NetworkGame.resume({ endpoint, code, signal: AbortSignal.timeout(20_000) })
          .then((game) => {
            if (!game) {
              store?.removeItem(seatKey(code));
              status.textContent = t("class.hostKey.wrong", { code });
              return;
            }
            store?.setItem(LAST_HOSTED_KEY, code);
            rememberHosted(store, { code, hostKey, createdAt: Date.now() });
            new Projector(root, game, endpoint);
          })
          .catch((err: unknown) => (status.textContent = err instanceof JoinError ? err.message : String(err)));
      },
    },
    h("h1", {}, t("class.hostKey.title", { code })),
    h("p", {}, t("class.hostKey.intro")),
    h("label", { class: "field", for: "host-key" }, t("class.hostKey.label")),
    input,
    h("p", { class: "small", id: "host-key-help" }, t("class.hostKey.help")),
    h("button", { class: "btn primary big", type: "submit", "data-action": "use-host-key" }, t("class.hostKey.submit")),
    status,
    h("a", { class: "btn big", href: `?code=${code}`, "data-action": "join-instead" }, t("class.hostKey.joinInstead")),
    h("a", { class: "btn", href: "?host", "data-action": "new-class" }, t("class.hostKey.newClass")),
  );
  fill(root, form);
}
