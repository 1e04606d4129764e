/**
 * Chart "mano-dura-record": what followed El Salvador's crackdowns of the 2000s, in two aligned
 * panels over 2000-2016: UNODC's homicide rate above and the World Prison Brief's prison
 * population below, with rules at the launches of Mano Dura and Súper Mano Dura and the gang
 * truce shaded for context. Owns its data choice, state and drawing; its words are in
 * src/i18n/<lang>/charts/mano-dura-record.ts. Pure.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../data/load-tables.ts";
import { eventTitle } from "../i18n/names.ts";
import { colour } from "../styles/palette.ts";
import { defineChart, type ChartWords } from "./chart.ts";
import { FOCUS_COUNTRY } from "./shared/focus.ts";
import { eventLabelMarks, groupEvents, placeEventLabels, storyEvents, withYearGaps, type PlacedLabel, type StoryEvent } from "./shared/homicide-annotations.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { plotFrame, valueAxis, xScaleOf, yearAxis, zeroRule } from "./shared/plot-frame.ts";
import { widthFor } from "./shared/widths.ts";

export const RECORD_YEARS = [2000, 2016] as const;
/** The World Prison Brief trend table the story uses for El Salvador's prisoners before 2019. */
export const PRISON_SOURCE = "wpb_tbprisons_2020";
const CRACKDOWNS = ["mano-dura-launch", "super-mano-dura-launch"] as const;
const TRUCE = ["truce-transfers-2012", "truce-collapse"] as const;

export interface RecordRate {
  year: number;
  rate: number;
  source_id: string;
}

export interface RecordPrisoners {
  year: number;
  prisoners: number;
  source_id: string;
}

export interface ManoDuraRecordData {
  rates: RecordRate[];
  prisoners: RecordPrisoners[];
  crackdowns: StoryEvent[];
  truce: [StoryEvent, StoryEvent];
}

/**
 * Picks the rows: El Salvador's valid UNODC rates for 2000-2016 and the World Prison Brief's
 * prisoner counts from its trend table (one source, so the years compare), both in that range.
 */
export function selectManoDuraRecord(
  homicide: readonly Row<"homicideRates">[],
  prisons: readonly Row<"prisonPopulation">[],
  timeline: readonly Row<"timeline">[],
): ManoDuraRecordData {
  const [from, to] = RECORD_YEARS;
  const rates = homicide
    .filter(
      (r): r is Row<"homicideRates"> & { rate_per_100k: number } =>
        r.iso3 === FOCUS_COUNTRY && r.series === "unodc" && r.status === "ok" && r.rate_per_100k !== null,
    )
    .filter((r) => r.year >= from && r.year <= to)
    .map((r) => ({ year: r.year, rate: r.rate_per_100k, source_id: r.source_id }))
    .sort((a, b) => a.year - b.year);
  const prisoners = prisons
    .filter(
      (r): r is Row<"prisonPopulation"> & { prisoners: number } =>
        r.iso3 === FOCUS_COUNTRY && r.series === "wpb" && r.source_id === PRISON_SOURCE && r.status === "ok" && r.prisoners !== null && /^\d{4}$/.test(r.date),
    )
    .map((r) => ({ year: Number(r.date), prisoners: r.prisoners, source_id: r.source_id }))
    .filter((r) => r.year >= from && r.year <= to)
    .sort((a, b) => a.year - b.year);
  const events = storyEvents(timeline, [...CRACKDOWNS, ...TRUCE]);
  return {
    rates,
    prisoners,
    crackdowns: CRACKDOWNS.map((id) => events[id]!),
    truce: [events[TRUCE[0]]!, events[TRUCE[1]]!],
  };
}

/** Both panels in one SVG element, sharing the x axis. */
export function manoDuraRecord(data: ManoDuraRecordData, options: ChartOptions & ChartWords & { state: Record<string, never> }): SVGSVGElement {
  const { width, locale, document } = options;
  const { t } = options;
  const f = (n: number, digits = 1) => formatNumber(n, locale, digits);
  const narrow = widthFor(width) === "narrow";
  const fontSize = narrow ? 11 : 12;
  const lineHeight = fontSize + 3;
  const rows = 2;
  const height = narrow ? 340 : 400;
  const [from, to] = RECORD_YEARS;
  const domain: [number, number] = [from - 0.5, to + 0.5];
  const margin = { left: narrow ? 44 : 52, right: narrow ? 16 : 24 };
  const titleHeight = lineHeight + 4;
  const labelsHeight = rows * lineHeight + 6;
  const axisHeight = 24;
  const gap = 16;
  const plotsHeight = height - titleHeight - labelsHeight - titleHeight - gap - axisHeight;
  const topHeight = Math.round(plotsHeight * 0.56);
  const bottomHeight = plotsHeight - topHeight;
  const x = yearAxis(domain, narrow ? [2000, 2004, 2008, 2012, 2016] : [2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016]);
  const xScale = xScaleOf(x, { width, margin });
  const px = (year: number) => xScale.apply(year) as number;

  // Too narrow for both titles, the rules stand unlabelled; the table and description name them.
  const labels =
    placeEventLabels(
      groupEvents(data.crackdowns, px, (event) => [eventTitle(event, locale)]),
      { rows, fontSize, bounds: [2, width - 2] },
    ) ?? [];
  const rateMax = Math.ceil(Math.max(...data.rates.map((r) => r.rate)) / 20) * 20;
  const prisonMax = Math.ceil(Math.max(...data.prisoners.map((r) => r.prisoners)) / 10000) * 10000;
  const muted = colour("muted");
  const text = colour("text");
  const halo = { stroke: colour("background"), strokeWidth: 3, paintOrder: "stroke" } as const;
  const truce = { x1: data.truce[0].x, x2: data.truce[1].x };
  const backdrop = (yMax: number) => [
    Plot.rect([truce], { x1: "x1", x2: "x2", y1: 0, y2: yMax, fill: muted, fillOpacity: 0.12 }),
    Plot.ruleX(data.crackdowns, { x: "x", y1: 0, y2: yMax, stroke: muted, strokeDasharray: "2 2" }),
  ];
  const title = (words: string, top: number) =>
    Plot.text([words], {
      frameAnchor: "top-left",
      text: (d: string) => d,
      dx: -margin.left + 2,
      dy: -top + 2,
      textAnchor: "start",
      lineAnchor: "top",
      fill: text,
      fontWeight: 700,
      ariaHidden: "true",
    });

  // The values the story quotes: the rate when Mano Dura began and at its highest after it, and
  // the first and last prisoner counts.
  const launchYear = Math.floor(data.crackdowns[0]!.x);
  const atLaunch = data.rates.find((r) => r.year === launchYear);
  const after = data.rates.filter((r) => r.year > launchYear);
  const highest = after.length > 0 ? after.reduce((a, b) => (b.rate > a.rate ? b : a)) : undefined;
  const rateLabels = [atLaunch, highest].filter((r): r is RecordRate => r !== undefined);
  const prisonLabels = [data.prisoners[0], data.prisoners[data.prisoners.length - 1]].filter((r): r is RecordPrisoners => r !== undefined);

  const topTop = titleHeight + labelsHeight;
  const rowCentre = (row: number) => topTop - 4 - lineHeight * (row + 0.5);
  const topPxPerUnit = topHeight / rateMax;
  const valueAtPixel = (pixel: number) => (topTop + topHeight - pixel) / topPxPerUnit;

  const top = Plot.plot({
    ...plotFrame(options, "chart-mano-dura-record-rate", { height: topTop + topHeight + 4, margin: { ...margin, top: topTop, bottom: 4 }, fontSize }),
    x: { ...x, axis: null },
    y: valueAxis(rateMax, 3, locale),
    marks: [
      ...backdrop(rateMax),
      Plot.ruleX(labels, {
        x: (d: PlacedLabel) => d.group.events[0]!.x,
        y1: rateMax,
        y2: (d: PlacedLabel) => valueAtPixel(rowCentre(d.hi) - lineHeight / 2 + 1),
        stroke: muted,
        strokeDasharray: "2 2",
      }),
      zeroRule(),
      Plot.line(withYearGaps(data.rates), { x: "year", y: "rate", stroke: colour("red"), strokeWidth: 2.5, className: "series-line" }),
      Plot.dot(rateLabels, { x: "year", y: "rate", r: 3, fill: colour("red") }),
      // The value at the launch sits left of its point, clear of the launch rules.
      ...[atLaunch, highest].map((d) =>
        Plot.text(d ? [d] : [], {
          x: "year",
          y: "rate",
          text: (r: RecordRate) => f(r.rate),
          textAnchor: d === atLaunch ? "end" : "middle",
          dx: d === atLaunch ? -4 : 0,
          dy: -10,
          fill: text,
          fontWeight: 700,
          ...halo,
          ariaHidden: "true",
        }),
      ),
      Plot.text([truce], {
        x: (d: typeof truce) => (d.x1 + d.x2) / 2,
        y: 0,
        text: () => t("mano-dura-record.label.truce"),
        dy: -8,
        fill: muted,
        ...halo,
        ariaHidden: "true",
      }),
      ...eventLabelMarks(labels, { valueAt: valueAtPixel, rowCentre, lineHeight, fontSize }),
      title(narrow ? t("mano-dura-record.panel.rate-narrow") : t("mano-dura-record.panel.rate"), topTop),
    ],
  }) as SVGSVGElement;

  const bottomTop = titleHeight;
  const bottom = Plot.plot({
    ...plotFrame(options, "chart-mano-dura-record-prisoners", {
      height: bottomTop + bottomHeight + axisHeight,
      margin: { ...margin, top: bottomTop, bottom: axisHeight },
      fontSize,
    }),
    x,
    y: { ...valueAxis(prisonMax, 2, locale), tickFormat: (d: number) => f(d / 1000, 0) },
    marks: [
      ...backdrop(prisonMax),
      Plot.rectY(data.prisoners, {
        x1: (d: RecordPrisoners) => d.year - 0.35,
        x2: (d: RecordPrisoners) => d.year + 0.35,
        y: "prisoners",
        fill: colour("navy"),
      }),
      zeroRule(),
      Plot.text(prisonLabels, {
        x: "year",
        y: "prisoners",
        text: (d: RecordPrisoners) => f(d.prisoners, 0),
        dy: -8,
        fill: text,
        fontWeight: 700,
        ...halo,
        ariaHidden: "true",
      }),
      title(narrow ? t("mano-dura-record.panel.prisoners-narrow") : t("mano-dura-record.panel.prisoners"), bottomTop),
    ],
  }) as SVGSVGElement;

  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg") as SVGSVGElement;
  svg.setAttribute("class", "chart-mano-dura-record");
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("font-family", "inherit");
  svg.setAttribute("font-size", String(fontSize));
  svg.setAttribute("style", `color: ${text}; max-width: 100%; height: auto;`);
  bottom.setAttribute("y", String(topTop + topHeight + gap));
  // Plot's stylesheet sizes a root chart (height: auto); nested, each panel keeps the size its
  // attributes give it.
  for (const panel of [top, bottom]) for (const element of panel.querySelectorAll(":scope > style")) element.remove();
  svg.append(top, bottom);
  return svg;
}

/** What the chart shows, in words, with its key figures. */
export function describeManoDuraRecord(data: ManoDuraRecordData, { locale, t }: ChartWords): string {
  const f = (n: number, digits = 1) => formatNumber(n, locale, digits);
  const launchYear = Math.floor(data.crackdowns[0]!.x);
  const sentences: string[] = [];
  const atLaunch = data.rates.find((r) => r.year === launchYear);
  const lastBeforeTruce = data.rates.filter((r) => r.year < Math.floor(data.truce[0].x)).at(-1);
  if (atLaunch && lastBeforeTruce) {
    sentences.push(
      t("mano-dura-record.describe.rates", {
        atLaunch: f(atLaunch.rate),
        launchYear: String(launchYear),
        beforeTruce: f(lastBeforeTruce.rate),
        beforeTruceYear: String(lastBeforeTruce.year),
      }),
    );
  }
  const before = data.prisoners.filter((p) => p.year < launchYear).at(-1);
  const last = data.prisoners.at(-1);
  if (before && last) {
    sentences.push(
      t("mano-dura-record.describe.prisoners", {
        before: f(before.prisoners, 0),
        beforeYear: String(before.year),
        last: f(last.prisoners, 0),
        lastYear: String(last.year),
      }),
    );
  }
  const later = data.rates.filter((r) => r.year > launchYear);
  if (later.length > 0) {
    const min = later.reduce((a, b) => (b.rate < a.rate ? b : a));
    const max = later.reduce((a, b) => (b.rate > a.rate ? b : a));
    sentences.push(
      t("mano-dura-record.describe.extremes", {
        launchYear: String(launchYear),
        minYear: String(min.year),
        min: f(min.rate),
        maxYear: String(max.year),
        max: f(max.rate),
      }),
    );
  }
  return sentences.join(" ");
}

export const manoDuraRecordChart = defineChart<ManoDuraRecordData, Record<string, never>>({
  id: "mano-dura-record",
  place: { section: "mano-duras-record" },
  cards: ["mano-duras-record"],
  states: { all: {} },
  summary: "all",
  select: ({ tables }) => selectManoDuraRecord(tables.homicideRates.rows, tables.prisonPopulation.rows, tables.timeline.rows),
  build: manoDuraRecord,
  describe: describeManoDuraRecord,
  table(data, { locale, t }) {
    const years = [...new Set([...data.rates.map((r) => r.year), ...data.prisoners.map((p) => p.year)])].sort((a, b) => a - b);
    const events = [...data.crackdowns, ...data.truce];
    return {
      caption: t("mano-dura-record.table.caption"),
      columns: [t("mano-dura-record.table.year"), t("mano-dura-record.table.rate"), t("mano-dura-record.table.prisoners"), t("mano-dura-record.table.events")],
      rows: years.map((year) => {
        const rate = data.rates.find((r) => r.year === year);
        const prisoners = data.prisoners.find((p) => p.year === year);
        return [
          String(year),
          rate ? formatNumber(rate.rate, locale) : "–",
          prisoners ? formatNumber(prisoners.prisoners, locale, 0) : "–",
          events
            .filter((e) => Math.floor(e.x) === year)
            .map((e) => t("mano-dura-record.table.event", { title: eventTitle(e, locale), date: e.date }))
            .join("; "),
        ];
      }),
    };
  },
  sources: (data) => [
    ...new Set([
      ...data.rates.map((r) => r.source_id),
      ...data.prisoners.map((p) => p.source_id),
      ...[...data.crackdowns, ...data.truce].flatMap((e) => e.source_ids),
    ]),
  ],
});
