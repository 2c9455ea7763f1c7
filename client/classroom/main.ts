// Entry point of the classroom page: class.html?host (the projector), class.html?code=ABCDE (a
// student's controller, the QR code's address), or class.html (type a code, or host).
import { h, fill, required } from "../ui/dom";
import { studentPage } from "./student-page";
import { languagePicker, startLanguage, t } from "../i18n/i18n";
import "../styles.css";
import "./classroom.css";

const root = required(document, "#class");
const params = new URLSearchParams(location.search);
if (params.has("host")) {
  // Only the projector needs Phaser: students' phones never download it. The projector speaks the host's language.
  void Promise.all([startLanguage(), import("./host-page")]).then(([, { hostPage }]) => {
    pageTitle();
    return hostPage(root, params.get("host") || null);
  });
} else if (params.has("code") || params.has("join")) {
  // The student's words come in the device's language: loaded before the first screen is built.
  void startLanguage().then(() => studentPage(root, params.get("code")));
} else {
  void startLanguage().then(landing);
}

/** The page's title (and its one heading for screen readers) in the page's language. */
function pageTitle(): void {
  document.title = t("class.landing.title");
  const heading = document.querySelector("body > header h1");
  if (heading) heading.textContent = t("class.landing.title");
}

/** The landing: join as a student, host as the teacher, or play alone; with the language picker. */
function landing(): void {
  pageTitle();
  fill(
    root,
    h(
      "section",
      { class: "landing", "data-screen": "landing" },
      h("h1", {}, t("class.landing.title")),
      h("a", { class: "btn primary big", href: "?join" }, t("class.landing.student")),
      h("a", { class: "btn big", href: "?host" }, t("class.landing.teacher")),
      h("a", { class: "btn", href: "./" }, t("class.landing.solo")),
      languagePicker(),
    ),
  );
}
