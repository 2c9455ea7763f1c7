// A short message at the bottom of a classroom page (refusals, "welcome back").

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
