// Entry point: the solo game. Reads ?kiosk=1 and ?chapter=ID, registers the offline service worker.
// Phaser is not imported here: the court loads lazily (scenes/lazy-court.ts) when a game needs it.
// The page's language loads first (English is in this bundle; another language is fetched on demand).
import { t } from "../shared/i18n";
import { chapterById } from "./chapters/chapters";
import { startLanguage } from "./i18n/i18n";
import { registerServiceWorker } from "./pwa/register";
import { App } from "./ui/app";
import { required } from "./ui/dom";
import "./styles.css";

/** The page's own words (its title, the court's and the panel's names), in its language. */
function namePage(): void {
  document.title = t("solo.title");
  document.querySelector('meta[name="description"]')?.setAttribute("content", t("solo.page.description"));
  required(document, "#court").setAttribute("aria-label", t("solo.page.court"));
  required(document, "#panel").setAttribute("aria-label", t("solo.page.panel"));
}

async function start(): Promise<void> {
  await startLanguage();
  namePage();
  const params = new URLSearchParams(location.search);
  const chapter = chapterById(params.get("chapter") ?? "");
  const app = new App(required(document, "#app"), { kiosk: params.get("kiosk") === "1", chapter });
  if (chapter) app.intro(chapter);
  else app.home();
  // The DOM screen is usable now, before the court's Phaser chunk has run: mark its first paint.
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark("first-screen");
      document.body.dataset.screen = "1";
    }),
  );
}

void start();
registerServiceWorker();
