// The student's way in: a reload takes the seat back silently; otherwise the code (from the QR's URL
// or typed) and a nickname (or one made up, in the device's language), then the controller. Every word
// comes from the message files in the device's language (client/i18n), with a picker to change it.
import { generatedName, LIMITS, type NameProblem, Rng } from "../../shared";
import { languageOf, type MessageId } from "../../shared/i18n";
import { languagePicker, t, translator } from "../i18n/i18n";
import { fill, h } from "../ui/dom";
import { JoinError, NetworkGame } from "../source/network-game";
import { Controller } from "./controller";
import { pageEndpoint } from "./endpoint";
import { friendlyScreen } from "./friendly";
import "./student-i18n.css";

/** What the device says for each reason a typed nickname cannot be used. */
const NAME_PROBLEM: Record<NameProblem, MessageId> = {
  empty: "student.name.empty",
  characters: "student.name.characters",
  "too-many-marks": "student.name.tooManyMarks",
  "too-long": "student.name.tooLong",
  bot: "student.name.bot",
  rude: "student.name.rude",
};

// The name checks (a look-alike table and rude-word lists, ~26 KB gzip) load when the student starts
// typing a nickname, not with the page: a student who lets the game make a name up never needs them.
let checks: Promise<typeof import("../../shared/game/name-checks")> | undefined;

/** The name checks, fetched once; a failed fetch (Wi-Fi gone) is tried again next time. */
function nameChecks(): Promise<typeof import("../../shared/game/name-checks")> {
  return (checks ??= import("../../shared/game/name-checks").catch((e: unknown) => {
    checks = undefined;
    throw e;
  }));
}

/** How many made-up names to try when the one drawn is already taken in the class. */
const MADE_UP_TRIES = 6;

/** Opens the student's page in `root` for an optional code from the URL. */
export async function studentPage(root: HTMLElement, code: string | null): Promise<void> {
  // The page's title and its heading for screen readers (class.html's are English) in the page's language.
  document.title = t("student.page.title");
  const heading = document.querySelector("body > header h1");
  if (heading) heading.textContent = t("student.page.title");
  if (code) {
    // Keeps trying (a restarting server, a Wi-Fi coming back) until the seat is back or the student gives up on it.
    const stop = new AbortController();
    const note = h("p", { class: "small", role: "status" });
    fill(
      root,
      h(
        "section",
        { class: "waiting", "data-screen": "getting-seat" },
        h("p", { class: "big-text" }, t("student.join.gettingSeat")),
        note,
        h("button", { class: "btn", "data-action": "join-new", onclick: () => stop.abort() }, t("student.join.someoneNew")),
      ),
    );
    const back = await NetworkGame.resume({
      endpoint: pageEndpoint(),
      code,
      signal: stop.signal,
      onAttempt: (n) => (note.textContent = n > 1 ? t("student.join.stillTrying", { attempt: n }) : ""),
    }).catch(() => null);
    if (back) {
      play(root, back);
      return;
    }
  }
  joinForm(root, code ?? "");
}

/** A name made up in the page's language (the test language makes English ones), from a fresh random seed. */
function madeUpName(): string {
  const seed = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  return generatedName(new Rng(seed), languageOf(translator().code).code);
}

function joinForm(root: HTMLElement, code: string): void {
  const codeInput = h("input", { id: "code", name: "code", value: code, maxlength: 8, autocomplete: "off", autocapitalize: "characters", spellcheck: "false", "aria-label": t("student.join.codeAria"), placeholder: "ABCDE", class: "code-input", dir: "ltr" });
  const nameInput = h("input", { id: "nickname", name: "nickname", maxlength: 20, autocomplete: "off", "aria-label": t("student.join.nameAria"), placeholder: t("student.join.namePlaceholder"), dir: "auto", oninput: () => void nameChecks().catch(() => undefined) });
  const status = h("p", { class: "small", role: "status" });
  const attempt = (name: string) => NetworkGame.join({ endpoint: pageEndpoint(), code: codeInput.value, name });
  const join = async (typed: string | null) => {
    if (typed !== null) {
      // Checked here first, so the student reads why in their own language (the server says it in English);
      // if the checks cannot be fetched, the server's check (and its English sentence) is still there.
      const checked = (await nameChecks().catch(() => null))?.cleanName(typed);
      if (checked && !checked.ok) {
        status.textContent = t(NAME_PROBLEM[checked.problem], { max: LIMITS.name.max });
        return;
      }
    }
    status.textContent = t("student.join.joining");
    try {
      let game: NetworkGame | null = null;
      if (typed !== null) game = await attempt(typed);
      else {
        // A made-up name in the device's language; another draw if someone already has it.
        for (let i = 0; game === null; i++) {
          try {
            game = await attempt(madeUpName());
          } catch (e) {
            if (!(e instanceof JoinError && e.reason === "bad-name" && i + 1 < MADE_UP_TRIES)) throw e;
          }
        }
      }
      // The address a reload resumes from; a ?lang= given for this visit stays with it.
      const lang = new URLSearchParams(location.search).get("lang");
      history.replaceState(null, "", `?code=${game.code}${lang ? `&lang=${encodeURIComponent(lang)}` : ""}`);
      play(root, game);
    } catch (e) {
      const err = e instanceof JoinError ? e : new JoinError("refused");
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
      { class: "join", "data-screen": "join", onsubmit: (e: Event) => (e.preventDefault(), void join(nameInput.value.trim() === "" ? null : nameInput.value)) },
      h("div", { class: "student-language" }, languagePicker()),
      h("h1", {}, t("student.join.title")),
      h("label", { for: "code" }, t("student.join.codeLabel")),
      codeInput,
      h("label", { for: "nickname" }, t("student.join.nameLabel")),
      nameInput,
      h(
        "div",
        { class: "row" },
        h("button", { class: "btn primary big", type: "submit", "data-action": "join" }, t("student.join.join")),
        h("button", { class: "btn big", type: "button", "data-action": "join-generated", onclick: () => void join(null) }, t("student.join.makeOneUp")),
      ),
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
