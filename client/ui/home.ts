import { CHAPTERS, type Chapter } from "../chapters/chapters";
import { t } from "../../shared/i18n";
import { languagePicker } from "../i18n/i18n";
import { h } from "./dom";

/** A kiosk's first screen, for a stranger walking up: a few words and one big button. */
export function welcomeView(play: () => void, more: () => void): HTMLElement {
  return h(
    "div",
    { class: "welcome", "data-screen": "welcome" },
    h("h1", {}, t("solo.title")),
    h("p", { class: "welcome-words" }, t("solo.welcome.words")),
    h("button", { class: "btn primary big", "data-action": "begin", "data-autofocus": "", onclick: play }, t("solo.welcome.play")),
    h("button", { class: "btn secondary welcome-more", "data-action": "more", onclick: more }, t("solo.welcome.more")),
  );
}

/** The start screen: the guided chapters, free play, the finale once the path is done, and (except in a kiosk) the classroom. */
export function homeView(done: ReadonlySet<string>, chapter: (c: Chapter) => void, freePlay: () => void, kiosk = false, finale: (() => void) | null = null): HTMLElement {
  const next = CHAPTERS.find((c) => !done.has(c.id)) ?? CHAPTERS[0];
  return h(
    "div",
    { class: "home", "data-screen": "home" },
    h("h1", {}, t("solo.title")),
    h("p", { class: "tagline" }, t("solo.home.tagline")),
    h(
      "ol",
      { class: "chapters" },
      ...CHAPTERS.map((c) =>
        h(
          "li",
          {},
          h(
            "button",
            { class: `btn chapter${c === next ? " primary" : ""}`, "data-chapter": c.id, "data-done": String(done.has(c.id)), "data-autofocus": c === next ? "" : null, onclick: () => chapter(c) },
            h("span", {}, done.has(c.id) ? t("solo.home.done", { title: c.title }) : c.title),
            h("small", {}, c.idea),
          ),
        ),
      ),
    ),
    h(
      "div",
      { class: "home-more" },
      h("button", { class: "btn secondary", "data-action": "free-play", onclick: freePlay }, t("solo.home.freePlay")),
      finale && done.has(CHAPTERS[CHAPTERS.length - 1].id) ? h("button", { class: "btn secondary", "data-action": "finale", onclick: finale }, t("solo.home.finale")) : null,
      // A kiosk stays on this device's solo game: the classroom needs names typed and a server.
      kiosk ? null : h("a", { class: "btn secondary", href: "class.html?host", "data-action": "host-class" }, t("solo.home.host"), h("small", {}, t("solo.home.hostSmall"))),
      kiosk ? null : h("a", { class: "btn secondary", href: "class.html", "data-action": "join-class" }, t("solo.home.join"), h("small", {}, t("solo.home.joinSmall"))),
      kiosk ? null : h("a", { class: "btn secondary", href: "lab.html", "data-action": "brain-lab" }, t("network.link.lab"), h("small", {}, t("network.link.labSmall"))),
    ),
    // Each device picks its own language; the page reloads in it and resumes where it was. A kiosk offers
    // no form control at all (its language is the browser's, or ?lang= set by whoever installs it).
    kiosk ? null : languagePicker(),
  );
}

/** A chapter's opening card. */
export function introView(c: Chapter, play: () => void, back: () => void): HTMLElement {
  return h(
    "div",
    { class: "card-box intro", "data-screen": "intro" },
    h("h2", {}, c.title),
    ...c.intro.map((p) => h("p", {}, p)),
    h("p", { class: "goal-line" }, h("strong", {}, t("solo.intro.goal")), c.goal.text),
    h("div", { class: "row" }, h("button", { class: "btn secondary", onclick: back }, t("solo.intro.back")), h("button", { class: "btn primary", "data-action": "play", "data-autofocus": "", onclick: play }, t("solo.intro.play"))),
  );
}
