// The host's way in: a reload gets the class back (token, then host key); a second device opening
// ?host=CODE types the host key (or joins as a student); otherwise a short form creates a class with its
// first settings, and the projector takes over.
import { DEFAULT_SETTINGS } from "../../shared";
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
      h("p", {}, h("a", { href: "./guide.html", target: "_blank", "data-action": "guide" }, "New to the game? The teacher's guide: a 45-minute lesson plan")),
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
        if (!hostKey) return void (status.textContent = "Type the host key first.");
        status.textContent = "Opening the class…";
        // The key is saved as this device's host seat: resume then joins with it, as after a reload.
        store?.setItem(seatKey(code), JSON.stringify({ code, role: "host", token: "", hostKey }));
        NetworkGame.resume({ endpoint, code, signal: AbortSignal.timeout(20_000) })
          .then((game) => {
            if (!game) {
              store?.removeItem(seatKey(code));
              status.textContent = `That key does not open class ${code}. It is on the device that created the class: Settings, then "Run this class from another device".`;
              return;
            }
            store?.setItem(LAST_HOSTED_KEY, code);
            rememberHosted(store, { code, hostKey, createdAt: Date.now() });
            new Projector(root, game, endpoint);
          })
          .catch((err: unknown) => (status.textContent = err instanceof JoinError ? err.message : String(err)));
      },
    },
    h("h1", {}, `Class ${code} is hosted on another device`),
    h("p", {}, "To run it from here too, type its host key. You find it on the projector that created the class: Settings, then “Run this class from another device”."),
    h("label", { class: "field", for: "host-key" }, "Host key"),
    input,
    h("p", { class: "small", id: "host-key-help" }, "Never show the key to students: it lets anyone run the class."),
    h("button", { class: "btn primary big", type: "submit", "data-action": "use-host-key" }, "Run the class here"),
    status,
    h("a", { class: "btn big", href: `?code=${code}`, "data-action": "join-instead" }, "Join this class as a student instead"),
    h("a", { class: "btn", href: "?host", "data-action": "new-class" }, "Start a new class"),
  );
  fill(root, form);
}
