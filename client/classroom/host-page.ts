// The host's way in: a reload gets the class back (token, then host key); otherwise a short form
// creates a class with its first settings, and the projector takes over.
import { DEFAULT_SETTINGS } from "../../shared";
import { fill, h, required } from "../ui/dom";
import { JoinError, LAST_HOSTED_KEY, NetworkGame, browserStore } from "../source/network-game";
import { classSettings } from "./class-settings";
import { pageEndpoint } from "./endpoint";
import { Projector } from "./projector";
import { recentClasses } from "./recent-classes";

/** Opens the host's page; `code` is the class this tab hosted before a reload, if any. */
export async function hostPage(root: HTMLElement, code: string | null): Promise<void> {
  const endpoint = pageEndpoint();
  const previous = code || browserStore()?.getItem(LAST_HOSTED_KEY) || null;
  if (previous) {
    const stop = new AbortController();
    const note = h("p", { class: "small", role: "status" });
    fill(
      root,
      h(
        "section",
        { class: "waiting", "data-screen": "getting-class" },
        h("p", { class: "big-text" }, `Getting your class ${previous} back…`),
        note,
        h("button", { class: "btn", "data-action": "new-class", onclick: () => stop.abort() }, "Start a new class instead"),
      ),
    );
    const back = await NetworkGame.resume({
      endpoint,
      code: previous,
      signal: stop.signal,
      onAttempt: (n) => (note.textContent = n > 1 ? `The server is not answering yet: still trying (${n})…` : ""),
    }).catch(() => null);
    if (back) {
      new Projector(root, back, endpoint);
      return;
    }
    history.replaceState(null, "", "?host");
  }
  const status = h("p", { class: "small", role: "status" });
  fill(
    root,
    h(
      "section",
      { class: "create", "data-screen": "create" },
      h("h1", {}, "Host a class"),
      h("p", {}, "Students join from their phones or tablets with a code. You can change all of this in the lobby."),
      classSettings(DEFAULT_SETTINGS, true, (settings) => {
        status.textContent = "Creating the class…";
        NetworkGame.host({ endpoint, settings })
          .then((game) => {
            history.replaceState(null, "", `?host=${game.code}`);
            new Projector(root, game, endpoint);
          })
          .catch((e: unknown) => (status.textContent = e instanceof JoinError ? e.message : String(e)));
      }),
      status,
      recentClasses(endpoint, (c) => location.assign(`?host=${c}`)),
    ),
  );
  required<HTMLButtonElement>(root, "[data-action=apply-settings]").textContent = "Create the class";
}
