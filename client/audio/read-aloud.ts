// Read-aloud: the browser's own speech synthesis reads the story and the cards, off by default. It reads
// what the live region announces (so it says exactly what a screen reader hears), and anything handed to
// say(); the student controller can use the same class on its own live region.

/** The part of the browser's speechSynthesis read-aloud uses (a test can pass a recorder). */
export interface Speech {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
}

/** Makes an utterance (injectable where SpeechSynthesisUtterance does not exist). */
export type Utter = (text: string) => SpeechSynthesisUtterance;

const browserSpeech = (): Speech | null => (typeof window !== "undefined" && "speechSynthesis" in window ? window.speechSynthesis : null);
/** The voice's language for the page's (<html lang>): a voice is found by region-tagged codes, so Simplified Chinese asks for zh-CN. */
export function speechLang(pageLang: string): string {
  return pageLang === "zh-Hans" ? "zh-CN" : pageLang || "en";
}

const browserUtter: Utter = (text) => {
  const u = new SpeechSynthesisUtterance(text);
  // The page's language (client/i18n sets <html lang> before the first screen): each sentence is read in it.
  u.lang = speechLang(document.documentElement.lang);
  // A little slower than the default: the sentences carry numbers.
  u.rate = 0.95;
  return u;
};

/** Reads sentences aloud, in order, while enabled. */
export class ReadAloud {
  constructor(
    private on = false,
    private readonly speech: Speech | null = browserSpeech(),
    private readonly utter: Utter = browserUtter,
  ) {}

  /** Whether this browser can speak at all. */
  get available(): boolean {
    return this.speech !== null;
  }

  /** Whether it reads now. */
  get enabled(): boolean {
    return this.on;
  }

  /** Turns reading on or off; off stops at once whatever was still to be read. */
  set enabled(on: boolean) {
    this.on = on;
    if (!on) this.speech?.cancel();
  }

  /** Queues a sentence (after anything still being read). */
  say(text: string): void {
    const words = text.trim();
    if (!this.on || !this.speech || !words) return;
    this.speech.speak(this.utter(words));
  }

  /** Reads every entry added to `region` from now on (a live region's announcements); returns a function that stops listening. */
  listen(region: HTMLElement): () => void {
    const observer = new MutationObserver((changes) => {
      for (const c of changes) for (const n of c.addedNodes) this.say(n.textContent ?? "");
    });
    observer.observe(region, { childList: true });
    return () => observer.disconnect();
  }
}
