/**
 * Test helper for the checks over the built site (tests/built/): every page of dist/ with its
 * path on the site and its parsed document, and a map from site paths to the files that serve
 * them, as a static host serves them (a directory serves its index.html). Run after the build.
 * Each check records what it found in tests/report/, for the "How we tested this" page.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { JSDOM } from "jsdom";

export const DIST = "dist";

export interface BuiltPage {
  /** The file in dist/: "es/teach/index.html". */
  file: string;
  /** Its address on the site: "/es/teach/". */
  path: string;
  html: string;
  document: Document;
}

export function builtFiles(): string[] {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/ has no index.html: run `npm run build` before these checks");
  return readdirSync(DIST, { recursive: true, encoding: "utf8" })
    .map((f) => f.split("\\").join("/"))
    .filter((f) => statSync(join(DIST, f)).isFile())
    .sort();
}

let pages: BuiltPage[] | undefined;

export function builtPages(): BuiltPage[] {
  pages ??= builtFiles()
    .filter((f) => f.endsWith(".html"))
    .map((file) => {
      const html = readFileSync(join(DIST, file), "utf8");
      const path = `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
      return { file, path, html, document: new JSDOM(html).window.document };
    });
  return pages;
}

/** The file that serves a site path, or undefined: /teach/ and /teach serve teach/index.html. */
export function fileFor(path: string): string | undefined {
  const bare = decodeURIComponent(path).replace(/^\//, "");
  const candidates = bare === "" || bare.endsWith("/") ? [`${bare}index.html`] : [bare, `${bare}/index.html`, `${bare}.html`];
  return candidates.find((c) => existsSync(join(DIST, c)) && statSync(join(DIST, c)).isFile());
}

/** The published address the pages were built for: the origin of the story's canonical link. */
export function siteOrigin(): string {
  const home = builtPages().find((p) => p.path === "/")!;
  return new URL(home.document.querySelector('link[rel="canonical"]')!.getAttribute("href")!).origin;
}

/** Writes a check's figures to tests/report/<name>.json: counts only, so a file changes only when results do. */
export function record(name: string, figures: Record<string, number | string>): void {
  const file = `tests/report/${name}.json`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
}
