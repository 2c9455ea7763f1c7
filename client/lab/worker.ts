// The brain lab's worker: runs the experiment off the page's thread so the page keeps drawing; posts each run as it finishes.
import type { RunSpec } from "../../shared";
import { type LabRun, runLab } from "./grid";

/** What the worker posts: one finished run and its place in the list. */
export interface LabProgress {
  index: number;
  run: LabRun;
}

self.onmessage = (e: MessageEvent<RunSpec[]>) => {
  e.data.forEach((spec, index) => self.postMessage({ index, run: runLab(spec) } satisfies LabProgress));
};
