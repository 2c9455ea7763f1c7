// What a court is told to show. Set from outside (the play screen, a projector's board) and read by
// every part of the scene, so it sits apart from the Phaser class.
import type { GameView } from "../../shared";

/** What the scene shows: set from outside whenever the game or a preference changes. */
export interface SceneModel {
  view: GameView;
  me: string | null;
  /** Animations run this many times faster. */
  speed: number;
  /** Jump every animation to its end. */
  reducedMotion: boolean;
  /** Show every neuron's handshake and excitability. */
  showValues: boolean;
}
