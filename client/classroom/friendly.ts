// The screens a student sees when they cannot play: a wrong code, a locked or full class, removed.
import { h } from "../ui/dom";
import type { JoinFailure } from "../source/network-game";

const TITLES: Record<JoinFailure | "kicked" | "lost", string> = {
  "not-found": "We could not find that class",
  "bad-code": "That does not look like a code",
  locked: "This class is locked",
  full: "This class is full",
  "bad-name": "Pick another nickname",
  "host-key": "That is not your class",
  banned: "You have left the class",
  "rate-limited": "Too many tries",
  unreachable: "Cannot reach the class",
  refused: "Could not join",
  kicked: "You have left the class",
  lost: "Your seat was given away",
};

/** A calm full-page note with one way forward. */
export function friendlyScreen(reason: JoinFailure | "kicked" | "lost", message: string, again: () => void): HTMLElement {
  return h(
    "section",
    { class: "friendly", "data-screen": "refused", "data-reason": reason },
    h("h1", {}, TITLES[reason]),
    h("p", { class: "friendly-msg" }, message),
    h("button", { class: "btn primary big", onclick: again }, reason === "kicked" ? "Join another class" : "Try again"),
  );
}
