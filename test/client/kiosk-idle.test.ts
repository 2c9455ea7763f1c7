// A kiosk's idle watch: the reset a minute after the last tap, the warning over its last ten seconds,
// and time the game spends playing by itself (a visitor watching) not counted as idle.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { KIOSK_IDLE_MS, KIOSK_WARN_MS, watchIdle } from "../../client/ui/kiosk";

let target: EventTarget;
let resets: number;
let warnings: (number | null)[];
let moving: boolean;
let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  target = new EventTarget();
  resets = 0;
  warnings = [];
  moving = false;
  stop = watchIdle(() => resets++, { target, busy: () => moving, warn: (s) => warnings.push(s) });
  // A visitor arrives: the first tap.
  tap();
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

function tap(): void {
  target.dispatchEvent(new Event("pointerdown"));
}

describe("a kiosk's idle watch", () => {
  it("resets a minute after the last tap, counting down its last ten seconds once a second", () => {
    vi.advanceTimersByTime(KIOSK_IDLE_MS - KIOSK_WARN_MS - 500);
    expect(warnings).toEqual([]);
    vi.advanceTimersByTime(KIOSK_WARN_MS);
    expect(warnings).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(resets).toBe(0);
    vi.advanceTimersByTime(500);
    expect(resets).toBe(1);
    // The card is taken down with the reset; the start screen then waits for the next visitor, untouched:
    // no question every minute, no reset, until someone taps and walks away again.
    expect(warnings.at(-1)).toBeNull();
    const said = warnings.length;
    vi.advanceTimersByTime(10 * KIOSK_IDLE_MS);
    expect([resets, warnings.length]).toEqual([1, said]);
    tap();
    vi.advanceTimersByTime(KIOSK_IDLE_MS);
    expect(resets).toBe(2);
  });

  it("a tap takes the warning back and starts the minute again", () => {
    vi.advanceTimersByTime(KIOSK_IDLE_MS - 3000);
    expect(warnings.at(-1)).toBe(3);
    tap();
    expect(warnings.at(-1)).toBeNull();
    vi.advanceTimersByTime(KIOSK_IDLE_MS - 1000);
    expect(resets).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(resets).toBe(1);
  });

  it("does not count time the game plays by itself: the minute starts when it stops moving", () => {
    vi.advanceTimersByTime(40_000);
    moving = true;
    // The coach walks for two minutes with nobody tapping: no warning, no reset.
    vi.advanceTimersByTime(120_000);
    expect([resets, warnings]).toEqual([0, []]);
    moving = false;
    vi.advanceTimersByTime(KIOSK_IDLE_MS - 1000);
    expect(resets).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(resets).toBe(1);
  });

  it("counts at once when it starts with a visitor's game on it (resumed after a reload)", () => {
    stop();
    resets = 0;
    stop = watchIdle(() => resets++, { target, touched: true });
    vi.advanceTimersByTime(KIOSK_IDLE_MS);
    expect(resets).toBe(1);
  });

  it("takes a warning back when the game starts moving again, and stops watching when told", () => {
    vi.advanceTimersByTime(KIOSK_IDLE_MS - 5000);
    expect(warnings.at(-1)).toBe(5);
    moving = true;
    vi.advanceTimersByTime(1000);
    expect(warnings.at(-1)).toBeNull();
    moving = false;
    stop();
    vi.advanceTimersByTime(10 * KIOSK_IDLE_MS);
    expect(resets).toBe(0);
  });
});
