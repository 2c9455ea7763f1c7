// The student's way in: a reload takes the seat back silently; otherwise the code (from the QR's URL
// or typed) and a nickname (or one made up), then the controller.
import { fill, h } from "../ui/dom";
import { JoinError, NetworkGame } from "../source/network-game";
import { Controller } from "./controller";
import { pageEndpoint } from "./endpoint";
import { friendlyScreen } from "./friendly";

/** Opens the student's page in `root` for an optional code from the URL. */
export async function studentPage(root: HTMLElement, code: string | null): Promise<void> {
  if (code) {
    // Keeps trying (a restarting server, a Wi-Fi coming back) until the seat is back or the student gives up on it.
    const stop = new AbortController();
    const note = h("p", { class: "small", role: "status" });
    fill(
      root,
      h(
        "section",
        { class: "waiting", "data-screen": "getting-seat" },
        h("p", { class: "big-text" }, "Getting your seat…"),
        note,
        h("button", { class: "btn", "data-action": "join-new", onclick: () => stop.abort() }, "Join as someone new"),
      ),
    );
    const back = await NetworkGame.resume({
      endpoint: pageEndpoint(),
      code,
      signal: stop.signal,
      onAttempt: (n) => (note.textContent = n > 1 ? `The class is not answering yet: still trying (${n})…` : ""),
    }).catch(() => null);
    if (back) {
      play(root, back);
      return;
    }
  }
  joinForm(root, code ?? "");
}

function joinForm(root: HTMLElement, code: string): void {
  const codeInput = h("input", { id: "code", name: "code", value: code, maxlength: 8, autocomplete: "off", autocapitalize: "characters", spellcheck: "false", "aria-label": "Class code", placeholder: "ABCDE", class: "code-input" });
  const nameInput = h("input", { id: "nickname", name: "nickname", maxlength: 20, autocomplete: "off", "aria-label": "Nickname", placeholder: "a nickname" });
  const status = h("p", { class: "small", role: "status" });
  const join = async (name: string) => {
    status.textContent = "Joining…";
    try {
      const game = await NetworkGame.join({ endpoint: pageEndpoint(), code: codeInput.value, name });
      history.replaceState(null, "", `?code=${game.code}`);
      play(root, game);
    } catch (e) {
      const err = e instanceof JoinError ? e : new JoinError("refused", String(e));
      if (err.reason === "bad-name") {
        status.textContent = err.message;
        return;
      }
      fill(root, friendlyScreen(err.reason, err.message, () => joinForm(root, codeInput.value)));
    }
  };
  fill(
    root,
    h(
      "form",
      { class: "join", "data-screen": "join", onsubmit: (e: Event) => (e.preventDefault(), void join(nameInput.value)) },
      h("h1", {}, "Join the class"),
      h("label", { for: "code" }, "Class code (on the board)"),
      codeInput,
      h("label", { for: "nickname" }, "Your nickname"),
      nameInput,
      h("div", { class: "row" }, h("button", { class: "btn primary big", type: "submit", "data-action": "join" }, "Join"), h("button", { class: "btn big", type: "button", "data-action": "join-generated", onclick: () => void join("") }, "Make one up for me")),
      status,
    ),
  );
  (code ? nameInput : codeInput).focus();
}

function play(root: HTMLElement, game: NetworkGame): void {
  const controller = new Controller(root, game, (reason, message) => {
    controller.dispose();
    fill(root, friendlyScreen(reason, message, () => joinForm(root, "")));
  });
}
