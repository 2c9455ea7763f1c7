// Entry point: the solo game. Reads ?kiosk=1 and ?chapter=ID, registers the offline service worker.
// Phaser is not imported here: the court loads lazily (scenes/lazy-court.ts) after the first paint.
import { chapterById } from "./chapters/chapters";
import { registerServiceWorker } from "./pwa/register";
import { App } from "./ui/app";
import { required } from "./ui/dom";
import "./styles.css";

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
registerServiceWorker();
