import { CHAPTERS, type Chapter } from "../chapters/chapters";
import { h } from "./dom";

/** A kiosk's first screen, for a stranger walking up: a few words and one big button. */
export function welcomeView(play: () => void, more: () => void): HTMLElement {
  return h(
    "div",
    { class: "welcome", "data-screen": "welcome" },
    h("h1", {}, "The Blame Game"),
    h("p", { class: "welcome-words" }, "Be one neuron in a line. Pass the ball, miss the hoop, find out whose fault it was."),
    h("button", { class: "btn primary big", "data-action": "begin", "data-autofocus": "", onclick: play }, "▶ Play"),
    h("button", { class: "btn secondary welcome-more", "data-action": "more", onclick: more }, "All chapters"),
  );
}

/** The start screen: the guided chapters, free play, the finale once the path is done, and (except in a kiosk) the classroom. */
export function homeView(done: ReadonlySet<string>, chapter: (c: Chapter) => void, freePlay: () => void, kiosk = false, finale: (() => void) | null = null): HTMLElement {
  const next = CHAPTERS.find((c) => !done.has(c.id)) ?? CHAPTERS[0];
  return h(
    "div",
    { class: "home", "data-screen": "home" },
    h("h1", {}, "The Blame Game"),
    h("p", { class: "tagline" }, "You are one neuron in a line that passes a ball. Miss the hoop, find out whose fault it was, and learn together."),
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
            h("span", {}, `${done.has(c.id) ? "✔ " : ""}${c.title}`),
            h("small", {}, c.idea),
          ),
        ),
      ),
    ),
    h(
      "div",
      { class: "home-more" },
      h("button", { class: "btn secondary", "data-action": "free-play", onclick: freePlay }, "Free play ⚙"),
      finale && done.has(CHAPTERS[CHAPTERS.length - 1].id) ? h("button", { class: "btn secondary", "data-action": "finale", onclick: finale }, "The rules side by side ★") : null,
      // A kiosk stays on this device's solo game: the classroom needs names typed and a server.
      kiosk ? null : h("a", { class: "btn secondary", href: "class.html?host", "data-action": "host-class" }, "Host a class ▣", h("small", {}, "on a projector")),
      kiosk ? null : h("a", { class: "btn secondary", href: "class.html", "data-action": "join-class" }, "Join a class →", h("small", {}, "with a code")),
    ),
  );
}

/** A chapter's opening card. */
export function introView(c: Chapter, play: () => void, back: () => void): HTMLElement {
  return h(
    "div",
    { class: "card-box intro", "data-screen": "intro" },
    h("h2", {}, c.title),
    ...c.intro.map((p) => h("p", {}, p)),
    h("p", { class: "goal-line" }, h("strong", {}, "Your goal: "), c.goal.text),
    h("div", { class: "row" }, h("button", { class: "btn secondary", onclick: back }, "Back"), h("button", { class: "btn primary", "data-action": "play", "data-autofocus": "", onclick: play }, "Play ▶")),
  );
}
