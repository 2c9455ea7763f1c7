// Keeps a student's screen on while a round runs (a phone that dims and sleeps drops its socket).
// The Screen Wake Lock API is released by the browser whenever the page is hidden, so it is asked for
// again when the page comes back. Where the API is missing (older browsers), nothing happens.

interface WakeLockSentinelLike {
  released: boolean;
  release(): Promise<void>;
}
type WakeLockNavigator = Navigator & { wakeLock?: { request(type: "screen"): Promise<WakeLockSentinelLike> } };

/** Holds the screen awake while `wanted` is true. */
export class ScreenAwake {
  private lock: WakeLockSentinelLike | null = null;
  private wanted = false;
  private readonly onVisible = () => {
    if (document.visibilityState === "visible") void this.acquire();
  };

  constructor() {
    document.addEventListener("visibilitychange", this.onVisible);
  }

  /** Asks for the screen to stay on (true) or lets it sleep (false). */
  want(on: boolean): void {
    if (on === this.wanted) return;
    this.wanted = on;
    if (on) void this.acquire();
    else void this.lock?.release().catch(() => undefined);
  }

  dispose(): void {
    document.removeEventListener("visibilitychange", this.onVisible);
    this.want(false);
  }

  private async acquire(): Promise<void> {
    const api = (navigator as WakeLockNavigator).wakeLock;
    if (!api || !this.wanted || (this.lock && !this.lock.released)) return;
    // Refused (battery saver, no user gesture yet): the game works without it.
    this.lock = await api.request("screen").catch(() => null);
  }
}
