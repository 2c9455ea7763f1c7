import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

/** The court's slim Phaser entry (client/phaser/court-phaser.js). */
const ENTRY = fileURLToPath(new URL("../phaser/court-phaser.js", import.meta.url));

/**
 * Phaser's sources test build flags with `typeof FLAG` (its own webpack build replaces them): the court
 * draws on a Canvas with no sound, so WebGL, its debugger, sound and the Facebook plugin are compiled out.
 */
const FLAGS: Record<string, boolean> = { CANVAS_RENDERER: true, WEBGL_RENDERER: false, WEBGL_DEBUG: false, FEATURE_SOUND: false, PLUGIN_CAMERA3D: false, PLUGIN_FBINSTANT: false };
const FLAG_TEST = new RegExp(`typeof (${Object.keys(FLAGS).join("|")})\\b`, "g");
const PHASER_SRC = /node_modules[\\/]phaser[\\/]src[\\/]/;

/** Builds `import "phaser"` from the slim entry and Phaser's sources instead of its whole prebuilt bundle. */
export function leanPhaserPlugin(): Plugin {
  return {
    name: "blame-game-lean-phaser",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (source !== "phaser" || importer === ENTRY) return null;
      return this.resolve(ENTRY, importer, { ...options, skipSelf: true });
    },
    transform(code, id) {
      if (!PHASER_SRC.test(id) || !code.includes("typeof ")) return null;
      // `typeof FLAG` is a string ("undefined") and always truthy: the flag's value goes in its place.
      return { code: code.replace(FLAG_TEST, (_m, flag: string) => String(FLAGS[flag])), map: null };
    },
  };
}
