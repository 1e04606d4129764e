/**
 * Chart "cecot": the mega-prison CECOT's capacity as the government states it, against the
 * population reported over time. Each reported figure is a dot labelled with who reported it; a
 * figure the data marks as not preferred (it conflicts with the others) is drawn apart and says
 * so. Pure: data and options in, an SVG element out.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../data/load-tables.ts";
import { publisherName } from "../i18n/sources.ts";
import type { Translate, WordKey } from "../i18n/translate.ts";
import { colour, type SeriesColour } from "../styles/palette.ts";
import { defineChart, type ChartWords } from "./chart.ts";
import { FOCUS_COUNTRY } from "./shared/focus.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { plotFrame, utcYearAxis, valueAxis, zeroRule } from "./shared/plot-frame.ts";
import { datePhrase, formatQualified, qualifierWords, quotedQualifiers, soeDate, soeFigure, startMarks, type CountedFigure } from "./shared/soe-dates.ts";
import { stackLabels } from "./shared/soe-stacked-labels.ts";
import { widthFor } from "./shared/widths.ts";
import { textWidth } from "./shared/text-metrics.ts";
import { formatLongDate } from "./shared/date-words.ts";

const OPENING_EVENT = "cecot-opened";

export interface CecotFigure extends CountedFigure {
  measure: "cecot-capacity" | "cecot-population";
  /** Who published it, from sources.csv. */
  publisher: string;
  /** Not the figure the story uses: it conflicts with the others (the row's note says why). */
  conflicting: boolean;
}

export interface Cecot {
  opened: Date;
  capacity: CecotFigure[];
  population: CecotFigure[];
}

const TYPES: Partial<Record<CecotFigure["counted_by"], { wide: WordKey; narrow: WordKey; colour: SeriesColour }>> = {
  government: { wide: "cecot.type.government", narrow: "cecot.type.government-narrow", colour: "navy" },
  press: { wide: "cecot.type.press", narrow: "cecot.type.press", colour: "ochre" },
};

const typeColour = (d: CecotFigure): SeriesColour => TYPES[d.counted_by]?.colour ?? "grey";

/** The kind of reporter in words, shortened on phones; a kind the chart has no words for keeps the data's id. */
function typeName(d: CecotFigure, narrow: boolean, t: Translate): string {
  const words = TYPES[d.counted_by];
  if (!words) return d.counted_by;
  return t(narrow ? words.narrow : words.wide);
}

/** The stated capacities and every usable population figure, in date order. */
export function selectCecot(rows: readonly Row<"stateOfException">[], sources: readonly Row<"sources">[], timeline: readonly Row<"timeline">[]): Cecot {
  const opened = timeline.find((e) => e.id === OPENING_EVENT);
  if (!opened) throw new Error(`cecot: timeline has no "${OPENING_EVENT}" event`);
  const publishers = new Map(sources.map((s) => [s.source_id, s.publisher]));
  const figures = (measure: CecotFigure["measure"]) =>
    rows
      .filter((r) => r.iso3 === FOCUS_COUNTRY && r.measure === measure && r.status === "ok")
      .map((r) => ({
        measure,
        ...soeFigure(r),
        publisher: publishers.get(r.source_id) ?? r.source_id,
        conflicting: !r.preferred,
      }))
      .sort((a, b) => a.at.getTime() - b.at.getTime());
  return { opened: soeDate(opened.date), capacity: figures("cecot-capacity"), population: figures("cecot-population") };
}

// "Statista (Spanish edition)" is "Statista" on a chart.
/** A publisher in the reader's language, without our notes in brackets, for a label or a sentence. */
const shortPublisher = (publisher: string, locale: string) => publisherName(publisher, locale).replace(/\s*\(.*\)$/, "");

/** The chart as an SVG element. */
export function cecot(data: Cecot, options: ChartOptions & ChartWords): SVGSVGElement {
  const { width, locale } = options;
  const { t } = options;
  const narrow = widthFor(width) === "narrow";
  const fontSize = narrow ? 11 : 12;
  const height = narrow ? 320 : 400;
  const q = (d: CecotFigure) => formatQualified(d.value, d.qualifier, locale);

  const all = [...data.capacity, ...data.population];
  const yMax = Math.ceil((Math.max(...all.map((d) => d.value)) * 1.1) / 5_000) * 5_000;
  const margin = { top: 14, right: narrow ? 14 : 20, bottom: 26, left: textWidth(formatNumber(yMax, locale), fontSize) + 12 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const domainStart = new Date(Date.UTC(data.opened.getUTCFullYear(), 0, 1));
  const last = new Date(Math.max(...data.population.map((d) => d.at.getTime())));
  const xPx = (d: Date) => ((d.getTime() - domainStart.getTime()) / (last.getTime() - domainStart.getTime())) * plotWidth;
  const px = (value: number) => (value / yMax) * plotHeight;
  const lineHeight = fontSize + 2;

  const label = (d: CecotFigure) => {
    if (d.conflicting) {
      const publisher = shortPublisher(d.publisher, locale);
      return narrow ? t("cecot.label.conflicting-narrow", { value: q(d), publisher }) : t("cecot.label.conflicting", { value: q(d), publisher });
    }
    return t("cecot.label.figure", { value: q(d), type: typeName(d, narrow, t) });
  };
  // Labels of the reported figures sit above their dots, moved up where they would collide. A label
  // runs right from its dot, or left where it would pass the chart's right edge, and is pushed
  // inside the chart when it fits neither way.
  const texts = data.population.map(label);
  const widths = texts.map((text) => textWidth(text, fontSize) + 6);
  const starts = data.population.map((d, i) => {
    const x = xPx(d.at);
    const w = widths[i]!;
    if (x + w <= plotWidth) return x;
    if (x - w >= 0) return x - w;
    return Math.max(0, plotWidth - w);
  });
  const centres = stackLabels(
    data.population.map((d, i) => ({
      x: xPx(d.at),
      start: starts[i]!,
      y: px(d.value),
      width: widths[i]!,
      base: px(d.value) + lineHeight,
    })),
    { step: lineHeight, height: lineHeight },
  );
  const population = data.population.map((d, i) => ({
    ...d,
    text: texts[i]!,
    labelValue: (centres[i]! / plotHeight) * yMax,
    labelAt: new Date(domainStart.getTime() + (starts[i]! / plotWidth) * (last.getTime() - domainStart.getTime())),
  }));
  const agreed = population.filter((d) => !d.conflicting);
  const conflicting = population.filter((d) => d.conflicting);
  const hollow = (["floor", "approx"] as const).filter((k) => agreed.some((d) => d.qualifier === k));
  const dotColour = (d: CecotFigure) => colour(typeColour(d));

  return Plot.plot({
    ...plotFrame(options, "chart-cecot", { height, margin, fontSize }),
    x: utcYearAxis([domainStart, last]),
    y: valueAxis(yMax, narrow ? 4 : 5, locale),
    marks: [
      zeroRule(),
      ...startMarks(data.opened, t("cecot.opens"), { dx: 4 }),
      // The capacity is the government's word only, so it is a dashed line, not a solid limit.
      Plot.ruleY(data.capacity, { y: "value", stroke: colour("navy"), strokeWidth: 1.5, strokeDasharray: "6 4" }),
      Plot.text(data.capacity, {
        x: () => last,
        y: "value",
        text: (d: CecotFigure) => (narrow ? t("cecot.capacity-narrow", { value: q(d) }) : t("cecot.capacity", { value: q(d) })),
        textAnchor: "end",
        lineAnchor: "top",
        dy: 6,
        fill: colour("text"),
        ariaHidden: "true",
      }),
      Plot.link(population, {
        x1: "at",
        y1: "value",
        x2: "at",
        y2: "labelValue",
        stroke: colour("rule"),
        strokeWidth: 0.75,
        ariaHidden: "true",
      }),
      Plot.dot(agreed, {
        x: "at",
        y: "value",
        r: 3.5,
        stroke: dotColour,
        strokeWidth: 1.5,
        fill: (d: CecotFigure) => (d.qualifier === "exact" ? dotColour(d) : colour("background")),
      }),
      Plot.dot(conflicting, {
        x: "at",
        y: "value",
        r: 4,
        symbol: "times",
        stroke: colour("muted"),
        strokeWidth: 1.5,
      }),
      ...[agreed, conflicting].map((labels) =>
        Plot.text(labels, {
          x: "labelAt",
          y: "labelValue",
          text: "text",
          textAnchor: "start",
          dx: 3,
          fill: labels === conflicting ? colour("muted") : colour("text"),
          fontStyle: labels === conflicting ? "italic" : "normal",
          ariaHidden: "true",
        }),
      ),
      ...(hollow.length > 0
        ? [
            Plot.text([t("cecot.hollow", { list: quotedQualifiers(hollow, options) })], {
              frameAnchor: "bottom-right",
              dy: -6,
              text: (d: string) => d,
              fill: colour("muted"),
              ariaHidden: "true",
            }),
          ]
        : []),
    ],
  }) as SVGSVGElement;
}

export function describeCecot(data: Cecot, { locale, t }: ChartWords): string {
  const q = (d: CecotFigure) => formatQualified(d.value, d.qualifier, locale);
  const when = (d: CecotFigure) => formatLongDate(d.date, locale);
  const inWhen = (d: CecotFigure) => datePhrase(d.date, "in", { locale, t });
  const sentences = data.capacity.map((d) => t("cecot.describe.capacity", { value: q(d) }));
  const agreed = data.population.filter((d) => !d.conflicting);
  const first = agreed[0];
  const last = agreed[agreed.length - 1];
  const peak = agreed.reduce<CecotFigure | undefined>((a, b) => (a && a.value >= b.value ? a : b), undefined);
  if (first && last && peak) {
    sentences.push(
      t("cecot.describe.population", {
        first: q(first),
        firstWhen: inWhen(first),
        last: q(last),
        lastWhen: inWhen(last),
        peak: q(peak),
        type: typeName(peak, false, t),
        peakDate: when(peak),
      }),
    );
  }
  for (const d of data.population.filter((p) => p.conflicting)) {
    sentences.push(t("cecot.describe.conflicting", { publisher: shortPublisher(d.publisher, locale), value: q(d), date: when(d) }));
  }
  return sentences.join(" ");
}

export const cecotChart = defineChart<Cecot, Record<string, never>>({
  id: "cecot",
  place: { section: "the-price" },
  states: { all: {} },
  summary: "all",
  select: ({ tables }) => selectCecot(tables.stateOfException.rows, tables.sources.rows, tables.timeline.rows),
  build: cecot,
  describe: describeCecot,
  table(data, { locale, t }) {
    const remark = (d: CecotFigure) => {
      if (d.measure === "cecot-capacity") return t("cecot.table.remark-capacity");
      return d.conflicting ? t("cecot.table.remark-conflicting") : "";
    };
    return {
      caption: t("cecot.table.caption"),
      columns: [
        t("cecot.table.date"),
        t("cecot.table.figure"),
        t("cecot.table.reported-by"),
        t("cecot.table.value"),
        t("cecot.table.wording"),
        t("cecot.table.remark"),
      ],
      rows: [...data.capacity, ...data.population].map((d) => [
        formatLongDate(d.date, locale),
        d.measure === "cecot-capacity" ? t("cecot.table.capacity") : t("cecot.table.population"),
        t("cecot.table.reporter", { type: typeName(d, false, t), publisher: publisherName(d.publisher, locale) }),
        formatNumber(d.value, locale),
        qualifierWords(d.qualifier, t),
        remark(d),
      ]),
    };
  },
  sources: (data) => [...new Set([...data.capacity, ...data.population].map((d) => d.source_id))],
});
