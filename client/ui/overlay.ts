import { fill } from "./dom";

/** The one modal layer: home, chapter intros, the summary, the curve, settings. */
export class Overlay {
  constructor(private readonly el: HTMLElement) {}

  /** Shows content over the game and moves focus into it. */
  show(content: HTMLElement, label: string): void {
    fill(this.el, content);
    this.el.hidden = false;
    this.el.setAttribute("aria-label", label);
    document.body.dataset.overlay = content.dataset.screen ?? "open";
    // The marked control first (a selector list would pick whichever comes first in the page, e.g. Back).
    const first = content.querySelector<HTMLElement>("[data-autofocus]") ?? content.querySelector<HTMLElement>("button, [href], input");
    first?.focus();
  }

  /** Hides the layer. */
  hide(): void {
    this.el.hidden = true;
    fill(this.el);
    delete document.body.dataset.overlay;
  }

  /** Whether something is showing. */
  get open(): boolean {
    return !this.el.hidden;
  }
}
