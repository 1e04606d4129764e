/**
 * Chart "incarceration-rates": prisoners per 100,000 people in El Salvador beside the countries
 * with the highest rates in the world and the rest of the region, as horizontal bars. The ranking
 * comes from one vintage (World Prison Population List, 14th edition); El Salvador's later World
 * Prison Brief rate and the regional rates are other vintages, so their bars name theirs.
 * Pure: data and options in, an SVG element out.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../data/load-tables.ts";
import { countryName } from "../i18n/names.ts";
import type { Translate, WordKey } from "../i18n/translate.ts";
import { colour } from "../styles/palette.ts";
import { defineChart, type ChartWords } from "./chart.ts";
import { FOCUS_COUNTRY } from "./shared/focus.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { plotFrame, zeroRule } from "./shared/plot-frame.ts";
import { widthFor } from "./shared/widths.ts";
import { textWidth } from "./shared/text-metrics.ts";

/** The list every ranking bar comes from, so that no two of them mix vintages. */
export const RANKING_SOURCE = "wppl14_drugpolicyfacts";
/** The highest rates in the world after El Salvador's, in that list. */
export const WORLD_LEADERS = ["CUB", "RWA", "TKM", "USA"] as const;
export const REGION = ["HND", "GTM", "MEX", "COL", "ECU", "CHL", "CRI", "PAN", "NIC", "BRA"] as const;
const WORLD = "WLD";

export type RateGroup = "world" | "latest" | "region";

export interface RateBar {
  key: string;
  iso3: string;
  name: string;
  rate: number;
  group: RateGroup;
  /** The row's date as the data gives it: for list rows, the edition year. */
  date: string;
  series: Row<"prisonPopulation">["series"];
  source_id: string;
}

export interface RateData {
  bars: RateBar[];
  /** The world's rate in the same list, drawn as a reference line. */
  world: RateBar | null;
}

export interface RateState {
  groups: RateGroup[];
}

type RateRow = Row<"prisonPopulation"> & { rate_per_100k: number };

function latest(rows: readonly RateRow[]): RateRow | undefined {
  // Dates are YYYY, YYYY-MM or YYYY-MM-DD, so as strings they sort in time order.
  return [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).pop();
}

/**
 * Picks the 14th-edition list rates of El Salvador and the four countries after it; WPB's latest
 * rate for El Salvador from any other report; and each regional country's latest preferred rate.
 */
export function selectIncarcerationRates(prison: readonly Row<"prisonPopulation">[], countries: readonly Row<"countries">[]): RateData {
  const names = new Map(countries.map((c) => [c.iso3, c.name]));
  const usable = prison.filter((r): r is RateRow => r.status === "ok" && r.rate_per_100k !== null);
  const bar = (row: RateRow, group: RateGroup): RateBar => ({
    key: `${row.iso3}-${group}`,
    iso3: row.iso3,
    name: names.get(row.iso3) ?? row.iso3,
    rate: row.rate_per_100k,
    group,
    date: row.date,
    series: row.series,
    source_id: row.source_id,
  });
  const ranked = usable.filter((r) => r.source_id === RANKING_SOURCE);
  const bars: RateBar[] = [];
  for (const iso3 of [FOCUS_COUNTRY, ...WORLD_LEADERS]) {
    const row = latest(ranked.filter((r) => r.iso3 === iso3));
    if (row) bars.push(bar(row, "world"));
  }
  const later = latest(usable.filter((r) => r.iso3 === FOCUS_COUNTRY && r.series === "wpb" && r.source_id !== RANKING_SOURCE));
  if (later) bars.push(bar(later, "latest"));
  for (const iso3 of REGION) {
    const row = latest(usable.filter((r) => r.iso3 === iso3 && r.preferred));
    if (row) bars.push(bar(row, "region"));
  }
  const world = latest(ranked.filter((r) => r.iso3 === WORLD));
  return { bars: bars.sort((a, b) => b.rate - a.rate), world: world ? bar(world, "world") : null };
}

const SERIES_NAMES: Partial<Record<RateBar["series"], WordKey>> = { wpb: "incarceration-rates.series.wpb", "un-cts": "incarceration-rates.series.un-cts" };

function seriesName(series: RateBar["series"], t: Translate): string {
  const key = SERIES_NAMES[series];
  return key ? t(key) : series;
}

/** Where a bar's figure comes from, when that is not the list the ranking uses. */
function vintage(bar: RateBar, withFocusEdition: boolean, t: Translate): string | null {
  if (bar.group === "latest") return t("incarceration-rates.label.later");
  if (bar.source_id === RANKING_SOURCE) return withFocusEdition && bar.iso3 === FOCUS_COUNTRY ? t("incarceration-rates.label.list", { year: bar.date }) : null;
  return `${seriesName(bar.series, t)} ${bar.date.slice(0, 4)}`;
}

function barLabel(bar: RateBar, locale: string, withFocusEdition: boolean, t: Translate): string {
  const value = formatNumber(bar.rate, locale, 0);
  const source = vintage(bar, withFocusEdition, t);
  return source ? `${value} · ${source}` : value;
}

/** The incarceration-rate bars in one of their states, as an SVG element. */
export function incarcerationRates(data: RateData, options: ChartOptions & ChartWords & { state: RateState }): SVGSVGElement {
  const { width, locale, state } = options;
  const { t } = options;
  const narrow = widthFor(width) === "narrow";
  const fontSize = narrow ? 11 : 12;
  const marginTop = 8;
  const bottomSpace = 26;
  // Scales and height come from every bar of every state, so that all states share them.
  const everyBar = data.bars;
  // Rows shrink rather than let the chart outgrow a phone's sticky graphic.
  const step = Math.min(narrow ? 20 : 24, Math.floor(((narrow ? 360 : 440) - marginTop - bottomSpace) / everyBar.length));
  const height = marginTop + everyBar.length * step + bottomSpace;
  const bars = everyBar.filter((b) => state.groups.includes(b.group));
  // Rows stay one step tall in every state; the frame ends below the last one shown.
  const marginBottom = height - marginTop - bars.length * step;
  const marginLeft = narrow ? 84 : 104;
  const marginRight = narrow ? 40 : 64;
  const plotWidth = width - marginLeft - marginRight;
  const xMax = Math.max(...everyBar.map((b) => b.rate));
  const withFocusEdition = bars.some((b) => b.group === "latest");

  // A label goes after its bar when it fits before the chart's edge, otherwise inside the bar.
  const labels = bars.map((b) => {
    const text = barLabel(b, locale, withFocusEdition, t);
    const end = (b.rate / xMax) * plotWidth;
    const inside = end + 6 + textWidth(text, fontSize) > plotWidth + marginRight;
    return { ...b, text, inside };
  });
  const fill = (b: RateBar) => (b.iso3 === FOCUS_COUNTRY ? colour("red") : colour("grey"));
  const world = data.world ? [data.world] : [];

  return Plot.plot({
    ...plotFrame(options, "chart-incarceration-rates", {
      height,
      margin: { top: marginTop, right: marginRight, bottom: marginBottom, left: marginLeft },
      fontSize,
    }),
    x: { domain: [0, xMax], axis: null },
    y: { domain: bars.map((b) => b.key), axis: null, paddingInner: 0.25, paddingOuter: 0.125 },
    marks: [
      Plot.barX(bars, { x: "rate", y: "key", fill, className: "series-bar" }),
      zeroRule("x"),
      Plot.ruleX(world, { x: "rate", stroke: colour("text"), strokeDasharray: "2 3" }),
      Plot.text(world, {
        x: "rate",
        frameAnchor: "bottom",
        dy: 12,
        textAnchor: "start",
        dx: -4,
        text: (b: RateBar) => t("incarceration-rates.label.world", { rate: formatNumber(b.rate, locale, 0) }),
        fill: colour("muted"),
        ariaHidden: "true",
      }),
      ...[true, false].map((focus) =>
        Plot.text(
          bars.filter((b) => (b.iso3 === FOCUS_COUNTRY) === focus),
          {
            x: 0,
            y: "key",
            text: (b: RateBar) => countryName(b, locale),
            textAnchor: "end",
            dx: -6,
            fill: colour("text"),
            fontWeight: focus ? 700 : 400,
            ariaHidden: "true",
          },
        ),
      ),
      Plot.text(
        labels.filter((l) => !l.inside),
        { x: "rate", y: "key", text: "text", textAnchor: "start", dx: 5, fill: colour("text"), ariaHidden: "true" },
      ),
      Plot.text(
        labels.filter((l) => l.inside),
        {
          x: "rate",
          y: "key",
          text: "text",
          textAnchor: "end",
          dx: -5,
          fill: colour("background"),
          fontWeight: 700,
          ariaHidden: "true",
        },
      ),
    ],
  }) as SVGSVGElement;
}

export function describeIncarcerationRates(data: RateData, { locale, t }: ChartWords): string {
  const f = (n: number) => formatNumber(n, locale, 0);
  const ranked = data.bars.filter((b) => b.group === "world");
  const focus = ranked.find((b) => b.iso3 === FOCUS_COUNTRY);
  const others = ranked.filter((b) => b.iso3 !== FOCUS_COUNTRY);
  const later = data.bars.find((b) => b.group === "latest");
  const region = data.bars.filter((b) => b.group === "region");
  const sentences: string[] = [];
  if (focus) {
    const list = others.map((b) => t("incarceration-rates.describe.other", { country: countryName(b, locale), rate: f(b.rate) }));
    sentences.push(t("incarceration-rates.describe.ranking", { year: focus.date, rate: f(focus.rate), others: list.join(", ") }));
  }
  if (later) sentences.push(t("incarceration-rates.describe.later", { rate: f(later.rate) }));
  if (region.length > 0) {
    const top = region[0]!;
    sentences.push(t("incarceration-rates.describe.region", { country: countryName(top, locale), rate: f(top.rate) }));
  }
  if (data.world) sentences.push(t("incarceration-rates.describe.world", { rate: f(data.world.rate) }));
  return sentences.join(" ");
}

export const incarcerationRatesChart = defineChart<RateData, RateState>({
  id: "incarceration-rates",
  place: { section: "the-price" },
  states: {
    world: { groups: ["world"] },
    latest: { groups: ["world", "latest"] },
    region: { groups: ["world", "latest", "region"] },
  },
  summary: "region",
  select: ({ tables }) => selectIncarcerationRates(tables.prisonPopulation.rows, tables.countries.rows),
  build: incarcerationRates,
  describe: describeIncarcerationRates,
  table(data, { locale, t }) {
    const rows = [...data.bars, ...(data.world ? [data.world] : [])];
    return {
      caption: t("incarceration-rates.table.caption"),
      columns: [
        t("incarceration-rates.table.country"),
        t("incarceration-rates.table.rate"),
        t("incarceration-rates.table.year"),
        t("incarceration-rates.table.series"),
        t("incarceration-rates.table.source"),
      ],
      rows: rows.map((b) => [
        b.group === "latest" ? t("incarceration-rates.table.later", { country: countryName(b, locale) }) : countryName(b, locale),
        formatNumber(b.rate, locale, 2),
        b.date,
        b.source_id === RANKING_SOURCE ? t("incarceration-rates.table.ranking") : seriesName(b.series, t),
        b.source_id,
      ]),
    };
  },
  sources: (data) => [...new Set([...data.bars, ...(data.world ? [data.world] : [])].map((b) => b.source_id))],
});
