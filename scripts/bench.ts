/**
 * `npm run bench`: builds the site and measures it as a reader on a phone meets it, by page type
 * (the story, the embed pages, the chart gallery, the teachers' page; English and Spanish): the
 * bytes each loads by kind, raw, gzip and brotli; the map geometry and whether any page loads it;
 * the build time; the layout shift while loading and scrolling the whole story in Chromium; and
 * Lighthouse 12 (its mobile defaults) on the story, one embed, the gallery and the teachers' page,
 * with its element count, LCP and blocking time. Pages are served as a real host serves them,
 * compressed (scripts/static-host.ts), not by astro preview, which sends every byte raw. It checks the
 * budgets below, prints them as a table, writes every figure to tests/report/bench.json (shape:
 * BenchReport) and exits non-zero when a budget fails.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { benchReportSchema, type Reports } from "../src/quality/reports.ts";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./lib/browser.ts";
import { serveSite } from "./static-host.ts";

const DIST = "dist";
const REPORT = "tests/report/bench.json";
const KB = 1024;
// Not the preview's 4321 nor the browser tests' 4329, so the bench can run beside them; a
// server already on it stops the bench (the port is in use).
const PREVIEW_PORT = Number(process.env.BENCH_PORT ?? 4339);
const ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;

// The map is drawn into SVG at build time; the geometry is published at /data/ for download only.
const MAP_FILE = "data/americas.topo.json";
const MAP_NAME = basename(MAP_FILE);

const BUDGET = {
  storyJsGzip: 40 * KB,
  embedJsGzip: 10 * KB,
  pageTotalGzip: 250 * KB,
  // What a reader's phone must parse before it can lay out anything: the story's and an embed's HTML.
  storyHtmlGzip: 70 * KB,
  embedHtmlGzip: 15 * KB,
  // Half of the story's 6,700 elements when the summary-only pages were planned (issue 15).
  storyElements: 3350,
  storyLcpMs: 1200,
  storyTbtMs: 100,
  mapGzip: 60 * KB,
  // Reported to 4 decimals; anything under this rounds to the 0.00 the story promises.
  cls: 0.005,
  lighthouse: { performance: 98, accessibility: 100, bestPractices: 95, seo: 95 },
} as const;

// Lighthouse's own advice for a score to compare against a budget: the median of several runs.
const LIGHTHOUSE_RUNS = 3;

/** Pages Lighthouse runs on; the budgets apply to the story and the embed. */
const LIGHTHOUSE_PAGES = ["/", "/es/", "/embed/gang-map/", "/charts/", "/teach/"] as const;
const LIGHTHOUSE_BUDGETED: readonly string[] = ["/", "/es/", "/embed/gang-map/"];

// Lighthouse drives Chrome itself, so it needs a path even where Playwright would use its own.
const CHROMIUM = CHROMIUM_PATH ?? chromium.executablePath();

interface Bytes {
  raw: number;
  gzip: number;
  br: number;
}

const KINDS = ["html", "css", "js", "fonts", "images", "mapData"] as const;
type Kind = (typeof KINDS)[number];

/** What one page loads up front, by kind; inline styles and scripts count in HTML and in CSS or JS. */
export type PageBytes = Record<Kind | "total", Bytes>;

export interface LighthouseScores {
  /** Category scores, 0 to 100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Largest Contentful Paint and Total Blocking Time, simulated, in milliseconds. */
  lcpMs: number;
  tbtMs: number;
  /** Cumulative Layout Shift during the load. */
  cls: number;
  /** Elements in the page once loaded (Lighthouse's DOM size). */
  elements: number;
  /** Lighthouse's measure of the host's CPU; below 1000 it warns that scores suffer from a slow host. */
  benchmarkIndex: number;
}

/** A budget checked, as the report's schema has it (src/quality/reports.ts, which the page reads with). */
type Budget = Reports["bench"]["budgets"][number];
type BudgetKind = Budget["kind"];

/** The site path of a built page: "es/index.html" is /es/. */
function pagePathOf(file: string): string {
  return `/${file.replace(/index\.html$/, "")}`;
}

export interface BenchReport {
  /** When the bench ran (ISO 8601). */
  measuredAt: string;
  /** `process.version` of the Node that ran it. */
  node: string;
  /** The Chromium version that scrolled the story and ran Lighthouse. */
  chromium: string;
  /** `npm run build`, data check included. */
  build: { seconds: number };
  /** Sizes in bytes. Embed: over every /embed/<id>/ and /es/embed/<id>/ page, each kind's largest and median. */
  pages: {
    story: { en: PageBytes; es: PageBytes };
    embed: { count: number; largest: PageBytes; median: PageBytes };
    gallery: { en: PageBytes; es: PageBytes };
    teachers: { en: PageBytes; es: PageBytes };
    /** The map geometry, and every page that loads it (found in the built files or requested in Chromium). */
    map: { file: string; raw: number; gzip: number; loadedBy: string[] };
  };
  /** Lighthouse 12 with its defaults: mobile, simulated throttling. Keyed by path. */
  lighthouse: { version: string; pages: Record<string, LighthouseScores> };
  /** Cumulative layout shift while loading and scrolling the story top to bottom: phone 390×844, desktop 1280×800. */
  cls: { phone: number; desktop: number };
  /**
   * Every budget as numbers, for the "How we tested this" page to word in either language:
   * what is measured (kind), of what (a page path, "embed" for the largest embed page, "phone" or
   * "desktop"), the limit, the value (bytes, scores, layout shift or counts) and whether it passed.
   */
  budgets: Budget[];
}

// The settings of scripts/static-host.ts, which serves the pages Lighthouse loads.
function bytes(content: Buffer): Bytes {
  const br = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length, br };
}

function kindOf(file: string): Kind | undefined {
  if (file.endsWith(".html")) return "html";
  if (file.endsWith(".css")) return "css";
  if (/\.m?js$/.test(file)) return "js";
  if (/\.(woff2?|ttf|otf|eot)$/.test(file)) return "fonts";
  if (/\.(svg|png|jpe?g|webp|avif|gif|ico)$/.test(file)) return "images";
  if (/\.(?:topo\.json|geo\.?json)$/.test(file)) return "mapData";
  return undefined;
}

function htmlPages(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .sort();
}

/** A local file a reference points at, or undefined for other origins, data: URLs and anchors. */
function localFile(ref: string, from: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(ref) || ref.startsWith("data:") || ref.startsWith("#")) return undefined;
  const path = (ref.startsWith("/") ? join(DIST, ref) : resolve(dirname(from), ref)).split(/[?#]/)[0]!;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

// A font named by @font-face loads only once text set in it is laid out, so it is not a load up
// front; the faces the first screen uses are preloaded (<link rel="preload">), and those count.
const cssUrls = (css: string) =>
  [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!).filter((ref) => kindOf(ref.split(/[?#]/)[0]!) !== "fonts");

/**
 * Local files a page loads up front: stylesheets and what they pull in (images), preloaded fonts, scripts
 * and their static imports, images, and the map file if any script it runs names it. Links to
 * downloads are not loads; dynamic import() loads later and is not counted.
 */
function assetsOf(page: string, html: string, inlineCss: string[], inlineJs: string[]): string[] {
  const from = join(DIST, page);
  const found = new Set<string>();
  const queue = [
    ...[...html.matchAll(/<link\b[^>]*rel="(?:stylesheet|modulepreload|preload|icon)"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<(?:script|img)\b[^>]*src="([^"]+)"/g)].map((m) => m[1]!),
    ...inlineCss.flatMap(cssUrls),
  ]
    .map((ref) => localFile(ref, from))
    .filter((f): f is string => f !== undefined);
  const mapNamedIn = (code: string) => code.includes(MAP_NAME);
  if (inlineJs.some(mapNamedIn)) queue.push(join(DIST, MAP_FILE));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (found.has(file)) continue;
    found.add(file);
    const text = () => readFileSync(file, "utf8");
    if (kindOf(file) === "css") queue.push(...cssUrls(text()).flatMap((ref) => localFile(ref, file) ?? []));
    if (kindOf(file) === "js") {
      const code = text();
      for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+\.m?js)["']/g)) {
        const next = localFile(m[1]!, file);
        if (next) queue.push(next);
      }
      if (mapNamedIn(code)) queue.push(join(DIST, MAP_FILE));
    }
  }
  return [...found];
}

function measurePage(page: string): PageBytes {
  const content = readFileSync(join(DIST, page));
  const html = content.toString("utf8");
  const zero = (): Bytes => ({ raw: 0, gzip: 0, br: 0 });
  const sizes: PageBytes = { html: bytes(content), css: zero(), js: zero(), fonts: zero(), images: zero(), mapData: zero(), total: bytes(content) };
  const add = (kind: Kind | "total", size: Bytes) => {
    sizes[kind].raw += size.raw;
    sizes[kind].gzip += size.gzip;
    sizes[kind].br += size.br;
  };
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const inlineJs = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  for (const css of inlineCss) add("css", bytes(Buffer.from(css)));
  for (const js of inlineJs) add("js", bytes(Buffer.from(js)));
  for (const file of assetsOf(page, html, inlineCss, inlineJs)) {
    const size = bytes(readFileSync(file));
    const kind = kindOf(file);
    if (kind) add(kind, size);
    add("total", size);
  }
  return sizes;
}

/** Each kind's largest or median over several pages (so not necessarily one page's figures). */
function across(pages: PageBytes[], pick: (values: number[]) => number): PageBytes {
  const of = (kind: Kind | "total"): Bytes => ({
    raw: pick(pages.map((p) => p[kind].raw)),
    gzip: pick(pages.map((p) => p[kind].gzip)),
    br: pick(pages.map((p) => p[kind].br)),
  });
  return { html: of("html"), css: of("css"), js: of("js"), fonts: of("fonts"), images: of("images"), mapData: of("mapData"), total: of("total") };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return Math.round(sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

/** Every request Chromium made, and the page that made it. */
type Requests = { page: string; url: string }[];

/** Loads the story, scrolls it top to bottom and sums every layout shift not caused by input; notes every request. */
async function layoutShift(viewport: { width: number; height: number }, requests: Requests) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport });
    page.on("request", (request) => requests.push({ page: "/", url: request.url() }));
    await page.goto(`${ORIGIN}/`);
    await page.evaluate(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      // Buffered: shifts during the load count too, such as a header that grows once the script runs.
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) w.cls += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += viewport.height / 3) {
      await page.mouse.wheel(0, viewport.height / 3);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(600);
    return { cls: await page.evaluate(() => (window as unknown as { cls: number }).cls), version: browser.version() };
  } finally {
    await browser.close();
  }
}

/**
 * Lighthouse on each path in one Chromium, LIGHTHOUSE_RUNS runs each, keeping the run with the
 * median performance score: one run of the story scored anywhere from 85 to 99 on this machine.
 * Prints the audits behind a low category score.
 */
async function runLighthouse(paths: readonly string[], requests: Requests) {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS] });
  const pages: Record<string, LighthouseScores> = {};
  let version = "";
  const run = async (path: string) => {
    // The full-page screenshot of a 50,000-pixel story takes longer than the audits; no score uses it.
    const result = await lighthouse(`${ORIGIN}${path}`, { port: chrome.port, logLevel: "error", disableFullPageScreenshot: true });
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr?.runtimeError?.message ?? "no result"}`);
    return lhr;
  };
  try {
    for (const path of paths) {
      const runs = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await run(path));
      runs.sort((a, b) => (a.categories["performance"]?.score ?? 0) - (b.categories["performance"]?.score ?? 0));
      const lhr = runs[Math.floor(runs.length / 2)]!;
      version = lhr.lighthouseVersion;
      for (const warning of lhr.runWarnings) console.warn(`Lighthouse ${path}: ${warning}`);
      const network = lhr.audits["network-requests"]?.details;
      if (network?.type === "table") for (const item of network.items) requests.push({ page: path, url: String(item["url"]) });
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      pages[path] = {
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        lcpMs: Math.round(value("largest-contentful-paint")),
        tbtMs: Math.round(value("total-blocking-time")),
        cls: Number(value("cumulative-layout-shift").toFixed(4)),
        elements: Math.round(value("dom-size")),
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      };
      for (const [id, min] of [
        ["performance", BUDGET.lighthouse.performance],
        ["accessibility", BUDGET.lighthouse.accessibility],
        ["best-practices", BUDGET.lighthouse.bestPractices],
        ["seo", BUDGET.lighthouse.seo],
      ] as const) {
        const category = lhr.categories[id];
        if (!category || score(id) >= min) continue;
        console.log(`\nLighthouse ${path} ${id} ${score(id)} < ${min}; audits scoring under 0.9:`);
        const weak = category.auditRefs
          .map((ref) => ({ ref, audit: lhr.audits[ref.id]! }))
          .filter(({ audit }) => audit.score !== null && audit.score < 0.9)
          .sort((a, b) => b.ref.weight - a.ref.weight);
        for (const { ref, audit } of weak) {
          console.log(`  ${audit.id} (weight ${ref.weight}, score ${audit.score}): ${audit.displayValue ?? ""} ${audit.title}`);
        }
      }
    }
  } finally {
    chrome.kill();
  }
  return { version, pages };
}

const started = performance.now();
execFileSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
const buildSeconds = Number(((performance.now() - started) / 1000).toFixed(1));

const all = htmlPages();
const measured = new Map(all.map((page) => [page, measurePage(page)]));
function get(page: string): PageBytes {
  const sizes = measured.get(page);
  if (!sizes) throw new Error(`no page ${page} in ${DIST}/`);
  return sizes;
}
const embeds = all.filter((page) => /^(?:es\/)?embed\/[^/]+\/index\.html$/.test(page)).map(get);
const embedLargest = across(embeds, (values) => Math.max(...values));
const largestPage = all.reduce((a, b) => (get(b).total.gzip > get(a).total.gzip ? b : a));
const loadedBy = new Set(all.filter((page) => get(page).mapData.raw > 0).map(pagePathOf));

const pageTypes = {
  story: { en: get("index.html"), es: get("es/index.html") },
  embed: { count: embeds.length, largest: embedLargest, median: across(embeds, median) },
  gallery: { en: get("charts/index.html"), es: get("es/charts/index.html") },
  teachers: { en: get("teach/index.html"), es: get("es/teach/index.html") },
};

console.log("What each page type loads up front, raw / gzip / brotli (inline styles and scripts count in HTML and in CSS or JS):\n");
printTable(
  ["page", "HTML", "CSS", "JS", "fonts", "images", "map data", "total"],
  (
    [
      ["story /", pageTypes.story.en],
      ["story /es/", pageTypes.story.es],
      [`embed, largest of ${embeds.length}`, pageTypes.embed.largest],
      [`embed, median of ${embeds.length}`, pageTypes.embed.median],
      ["gallery /charts/", pageTypes.gallery.en],
      ["gallery /es/charts/", pageTypes.gallery.es],
      ["teachers /teach/", pageTypes.teachers.en],
      ["teachers /es/teach/", pageTypes.teachers.es],
    ] as const
  ).map(([name, p]) => [name, ...[...KINDS, "total" as const].map((k) => `${kb(p[k].raw)} / ${kb(p[k].gzip)} / ${kb(p[k].br)}`)]),
);
const map = bytes(readFileSync(MAP_FILE));
console.log(`\nmap geometry (${MAP_FILE}): ${kb(map.raw)} raw, ${kb(map.gzip)} gzip`);
console.log(`build time (npm run build, data check included): ${buildSeconds.toFixed(1)} s`);

const requests: Requests = [];
const host = await serveSite(resolve(DIST), PREVIEW_PORT);
let cls: BenchReport["cls"];
let chromiumVersion: string;
let lighthouseResult: BenchReport["lighthouse"];
try {
  const phone = await layoutShift({ width: 390, height: 844 }, requests);
  const desktop = await layoutShift({ width: 1280, height: 800 }, requests);
  cls = { phone: Number(phone.cls.toFixed(4)), desktop: Number(desktop.cls.toFixed(4)) };
  chromiumVersion = phone.version;
  console.log(`layout shift, loading and scrolling the story: phone 390×844 ${cls.phone.toFixed(4)}, desktop 1280×800 ${cls.desktop.toFixed(4)}`);
  lighthouseResult = await runLighthouse(LIGHTHOUSE_PAGES, requests);
} finally {
  host.close();
}

console.log(`\nLighthouse ${lighthouseResult.version}, mobile, simulated throttling, median of ${LIGHTHOUSE_RUNS} runs per page:\n`);
printTable(
  ["page", "HTML gzip", "elements", "performance", "accessibility", "best practices", "SEO", "LCP", "TBT", "CLS", "host benchmark"],
  Object.entries(lighthouseResult.pages).map(([path, s]) => [
    path,
    kb(get(`${path.slice(1)}index.html`).html.gzip),
    String(s.elements),
    ...[s.performance, s.accessibility, s.bestPractices, s.seo].map(String),
    `${(s.lcpMs / 1000).toFixed(1)} s`,
    `${s.tbtMs} ms`,
    s.cls.toFixed(4),
    String(s.benchmarkIndex),
  ]),
);

for (const { page, url } of requests) if (url.endsWith(MAP_NAME)) loadedBy.add(page);
const offSite = requests.filter(({ url }) => /^https?:/.test(url) && new URL(url).origin !== ORIGIN).map(({ page, url }) => `${url} (${page})`);

const budgets: Budget[] = [];
// At most `limit`, except Lighthouse scores, which must reach it, and layout shift, which must stay under it.
const atMost = (kind: BudgetKind, subject: string, limit: number, value: number) => budgets.push({ kind, subject, limit, value, pass: value <= limit });
for (const [lang, page] of Object.entries(pageTypes.story)) atMost("js", lang === "en" ? "/" : "/es/", BUDGET.storyJsGzip, page.js.gzip);
atMost("js", "embed", BUDGET.embedJsGzip, embedLargest.js.gzip);
atMost("total", pagePathOf(largestPage), BUDGET.pageTotalGzip, get(largestPage).total.gzip);
for (const [lang, page] of Object.entries(pageTypes.story)) atMost("html", lang === "en" ? "/" : "/es/", BUDGET.storyHtmlGzip, page.html.gzip);
atMost("html", "embed", BUDGET.embedHtmlGzip, embedLargest.html.gzip);
for (const path of ["/", "/es/"]) {
  const s = lighthouseResult.pages[path]!;
  atMost("elements", path, BUDGET.storyElements, s.elements);
  atMost("lcp", path, BUDGET.storyLcpMs, s.lcpMs);
  atMost("tbt", path, BUDGET.storyTbtMs, s.tbtMs);
}
for (const path of LIGHTHOUSE_BUDGETED) {
  const s = lighthouseResult.pages[path]!;
  for (const [kind, key] of [
    ["lighthouse-performance", "performance"],
    ["lighthouse-accessibility", "accessibility"],
    ["lighthouse-best-practices", "bestPractices"],
    ["lighthouse-seo", "seo"],
  ] as const) {
    budgets.push({ kind, subject: path, limit: BUDGET.lighthouse[key], value: s[key], pass: s[key] >= BUDGET.lighthouse[key] });
  }
}
for (const [screen, value] of Object.entries(cls)) budgets.push({ kind: "scroll-cls", subject: screen, limit: BUDGET.cls, value, pass: value < BUDGET.cls });
atMost("map-size", MAP_FILE, BUDGET.mapGzip, map.gzip);
atMost("map-loaded", "site", 0, loadedBy.size);
atMost("foreign-requests", "site", 0, offSite.length);

const shown = (b: Budget) =>
  b.kind === "js" || b.kind === "total" || b.kind === "html" || b.kind === "map-size"
    ? kb(b.value)
    : b.kind === "scroll-cls"
      ? b.value.toFixed(4)
      : b.kind === "lcp"
        ? `${(b.value / 1000).toFixed(1)} s`
        : b.kind === "tbt"
          ? `${b.value} ms`
          : String(b.value);
console.log("\nbudgets:\n");
printTable(
  ["budget", "of", "limit", "value", "result"],
  budgets.map((b) => [b.kind, b.subject, shown({ ...b, value: b.limit }), shown(b), b.pass ? "pass" : "FAIL"]),
);
if (loadedBy.size > 0) console.error(`pages that load the map geometry: ${[...loadedBy].join(", ")}`);
if (offSite.length > 0) console.error(`requests to other sites: ${offSite.join(", ")}`);

const report: BenchReport = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  chromium: chromiumVersion,
  build: { seconds: buildSeconds },
  pages: { ...pageTypes, map: { file: MAP_FILE, raw: map.raw, gzip: map.gzip, loadedBy: [...loadedBy] } },
  lighthouse: lighthouseResult,
  cls,
  budgets,
};
mkdirSync(dirname(REPORT), { recursive: true });
// Checked against the schema the "How we tested this" page reads it with, so a change here cannot break the build there.
benchReportSchema.parse(report);
writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwritten to ${REPORT}; bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);

const failed = budgets.filter((b) => !b.pass);
if (failed.length > 0) {
  console.error(`\n${failed.length} budget(s) failed: ${failed.map((b) => `${b.kind} of ${b.subject}`).join("; ")}`);
  process.exit(1);
}
