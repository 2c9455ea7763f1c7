// The host's way in: a reload gets the class back (token, then host key); otherwise a short form
// creates a class with its first settings, and the projector takes over.
import { DEFAULT_SETTINGS } from "../../shared";
import { fill, h, required } from "../ui/dom";
import { JoinError, LAST_HOSTED_KEY, NetworkGame, browserStore } from "../source/network-game";
import { classSettings } from "./class-settings";
import { pageEndpoint } from "./endpoint";
import { Projector } from "./projector";

/** Opens the host's page; `code` is the class this tab hosted before a reload, if any. */
export async function hostPage(root: HTMLElement, code: string | null): Promise<void> {
  const endpoint = pageEndpoint();
  const previous = code || browserStore()?.getItem(LAST_HOSTED_KEY) || null;
  if (previous) {
    fill(root, h("p", { class: "waiting big-text" }, "Getting your class back…"));
    const back = await NetworkGame.resume({ endpoint, code: previous }).catch(() => null);
    if (back) {
      new Projector(root, back, endpoint);
      return;
    }
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
    ),
  );
  required<HTMLButtonElement>(root, "[data-action=apply-settings]").textContent = "Create the class";
}
