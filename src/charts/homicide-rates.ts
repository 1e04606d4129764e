/**
 * Chart "homicide-rates": homicide rates of El Salvador and its neighbours since 2000, from the
 * UNODC series, with the Salvadoran government's own figures drawn as a second, dashed line for
 * El Salvador. Pure: data and options in, an SVG element out, in Node (build) or the browser.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../data/load-tables.ts";
import { countryName } from "../i18n/names.ts";
import type { Translate } from "../i18n/translate.ts";
import { colour } from "../styles/palette.ts";
import { defineChart, type ChartWords } from "./chart.ts";
import { FOCUS_COUNTRY } from "./shared/focus.ts";
import { withYearGaps } from "./shared/homicide-annotations.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { plotFrame, valueAxis, yScaleOf, zeroRule } from "./shared/plot-frame.ts";
import { spreadLabels } from "./shared/spread-labels.ts";
import { widthFor } from "./shared/widths.ts";

export const PEERS = ["HND", "GTM", "MEX", "COL", "ECU"] as const;
const FIRST_YEAR = 2000;

export type HomicideSeries = "unodc" | "official";

export interface HomicidePoint {
  iso3: string;
  name: string;
  year: number;
  rate: number;
  series: HomicideSeries;
  source_id: string;
}

export interface HomicideLine {
  key: string;
  iso3: string;
  name: string;
  series: HomicideSeries;
  points: HomicidePoint[];
}

/**
 * Picks the chart's rows: every valid UNODC value since 2000 for El Salvador and its peers, and
 * the government figures the story quotes for El Salvador (rows marked preferred, series official).
 */
export function selectHomicideRates(homicide: readonly Row<"homicideRates">[], countries: readonly Row<"countries">[]): HomicideLine[] {
  const names = new Map(countries.map((c) => [c.iso3, c.name]));
  const wanted = [FOCUS_COUNTRY, ...PEERS];
  const lines: HomicideLine[] = [];
  const add = (iso3: string, series: HomicideSeries, rows: Row<"homicideRates">[]) => {
    const points = rows
      .filter((r): r is Row<"homicideRates"> & { rate_per_100k: number } => r.rate_per_100k !== null)
      .map((r) => ({
        iso3,
        name: names.get(iso3) ?? iso3,
        year: r.year,
        rate: r.rate_per_100k,
        series,
        source_id: r.source_id,
      }))
      .sort((a, b) => a.year - b.year);
    if (points.length > 0) lines.push({ key: `${iso3}-${series}`, iso3, name: names.get(iso3) ?? iso3, series, points });
  };
  for (const iso3 of wanted) {
    add(
      iso3,
      "unodc",
      homicide.filter((r) => r.iso3 === iso3 && r.series === "unodc" && r.status === "ok" && r.year >= FIRST_YEAR),
    );
  }
  add(
    FOCUS_COUNTRY,
    "official",
    homicide.filter((r) => r.iso3 === FOCUS_COUNTRY && r.series === "official" && r.preferred && r.status === "ok"),
  );
  return lines;
}

function label(line: HomicideLine, narrow: boolean, locale: string, t: Translate): string {
  const name = countryName(line, locale);
  if (line.iso3 !== FOCUS_COUNTRY) return name;
  if (line.series === "official") return narrow ? t("homicide-rates.label.government") : t("homicide-rates.label.country-government", { country: name });
  return narrow ? name : t("homicide-rates.label.country-unodc", { country: name });
}

/** The homicide-rate line chart as an SVG element. */
export function homicideRates(lines: readonly HomicideLine[], options: ChartOptions & ChartWords): SVGSVGElement {
  const { width, locale } = options;
  const { t } = options;
  const narrow = widthFor(width) === "narrow";
  const height = narrow ? 380 : 440;
  const margin = { top: 16, right: narrow ? 92 : 170, bottom: 30, left: 36 };
  const points = lines.flatMap((l) => l.points);
  const lastYear = Math.max(...points.map((p) => p.year));
  const yMax = Math.ceil(Math.max(...points.map((p) => p.rate)) / 20) * 20;

  const ends = lines.map((line) => {
    const last = line.points[line.points.length - 1]!;
    return { line, year: last.year, rate: last.rate };
  });
  // Labels sit at each line's last value, nudged apart so that none overlaps another: spread in
  // pixels above the baseline, on the scale Plot draws the lines with.
  const yAxis = valueAxis(yMax, narrow ? 4 : 6, locale);
  const y = yScaleOf(yAxis, { height, margin });
  const base = y.apply(0);
  const labelY = spreadLabels(
    ends.map((e) => base - y.apply(e.rate)),
    narrow ? 13 : 15,
    [0, base - y.apply(yMax)],
  ).map((px) => y.invert!(base - px) as number);
  const labels = ends.map((e, i) => ({ ...e, labelRate: labelY[i]!, text: label(e.line, narrow, locale, t) }));

  const stroke = (line: HomicideLine) => (line.iso3 === FOCUS_COUNTRY ? colour("red") : colour("grey"));
  const fontSize = narrow ? 11 : 12;

  return Plot.plot({
    ...plotFrame(options, "chart-homicide-rates", { height, margin, fontSize }),
    x: {
      domain: [FIRST_YEAR, lastYear],
      ticks: narrow ? 4 : 6,
      tickFormat: (d: number) => String(d),
      label: null,
    },
    y: yAxis,
    marks: [
      zeroRule(),
      ...lines.map((line) =>
        Plot.line(withYearGaps(line.points), {
          x: "year",
          y: "rate",
          stroke: stroke(line),
          strokeWidth: line.iso3 === FOCUS_COUNTRY ? 2.5 : 1.5,
          ...(line.series === "official" ? { strokeDasharray: "5 3" } : {}),
          curve: "linear",
          className: "series-line",
        }),
      ),
      Plot.dot(labels, {
        x: "year",
        y: "rate",
        r: 2.5,
        fill: (d: (typeof labels)[number]) => stroke(d.line),
        ariaHidden: "true",
      }),
      ...[true, false].map((focus) =>
        Plot.text(
          labels.filter((d) => (d.line.iso3 === FOCUS_COUNTRY) === focus),
          {
            x: "year",
            y: "labelRate",
            text: "text",
            textAnchor: "start",
            dx: 6,
            fill: colour("text"),
            fontWeight: focus ? 700 : 400,
            ariaHidden: "true",
          },
        ),
      ),
    ],
  }) as SVGSVGElement;
}

/** A plain-language account of what the chart shows, for screen readers and the figure caption. */
export function describeHomicideRates(lines: readonly HomicideLine[], { locale, t }: ChartWords): string {
  const f = (n: number) => formatNumber(n, locale);
  const sentences: string[] = [];
  const unodc = lines.find((l) => l.iso3 === FOCUS_COUNTRY && l.series === "unodc");
  if (unodc) {
    const first = unodc.points[0]!;
    const peak = unodc.points.reduce((a, b) => (b.rate > a.rate ? b : a));
    const last = unodc.points[unodc.points.length - 1]!;
    sentences.push(
      t("homicide-rates.describe.unodc", {
        first: f(first.rate),
        firstYear: String(first.year),
        peak: f(peak.rate),
        peakYear: String(peak.year),
        last: f(last.rate),
        lastYear: String(last.year),
      }),
    );
  }
  const official = lines.find((l) => l.iso3 === FOCUS_COUNTRY && l.series === "official");
  if (official) {
    const first = official.points[0]!;
    const last = official.points[official.points.length - 1]!;
    sentences.push(
      t("homicide-rates.describe.official", {
        first: f(first.rate),
        firstYear: String(first.year),
        last: f(last.rate),
        lastYear: String(last.year),
      }),
    );
  }
  const peers = lines
    .filter((l) => l.iso3 !== FOCUS_COUNTRY)
    .map((l) => l.points[l.points.length - 1]!)
    .map((p) => t("homicide-rates.describe.peer", { country: countryName(p, locale), rate: f(p.rate), year: String(p.year) }));
  if (peers.length > 0) sentences.push(t("homicide-rates.describe.peers", { list: peers.join(", ") }));
  return sentences.join(" ");
}

export const homicideRatesChart = defineChart<HomicideLine[], Record<string, never>>({
  id: "homicide-rates",
  place: { section: "the-fall" },
  cards: ["opening"],
  states: { all: {} },
  summary: "all",
  select: ({ tables }) => selectHomicideRates(tables.homicideRates.rows, tables.countries.rows),
  build: homicideRates,
  describe: describeHomicideRates,
  table(lines, { locale, t }) {
    const years = [...new Set(lines.flatMap((l) => l.points.map((p) => p.year)))].sort((a, b) => a - b);
    // Each column names its unit, as the caption does, so a downloaded CSV reads on its own.
    const heading = (l: HomicideLine) =>
      t(l.series === "official" ? "homicide-rates.table.column-government" : "homicide-rates.table.column-unodc", { country: countryName(l, locale) });
    return {
      caption: t("homicide-rates.table.caption"),
      columns: [t("homicide-rates.table.year"), ...lines.map(heading)],
      rows: years.map((year) => [
        String(year),
        ...lines.map((l) => {
          const point = l.points.find((p) => p.year === year);
          return point ? formatNumber(point.rate, locale) : "–";
        }),
      ]),
    };
  },
  sources: (lines) => [...new Set(lines.flatMap((l) => l.points.map((p) => p.source_id)))],
});
