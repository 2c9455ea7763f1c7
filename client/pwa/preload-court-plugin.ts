import type { OutputBundle, OutputChunk } from "rolldown";
import type { Plugin } from "vite";

/**
 * Adds `<link rel="modulepreload" fetchpriority="low">` for the chunks a page imports later (the court
 * and its Phaser) to the pages named in `pages`: they download and compile while the first screen is
 * read, instead of after the page's own code has run. Only for the solo page: the classroom page is also
 * the students' controller, which must never download Phaser.
 */
export function preloadCourtPlugin(pages: string[]): Plugin {
  return {
    name: "blame-game-preload-court",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.chunk || !pages.some((p) => ctx.filename.endsWith(p))) return html;
        const files = lazyChunks(ctx.chunk, ctx.bundle);
        // crossorigin as on Vite's own script tags, so the module loader reuses what was preloaded.
        const links = files.map((f) => `  <link rel="modulepreload" crossorigin href="./${f}" fetchpriority="low">\n  `).join("");
        return html.replace("</head>", `${links}</head>`);
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
