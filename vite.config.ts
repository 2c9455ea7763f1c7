// Builds the browser client: root client/, output dist/client/ (served at / by the server, or by any static host).
import { defineConfig } from "vite";
import { precompressPlugin } from "./client/pwa/compress-plugin";
import { leanPhaserPlugin } from "./client/pwa/lean-phaser-plugin";
import { preloadChapterPlugin } from "./client/pwa/preload-chapter-plugin";
import { serviceWorkerPlugin } from "./client/pwa/sw-plugin";

export default defineConfig({
  root: "client",
  base: "./",
  publicDir: "public",
  // The court's chunks are preloaded only for an address that opens a chapter (?chapter=): fetched with
  // the start screen they delayed it (Lighthouse's LCP on / 2.7 s instead of 1.9), where the court is a backdrop that loads later.
  plugins: [leanPhaserPlugin(), preloadChapterPlugin(["index.html"]), serviceWorkerPlugin(), precompressPlugin()],
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    // Phaser alone is ~1.4 MB; keeping it in its own chunk lets the benchmark weigh our code apart.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // shared/ is pure (no module runs anything on import): a page that uses none of a module's exports
      // does not get it. Without this the barrel (shared/index.ts) gave every student's phone the solo
      // engine's zod schemas and rules: 163 KB gzip instead of 132 (test/bench/first-loads.ts).
      treeshake: { moduleSideEffects: (id: string) => (/[\\/]shared[\\/].*\.ts$/.test(id) && !id.includes("node_modules") ? false : undefined) },
      // Two pages: the solo game, and the classroom (class.html: the projector and the controllers).
      input: { index: new URL("./client/index.html", import.meta.url).pathname, class: new URL("./client/class.html", import.meta.url).pathname, lab: new URL("./client/lab.html", import.meta.url).pathname, guide: new URL("./client/guide.html", import.meta.url).pathname, network: new URL("./client/network.html", import.meta.url).pathname },
      output: {
        codeSplitting: { groups: [{ name: "phaser", test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
});
