/**
 * Measures each chart's embed page, in each language, at the 600 px column the embed code
 * assumes, and writes src/embed/heights.json: the height every frame reserves before it sizes
 * itself (and keeps, on a host that strips scripts). Run after a change to a chart, its words or
 * the embed page: `npm run build && npm run embed:heights`, then build again. The browser test
 * "reserved heights" fails when the file no longer matches the built pages.
 */
import { writeFileSync } from "node:fs";
import { charts } from "../src/charts/registry.ts";
import { EMBED_COLUMN, HEIGHTS_FILE } from "../src/embed/heights.ts";
import { LANGS, localePath } from "../src/i18n/locales.ts";
import { launchChromium, startPreview } from "./lib/browser.ts";

const PORT = Number(process.env.EMBED_HEIGHTS_PORT ?? 4371);

const preview = await startPreview(PORT);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: EMBED_COLUMN, height: 800 } });
  const heights: Record<string, Record<string, number>> = {};
  for (const lang of LANGS) {
    heights[lang] = {};
    for (const id of Object.keys(charts).sort()) {
      await page.goto(`${preview.origin}${localePath(lang, `/embed/${id}/`)}`, { waitUntil: "networkidle" });
      await page.evaluate(() => document.fonts.ready);
      heights[lang]![id] = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    }
  }
  writeFileSync(HEIGHTS_FILE, `${JSON.stringify(heights, null, 2)}\n`);
  console.log(`wrote ${HEIGHTS_FILE}`);
} finally {
  await browser.close();
  preview.stop();
}
