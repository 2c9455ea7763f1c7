// Entry point: the solo game. Reads ?kiosk=1 and ?chapter=ID, registers the offline service worker.
import { chapterById } from "./chapters/chapters";
import { registerServiceWorker } from "./pwa/register";
import { App } from "./ui/app";
import "./styles.css";

const params = new URLSearchParams(location.search);
const chapter = chapterById(params.get("chapter") ?? "");
const app = new App(document.getElementById("app")!, { kiosk: params.get("kiosk") === "1", chapter });
if (chapter) app.intro(chapter);
else app.home();
registerServiceWorker();
