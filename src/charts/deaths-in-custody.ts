/**
 * Chart "deaths-in-custody": cumulative deaths in state custody in El Salvador since the state of
 * exception began, as each organisation counted them. Organisations with several counts are lines
 * with dots, the others single dots; none are added together. "At least" and "about" figures are
 * hollow dots. Pure: data and options in, an SVG element out.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../data/load-tables.ts";
import type { WordKey } from "../i18n/translate.ts";
import { colour, type SeriesColour } from "../styles/palette.ts";
import { defineChart, type ChartWords } from "./chart.ts";
import { FOCUS_COUNTRY } from "./shared/focus.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { plotFrame, utcYearAxis, valueAxis, zeroRule } from "./shared/plot-frame.ts";
import {
  datePhrase,
  exceptionStartMarks,
  formatQualified,
  hollowNote,
  qualifierWords,
  soeDate,
  soeFigure,
  topNote,
  type CountedFigure,
} from "./shared/soe-dates.ts";
import { spreadLabels } from "./shared/spread-labels.ts";
import { widthFor } from "./shared/widths.ts";
import type { Translate } from "../i18n/translate.ts";
import { formatLongDate } from "./shared/date-words.ts";

const MEASURE = "deaths-in-custody-cumulative";
const START_EVENT = "state-of-exception-declared";

type Counter = Row<"stateOfException">["counted_by"];

export type CustodyDeath = CountedFigure;

export interface CustodySeries {
  counted_by: Counter;
  points: CustodyDeath[];
}

export interface CustodyDeaths {
  /** When the state of exception was declared, from the timeline. */
  start: Date;
  series: CustodySeries[];
}

export interface CustodyState {
  counters: readonly Counter[] | "all";
}

const NAMES: Partial<Record<Counter, { name: WordKey; short: WordKey; colour: SeriesColour }>> = {
  cristosal: { name: "deaths-in-custody.counter.cristosal", short: "deaths-in-custody.counter.cristosal", colour: "navy" },
  sjh: { name: "deaths-in-custody.counter.sjh", short: "deaths-in-custody.counter.sjh-short", colour: "ochre" },
  movir: { name: "deaths-in-custody.counter.movir", short: "deaths-in-custody.counter.movir", colour: "green" },
  amnesty: { name: "deaths-in-custody.counter.amnesty", short: "deaths-in-custody.counter.amnesty-short", colour: "sky" },
  "joint-ngos": { name: "deaths-in-custody.counter.joint-ngos", short: "deaths-in-custody.counter.joint-ngos-short", colour: "grey" },
  unspecified: { name: "deaths-in-custody.counter.unspecified", short: "deaths-in-custody.counter.unspecified", colour: "grey" },
};

const counterColour = (counter: Counter): SeriesColour => NAMES[counter]?.colour ?? "grey";

/** An organisation's name, or its short name for phones; one the chart has no words for keeps the data's id. */
function counterName(counter: Counter, t: Translate, short = false): string {
  const words = NAMES[counter];
  if (!words) return counter;
  return t(short ? words.short : words.name);
}

/**
 * Every figure the story uses (preferred, not rejected) for cumulative deaths in custody, one
 * series per counting organisation, longest series first. Figures an organisation later replaced
 * or only headlined are not preferred in data/, so they are left out.
 */
export function selectCustodyDeaths(rows: readonly Row<"stateOfException">[], timeline: readonly Row<"timeline">[]): CustodyDeaths {
  const start = timeline.find((e) => e.id === START_EVENT);
  if (!start) throw new Error(`deaths-in-custody: timeline has no "${START_EVENT}" event`);
  const points = rows
    .filter((r) => r.iso3 === FOCUS_COUNTRY && r.measure === MEASURE && r.status === "ok" && r.preferred)
    .map(soeFigure)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const series = [...new Set(points.map((p) => p.counted_by))]
    .map((counted_by) => ({ counted_by, points: points.filter((p) => p.counted_by === counted_by) }))
    .sort((a, b) => b.points.length - a.points.length);
  return { start: soeDate(start.date), series };
}

const isLine = (s: CustodySeries) => s.points.length >= 2;

/** The chart as an SVG element, showing the organisations the state names. */
export function custodyDeaths(data: CustodyDeaths, options: ChartOptions & ChartWords & { state: CustodyState }): SVGSVGElement {
  const { width, locale, state } = options;
  const { t } = options;
  const narrow = widthFor(width) === "narrow";
  const fontSize = narrow ? 11 : 12;
  const height = narrow ? 340 : 420;
  const margin = { top: 20, right: narrow ? 14 : 20, bottom: 26, left: 36 };
  const f = (p: CustodyDeath) => formatQualified(p.value, p.qualifier, locale);

  const all = data.series.flatMap((s) => s.points);
  const last = new Date(Math.max(...all.map((p) => p.at.getTime())));
  const yMax = Math.ceil(Math.max(...all.map((p) => p.value)) / 100) * 100;
  const domainStart = new Date(Date.UTC(data.start.getUTCFullYear(), 0, 1));
  const pxPerUnit = (height - margin.top - margin.bottom) / yMax;

  const shown = data.series.filter((s) => state.counters === "all" || state.counters.includes(s.counted_by));
  const lines = shown.filter(isLine);
  const singles = shown.filter((s) => !isLine(s)).flatMap((s) => s.points);
  const points = shown.flatMap((s) => s.points);
  const stroke = (p: { counted_by: Counter }) => colour(counterColour(p.counted_by));
  const label = (p: CustodyDeath) => t("deaths-in-custody.label", { counter: counterName(p.counted_by, t, narrow), value: f(p) });

  // A line's name sits above and to the left of its last dot, where the rising lines leave room.
  const ends = lines.map((s) => {
    const end = s.points[s.points.length - 1]!;
    return { ...end, text: label(end) };
  });

  // Single figures crowd around the same months and values as the lines, so their names hang
  // below and to the right of them, spread apart, with a leader back to the dot.
  const drop = narrow ? 34 : 40;
  const labelPx = spreadLabels(
    singles.map((p) => p.value * pxPerUnit - drop),
    fontSize + 3,
    [fontSize, yMax * pxPerUnit],
  );
  const singleLabels = singles.map((p, i) => ({
    ...p,
    labelValue: labelPx[i]! / pxPerUnit,
    text: label(p),
  }));
  const hollow = (["floor", "approx"] as const).filter((q) => points.some((p) => p.qualifier === q));

  return Plot.plot({
    ...plotFrame(options, "chart-deaths-in-custody", { height, margin, fontSize }),
    x: utcYearAxis([domainStart, last]),
    y: valueAxis(yMax, 5, locale),
    marks: [
      zeroRule(),
      ...exceptionStartMarks(data.start, narrow, t),
      ...lines.map((s) => Plot.line(s.points, { x: "at", y: "value", stroke: stroke(s), strokeWidth: 2, className: "series-line" })),
      Plot.link(singleLabels, {
        x1: "at",
        y1: "value",
        x2: "at",
        y2: "labelValue",
        stroke: colour("muted"),
        strokeWidth: 0.75,
        ariaHidden: "true",
      }),
      Plot.dot(points, {
        x: "at",
        y: "value",
        r: 3,
        stroke: stroke,
        strokeWidth: 1.5,
        fill: (p: CustodyDeath) => (p.qualifier === "exact" ? stroke(p) : colour("background")),
        title: (p: CustodyDeath) => t("deaths-in-custody.dot", { counter: counterName(p.counted_by, t), value: f(p), when: datePhrase(p.date, "by", options) }),
      }),
      Plot.text(ends, {
        x: "at",
        y: "value",
        text: "text",
        textAnchor: "end",
        dx: -4,
        dy: -12,
        fill: colour("text"),
        fontWeight: 700,
        ariaHidden: "true",
      }),
      // Each hanging name repeats its dot, so that names sharing a leader still match their dots.
      Plot.dot(singleLabels, {
        x: "at",
        y: "labelValue",
        r: 2.5,
        stroke: stroke,
        strokeWidth: 1.5,
        fill: (p: CustodyDeath) => (p.qualifier === "exact" ? stroke(p) : colour("background")),
        ariaHidden: "true",
      }),
      Plot.text(singleLabels, {
        x: "at",
        y: "labelValue",
        text: "text",
        textAnchor: "start",
        dx: 7,
        fill: colour("text"),
        ariaHidden: "true",
      }),
      ...(hollow.length > 0 ? [topNote(data.start, hollowNote(hollow, options), { dx: 6, dy: 8 })] : []),
    ],
  }) as SVGSVGElement;
}

export function describeCustodyDeaths(data: CustodyDeaths, { locale, t }: ChartWords): string {
  const sentences: string[] = [];
  const f = (p: CustodyDeath) => formatQualified(p.value, p.qualifier, locale);
  const by = (p: CustodyDeath) => datePhrase(p.date, "by", { locale, t });
  for (const s of data.series.filter(isLine)) {
    const first = s.points[0]!;
    const last = s.points[s.points.length - 1]!;
    sentences.push(
      t("deaths-in-custody.describe.series", {
        counter: counterName(s.counted_by, t),
        first: f(first),
        firstWhen: by(first),
        last: f(last),
        lastWhen: by(last),
      }),
    );
  }
  const singles = data.series.filter((s) => !isLine(s)).flatMap((s) => s.points);
  if (singles.length > 0) {
    const list = singles.map((p) =>
      t("deaths-in-custody.describe.single", { counter: counterName(p.counted_by, t), value: f(p), date: formatLongDate(p.date, locale) }),
    );
    sentences.push(t("deaths-in-custody.describe.singles", { list: list.join(", ") }));
  }
  sentences.push(t("deaths-in-custody.describe.apart"));
  return sentences.join(" ");
}

export const deathsInCustodyChart = defineChart<CustodyDeaths, CustodyState>({
  id: "deaths-in-custody",
  place: {
    section: "deaths-in-custody",
    steps: [
      { id: "deaths-cristosal", state: "cristosal" },
      { id: "deaths-sjh", state: "sjh" },
      { id: "deaths-all", state: "all" },
    ],
  },
  cards: ["deaths-in-custody"],
  states: {
    cristosal: { counters: ["cristosal"] },
    sjh: { counters: ["cristosal", "sjh"] },
    all: { counters: "all" },
  },
  summary: "all",
  select: ({ tables }) => selectCustodyDeaths(tables.stateOfException.rows, tables.timeline.rows),
  build: custodyDeaths,
  describe: describeCustodyDeaths,
  table(data, { locale, t }) {
    const points = data.series.flatMap((s) => s.points).sort((a, b) => a.at.getTime() - b.at.getTime());
    return {
      caption: t("deaths-in-custody.table.caption"),
      columns: [
        t("deaths-in-custody.table.date"),
        t("deaths-in-custody.table.counted-by"),
        t("deaths-in-custody.table.deaths"),
        t("deaths-in-custody.table.wording"),
      ],
      rows: points.map((p) => [formatLongDate(p.date, locale), counterName(p.counted_by, t), formatNumber(p.value, locale), qualifierWords(p.qualifier, t)]),
    };
  },
  sources: (data) => [...new Set(data.series.flatMap((s) => s.points.map((p) => p.source_id)))],
});
