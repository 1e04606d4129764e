/**
 * Chart "soe-measures": El Salvador's state of exception in numbers over time: the cumulative
 * arrests the government reports, the releases it admits, and the minors arrested, on one scale
 * of people. Pure: data and options in, an SVG element out.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../data/load-tables.ts";
import { colour, type SeriesColour } from "../styles/palette.ts";
import { defineChart } from "./chart.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { plotFrame, utcYearAxis, valueAxis, zeroRule } from "./shared/plot-frame.ts";
import { exceptionStartMarks, formatQualified, formatSoeDate, qualifierWords, soeDate, soeFigure, topNote, type CountedFigure } from "./shared/soe-dates.ts";
import { stackLabels } from "./shared/soe-stacked-labels.ts";

const FOCUS = "SLV";
const START_EVENT = "state-of-exception-declared";

export const MEASURES = ["arrests-cumulative", "releases-cumulative", "minors-arrested-cumulative"] as const;
export type SoeMeasure = (typeof MEASURES)[number];

export interface SoeFigure extends CountedFigure {
  measure: SoeMeasure;
  /** On the measure's line: the one figure for its date, or the preferred one among several. */
  onLine: boolean;
}

export interface SoeMeasures {
  start: Date;
  figures: SoeFigure[];
}

export interface SoeMeasuresState {
  measures: readonly SoeMeasure[];
}

const LOOK: Record<SoeMeasure, { colour: SeriesColour; name: string }> = {
  "arrests-cumulative": { colour: "red", name: "Arrests" },
  "releases-cumulative": { colour: "navy", name: "Released" },
  "minors-arrested-cumulative": { colour: "ochre", name: "Minors arrested" },
};

const COUNTERS: Partial<Record<SoeFigure["counted_by"], string>> = {
  government: "Government",
  hrw: "Human Rights Watch",
};

/**
 * The three measures' usable figures for El Salvador. Where one date has several figures the
 * preferred one goes on the line and the others are left out; a date with several figures and
 * none preferred keeps them all, drawn as dots off the line.
 */
export function selectSoeMeasures(rows: readonly Row<"stateOfException">[], timeline: readonly Row<"timeline">[]): SoeMeasures {
  const start = timeline.find((e) => e.id === START_EVENT);
  if (!start) throw new Error(`soe-measures: timeline has no "${START_EVENT}" event`);
  const figures: SoeFigure[] = [];
  for (const measure of MEASURES) {
    const own = rows.filter((r) => r.iso3 === FOCUS && r.measure === measure && r.status === "ok");
    for (const date of [...new Set(own.map((r) => r.date))]) {
      const sameDate = own.filter((r) => r.date === date);
      const preferred = sameDate.filter((r) => r.preferred);
      const kept = preferred.length > 0 ? preferred : sameDate;
      for (const r of kept) {
        figures.push({
          measure,
          ...soeFigure(r),
          onLine: kept.length === 1,
        });
      }
    }
  }
  figures.sort((a, b) => a.at.getTime() - b.at.getTime() || MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure));
  return { start: soeDate(start.date), figures };
}

const textWidth = (text: string, fontSize: number) => text.length * fontSize * 0.6;

/** The chart as an SVG element, with the measures the state names. */
export function soeMeasures(data: SoeMeasures, options: ChartOptions & { state: SoeMeasuresState }): SVGSVGElement {
  const { width, locale, state } = options;
  const narrow = width < 520;
  const fontSize = narrow ? 11 : 12;
  const height = narrow ? 340 : 420;
  const q = (d: SoeFigure) => formatQualified(d.value, d.qualifier, locale);

  const last = new Date(Math.max(...data.figures.map((d) => d.at.getTime())));
  const domainStart = new Date(Date.UTC(data.start.getUTCFullYear(), 0, 1));
  // Headroom above the highest figure keeps the label of the latest arrests inside the frame.
  const yMax = Math.ceil((Math.max(...data.figures.map((d) => d.value)) * 1.08) / 10_000) * 10_000;
  const margin = { top: 20, right: narrow ? 14 : 20, bottom: 26, left: textWidth(formatNumber(yMax, locale), fontSize) + 12 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const xPx = (d: Date) => ((d.getTime() - domainStart.getTime()) / (last.getTime() - domainStart.getTime())) * plotWidth;

  const shown = data.figures.filter((d) => state.measures.includes(d.measure));
  const of = (measure: SoeMeasure) => shown.filter((d) => d.measure === measure);
  const lineOf = (measure: SoeMeasure) => of(measure).filter((d) => d.onLine);
  const fill = (d: SoeFigure) => colour(LOOK[d.measure].colour);
  const arrests = lineOf("arrests-cumulative");
  const latestArrest = arrests[arrests.length - 1];
  const releases = lineOf("releases-cumulative");
  const latestRelease = releases[releases.length - 1];
  const minorsBase = narrow ? 36 : 44;

  const lineHeight = fontSize + 2;
  const px = (value: number) => (value / yMax) * plotHeight;

  // The releases' name sits above the end of their line; on phones it breaks in two so that it
  // stays clear of the minors' leaders.
  const releaseText = latestRelease ? `${LOOK["releases-cumulative"].name}:${narrow ? "\n" : " "}${q(latestRelease)}` : "";
  const releaseBox = latestRelease
    ? (() => {
        const lines = releaseText.split("\n");
        const x2 = xPx(latestRelease.at);
        const y1 = px(latestRelease.value) + 6;
        // Bold type runs wider than textWidth's estimate.
        const w = Math.max(...lines.map((l) => textWidth(l, fontSize))) * 1.1 + 6;
        return { x1: x2 - w, x2, y1, y2: y1 + lines.length * lineHeight };
      })()
    : undefined;

  // The minors' figures sit on the baseline among the releases, so their labels hang above them.
  const minorFigures = of("minors-arrested-cumulative");
  // The series' name goes with its last figure, where the chart has room for it.
  const minorTexts = minorFigures.map((d, i) =>
    i === minorFigures.length - 1 ? `${q(d)} ${narrow ? "minors" : "minors arrested"}` : q(d),
  );
  const minorCentres = stackLabels(
    minorFigures.map((d, i) => ({ x: xPx(d.at), y: px(d.value), width: textWidth(minorTexts[i]!, fontSize) + 6, base: minorsBase })),
    { step: lineHeight * 1.2, height: lineHeight, obstacles: releaseBox ? [releaseBox] : [] },
  );
  const minors = minorFigures.map((d, i) => ({ ...d, text: minorTexts[i]!, labelValue: (minorCentres[i]! / plotHeight) * yMax }));

  // The caveat on arrests goes under the end of their line, low enough to clear it over its width.
  const caveat = narrow
    ? "Government “capture\nrecords”, including\npeople later released"
    : "Government “capture records”,\nincluding people later released";
  const caveatLeft = latestArrest ? xPx(latestArrest.at) - Math.max(...caveat.split("\n").map((l) => textWidth(l, fontSize))) : 0;
  const underCaveat = arrests.filter((d, i) => xPx(d.at) >= caveatLeft || xPx(arrests[i + 1]?.at ?? d.at) >= caveatLeft);
  const caveatTop = Math.min(...underCaveat.map((d) => d.value));

  const hollow = (["floor", "approx"] as const).filter((k) => shown.some((d) => d.qualifier === k));
  const dotFill = (d: SoeFigure) => (d.qualifier === "exact" ? fill(d) : colour("background"));

  return Plot.plot({
    ...plotFrame(options, "chart-soe-measures", { height, margin, fontSize }),
    x: utcYearAxis([domainStart, last]),
    y: valueAxis(yMax, narrow ? 4 : 5, locale),
    marks: [
      zeroRule(),
      ...exceptionStartMarks(data.start, narrow),
      ...(hollow.length > 0
        ? [topNote(data.start, `${narrow ? "Hollow" : "Hollow dot"}: ${hollow.map((k) => `“${qualifierWords(k)}”`).join(narrow ? ", " : " or ")}`, { dx: 6, dy: 8 })]
        : []),
      ...(["arrests-cumulative", "releases-cumulative"] as const).map((measure) =>
        Plot.line(lineOf(measure), {
          x: "at",
          y: "value",
          stroke: colour(LOOK[measure].colour),
          strokeWidth: 2,
          className: "series-line",
        }),
      ),
      Plot.link(minors, {
        x1: "at",
        y1: "value",
        x2: "at",
        y2: "labelValue",
        stroke: colour(LOOK["minors-arrested-cumulative"].colour),
        strokeWidth: 0.75,
        ariaHidden: "true",
      }),
      Plot.dot(shown, {
        x: "at",
        y: "value",
        r: (d: SoeFigure) => (d.measure === "minors-arrested-cumulative" ? 3.5 : 2.5),
        symbol: (d: SoeFigure) => (d.measure === "minors-arrested-cumulative" ? "diamond" : "circle"),
        stroke: fill,
        strokeWidth: 1.25,
        fill: dotFill,
        title: (d: SoeFigure) =>
          `${LOOK[d.measure].name}: ${formatQualified(d.value, d.qualifier, locale)} by ${formatSoeDate(d.date, locale)}`,
      }),
      Plot.text(minors, {
        x: "at",
        y: "labelValue",
        text: "text",
        textAnchor: "start",
        dx: 3,
        fill: colour("text"),
        ariaHidden: "true",
      }),
      ...(latestArrest
        ? [
            Plot.text([latestArrest], {
              x: "at",
              y: "value",
              text: (d: SoeFigure) => `Arrests: ${q(d)}`,
              textAnchor: "end",
              dy: -12,
              fill: colour("text"),
              fontWeight: 700,
              ariaHidden: "true",
            }),
            Plot.text([latestArrest], {
              x: "at",
              y: () => caveatTop,
              text: () => caveat,
              textAnchor: "end",
              lineAnchor: "top",
              dy: 10,
              fill: colour("muted"),
              ariaHidden: "true",
            }),
          ]
        : []),
      ...(latestRelease
        ? [
            Plot.text([latestRelease], {
              x: "at",
              y: "value",
              text: () => releaseText,
              textAnchor: "end",
              lineAnchor: "bottom",
              dy: -6,
              fill: colour("text"),
              fontWeight: 700,
              ariaHidden: "true",
            }),
          ]
        : []),
    ],
  }) as SVGSVGElement;
}

export function describeSoeMeasures(data: SoeMeasures, locale: string): string {
  const q = (d: SoeFigure) => formatQualified(d.value, d.qualifier, locale);
  const when = (d: SoeFigure) => formatSoeDate(d.date, locale);
  const line = (measure: SoeMeasure) => data.figures.filter((d) => d.measure === measure && d.onLine);
  const sentences: string[] = [];
  const arrests = line("arrests-cumulative");
  const lastArrest = arrests[arrests.length - 1];
  if (arrests[0] && lastArrest) {
    sentences.push(
      `Government figures count ${q(arrests[0])} arrests under the state of exception by ${when(arrests[0])} and ${q(lastArrest)} by ${when(lastArrest)}; these are "capture records" that include people later released.`,
    );
  }
  const releases = line("releases-cumulative");
  const lastRelease = releases[releases.length - 1];
  if (lastRelease) sentences.push(`The government says ${q(lastRelease)} people had been released by ${when(lastRelease)}.`);
  const minors = data.figures.filter((d) => d.measure === "minors-arrested-cumulative");
  if (minors.length > 0) {
    const list = minors.map((d) => `${q(d)} (${COUNTERS[d.counted_by] ?? d.counted_by}, ${when(d)})`);
    sentences.push(`Figures for minors arrested disagree: ${list.join(", ")}.`);
  }
  return sentences.join(" ");
}

export const soeMeasuresChart = defineChart<SoeMeasures, SoeMeasuresState>({
  id: "soe-measures",
  title: "Arrests, releases and minors under the state of exception",
  subtitle: "People, cumulative since the state of exception began",
  note:
    "Arrest totals are the government's “capture records”: they include people later released and are not the prison population. Some apparent falls come from rounded figures or a different compiler. Figures for minors come from different compilers and disagree.",
  states: {
    arrests: { measures: ["arrests-cumulative"] },
    releases: { measures: ["arrests-cumulative", "releases-cumulative"] },
    all: { measures: MEASURES },
  },
  summary: "all",
  select: ({ tables }) => selectSoeMeasures(tables.stateOfException.rows, tables.timeline.rows),
  build: soeMeasures,
  describe: describeSoeMeasures,
  table(data, locale) {
    return {
      caption: "State-of-exception figures for El Salvador, cumulative since March 2022.",
      columns: ["Date", "Measure", "Counted by", "People", "Wording"],
      rows: data.figures.map((d) => [
        formatSoeDate(d.date, locale),
        LOOK[d.measure].name,
        COUNTERS[d.counted_by] ?? d.counted_by,
        formatNumber(d.value, locale),
        qualifierWords(d.qualifier),
      ]),
    };
  },
  sources: (data) => [...new Set(data.figures.map((d) => d.source_id))],
});
