/**
 * The site's security policy, applied to the built pages (an Astro integration, run when the
 * build is done, so it sees every page's final HTML):
 *
 * - Each page gets a Content-Security-Policy <meta> that allows scripts only from our origin and
 *   the exact inline scripts the page carries, by their SHA-256 hashes: never 'unsafe-inline'.
 *   Styles may be inline (Plot writes style attributes into every chart); nothing else loads from
 *   another origin.
 * - dist/_headers (read by Netlify and Cloudflare Pages, the static hosts we document) adds what a
 *   <meta> cannot carry: frame-ancestors. Embed pages may be framed by anyone; every other page
 *   by no one. Each path is listed exactly, because those hosts merge the headers of every rule
 *   that matches, and two frame-ancestors policies would both apply. The built scripts and styles
 *   (/_astro/*) may be read from any origin: WordPress frames an embed in a sandbox, whose origin
 *   is "null", and a module script is fetched with CORS, so without that header the embed's
 *   script (src/embed/child.ts) would not run there. They are public files, sent without cookies.
 * - dist/_redirects sends a missing address under a language's prefix (/es/…) to that language's
 *   not-found page.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { barePath, LANG_INFO, LANGS } from "../i18n/locales.ts";

const EXECUTABLE = /^(?:|module|text\/javascript|application\/javascript)$/i;

/** The SHA-256 sources of the page's inline scripts that run (not JSON-LD or other data blocks). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attrs = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? "";
    if (!EXECUTABLE.test(type)) continue;
    hashes.push(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...new Set(hashes)];
}

/** The policy of one page, given the hashes of its inline scripts. */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** The page with its policy as the first element after <meta charset>, before any script. */
export function withPolicyMeta(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScriptHashes(html))}">`;
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
  if (!charset) throw new Error("a built page has no <meta charset>; the policy must come before any script");
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/** Whether a page may be framed by other sites: the embed pages and their lists, in both languages. */
export function isEmbedPath(path: string): boolean {
  return barePath(path).startsWith("/embed/");
}

/** The _redirects file: each prefixed language's missing addresses get its own not-found page. */
export function redirectsFile(): string {
  const prefixes = LANGS.map((lang) => LANG_INFO[lang].prefix).filter((prefix) => prefix !== "");
  return prefixes.map((prefix) => `${prefix}/*  ${prefix}/404/  404\n`).join("");
}

/** The _headers file for the site's page paths ("/", "/es/teach/", "/embed/cecot/" …). */
export function headersFile(paths: readonly string[]): string {
  const every = ["/*", "  X-Content-Type-Options: nosniff", "  Referrer-Policy: strict-origin-when-cross-origin"].join("\n");
  const assets = ["/_astro/*", "  Access-Control-Allow-Origin: *"].join("\n");
  const pages = [...paths].sort().map((path) => {
    const ancestors = isEmbedPath(path) ? "frame-ancestors *" : "frame-ancestors 'none'";
    return `${path}\n  Content-Security-Policy: ${ancestors}`;
  });
  return `# Written by src/build/security.ts at build time; see README "Security".\n${[every, assets, ...pages].join("\n")}\n`;
}

/** Site path of a built page: "es/teach/index.html" is /es/teach/, "404.html" is /404.html. */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => f.split("\\").join("/"))
    .sort();
}

export function security(): AstroIntegration {
  return {
    name: "security",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = htmlFiles(root);
        for (const file of files) {
          const path = join(root, file);
          writeFileSync(path, withPolicyMeta(readFileSync(path, "utf8")));
        }
        writeFileSync(join(root, "_headers"), headersFile(files.map(pagePath)));
        writeFileSync(join(root, "_redirects"), redirectsFile());
        logger.info(`policy written into ${files.length} pages; _headers and _redirects written`);
      },
    },
  };
}
