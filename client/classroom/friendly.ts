// The screens a student sees when they cannot play: a wrong code, a locked or full class, removed.
import type { MessageId } from "../../shared/i18n";
import { t } from "../i18n/i18n";
import { h } from "../ui/dom";
import type { JoinFailure } from "../source/network-game";

const TITLES: Record<JoinFailure | "kicked" | "lost", MessageId> = {
  "not-found": "student.friendly.notFound",
  "bad-code": "student.friendly.badCode",
  locked: "student.friendly.locked",
  full: "student.friendly.full",
  "bad-name": "student.friendly.badName",
  "host-key": "student.friendly.hostKey",
  banned: "student.friendly.banned",
  "rate-limited": "student.friendly.rateLimited",
  unreachable: "student.friendly.unreachable",
  refused: "student.friendly.refused",
  kicked: "student.friendly.kicked",
  lost: "student.friendly.lost",
};

/**
 * A calm full-page note with one way forward. `message` is a refused join's sentence (already in the
 * page's language); a removed or lost seat says its own, since the connection's note is English.
 */
export function friendlyScreen(reason: JoinFailure | "kicked" | "lost", message: string, again: () => void): HTMLElement {
  const text = reason === "kicked" ? t("student.friendly.kickedText") : reason === "lost" ? t("student.friendly.lostText") : message;
  return h(
    "section",
    { class: "friendly", "data-screen": "refused", "data-reason": reason },
    h("h1", {}, t(TITLES[reason])),
    h("p", { class: "friendly-msg" }, text),
    h("button", { class: "btn primary big", onclick: again }, t(reason === "kicked" ? "student.friendly.another" : "student.friendly.again")),
  );
}
