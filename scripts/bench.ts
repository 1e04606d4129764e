/**
 * `npm run bench`: builds the site, then prints for every page what a reader downloads to see
 * it (HTML, CSS, JavaScript, images; raw and gzip), the map data, the build time, and the layout
 * shift measured while scrolling the whole story in Chromium at phone and desktop sizes; and
 * checks the budgets. Exits non-zero when a budget is exceeded.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const DIST = "dist";
const KB = 1024;

interface Budget {
  /** Which pages it applies to, by their path in dist/. */
  pages: RegExp;
  what: "js" | "total";
  gzipBytes: number;
  why: string;
}

// Cumulative layout shift while scrolling the story from top to bottom: nothing may move.
const CLS_BUDGET = 0.01;
const PREVIEW_PORT = 4339;

const BUDGETS: Budget[] = [
  { pages: /^index\.html$/, what: "js", gzipBytes: 50 * KB, why: "story page: charts are pre-rendered (issue 3)" },
  { pages: /^embed\/[^/]+\/index\.html$/, what: "js", gzipBytes: 10 * KB, why: "embed pages: one chart inside someone else's page" },
  { pages: /\.html$/, what: "total", gzipBytes: 250 * KB, why: "any page on a slow phone connection" },
];

type Kind = "html" | "css" | "js" | "image" | "other";

interface Size {
  raw: number;
  gzip: number;
}

function size(bytes: Buffer): Size {
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

function kindOf(file: string): Kind {
  if (file.endsWith(".html")) return "html";
  if (file.endsWith(".css")) return "css";
  if (file.endsWith(".js") || file.endsWith(".mjs")) return "js";
  if (/\.(svg|png|jpe?g|webp|avif|gif|ico)$/.test(file)) return "image";
  return "other";
}

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .sort();
}

/** Local files a page loads up front: stylesheets, scripts and their static imports, images. */
function assetsOf(page: string): string[] {
  const html = readFileSync(join(DIST, page), "utf8");
  const found = new Set<string>();
  const local = (ref: string, from: string) => {
    if (/^(?:[a-z]+:)?\/\//i.test(ref) || ref.startsWith("data:") || ref.startsWith("#")) return undefined;
    const path = ref.startsWith("/") ? join(DIST, ref) : resolve(dirname(from), ref);
    const clean = path.split(/[?#]/)[0]!;
    return existsSync(clean) && statSync(clean).isFile() ? clean : undefined;
  };
  const tagRefs = [
    ...html.matchAll(/<link\b[^>]*rel="(?:stylesheet|modulepreload|icon)"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<script\b[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<img\b[^>]*src="([^"]+)"/g),
  ].map((m) => m[1]!);
  const queue = tagRefs.map((ref) => local(ref, join(DIST, page))).filter((f): f is string => f !== undefined);
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (found.has(file)) continue;
    found.add(file);
    if (kindOf(file) === "js") {
      // Static imports load with the page; dynamic import() loads later and is not counted.
      const code = readFileSync(file, "utf8");
      for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+\.m?js)["']/g)) {
        const next = local(m[1]!, file);
        if (next) queue.push(next);
      }
    }
  }
  return [...found];
}

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

function pad(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
}

const started = performance.now();
execFileSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
const buildSeconds = (performance.now() - started) / 1000;

const rows: string[][] = [];
const failures: string[] = [];
for (const page of htmlPages(DIST)) {
  const totals: Record<Kind, Size> = {
    html: size(readFileSync(join(DIST, page))),
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    image: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
  };
  const html = readFileSync(join(DIST, page), "utf8");
  // Inline styles and scripts are part of the HTML bytes; they are also shown under CSS and JS.
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
    const s = size(Buffer.from(css!));
    totals.css.raw += s.raw;
    totals.css.gzip += s.gzip;
  }
  for (const [, js] of html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)) {
    const s = size(Buffer.from(js!));
    totals.js.raw += s.raw;
    totals.js.gzip += s.gzip;
  }
  let totalGzip = totals.html.gzip;
  for (const file of assetsOf(page)) {
    const s = size(readFileSync(file));
    const kind = kindOf(file);
    totals[kind].raw += s.raw;
    totals[kind].gzip += s.gzip;
    totalGzip += s.gzip;
  }
  rows.push([
    `/${page.replace(/index\.html$/, "")}`,
    ...(["html", "css", "js", "image"] as const).map((k) => `${kb(totals[k].raw)} / ${kb(totals[k].gzip)}`),
    kb(totalGzip),
  ]);
  for (const budget of BUDGETS.filter((b) => b.pages.test(page))) {
    const actual = budget.what === "js" ? totals.js.gzip : totalGzip;
    if (actual > budget.gzipBytes) {
      failures.push(`/${page}: ${budget.what} ${kb(actual)} gzip > budget ${kb(budget.gzipBytes)} (${budget.why})`);
    }
  }
}

const header = ["page", "HTML raw / gzip", "CSS raw / gzip", "JS raw / gzip", "images raw / gzip", "total gzip"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
console.log(pad(header, widths));
for (const row of rows) console.log(pad(row, widths));

const map = size(readFileSync("data/americas.topo.json"));
console.log(`\nmap data (data/americas.topo.json): ${kb(map.raw)} raw, ${kb(map.gzip)} gzip`);
console.log(`build time (npm run build, data check included): ${buildSeconds.toFixed(1)} s`);
console.log(`pages: ${rows.length}; files in ${relative(".", DIST)}/: ${readdirSync(DIST, { recursive: true }).length}`);

/** Scrolls the story top to bottom in Chromium and sums every layout shift not caused by input. */
async function layoutShift(viewport: { width: number; height: number }): Promise<number> {
  const executablePath = process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch(
    executablePath
      ? { executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] }
      : {},
  );
  try {
    const page = await browser.newPage({ viewport });
    await page.goto(`http://127.0.0.1:${PREVIEW_PORT}/`);
    await page.evaluate(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) w.cls += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: false });
    });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += viewport.height / 3) {
      await page.mouse.wheel(0, viewport.height / 3);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(600);
    return await page.evaluate(() => (window as unknown as { cls: number }).cls);
  } finally {
    await browser.close();
  }
}

const preview = spawn("npx", ["astro", "preview", "--host", "127.0.0.1", "--port", String(PREVIEW_PORT)], {
  stdio: "ignore",
  detached: true,
});
try {
  for (let tries = 0; ; tries++) {
    try {
      await fetch(`http://127.0.0.1:${PREVIEW_PORT}/`);
      break;
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  for (const [name, viewport] of [
    ["phone 390×844", { width: 390, height: 844 }],
    ["desktop 1280×800", { width: 1280, height: 800 }],
  ] as const) {
    const cls = await layoutShift(viewport);
    console.log(`layout shift while scrolling the story, ${name}: ${cls.toFixed(4)}`);
    if (cls > CLS_BUDGET) failures.push(`story ${name}: layout shift ${cls.toFixed(4)} > budget ${CLS_BUDGET}`);
  }
} finally {
  process.kill(-preview.pid!);
}

if (failures.length > 0) {
  console.error(`\nover budget:\n${failures.map((f) => `  ${f}`).join("\n")}`);
  process.exit(1);
}
console.log(
  `budgets: all met (${BUDGETS.map((b) => `${b.what} ≤ ${kb(b.gzipBytes)} gzip for ${b.pages}`).join("; ")}; layout shift ≤ ${CLS_BUDGET})`,
);
