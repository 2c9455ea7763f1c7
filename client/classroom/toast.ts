// A short message at the bottom of a classroom page (refusals, "welcome back").
import type { Refusal } from "../../shared";
import { sayRefusal } from "../../shared/game/refusal";
import { translator } from "../i18n/i18n";

let timer: ReturnType<typeof setTimeout> | null = null;

/** Shows a message for a few seconds; `kind` colours it. */
export function toast(text: string, kind: "info" | "error" | "good" = "info"): void {
  const el = document.getElementById("class-toast");
  if (!el) return;
  el.textContent = text;
  el.dataset.kind = kind;
  el.hidden = false;
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => (el.hidden = true), 4000);
}

/** Shows a refusal from the class in the page's language (the message it names), else `fallback`. */
export function toastRefusal(refusal: Refusal, fallback: string): void {
  toast(sayRefusal(refusal, translator()) ?? fallback, "error");
}
