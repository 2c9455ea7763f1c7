// Several courts drawn by ONE Phaser game: the projector shows a court per line, and four Phaser games
// (four loops, four canvases) ran its coach walk at 23-35 fps at 4x CPU throttling. Here one transparent
// canvas lies over all the courts' boxes and each court is a scene whose camera is moved onto its box.
import * as Phaser from "phaser";
import type { SceneModel } from "./court-model";
import { CourtScene } from "./court-scene";
import type { Viewport } from "./court-viewport";

/** One court on a stage: a box on the page it is drawn over, and the model it shows. */
export interface StagedCourt {
  /** Shows a game state on this court. */
  setModel(model: SceneModel): void;
}

interface Slot {
  scene: CourtScene;
  box: HTMLElement | null;
  tapAbort: AbortController | null;
}

/** One Phaser game over `parent` (which it fills; it lets pointer events through) drawing a court over each box given. */
export class CourtStage {
  private readonly game: Phaser.Game;
  private readonly slots: Slot[] = [];
  private waking = false;
  /** Stops watching the boxes (set while the loop sleeps). */
  private unwatch: (() => void) | null = null;

  constructor(private readonly parent: HTMLElement) {
    this.game = new Phaser.Game({
      // Canvas, as CourtView: faster than WebGL wherever WebGL falls back to software.
      type: Phaser.CANVAS,
      parent,
      transparent: true,
      banner: false,
      audio: { noAudio: true },
      input: { keyboard: false },
      scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 320, height: parent.clientHeight || 240 },
      scene: [],
    });
    if (typeof ResizeObserver !== "undefined") {
      // Phaser's RESIZE mode polls the parent's size only twice a second.
      new ResizeObserver(() => {
        if (this.game.scale.getParentBounds()) this.game.scale.refresh();
        this.wake();
      }).observe(parent);
    }
    // Still courts need no frames: a projector left on one screen redrew its whole canvas 60 times a
    // second. The loop sleeps once every court is still (or off the page) and wakes for a new model, a
    // tap, a new size or a box that moved (watched while asleep: a board moves when the page around it changes).
    // "postrender" (Phaser.Core.Events.POST_RENDER): the slim Phaser build (client/phaser) has no Core namespace.
    this.game.events.on("postrender", () => {
      if (this.slots.length === 0 || !this.slots.every((s) => s.scene.still || s.scene.offPage)) return;
      this.game.loop.sleep();
      // Readable off the page (the tests check that a still projector draws nothing).
      parent.dataset.asleep = "1";
      this.watchBoxes();
    });
  }

  /**
   * The court number `index`, drawn over `box` with labels scaled by `textScale` (the box may change from
   * call to call: the court follows the newest). Courts whose box is off the page are not drawn.
   */
  court(index: number, box: HTMLElement, textScale: number | null): StagedCourt {
    while (this.slots.length <= index) this.slots.push(this.makeSlot(this.slots.length));
    const slot = this.slots[index];
    const changed = slot.box !== box || slot.scene.fixedScale !== textScale;
    slot.scene.fixedScale = textScale;
    if (slot.box !== box) {
      slot.tapAbort?.abort();
      slot.box = box;
      slot.tapAbort = new AbortController();
      // The canvas lets taps through to the box; the court opens the tapped neuron's values as the solo court does.
      box.addEventListener("pointerdown", (e) => {
        const r = box.getBoundingClientRect();
        slot.scene.tap(e.clientX - r.left, e.clientY - r.top);
        this.wake();
      }, { signal: slot.tapAbort.signal });
    }
    if (changed) this.wake();
    return {
      setModel: (model) => {
        slot.scene.setModel(model);
        this.wake();
      },
    };
  }

  private makeSlot(index: number): Slot {
    const scene = new CourtScene(`court-${index}`);
    const slot: Slot = { scene, box: null, tapAbort: null };
    scene.viewport = () => this.viewportOf(slot.box);
    // What each court shows, readable off its box (the shared canvas has no text of its own).
    scene.onMarks = (_marks, json) => {
      if (slot.box) slot.box.dataset.story = json;
    };
    this.game.scene.add(`court-${index}`, scene, true);
    return slot;
  }

  /** Restarts the loop if it was asleep, at the next animation frame (not inside the message or tap that changed a court). */
  private wake(): void {
    if (this.waking || !this.game.isBooted || this.game.loop.running) return;
    this.unwatch?.();
    this.waking = true;
    requestAnimationFrame(() => {
      this.waking = false;
      delete this.parent.dataset.asleep;
      if (!this.game.loop.running) this.game.loop.wake();
    });
  }

  /**
   * While the loop sleeps, looks at the boxes' places after anything on the page changed (a mutation, a
   * resize, a scroll, a font loaded: a board moves only then), at the next animation frame, and wakes the
   * loop when one moved. Nothing runs while nothing changes.
   */
  private watchBoxes(): void {
    this.unwatch?.();
    const places = () => this.slots.map((s) => JSON.stringify(this.viewportOf(s.box))).join("|");
    const asleepAt = places();
    let pending = false;
    let stopped = false;
    const stop = () => {
      stopped = true;
      changes.disconnect();
      removeEventListener("resize", look);
      removeEventListener("scroll", look, true);
      document.fonts?.removeEventListener("loadingdone", look);
      if (this.unwatch === stop) this.unwatch = null;
    };
    const check = () => {
      pending = false;
      if (stopped) return;
      if (this.game.loop.running) return stop();
      if (places() !== asleepAt) {
        stop();
        this.wake();
      }
    };
    function look(): void {
      if (pending) return;
      pending = true;
      requestAnimationFrame(check);
    }
    const changes = new MutationObserver(look);
    changes.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    addEventListener("resize", look);
    addEventListener("scroll", look, true);
    // A font arriving moves text, and the boards with it, without a mutation.
    document.fonts?.addEventListener("loadingdone", look);
    this.unwatch = stop;
  }

  /** The box's place on the canvas, read every frame (boards move when the DOM around them changes). */
  private viewportOf(box: HTMLElement | null): Viewport | null {
    if (!box || !box.isConnected) return null;
    const canvas = this.game.canvas;
    if (!canvas) return null;
    const c = canvas.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    return { x: Math.round(b.left - c.left), y: Math.round(b.top - c.top), width: Math.round(b.width), height: Math.round(b.height) };
  }
}
