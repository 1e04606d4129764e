/**
 * Node-only: the latest results of our measurements and tests, as their tools wrote them into
 * tests/report/ (`npm run bench`, the checks over the built site, the browser tests' summary
 * reporter), read and checked at build time for the "How we tested this" page. A malformed file
 * stops the build and says which tool writes it. The browser tests' summary may be missing (it is
 * written only by a run of the whole suite); the page then says so instead of showing figures.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

const weights = z.object({ raw: z.number(), gzip: z.number() });
const pageWeights = z.object({ html: weights, css: weights, js: weights, fonts: weights, images: weights, total: weights });
const bothLanguages = z.object({ en: pageWeights, es: pageWeights });
const lighthouse = z.object({
  performance: z.number(),
  accessibility: z.number(),
  bestPractices: z.number(),
  seo: z.number(),
  lcpMs: z.number(),
  tbtMs: z.number(),
  cls: z.number(),
});

export const BUDGET_KINDS = [
  "js",
  "total",
  "html",
  "elements",
  "lcp",
  "tbt",
  "lighthouse-performance",
  "lighthouse-accessibility",
  "lighthouse-best-practices",
  "lighthouse-seo",
  "scroll-cls",
  "map-size",
  "map-loaded",
  "foreign-requests",
] as const;

export const benchReportSchema = z.object({
  measuredAt: z.string().datetime(),
  node: z.string(),
  chromium: z.string(),
  build: z.object({ seconds: z.number() }),
  pages: z.object({
    story: bothLanguages,
    embed: z.object({ count: z.number(), largest: pageWeights, median: pageWeights }),
    gallery: bothLanguages,
    teachers: bothLanguages,
    map: z.object({ raw: z.number(), gzip: z.number(), loadedBy: z.array(z.string()) }),
  }),
  lighthouse: z.object({ version: z.string(), pages: z.record(lighthouse) }),
  cls: z.object({ phone: z.number(), desktop: z.number() }),
  budgets: z.array(
    z.object({
      kind: z.enum(BUDGET_KINDS),
      /** The page or page type measured, or "phone"/"desktop" for the scroll measure. */
      subject: z.string(),
      limit: z.number(),
      value: z.number(),
      pass: z.boolean(),
    }),
  ),
});

const outcomeCounts = z.object({ passed: z.number(), failed: z.number(), skipped: z.number() });
const e2e = z.object({
  total: outcomeCounts,
  bySpec: z.record(outcomeCounts),
  byProject: z.record(outcomeCounts),
  axe: z.array(
    z.object({
      page: z.string(),
      lang: z.string(),
      width: z.string(),
      theme: z.string(),
      motion: z.string(),
      js: z.string(),
      outcome: z.enum(["passed", "failed", "skipped"]),
    }),
  ),
});

const links = z.object({ pages: z.number(), internal: z.number(), anchors: z.number(), broken: z.number(), foreign: z.number() });
const html = z.object({ pages: z.number(), rules: z.string(), problems: z.number() });

const WRITERS = {
  bench: ["tests/report/bench.json", "npm run bench", benchReportSchema],
  e2e: ["tests/report/e2e.json", "a full run of npm run test:e2e", e2e],
  links: ["tests/report/links.json", "npm run test:built", links],
  html: ["tests/report/html.json", "npm run test:built", html],
} as const;

type Parsed = { [K in keyof typeof WRITERS]: z.infer<(typeof WRITERS)[K][2]> };
export type Reports = Omit<Parsed, "e2e"> & { e2e: Parsed["e2e"] | undefined };

function read<K extends keyof typeof WRITERS>(key: K, optional = false): Parsed[K] | undefined {
  const [file, writer, schema] = WRITERS[key];
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    if (optional) return undefined;
    throw new Error(`${file} is missing: ${writer} writes it`);
  }
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join(".") || "(root)"}: ${issue.message}. Run ${writer} again.`);
  }
  return parsed.data as Parsed[K];
}

function required<K extends keyof typeof WRITERS>(key: K): Parsed[K] {
  return read(key)!;
}

let cached: Reports | undefined;

export function reports(): Reports {
  cached ??= { bench: required("bench"), e2e: read("e2e", true), links: required("links"), html: required("html") };
  return cached;
}
