/**
 * Chart "soe-measures": El Salvador's state of exception in numbers over time: the cumulative
 * arrests the government reports, the releases it admits, and the minors arrested, on one scale
 * of people. Pure: data and options in, an SVG element out.
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
import { stackLabels } from "./shared/soe-stacked-labels.ts";
import { widthFor } from "./shared/widths.ts";
import { textWidth } from "./shared/text-metrics.ts";
import type { Translate } from "../i18n/translate.ts";
import { formatLongDate } from "./shared/date-words.ts";

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

const LOOK: Record<SoeMeasure, { colour: SeriesColour; name: WordKey }> = {
  "arrests-cumulative": { colour: "red", name: "soe-measures.measure.arrests" },
  "releases-cumulative": { colour: "navy", name: "soe-measures.measure.releases" },
  "minors-arrested-cumulative": { colour: "ochre", name: "soe-measures.measure.minors" },
};

const COUNTERS: Partial<Record<SoeFigure["counted_by"], WordKey>> = {
  government: "soe-measures.counter.government",
  hrw: "soe-measures.counter.hrw",
};

/** Who counted a figure, by name where the chart has one, else by the data's id. */
function counterName(counter: SoeFigure["counted_by"], t: Translate): string {
  const key = COUNTERS[counter];
  return key ? t(key) : counter;
}

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
    const own = rows.filter((r) => r.iso3 === FOCUS_COUNTRY && r.measure === measure && r.status === "ok");
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

/** The chart as an SVG element, with the measures the state names. */
export function soeMeasures(data: SoeMeasures, options: ChartOptions & ChartWords & { state: SoeMeasuresState }): SVGSVGElement {
  const { width, locale, state } = options;
  const { t } = options;
  const narrow = widthFor(width) === "narrow";
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
  const releaseText = latestRelease
    ? narrow
      ? t("soe-measures.label.releases-narrow", { value: q(latestRelease) })
      : t("soe-measures.label.releases", { value: q(latestRelease) })
    : "";
  const releaseBox = latestRelease
    ? (() => {
        const lines = releaseText.split("\n");
        const x2 = xPx(latestRelease.at);
        const y1 = px(latestRelease.value) + 6;
        const w = Math.max(...lines.map((l) => textWidth(l, fontSize, true))) + 6;
        return { x1: x2 - w, x2, y1, y2: y1 + lines.length * lineHeight };
      })()
    : undefined;

  // The minors' figures sit on the baseline among the releases, so their labels hang above them.
  const minorFigures = of("minors-arrested-cumulative");
  // The series' name goes with its last figure, where the chart has room for it.
  const minorTexts = minorFigures.map((d, i) =>
    i === minorFigures.length - 1 ? (narrow ? t("soe-measures.label.minors-narrow", { value: q(d) }) : t("soe-measures.label.minors", { value: q(d) })) : q(d),
  );
  const minorCentres = stackLabels(
    minorFigures.map((d, i) => ({ x: xPx(d.at), y: px(d.value), width: textWidth(minorTexts[i]!, fontSize) + 6, base: minorsBase })),
    { step: lineHeight * 1.2, height: lineHeight, obstacles: releaseBox ? [releaseBox] : [] },
  );
  const minors = minorFigures.map((d, i) => ({ ...d, text: minorTexts[i]!, labelValue: (minorCentres[i]! / plotHeight) * yMax }));

  // The caveat on arrests goes under the end of their line, low enough to clear it over its width.
  const caveat = narrow ? t("soe-measures.caveat-narrow") : t("soe-measures.caveat");
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
      ...exceptionStartMarks(data.start, narrow, t),
      ...(hollow.length > 0 ? [topNote(data.start, hollowNote(hollow, options, narrow), { dx: 6, dy: 8 })] : []),
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
        title: (d: SoeFigure) => t("soe-measures.dot", { measure: t(LOOK[d.measure].name), value: q(d), when: datePhrase(d.date, "by", options) }),
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
              text: (d: SoeFigure) => t("soe-measures.label.arrests", { value: q(d) }),
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

export function describeSoeMeasures(data: SoeMeasures, { locale, t }: ChartWords): string {
  const q = (d: SoeFigure) => formatQualified(d.value, d.qualifier, locale);
  const by = (d: SoeFigure) => datePhrase(d.date, "by", { locale, t });
  const line = (measure: SoeMeasure) => data.figures.filter((d) => d.measure === measure && d.onLine);
  const sentences: string[] = [];
  const arrests = line("arrests-cumulative");
  const lastArrest = arrests[arrests.length - 1];
  if (arrests[0] && lastArrest) {
    sentences.push(t("soe-measures.describe.arrests", { first: q(arrests[0]), firstWhen: by(arrests[0]), last: q(lastArrest), lastWhen: by(lastArrest) }));
  }
  const releases = line("releases-cumulative");
  const lastRelease = releases[releases.length - 1];
  if (lastRelease) sentences.push(t("soe-measures.describe.releases", { value: q(lastRelease), when: by(lastRelease) }));
  const minors = data.figures.filter((d) => d.measure === "minors-arrested-cumulative");
  if (minors.length > 0) {
    const list = minors.map((d) =>
      t("soe-measures.describe.minor", { value: q(d), counter: counterName(d.counted_by, t), date: formatLongDate(d.date, locale) }),
    );
    sentences.push(t("soe-measures.describe.minors", { list: list.join(", ") }));
  }
  return sentences.join(" ");
}

export const soeMeasuresChart = defineChart<SoeMeasures, SoeMeasuresState>({
  id: "soe-measures",
  place: { section: "the-price" },
  states: {
    arrests: { measures: ["arrests-cumulative"] },
    releases: { measures: ["arrests-cumulative", "releases-cumulative"] },
    all: { measures: MEASURES },
  },
  summary: "all",
  select: ({ tables }) => selectSoeMeasures(tables.stateOfException.rows, tables.timeline.rows),
  build: soeMeasures,
  describe: describeSoeMeasures,
  table(data, { locale, t }) {
    return {
      caption: t("soe-measures.table.caption"),
      columns: [
        t("soe-measures.table.date"),
        t("soe-measures.table.measure"),
        t("soe-measures.table.counted-by"),
        t("soe-measures.table.people"),
        t("soe-measures.table.wording"),
      ],
      rows: data.figures.map((d) => [
        formatLongDate(d.date, locale),
        t(LOOK[d.measure].name),
        counterName(d.counted_by, t),
        formatNumber(d.value, locale),
        qualifierWords(d.qualifier, t),
      ]),
    };
  },
  sources: (data) => [...new Set(data.figures.map((d) => d.source_id))],
});
