// The court's own Phaser: only what the court uses (a Canvas game, a scene with cameras, graphics, text
// and pointer input), built from Phaser's sources. The build points `import "phaser"` here
// (client/pwa/lean-phaser-plugin.ts), so the court's code and its types are unchanged. Half of
// Phaser's start-up on a tablet was evaluating the modules the court never uses (WebGL, loader, tweens,
// physics, sound, tilemaps). Anything added to the court from Phaser must be added here too: a missing
// factory fails at once (`this.add.x is not a function`) in the browser tests.
import "../../node_modules/phaser/src/polyfills/requestVideoFrame.js";
import CONST from "../../node_modules/phaser/src/const.js";
import Game from "../../node_modules/phaser/src/core/Game.js";
import Scene from "../../node_modules/phaser/src/scene/Scene.js";
import Scale from "../../node_modules/phaser/src/scale/index.js";
import Vector2 from "../../node_modules/phaser/src/math/Vector2.js";
// Scene plugins register themselves when loaded: events, cameras, the display and update lists, the
// scene plugin, the object factory and creator, and input (the court's taps).
import "../../node_modules/phaser/src/events/EventEmitter.js";
import "../../node_modules/phaser/src/cameras/2d/CameraManager.js";
import "../../node_modules/phaser/src/gameobjects/DisplayList.js";
import "../../node_modules/phaser/src/gameobjects/UpdateList.js";
import "../../node_modules/phaser/src/scene/ScenePlugin.js";
import "../../node_modules/phaser/src/input/InputPlugin.js";
// The two kinds of object the court draws, with their `this.add` and `this.make` entries.
import Graphics from "../../node_modules/phaser/src/gameobjects/graphics/Graphics.js";
import Text from "../../node_modules/phaser/src/gameobjects/text/Text.js";
import "../../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory.js";
import "../../node_modules/phaser/src/gameobjects/graphics/GraphicsCreator.js";
import "../../node_modules/phaser/src/gameobjects/text/TextFactory.js";
import "../../node_modules/phaser/src/gameobjects/text/TextCreator.js";

/** Renderer types (Phaser.AUTO, CANVAS, WEBGL, HEADLESS) and the version. */
export const { AUTO, CANVAS, WEBGL, HEADLESS, VERSION } = CONST;
/** The game, its scenes and its scale modes, as `import * as Phaser from "phaser"` names them. */
export { Game, Scene, Scale };
/** The only maths the court takes from Phaser. */
export const Math = { Vector2 };
/** The court's game objects (types and `instanceof`). */
export const GameObjects = { Graphics, Text };
