/**
 * Chart "slv-homicide-long": El Salvador's homicide rate from 1994 to the latest year, UNODC's
 * series as a solid line and the government's figures as a dashed one, with the events of the
 * story's first scrolly sequence ("The fall") as rules, bands and labels. Owns its data choice,
 * its states and its drawing; its words are in src/i18n/<lang>/charts/slv-homicide-long.ts.
 * Pure: data and options in, an SVG element out.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../data/load-tables.ts";
import { eventTitle } from "../i18n/names.ts";
import type { Translate } from "../i18n/translate.ts";
import { colour } from "../styles/palette.ts";
import { defineChart, type ChartWords } from "./chart.ts";
import { FOCUS_COUNTRY } from "./shared/focus.ts";
import { eventLabelMarks, groupEvents, placeEventLabels, storyEvents, withYearGaps, type PlacedLabel, type StoryEvent } from "./shared/homicide-annotations.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { textWidth } from "./shared/text-metrics.ts";
import { plotFrame, valueAxis, yearAxis, zeroRule } from "./shared/plot-frame.ts";
import { widthFor } from "./shared/widths.ts";
import { formatLongDate } from "./shared/date-words.ts";

export const FIRST_YEAR = 1994;

export type SlvSeries = "unodc" | "official";

export interface SlvPoint {
  year: number;
  rate: number;
  series: SlvSeries;
  source_id: string;
}

export interface SlvLongData {
  unodc: SlvPoint[];
  official: SlvPoint[];
  /** Years for which the government figure the story uses is a count without a rate. */
  officialWithoutRate: number[];
  /** Every timeline event a state annotates, by id. */
  events: Record<string, StoryEvent>;
}

/** A value written beside a point of one line; "last" is that line's latest year. */
export interface SlvValueLabel {
  series: SlvSeries;
  year: number | "last";
}

export interface SlvLongState {
  /** Years drawn strongly, the rest faintly; null draws every year strongly. */
  emphasis: readonly [number, number | "last"] | null;
  /** Whether the government's line is drawn. */
  official: boolean;
  /** Timeline ids drawn as a rule with a label. */
  annotations: readonly string[];
  /** Pairs of timeline ids whose span is shaded. */
  bands: readonly (readonly [string, string])[];
  /** Start from the short forms of the event labels (the summary has many of them). */
  compact: boolean;
  values: readonly SlvValueLabel[];
}

/**
 * Shorter forms of timeline titles, longest first, for when a title cannot fit. Only the words
 * change: the date of each label still comes from data/timeline.csv.
 */
const shorter = (t: Translate): Record<string, readonly string[]> => ({
  "mano-dura-launch": [t("slv-homicide-long.short.mano-dura")],
  "super-mano-dura-launch": [t("slv-homicide-long.short.super-mano-dura")],
  "truce-transfers-2012": [t("slv-homicide-long.short.truce-begins"), t("slv-homicide-long.short.truce")],
  "truce-collapse": [t("slv-homicide-long.short.collapse-contested"), t("slv-homicide-long.short.truce-ends")],
  "bukele-inaugurated-2019": [t("slv-homicide-long.short.bukele-in-office"), t("slv-homicide-long.short.bukele")],
  "march-2022-killings": [t("slv-homicide-long.short.killing-spree"), t("slv-homicide-long.short.killings")],
  "state-of-exception-declared": [t("slv-homicide-long.short.state-of-exception")],
});

const STATES = {
  postwar: { emphasis: [FIRST_YEAR, 2002], official: false, annotations: [], bands: [], compact: false, values: [{ series: "unodc", year: 1995 }] },
  "mano-dura": {
    emphasis: [2003, 2011],
    official: false,
    annotations: ["mano-dura-launch", "super-mano-dura-launch"],
    bands: [["mano-dura-launch", "super-mano-dura-launch"]],
    compact: false,
    values: [],
  },
  truce: {
    emphasis: [2012, 2014],
    official: false,
    annotations: ["truce-transfers-2012", "truce-collapse"],
    bands: [["truce-transfers-2012", "truce-collapse"]],
    compact: false,
    values: [],
  },
  peak: {
    emphasis: [2014, 2016],
    official: true,
    annotations: [],
    bands: [],
    compact: false,
    values: [
      { series: "unodc", year: 2015 },
      { series: "official", year: 2015 },
    ],
  },
  bukele: { emphasis: [2019, "last"], official: true, annotations: ["bukele-inaugurated-2019"], bands: [], compact: false, values: [] },
  exception: {
    emphasis: [2021, "last"],
    official: true,
    annotations: ["march-2022-killings", "state-of-exception-declared"],
    bands: [],
    compact: false,
    values: [{ series: "official", year: "last" }],
  },
  all: {
    emphasis: null,
    official: true,
    annotations: [
      "mano-dura-launch",
      "super-mano-dura-launch",
      "truce-transfers-2012",
      "truce-collapse",
      "bukele-inaugurated-2019",
      "march-2022-killings",
      "state-of-exception-declared",
    ],
    bands: [
      ["mano-dura-launch", "super-mano-dura-launch"],
      ["truce-transfers-2012", "truce-collapse"],
    ],
    compact: true,
    values: [
      { series: "unodc", year: 1995 },
      { series: "unodc", year: 2015 },
      { series: "official", year: 2015 },
      { series: "official", year: "last" },
    ],
  },
} satisfies Record<string, SlvLongState>;

function eventIds(): Set<string> {
  const ids = new Set<string>();
  for (const state of Object.values(STATES) as SlvLongState[]) {
    for (const id of state.annotations) ids.add(id);
    for (const band of state.bands) for (const id of band) ids.add(id);
  }
  return ids;
}

/**
 * Picks the chart's rows: every valid UNODC value for El Salvador since 1994, and the government
 * figures the story uses (series official, preferred), which begin in 2015. A preferred figure
 * that is a count without a rate (2017) leaves a gap in the dashed line.
 */
export function selectSlvLong(homicide: readonly Row<"homicideRates">[], timeline: readonly Row<"timeline">[]): SlvLongData {
  const points = (series: SlvSeries, rows: Row<"homicideRates">[]): SlvPoint[] =>
    rows
      .filter((r): r is Row<"homicideRates"> & { rate_per_100k: number } => r.rate_per_100k !== null)
      .map((r) => ({ year: r.year, rate: r.rate_per_100k, series, source_id: r.source_id }))
      .sort((a, b) => a.year - b.year);
  const slv = homicide.filter((r) => r.iso3 === FOCUS_COUNTRY && r.status === "ok" && r.year >= FIRST_YEAR);
  const officialRows = slv.filter((r) => r.series === "official" && r.preferred);
  return {
    unodc: points(
      "unodc",
      slv.filter((r) => r.series === "unodc"),
    ),
    official: points("official", officialRows),
    officialWithoutRate: officialRows
      .filter((r) => r.rate_per_100k === null)
      .map((r) => r.year)
      .sort((a, b) => a - b),
    events: storyEvents(timeline, eventIds()),
  };
}

function labelForms(event: StoryEvent, compact: boolean, locale: string, short: Record<string, readonly string[]>): readonly string[] {
  const forms = short[event.id] ?? [];
  return compact && forms.length > 0 ? forms : [eventTitle(event, locale), ...forms];
}

/**
 * The labels of a state's events. Where they cannot all fit, the events that close a shaded
 * band keep their rule but lose their label (the band shows where they fall); where even that
 * fails, each label takes its shortest one-line form in the top row.
 */
function eventLabels(
  state: SlvLongState,
  events: readonly StoryEvent[],
  px: (x: number) => number,
  options: { rows: number; fontSize: number; bounds: [number, number]; locale: string; t: Translate },
): PlacedLabel[] {
  const short = shorter(options.t);
  const groups = groupEvents(events, px, (event) => labelForms(event, state.compact, options.locale, short));
  const bandEnds = new Set(state.bands.map(([, to]) => to));
  const withoutBandEnds = groups.filter((g) => !g.events.every((e) => bandEnds.has(e.id)));
  return (
    placeEventLabels(groups, options) ??
    placeEventLabels(withoutBandEnds, options) ??
    withoutBandEnds.map((group): PlacedLabel => {
      const { lines, cost } = group.forms.filter((form) => form.lines.length === 1).at(-1)!;
      const to = group.px + 3 + textWidth(lines[0]!, options.fontSize);
      return { group, lines, lo: options.rows - 1, hi: options.rows - 1, anchor: "start", from: group.px + 3, to, cost };
    })
  );
}

function inEmphasis(year: number, emphasis: SlvLongState["emphasis"], lastYear: number): boolean {
  if (!emphasis) return true;
  const to = emphasis[1] === "last" ? lastYear : emphasis[1];
  return year >= emphasis[0] && year <= to;
}

/** El Salvador's homicide rate since 1994 in one state, as an SVG element. */
export function slvHomicideLong(data: SlvLongData, options: ChartOptions & ChartWords & { state: SlvLongState }): SVGSVGElement {
  const { width, locale, state } = options;
  const { t } = options;
  const f = (n: number) => formatNumber(n, locale);
  const narrow = widthFor(width) === "narrow";
  const fontSize = narrow ? 11 : 12;
  const lineHeight = fontSize + 3;
  const rows = 3;
  const height = narrow ? 340 : 420;
  const margin = { top: rows * lineHeight + 8, right: narrow ? 78 : 140, bottom: 24, left: 34 };
  const all = [...data.unodc, ...data.official];
  const lastYear = Math.max(...all.map((p) => p.year));
  const yMax = Math.ceil(Math.max(...all.map((p) => p.rate)) / 20) * 20;
  const plotTop = margin.top;
  const plotBottom = height - margin.bottom;
  const plotLeft = margin.left;
  const plotRight = width - margin.right;
  const px = (year: number) => plotLeft + ((year - FIRST_YEAR) / (lastYear - FIRST_YEAR)) * (plotRight - plotLeft);
  const pxPerUnit = (plotBottom - plotTop) / yMax;
  // Positions above the plot are given in data units too: the y scale is linear and unclamped.
  const valueAt = (pixel: number) => (plotBottom - pixel) / pxPerUnit;
  const rowCentre = (row: number) => plotTop - 5 - lineHeight * (row + 0.5);

  const strong = (points: readonly SlvPoint[]) => withYearGaps(points).map((p) => (inEmphasis(p.year, state.emphasis, lastYear) ? p : { ...p, rate: NaN }));
  const lineMarks = (points: readonly SlvPoint[], dashed: boolean): Plot.Markish[] => {
    const style = { x: "year", y: "rate", stroke: colour("red"), curve: "linear", ...(dashed ? { strokeDasharray: "5 3" } : {}) } as const;
    return [
      ...(state.emphasis ? [Plot.line(withYearGaps(points), { ...style, strokeWidth: 1.5, strokeOpacity: 0.3 })] : []),
      Plot.line(strong(points), { ...style, strokeWidth: 2.5, className: "series-line" }),
    ];
  };

  const official = state.official ? data.official : [];
  const events = state.annotations.map((id) => data.events[id]!);
  const labels = eventLabels(state, events, px, { rows, fontSize, bounds: [plotLeft, width - 2], locale, t });
  // Each rule rises to its label's row, or to the top of the plot when its label was left out.
  const rules = events.map((event) => {
    const label = labels.find((l) => l.group.events.includes(event));
    return { x: event.x, top: label ? valueAt(rowCentre(label.hi) - lineHeight / 2 + 1) : yMax };
  });
  const bands = state.bands.map(([from, to]) => ({ x1: data.events[from]!.x, x2: data.events[to]!.x }));

  // Values beside points: two for one year sit either side of it, one alone goes to its right.
  const lastOfficial = data.official[data.official.length - 1];
  const values = state.values
    .map((v) => {
      const series = v.series === "unodc" ? data.unodc : official;
      const year = v.year === "last" ? series[series.length - 1]?.year : v.year;
      const point = series.find((p) => p.year === year);
      return point ? { ...point, last: v.year === "last" } : undefined;
    })
    .filter((p): p is SlvPoint & { last: boolean } => p !== undefined);
  const paired = (p: SlvPoint) => values.some((o) => o.series !== p.series && o.year === p.year);
  const inline = values
    .filter((p) => !(p.last && p.series === "official"))
    .map((p) => {
      const pair = paired(p);
      const rate = f(p.rate);
      const year = String(p.year);
      const long = t("slv-homicide-long.label.rate-per-100k-in-year", { rate, year });
      const roomy = !state.compact && px(p.year) + 7 + textWidth(long, fontSize) <= width - 2;
      const named = p.series === "unodc" ? t("slv-homicide-long.label.unodc-value", { rate }) : t("slv-homicide-long.label.government-value", { rate });
      const text = pair ? named : roomy ? long : t("slv-homicide-long.label.rate-in-year", { rate, year });
      const anchor: "start" | "end" = pair && p.series === "unodc" ? "end" : "start";
      return { ...p, text, anchor };
    });
  const showLatest = lastOfficial !== undefined && values.some((p) => p.last && p.series === "official");
  // The government line is named at its end, in the right margin, with its latest value below.
  const governmentEnd = official.length > 0 ? lastOfficial : undefined;
  const governmentName = narrow ? t("slv-homicide-long.label.government-figures-narrow") : t("slv-homicide-long.label.government-figures");
  // UNODC's name sits beside the fall of the late 1990s, where only its line is drawn.
  // Where a pair of values names both lines, it names UNODC's too.
  const unodcNameAt = inline.some((p) => p.series === "unodc" && paired(p)) ? undefined : data.unodc.find((p) => p.year === 1997);

  const halo = { stroke: colour("background"), strokeWidth: 3, paintOrder: "stroke" } as const;
  const muted = colour("muted");

  return Plot.plot({
    ...plotFrame(options, "chart-slv-homicide-long", { height, margin, fontSize }),
    x: yearAxis([FIRST_YEAR, lastYear], narrow ? [1995, 2005, 2015, 2025].filter((y) => y <= lastYear) : undefined),
    y: valueAxis(yMax, narrow ? 4 : 7, locale),
    marks: [
      Plot.rect(bands, { x1: "x1", x2: "x2", y1: 0, y2: yMax, fill: muted, fillOpacity: 0.12 }),
      zeroRule(),
      Plot.ruleX(rules, { x: "x", y1: 0, y2: "top", stroke: muted, strokeDasharray: "2 2" }),
      ...lineMarks(data.unodc, false),
      ...(official.length > 0 ? lineMarks(official, true) : []),
      Plot.dot(values, { x: "year", y: "rate", r: 3, fill: colour("red"), stroke: colour("background"), strokeWidth: 1 }),
      ...eventLabelMarks(labels, { valueAt, rowCentre, lineHeight, fontSize }),
      ...(["start", "end"] as const).map((anchor) =>
        Plot.text(
          inline.filter((d) => d.anchor === anchor),
          {
            x: "year",
            y: "rate",
            text: "text",
            textAnchor: anchor,
            dx: anchor === "start" ? 7 : -7,
            fill: colour("text"),
            fontWeight: 700,
            ...halo,
            ariaHidden: "true",
          },
        ),
      ),
      ...(unodcNameAt
        ? [
            Plot.text([unodcNameAt], {
              x: "year",
              y: "rate",
              text: () => t("slv-homicide-long.label.unodc"),
              textAnchor: "start",
              dx: 5,
              fill: colour("text"),
              ...halo,
              ariaHidden: "true",
            }),
          ]
        : []),
      ...(governmentEnd
        ? [
            Plot.text([governmentEnd], {
              x: "year",
              y: "rate",
              text: () => governmentName,
              textAnchor: "start",
              lineAnchor: "bottom",
              dx: 6,
              dy: showLatest ? 4 - lineHeight : 4,
              fill: colour("text"),
              ariaHidden: "true",
            }),
            ...(showLatest
              ? [
                  Plot.text([governmentEnd], {
                    x: "year",
                    y: "rate",
                    text: (d: SlvPoint) => t("slv-homicide-long.label.rate-in-year", { rate: f(d.rate), year: String(d.year) }),
                    textAnchor: "start",
                    lineAnchor: "bottom",
                    dx: 6,
                    dy: 4,
                    fill: colour("text"),
                    fontWeight: 700,
                    ariaHidden: "true",
                  }),
                ]
              : []),
          ]
        : []),
    ],
  }) as SVGSVGElement;
}

/** What the summary state shows, in words, with its key figures. */
export function describeSlvLong(data: SlvLongData, { locale, t }: ChartWords): string {
  const f = (n: number) => formatNumber(n, locale);
  const sentences: string[] = [];
  const year = (id: string) => Math.floor(data.events[id]!.x);
  const at = (points: readonly SlvPoint[], y: number) => points.find((p) => p.year === y);
  const extreme = (points: readonly SlvPoint[], sign: 1 | -1) =>
    points.length > 0 ? points.reduce((a, b) => (sign * (b.rate - a.rate) > 0 ? b : a)) : undefined;
  const high = extreme(data.unodc, 1);
  const last = data.unodc[data.unodc.length - 1];
  if (high && last) {
    sentences.push(t("slv-homicide-long.describe.unodc", { high: f(high.rate), highYear: String(high.year), last: f(last.rate), lastYear: String(last.year) }));
  }
  const [launch, truceStart, truceEnd] = [year("mano-dura-launch"), year("truce-transfers-2012"), year("truce-collapse")];
  const start = at(data.unodc, launch);
  const beforeTruce = at(data.unodc, truceStart - 1);
  const truceLow = extreme(
    data.unodc.filter((p) => p.year >= truceStart && p.year <= truceEnd),
    -1,
  );
  const peak = extreme(
    data.unodc.filter((p) => p.year > truceEnd),
    1,
  );
  if (start && beforeTruce && truceLow && peak) {
    sentences.push(
      t("slv-homicide-long.describe.crackdowns-and-truce", {
        start: f(start.rate),
        launchYear: String(launch),
        beforeTruce: f(beforeTruce.rate),
        beforeTruceYear: String(beforeTruce.year),
        truceLow: f(truceLow.rate),
        truceLowYear: String(truceLow.year),
        peak: f(peak.rate),
        peakYear: String(peak.year),
      }),
    );
  }
  const atPeak = peak ? at(data.official, peak.year) : undefined;
  const gLast = data.official[data.official.length - 1];
  if (peak && atPeak && gLast) {
    sentences.push(
      t("slv-homicide-long.describe.government", {
        peak: f(atPeak.rate),
        peakYear: String(peak.year),
        last: f(gLast.rate),
        lastYear: String(gLast.year),
        bukeleYear: String(year("bukele-inaugurated-2019")),
        exceptionMonth: formatLongDate(data.events["state-of-exception-declared"]!.date, locale, "month"),
      }),
    );
  }
  return sentences.join(" ");
}

export const slvHomicideLongChart = defineChart<SlvLongData, SlvLongState>({
  id: "slv-homicide-long",
  place: {
    section: "the-fall",
    steps: [
      { id: "fall-postwar", state: "postwar" },
      { id: "fall-mano-dura", state: "mano-dura" },
      { id: "fall-truce", state: "truce" },
      { id: "fall-peak", state: "peak" },
      { id: "fall-bukele", state: "bukele" },
      { id: "fall-exception", state: "exception" },
    ],
  },
  cards: ["story", "the-fall"],
  states: STATES,
  summary: "all",
  select: ({ tables }) => selectSlvLong(tables.homicideRates.rows, tables.timeline.rows),
  build: slvHomicideLong,
  describe: describeSlvLong,
  table(data, { locale, t }) {
    const years = [...new Set([...data.unodc, ...data.official].map((p) => p.year))].sort((a, b) => a - b);
    const events = Object.values(data.events);
    const cell = (points: readonly SlvPoint[], year: number) => {
      const point = points.find((p) => p.year === year);
      return point ? formatNumber(point.rate, locale) : "–";
    };
    return {
      caption: t("slv-homicide-long.table.caption"),
      columns: [
        t("slv-homicide-long.table.year"),
        t("slv-homicide-long.table.unodc"),
        t("slv-homicide-long.table.government"),
        t("slv-homicide-long.table.events"),
      ],
      rows: years.map((year) => [
        String(year),
        cell(data.unodc, year),
        cell(data.official, year),
        events
          .filter((e) => Math.floor(e.x) === year)
          .sort((a, b) => a.x - b.x)
          .map((e) => t("slv-homicide-long.table.event", { title: eventTitle(e, locale), date: e.date }))
          .join("; "),
      ]),
    };
  },
  sources: (data) => [...new Set([...[...data.unodc, ...data.official].map((p) => p.source_id), ...Object.values(data.events).flatMap((e) => e.source_ids)])],
});
