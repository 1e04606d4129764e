/**
 * Screenshots of the built site as a reader sees it, for looking at before a change is merged:
 * the story's first screen, each sticky graphic at each of its steps, "Sources and method", the
 * "How we tested this" page, an embed, the sources page and one chart's list of sources in the gallery, at
 * 390 and 1280 px, light and dark, English and Spanish. Writes PNGs and `coverage.json` (how much
 * of each stuck chart the step cards cover) to screenshots/ (gitignored). Run `npm run build`
 * first; then `npm run screenshots` (SCREENSHOTS_PORT picks the preview's port, default 4361),
 * `npm run screenshots -- first` for the first screens only, or `-- pages` for every shot but
 * the steps.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { launchChromium, startPreview } from "./lib/browser.ts";

const PORT = Number(process.env.SCREENSHOTS_PORT ?? 4361);
const OUT = "screenshots";
const WIDTHS = [
  { name: "phone", width: 390, height: 844 },
  { name: "laptop", width: 1280, height: 800 },
] as const;
const LANGS = [
  { lang: "en", path: "/" },
  { lang: "es", path: "/es/" },
] as const;
const SCHEMES = ["light", "dark"] as const;
const FIRST_ONLY = process.argv.includes("first");
const SKIP_STEPS = process.argv.includes("pages");

interface Coverage {
  sequence: string;
  step: string;
  /** Share of the stuck chart's drawing (what of it is on screen) hidden by a step card, at each scroll position. */
  covered: number[];
}

/** Scrolls through each sequence, a tenth of a screen at a time, measuring what the cards cover. */
async function measureCoverage(page: Page): Promise<Coverage[]> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(async () => {
    const out: { sequence: string; step: string; covered: number[] }[] = [];
    for (const scrolly of document.querySelectorAll<HTMLElement>(".scrolly")) {
      const track = scrolly.querySelector<HTMLElement>(".scrolly-track")!;
      const graphic = scrolly.querySelector<HTMLElement>(".scrolly-graphic")!;
      const top = track.getBoundingClientRect().top + scrollY;
      const bottom = top + track.offsetHeight - innerHeight;
      const byStep = new Map<string, number[]>();
      for (let y = top; y <= bottom; y += innerHeight / 10) {
        scrollTo({ top: y, behavior: "instant" });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const box = [...graphic.querySelectorAll<SVGSVGElement>(".state-layer.is-active svg")].map((s) => s.getBoundingClientRect()).find((r) => r.width > 0);
        if (!box) continue;
        const visible = { top: Math.max(box.top, 0), bottom: Math.min(box.bottom, innerHeight) };
        if (visible.bottom <= visible.top) continue;
        // What the reader sees on top at each point of a 24×24 grid over the chart: a card that
        // slides under the graphic covers nothing, one that passes over it covers what it hides.
        let points = 0;
        let covered = 0;
        for (let i = 0; i < 24; i++) {
          for (let j = 0; j < 24; j++) {
            const px = box.left + ((i + 0.5) * box.width) / 24;
            const py = visible.top + ((j + 0.5) * (visible.bottom - visible.top)) / 24;
            points++;
            if (document.elementFromPoint(px, py)?.closest(".step")) covered++;
          }
        }
        const step = graphic.dataset.step ?? "(summary)";
        byStep.set(step, [...(byStep.get(step) ?? []), Math.round((covered / points) * 100) / 100]);
      }
      for (const [step, covered] of byStep) out.push({ sequence: scrolly.dataset.sequence!, step, covered });
    }
    return out;
  });
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const preview = await startPreview(PORT);
  const browser = await launchChromium();
  const coverage: Record<string, Coverage[]> = {};
  try {
    for (const { name, width, height } of WIDTHS) {
      for (const { lang, path } of LANGS) {
        for (const scheme of SCHEMES) {
          const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
          const page = await context.newPage();
          const shot = (what: string) => page.screenshot({ path: join(OUT, `${name}-${lang}-${scheme}-${what}.png`) });
          await page.goto(preview.origin + path, { waitUntil: "networkidle" });
          await page.evaluate(() => document.fonts.ready);
          await shot("01-first-screen");
          if (FIRST_ONLY) {
            await context.close();
            continue;
          }
          for (const step of SKIP_STEPS ? [] : await page.locator(".scrolly .step").all()) {
            const id = (await step.getAttribute("id"))!;
            // Where a reader reads a card: just below a phone's stuck chart, else 55% down.
            await step.evaluate((el) => {
              const graphic = el.closest(".scrolly")!.querySelector<HTMLElement>(".scrolly-graphic")!;
              const below = innerWidth < 900 && graphic.offsetHeight < innerHeight * 0.75 ? graphic.offsetHeight + 16 : innerHeight * 0.55;
              const top = el.getBoundingClientRect().top + scrollY;
              scrollTo({ top: top - below, behavior: "instant" });
            });
            await page.waitForTimeout(600);
            await shot(`02-step-${id}`);
          }
          await page.locator("#sources-and-method").scrollIntoViewIfNeeded();
          await shot("03-sources");
          if (scheme === "light" && !SKIP_STEPS) coverage[`${name}-${lang}`] = await measureCoverage(page);
          await page.goto(`${preview.origin}${path}how-we-tested/`, { waitUntil: "networkidle" });
          await page.screenshot({ path: join(OUT, `${name}-${lang}-${scheme}-04-tested.png`), fullPage: true });
          await page.goto(`${preview.origin}${path}embed/pact-timeline/`, { waitUntil: "networkidle" });
          await page.screenshot({ path: join(OUT, `${name}-${lang}-${scheme}-05-embed.png`), fullPage: true });
          await page.goto(`${preview.origin}${path}sources/`, { waitUntil: "networkidle" });
          await shot("06-sources-page");
          await page.goto(`${preview.origin}${path}charts/#sources-gang-map`, { waitUntil: "networkidle" });
          await shot("07-sources-chart");
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    preview.stop();
  }
  writeFileSync(join(OUT, "coverage.json"), JSON.stringify(coverage, null, 1));
  // The summary a change's note quotes: per layout, the share of scroll positions at which the
  // card covers at most a tenth of the stuck chart, and the worst cover seen.
  for (const [key, rows] of Object.entries(coverage)) {
    const all = rows.flatMap((r) => r.covered);
    const ok = all.filter((c) => c <= 0.1).length;
    console.log(`${key}: ${ok}/${all.length} positions with at most 10% covered; worst ${Math.max(...all)}`);
  }
}

await main();
