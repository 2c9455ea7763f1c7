// shared/ runs everywhere (browser, server, worker): it may import only itself and a few pure libraries
// (zod for messages, obscenity for nicknames), and never use Math.random.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../shared");
/** Libraries shared/ may use: no DOM, no node, no engine, no server. */
const PURE_LIBRARIES = ["zod", "obscenity", "intl-messageformat"];

/** Every module specifier a file imports or re-exports. */
function specifiers(text: string): string[] {
  return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

describe("shared/ is pure", () => {
  const all = files(root);

  it("has source files to check, and the scan sees their imports", () => {
    expect(all.length).toBeGreaterThan(15);
    const found = all.flatMap((f) => specifiers(readFileSync(f, "utf8")));
    expect(found.length).toBeGreaterThan(30);
    expect(found).toContain("zod");
    expect(specifiers('import { x } from "phaser";\nexport * from "@colyseus/core";')).toEqual(["phaser", "@colyseus/core"]);
  });

  it.each(all.map((f) => relative(root, f)))("%s imports nothing from phaser, colyseus or node", (file) => {
    const text = readFileSync(join(root, file), "utf8");
    for (const s of specifiers(text)) {
      expect(s.startsWith(".") || PURE_LIBRARIES.includes(s), `${file} imports ${s}`).toBe(true);
    }
    expect(text).not.toMatch(/Math\.random|process\.|globalThis\.|\brequire\(/);
  });
});
