/**
 * How tall each chart's embed page is, per language, at the column width the embed code assumes:
 * measured from the built pages by `npm run embed:heights` (scripts/embed-heights.ts) into
 * heights.json, never typed by hand, and checked against the built pages by the browser tests.
 */
import type { ChartId } from "../charts/registry.ts";
import type { Lang } from "../i18n/locales.ts";
import measured from "./heights.json" with { type: "json" };

/** The host column the heights are measured at, and the width oEmbed answers with. */
export const EMBED_COLUMN = 600;

export const HEIGHTS_FILE = "src/embed/heights.json";

const HEIGHTS: Record<Lang, Record<string, number>> = measured;

/** The chart's embed height in `lang`; throws for a chart that has not been measured yet. */
export function embedHeight(chartId: ChartId, lang: Lang): number {
  const height = HEIGHTS[lang][chartId];
  if (height === undefined) throw new Error(`no embed height for "${chartId}" (${lang}): run \`npm run build && npm run embed:heights\``);
  return height;
}
