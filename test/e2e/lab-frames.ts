// The brain lab page's frames before and during a run, counted in the page (the lab e2e test and the
// lab-page bench): a second idle, then a click on Run, then every frame until the table is filled.

/**
 * An expression for page.evaluate that resolves to { idle, running }: rAF times for one second before the
 * click on #run and from the click until body[data-done]. A string, not a function: tsx adds __name()
 * helpers to functions, which do not exist in the page.
 */
export const LAB_RUN_FRAMES = `new Promise((resolve) => {
  const idle = [];
  const running = [];
  const t0 = performance.now();
  const tickIdle = (t) => {
    idle.push(t);
    if (t - t0 < 1000) return requestAnimationFrame(tickIdle);
    document.querySelector("#run").click();
    const tickRun = (t) => {
      running.push(t);
      if (document.body.dataset.done) resolve({ idle, running });
      else requestAnimationFrame(tickRun);
    };
    requestAnimationFrame(tickRun);
  };
  requestAnimationFrame(tickIdle);
})`;

/** What LAB_RUN_FRAMES resolves to. */
export interface LabFrames {
  idle: number[];
  running: number[];
}

/** Frames per second over a list of frame times (0 for fewer than two). */
export function framesPerSecond(frames: readonly number[]): number {
  const span = (frames.at(-1) ?? 0) - (frames[0] ?? 0);
  return span > 0 ? ((frames.length - 1) * 1000) / span : 0;
}
