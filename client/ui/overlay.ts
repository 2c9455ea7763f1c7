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

  /**
   * Shows content over whatever the layer shows now (a dialog over the start screen, or over the game);
   * the function returned puts that back, or hides the layer, and gives the focus back to where it was.
   */
  push(content: HTMLElement, label: string): () => void {
    const before = this.open ? (this.el.firstElementChild as HTMLElement | null) : null;
    const beforeLabel = this.el.getAttribute("aria-label") ?? "";
    const focus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.show(content, label);
    return () => {
      if (before) this.show(before, beforeLabel);
      else this.hide();
      if (focus?.isConnected && focus !== document.body) focus.focus();
    };
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
