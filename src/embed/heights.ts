/**
 * How tall each chart's embed page is, per language, at the column width the embed code assumes:
 * measured from the built pages by `npm run embed:heights` (scripts/embed-heights.ts) into
 * heights.json, never typed by hand, and checked against the built pages by the browser tests.
 * A chart or language not measured yet reserves the tallest height measured, so that the site
 * builds and can be measured; the tests fail until it is.
 */
import type { ChartId } from "../charts/registry.ts";
import type { Lang } from "../i18n/locales.ts";
import measured from "./heights.json" with { type: "json" };

/** The host column the heights are measured at, and the width oEmbed answers with. */
export const EMBED_COLUMN = 600;

export const HEIGHTS_FILE = "src/embed/heights.json";

const HEIGHTS: Partial<Record<Lang, Record<string, number>>> = measured;

const TALLEST = Math.max(...Object.values(HEIGHTS).flatMap((byChart) => Object.values(byChart ?? {})));

/** The chart's measured embed height in `lang`, or undefined before `npm run embed:heights` has measured it. */
export function measuredHeight(chartId: ChartId, lang: Lang): number | undefined {
  return HEIGHTS[lang]?.[chartId];
}

/** The chart's embed height in `lang`: as measured, or the tallest measured until it is. */
export function embedHeight(chartId: ChartId, lang: Lang): number {
  return measuredHeight(chartId, lang) ?? TALLEST;
}
