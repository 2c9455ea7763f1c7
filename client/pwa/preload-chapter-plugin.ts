import type { OutputBundle, OutputChunk } from "rolldown";
import type { Plugin } from "vite";

/**
 * Adds to the pages named in `pages` a tiny inline script that, only when the address opens a chapter at
 * once (`?chapter=`), adds `<link rel="modulepreload" fetchpriority="low">` for the chunks the page imports
 * later (the court and its Phaser): they download and compile while the page's own code runs, so the
 * court's first frame is not late. The start screen gets none: there the court is only a backdrop that
 * loads later, and fetching Phaser with the page delayed its first screen (Lighthouse LCP 2.7 s, not 1.9).
 */
export function preloadChapterPlugin(pages: string[]): Plugin {
  return {
    name: "blame-game-preload-chapter",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.chunk || !pages.some((p) => ctx.filename.endsWith(p))) return html;
        const files = lazyChunks(ctx.chunk, ctx.bundle).map((f) => `./${f}`);
        if (files.length === 0) return html;
        // crossOrigin "" as Vite's own script tags (crossorigin), so the module loader reuses what was preloaded.
        const script = `<script>if(/[?&]chapter=/.test(location.search))for(const f of ${JSON.stringify(files)}){const l=document.createElement("link");l.rel="modulepreload";l.crossOrigin="";l.href=f;l.fetchPriority="low";document.head.append(l)}</script>`;
        return html.replace("</head>", `  ${script}\n  </head>`);
      },
    },
  };
}

/** The chunks `entry` imports dynamically (anywhere below its static imports), with their own static imports. */
export function lazyChunks(entry: OutputChunk, bundle: OutputBundle): string[] {
  const chunk = (f: string) => {
    const c = bundle[f];
    return c && c.type === "chunk" ? c : undefined;
  };
  const eager = new Set<string>();
  const walk = (f: string, into: Set<string>) => {
    if (into.has(f)) return;
    into.add(f);
    for (const i of chunk(f)?.imports ?? []) walk(i, into);
  };
  walk(entry.fileName, eager);
  const lazy = new Set<string>();
  // A language's messages load only when a device asks for that language: never preloaded for everyone.
  const language = (f: string) => /[\\/]i18n[\\/]messages[\\/]/.test(chunk(f)?.facadeModuleId ?? "");
  for (const f of eager) for (const d of chunk(f)?.dynamicImports ?? []) if (!language(d)) walk(d, lazy);
  return [...lazy].filter((f) => !eager.has(f)).sort();
}
