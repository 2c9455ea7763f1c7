// Where a court sits when several share one canvas (CourtStage): its camera is moved onto the court's
// box on the page. The box is read every frame (boards move when the DOM around them changes), so the
// camera is only touched when the box has actually moved.

/** A court's place on the game's canvas, CSS px from its top-left corner. */
export interface Viewport {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The two camera calls placing a court needs: a Phaser camera has them, and a test can pass a fake. */
export interface CourtCamera {
  setViewport(x: number, y: number, width: number, height: number): unknown;
  setVisible(visible: boolean): unknown;
}

/** Follows a court's box with its camera, frame after frame. */
export class ViewportFollower {
  private last = "";

  /** Moves `cam` onto `box` and returns the size to lay the court out in; null (camera hidden) when the box is not on the page. */
  place(cam: CourtCamera, box: Viewport | null): Viewport | null {
    // A box under a pixel wide or high is a board that is collapsed or not laid out yet: draw nothing there.
    if (!box || box.width < 1 || box.height < 1) {
      cam.setVisible(false);
      return null;
    }
    const key = `${box.x},${box.y},${box.width},${box.height}`;
    if (key !== this.last) {
      this.last = key;
      cam.setViewport(box.x, box.y, box.width, box.height);
    }
    cam.setVisible(true);
    return box;
  }
}
