/**
 * Chart "homicide-fall": the story's opening picture, El Salvador's homicide rate by the
 * government's own figures, one bar a year from the 2015 peak to the latest year, small enough to
 * sit on a phone's first screen under the headline. Owns its data choice and its drawing; its
 * words, including the caveat of what those figures leave out, are in
 * src/i18n/<lang>/charts/homicide-fall.ts. Pure: data and options in, an SVG element out.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../data/load-tables.ts";
import { colour } from "../styles/palette.ts";
import { defineChart, type ChartWords } from "./chart.ts";
import { FOCUS_COUNTRY } from "./shared/focus.ts";
import { textWidth } from "./shared/text-metrics.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { plotFrame, valueAxis } from "./shared/plot-frame.ts";
import { widthFor } from "./shared/widths.ts";

/** The peak of the century and the first year of the government's current series. */
export const FROM_YEAR = 2015;

export interface FallBar {
  year: number;
  rate: number;
  source_id: string;
}

export interface FallData {
  bars: FallBar[];
  /** Years of the span whose preferred government figure is a count without a rate (2017). */
  withoutRate: number[];
  /** Source ids of the preferred rows without a rate, which the caveat rests on too. */
  countSources: string[];
}

/** The preferred government figures for El Salvador since 2015, one a year. */
export function selectHomicideFall(rows: readonly Row<"homicideRates">[]): FallData {
  const official = rows.filter((r) => r.iso3 === FOCUS_COUNTRY && r.series === "official" && r.preferred && r.status === "ok" && r.year >= FROM_YEAR);
  const withRate = official.filter((r): r is Row<"homicideRates"> & { rate_per_100k: number } => r.rate_per_100k !== null);
  const withoutRate = official.filter((r) => r.rate_per_100k === null);
  return {
    bars: withRate.map((r) => ({ year: r.year, rate: r.rate_per_100k, source_id: r.source_id })).sort((a, b) => a.year - b.year),
    withoutRate: withoutRate.map((r) => r.year).sort((a, b) => a - b),
    countSources: withoutRate.map((r) => r.source_id),
  };
}

/**
 * Which bars carry their value. Every bar does when the widest value fits its band with room to
 * spare; otherwise only the first and the last two (the peak and where the fall ended), which
 * are a band apart at least and so cannot touch.
 */
export function labelledYears(bars: readonly FallBar[], band: number, fontSize: number, locale: string): number[] {
  const widest = Math.max(...bars.map((b) => textWidth(formatNumber(b.rate, locale), fontSize)));
  if (widest + 4 <= band) return bars.map((b) => b.year);
  return [bars[0], ...bars.slice(-2)].filter((b) => b !== undefined).map((b) => b.year);
}

/** The government's homicide rate since 2015, one bar a year, as an SVG element. */
export function homicideFall(data: FallData, options: ChartOptions & ChartWords): SVGSVGElement {
  const { width, locale } = options;
  const narrow = widthFor(width) === "narrow";
  const fontSize = narrow ? 11 : 12;
  const height = narrow ? 190 : 210;
  const margin = { top: 18, right: 4, bottom: 22, left: 30 };
  const years: number[] = [];
  const last = Math.max(...data.bars.map((b) => b.year), ...data.withoutRate);
  for (let y = FROM_YEAR; y <= last; y++) years.push(y);
  const band = (width - margin.left - margin.right) / years.length;
  const labelled = new Set(labelledYears(data.bars, band, fontSize, locale));
  const yMax = Math.ceil(Math.max(...data.bars.map((b) => b.rate)) / 20) * 20;
  const ticks = narrow ? years.filter((y) => (y - FROM_YEAR) % 5 === 0) : years;

  return Plot.plot({
    ...plotFrame(options, "chart-homicide-fall", { height, margin, fontSize }),
    x: { type: "band", domain: years, padding: 0.25, ticks, tickFormat: (d: number) => String(d), tickSize: 0, label: null },
    y: { ...valueAxis(yMax, narrow ? 3 : 6, locale), ticks: narrow ? [0, 50, 100] : 6 },
    marks: [
      Plot.barY(data.bars, { x: "year", y: "rate", fill: colour("red") }),
      Plot.ruleY([0], { stroke: colour("muted") }),
      Plot.text(
        data.bars.filter((b) => labelled.has(b.year)),
        { x: "year", y: "rate", text: (b: FallBar) => formatNumber(b.rate, locale), dy: -7, fill: colour("text"), fontWeight: 700, ariaHidden: "true" },
      ),
    ],
  }) as SVGSVGElement;
}

/** What the chart shows, in words. */
export function describeHomicideFall(data: FallData, { locale, t }: ChartWords): string {
  const f = (n: number) => formatNumber(n, locale);
  const first = data.bars[0]!;
  const last = data.bars[data.bars.length - 1]!;
  return t("homicide-fall.describe", { first: f(first.rate), firstYear: String(first.year), last: f(last.rate), lastYear: String(last.year) });
}

export const homicideFallChart = defineChart<FallData, Record<string, never>>({
  id: "homicide-fall",
  place: { section: "opening" },
  states: { all: {} },
  summary: "all",
  select: ({ tables }) => selectHomicideFall(tables.homicideRates.rows),
  build: (data, options) => homicideFall(data, options),
  describe: describeHomicideFall,
  table(data, { locale, t }) {
    const years = [...data.bars.map((b) => b.year), ...data.withoutRate].sort((a, b) => a - b);
    return {
      caption: t("homicide-fall.table.caption"),
      columns: [t("homicide-fall.table.year"), t("homicide-fall.table.rate")],
      rows: years.map((year) => {
        const bar = data.bars.find((b) => b.year === year);
        return [String(year), bar ? formatNumber(bar.rate, locale) : "–"];
      }),
    };
  },
  // The caveat's sources: the police's 2019 rule change (InSight Crime), the exclusion of grave
  // finds (Foreign Policy) and of deaths in custody (La Prensa Gráfica).
  sources: (data) => [...new Set([...data.bars.map((b) => b.source_id), ...data.countSources, "insight_brief_2019", "fp_giles_2024", "lpg_2022"])],
});
