import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

// The parsers and chart builders run in the browser too, so nothing they import may need Node.
// Only these files may: they read files, draw with jsdom or rasterise with resvg at build time.
const NODE_ONLY = new Set(["src/data/read-data.ts", "src/charts/render-static.ts", "src/share/card.ts", "src/share/download.ts"]);
const ENTRIES = ["src/data/dataset.ts", "src/charts/registry.ts"];

function localImports(file: string): string[] {
  const code = readFileSync(file, "utf8");
  return [...code.matchAll(/^import\s[^;]*?from\s+"([^"]+)";/gms)].map((m) => m[1]!);
}

describe("browser-safe modules", () => {
  it.each(ENTRIES)("%s imports nothing from Node, directly or through its local imports", (entry) => {
    const seen = new Set<string>();
    const queue = [entry];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      expect(NODE_ONLY.has(file), `${entry} reaches ${file}`).toBe(false);
      for (const specifier of localImports(file)) {
        expect(specifier, `${file} imports ${specifier}`).not.toMatch(/^node:|^(?:fs|path|jsdom)$/);
        if (specifier.startsWith(".")) queue.push(normalize(join(dirname(file), specifier)));
      }
    }
    expect(seen.size).toBeGreaterThan(2);
  });
});
