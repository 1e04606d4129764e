/**
 * Chart "deaths-in-custody": cumulative deaths in state custody in El Salvador since the state of
 * exception began, as each organisation counted them. Organisations with several counts are lines
 * with dots, the others single dots; none are added together. "At least" and "about" figures are
 * hollow dots. Pure: data and options in, an SVG element out.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../data/load-tables.ts";
import { colour, type SeriesColour } from "../styles/palette.ts";
import { defineChart } from "./chart.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { plotFrame, utcYearAxis, valueAxis, zeroRule } from "./shared/plot-frame.ts";
import { exceptionStartMarks, formatQualified, formatSoeDate, qualifierWords, soeDate, soeFigure, topNote, type CountedFigure } from "./shared/soe-dates.ts";
import { spreadLabels } from "./shared/spread-labels.ts";

const FOCUS = "SLV";
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

const NAMES: Partial<Record<Counter, { name: string; short: string; colour: SeriesColour }>> = {
  cristosal: { name: "Cristosal", short: "Cristosal", colour: "navy" },
  sjh: { name: "Socorro Jurídico Humanitario", short: "Socorro Jurídico", colour: "ochre" },
  movir: { name: "Movir", short: "Movir", colour: "green" },
  amnesty: { name: "Amnesty International", short: "Amnesty", colour: "sky" },
  "joint-ngos": { name: "Several NGOs jointly", short: "NGOs jointly", colour: "grey" },
  unspecified: { name: "Counter not named", short: "Counter not named", colour: "grey" },
};

const who = (counter: Counter) => NAMES[counter] ?? { name: counter, short: counter, colour: "grey" as const };

/**
 * Every figure the story uses (preferred, not rejected) for cumulative deaths in custody, one
 * series per counting organisation, longest series first. Figures an organisation later replaced
 * or only headlined are not preferred in data/, so they are left out.
 */
export function selectCustodyDeaths(
  rows: readonly Row<"stateOfException">[],
  timeline: readonly Row<"timeline">[],
): CustodyDeaths {
  const start = timeline.find((e) => e.id === START_EVENT);
  if (!start) throw new Error(`deaths-in-custody: timeline has no "${START_EVENT}" event`);
  const points = rows
    .filter((r) => r.iso3 === FOCUS && r.measure === MEASURE && r.status === "ok" && r.preferred)
    .map(soeFigure)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const series = [...new Set(points.map((p) => p.counted_by))]
    .map((counted_by) => ({ counted_by, points: points.filter((p) => p.counted_by === counted_by) }))
    .sort((a, b) => b.points.length - a.points.length);
  return { start: soeDate(start.date), series };
}

const isLine = (s: CustodySeries) => s.points.length >= 2;

/** The chart as an SVG element, showing the organisations the state names. */
export function custodyDeaths(data: CustodyDeaths, options: ChartOptions & { state: CustodyState }): SVGSVGElement {
  const { width, locale, state } = options;
  const narrow = width < 520;
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
  const stroke = (p: { counted_by: Counter }) => colour(who(p.counted_by).colour);

  // A line's name sits above and to the left of its last dot, where the rising lines leave room.
  const ends = lines.map((s) => {
    const end = s.points[s.points.length - 1]!;
    return { ...end, text: `${narrow ? who(s.counted_by).short : who(s.counted_by).name}: ${f(end)}` };
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
    text: `${narrow ? who(p.counted_by).short : who(p.counted_by).name}: ${f(p)}`,
  }));
  const hollow = (["floor", "approx"] as const).filter((q) => points.some((p) => p.qualifier === q));

  return Plot.plot({
    ...plotFrame(options, "chart-deaths-in-custody", { height, margin, fontSize }),
    x: utcYearAxis([domainStart, last]),
    y: valueAxis(yMax, 5, locale),
    marks: [
      zeroRule(),
      ...exceptionStartMarks(data.start, narrow),
      ...lines.map((s) =>
        Plot.line(s.points, { x: "at", y: "value", stroke: stroke(s), strokeWidth: 2, className: "series-line" }),
      ),
      Plot.link(
        singleLabels,
        {
          x1: "at",
          y1: "value",
          x2: "at",
          y2: "labelValue",
          stroke: colour("muted"),
          strokeWidth: 0.75,
          ariaHidden: "true",
        },
      ),
      Plot.dot(points, {
        x: "at",
        y: "value",
        r: 3,
        stroke: stroke,
        strokeWidth: 1.5,
        fill: (p: CustodyDeath) => (p.qualifier === "exact" ? stroke(p) : colour("background")),
        title: (p: CustodyDeath) => `${who(p.counted_by).name}: ${f(p)} deaths by ${formatSoeDate(p.date, locale)}`,
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
      ...(hollow.length > 0 ? [topNote(data.start, `Hollow dot: ${hollow.map((q) => `“${qualifierWords(q)}”`).join(" or ")}`, { dx: 6, dy: 8 })] : []),
    ],
  }) as SVGSVGElement;
}

export function describeCustodyDeaths(data: CustodyDeaths, locale: string): string {
  const sentences: string[] = [];
  const f = (p: CustodyDeath) => formatQualified(p.value, p.qualifier, locale);
  for (const s of data.series.filter(isLine)) {
    const first = s.points[0]!;
    const last = s.points[s.points.length - 1]!;
    sentences.push(
      `${who(s.counted_by).name} counted ${f(first)} deaths in state custody by ${formatSoeDate(first.date, locale)} and ${f(last)} by ${formatSoeDate(last.date, locale)}.`,
    );
  }
  const singles = data.series.filter((s) => !isLine(s)).flatMap((s) => s.points);
  if (singles.length > 0) {
    const list = singles.map((p) => `${who(p.counted_by).name} ${f(p)} (${formatSoeDate(p.date, locale)})`);
    sentences.push(`Other single figures: ${list.join(", ")}.`);
  }
  sentences.push("Each organisation counts in its own way, so the figures are not added together.");
  return sentences.join(" ");
}

export const deathsInCustodyChart = defineChart<CustodyDeaths, CustodyState>({
  id: "deaths-in-custody",
  title: "Deaths in state custody, as each organisation counted them",
  subtitle: "People who died in custody since the state of exception began, cumulative",
  note:
    "The government publishes no death toll. Organisations use different methods and thresholds, so their counts are shown apart and never added. Cristosal's count stops in April 2024. “≥” means the source said “at least”, “~” that it said “about”.",
  states: {
    cristosal: { counters: ["cristosal"] },
    sjh: { counters: ["cristosal", "sjh"] },
    all: { counters: "all" },
  },
  summary: "all",
  select: ({ tables }) => selectCustodyDeaths(tables.stateOfException.rows, tables.timeline.rows),
  build: custodyDeaths,
  describe: describeCustodyDeaths,
  table(data, locale) {
    const points = data.series.flatMap((s) => s.points).sort((a, b) => a.at.getTime() - b.at.getTime());
    return {
      caption: "Cumulative deaths in state custody since the state of exception, by counting organisation.",
      columns: ["Date", "Counted by", "Deaths in custody (people)", "Wording"],
      rows: points.map((p) => [
        formatSoeDate(p.date, locale),
        who(p.counted_by).name,
        formatNumber(p.value, locale),
        qualifierWords(p.qualifier),
      ]),
    };
  },
  sources: (data) => [...new Set(data.series.flatMap((s) => s.points.map((p) => p.source_id)))],
});
