// Entry point of the classroom page: class.html?host (the projector), class.html?code=ABCDE (a
// student's controller, the QR code's address), or class.html (type a code, or host).
import { h, fill, required } from "../ui/dom";
import { studentPage } from "./student-page";
import "../styles.css";
import "./classroom.css";

const root = required(document, "#class");
const params = new URLSearchParams(location.search);
if (params.has("host")) {
  // Only the projector needs Phaser: students' phones never download it.
  void import("./host-page").then(({ hostPage }) => hostPage(root, params.get("host") || null));
} else if (params.has("code") || params.has("join")) {
  void studentPage(root, params.get("code"));
} else {
  fill(
    root,
    h(
      "section",
      { class: "landing", "data-screen": "landing" },
      h("h1", {}, "The Blame Game: class"),
      h("a", { class: "btn primary big", href: "?join" }, "I'm a student: join"),
      h("a", { class: "btn big", href: "?host" }, "I'm the teacher: host a class"),
      h("a", { class: "btn", href: "./" }, "Play alone"),
    ),
  );
}
