/**
 * Serves a built site (dist/) the way our documented static hosts do: with the rules of its own
 * _headers file (src/build/security.ts), so a browser sees the headers a reader's would, CORS on
 * /_astro/* among them, and text compressed with brotli or gzip, whichever the browser asks for
 * (brotli first, as those hosts prefer it). The WordPress test's chart host (tests/wordpress/)
 * and the bench (scripts/bench.ts), whose Lighthouse runs must see the bytes a reader downloads.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

interface Rule {
  pattern: string;
  headers: [string, string][];
}

/** Netlify's _headers: a path (a trailing * matches any rest), then indented "Name: value" lines. */
export function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

// What hosts compress: text of any kind. Images and fonts are compressed already.
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".csv", ".svg", ".xml", ".txt"]);

type Encoding = "br" | "gzip" | "identity";

function encodingFor(accepted: string | undefined, file: string): Encoding {
  if (!COMPRESSIBLE.has(extname(file))) return "identity";
  const names = (accepted ?? "").split(",").map((part) => part.split(";")[0]!.trim());
  return names.includes("br") ? "br" : names.includes("gzip") ? "gzip" : "identity";
}

// Each file is compressed once, at the highest settings, as hosts that precompress do.
const compressed = new Map<string, Buffer>();
function body(file: string, encoding: Encoding): Buffer {
  const key = `${encoding}:${file}`;
  let bytes = compressed.get(key);
  if (!bytes) {
    const raw = readFileSync(file);
    bytes =
      encoding === "br"
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : encoding === "gzip"
          ? gzipSync(raw, { level: 9 })
          : raw;
    compressed.set(key, bytes);
  }
  return bytes;
}

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** Serves `root` on 127.0.0.1:`port`; resolves once it listens. */
export function serveSite(root: string, port: number): Promise<Server> {
  const rules = parseHeaders(readFileSync(join(root, "_headers"), "utf8"));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://host").pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, "404.html");
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    const found = existsSync(file) && statSync(file).isFile();
    if (!found) file = join(root, "404.html");
    const encoding = encodingFor(request.headers["accept-encoding"], file);
    const bytes = body(file, encoding);
    const headers: Record<string, string> = {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Length": String(bytes.length),
      Vary: "Accept-Encoding",
    };
    if (encoding !== "identity") headers["Content-Encoding"] = encoding;
    for (const rule of rules) if (matches(rule.pattern, path)) for (const [name, value] of rule.headers) headers[name] = value;
    response.writeHead(found ? 200 : 404, headers);
    response.end(request.method === "HEAD" ? undefined : bytes);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
