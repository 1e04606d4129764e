/**
 * Chart "prison-population": how many people El Salvador held in prison from 2000 to the latest
 * count. The World Prison Brief trend to 2018 is a line; the government's counts after the state
 * of exception are separate points (the minister's approximate figure hollow), and newspaper
 * estimates are small grey rings. Pure: data and options in, an SVG element out.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../data/load-tables.ts";
import { eventTitle } from "../i18n/names.ts";
import type { Translate, WordKey } from "../i18n/translate.ts";
import { colour } from "../styles/palette.ts";
import { defineChart, type ChartWords } from "./chart.ts";
import { FOCUS_COUNTRY } from "./shared/focus.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { plotFrame, utcYearAxis, valueAxis, zeroRule } from "./shared/plot-frame.ts";
import { periodStart } from "../data/partial-date.ts";
import { formatPartialDate } from "./shared/date-words.ts";
import { spreadLabels } from "./shared/spread-labels.ts";
import { widthFor } from "./shared/widths.ts";

const FIRST_YEAR = 2000;
const EVENT_ID = "state-of-exception-declared";

export type PrisonKind = "trend" | "official" | "press";

export interface PrisonPoint {
  /** The row's date as the source gave it (YYYY or YYYY-MM …). */
  date: string;
  time: Date;
  prisoners: number;
  qualifier: Row<"prisonPopulation">["qualifier"];
  kind: PrisonKind;
  source_id: string;
}

export interface PrisonEvent {
  id: string;
  date: string;
  time: Date;
  title: string;
  source_ids: string[];
}

export interface PrisonData {
  points: PrisonPoint[];
  event: PrisonEvent;
}

export interface PrisonState {
  /** Points dated after this are not drawn; null draws them all. */
  through: string | null;
  eventRule: boolean;
  press: boolean;
  /** Dates (as in the data) of the points that get a value label. */
  labelled: string[];
}

// Who gave each government figure, for its label; the data says only "official".
const GOVERNMENT_VOICE: Record<string, WordKey> = {
  esnow_2022_05_10: "prison-population.voice.ministry",
  bloomberg_perfil_2023_09: "prison-population.voice.minister",
  lpg_census_2024: "prison-population.voice.census",
};

/**
 * Picks El Salvador's preferred, valid counts since 2000 (the WPB trend and the government's
 * figures after it) and the newspapers' own estimates, plus the date of the state of exception.
 */
export function selectPrisonPopulation(rows: readonly Row<"prisonPopulation">[], timeline: readonly Row<"timeline">[]): PrisonData {
  const points: PrisonPoint[] = rows
    .filter((r): r is Row<"prisonPopulation"> & { prisoners: number } => r.iso3 === FOCUS_COUNTRY && r.status === "ok" && r.prisoners !== null)
    .filter((r) => periodStart(r.date).getUTCFullYear() >= FIRST_YEAR)
    .flatMap((r): PrisonPoint[] => {
      const kind: PrisonKind | null = r.preferred ? (r.series === "wpb" ? "trend" : "official") : r.series === "press-estimate" ? "press" : null;
      if (kind === null) return [];
      return [{ date: r.date, time: periodStart(r.date), prisoners: r.prisoners, qualifier: r.qualifier, kind, source_id: r.source_id }];
    })
    .sort((a, b) => a.time.getTime() - b.time.getTime());
  const row = timeline.find((t) => t.id === EVENT_ID);
  if (!row) throw new Error(`prison-population: timeline.csv has no event "${EVENT_ID}"`);
  return { points, event: { id: row.id, date: row.date, time: periodStart(row.date), title: row.title, source_ids: row.source_ids } };
}

function valueText(point: PrisonPoint, locale: string, t: Translate): string {
  const value = formatNumber(point.prisoners, locale);
  if (point.qualifier === "approx") return t("prison-population.value.about", { value });
  if (point.qualifier === "floor") return t("prison-population.value.more-than", { value });
  return value;
}

/** Who gave a government figure; `fallback` names it when the source is not one of the known voices. */
function voice(point: PrisonPoint, t: Translate, fallback: WordKey): string {
  return t(GOVERNMENT_VOICE[point.source_id] ?? fallback);
}

function whoAndWhen(point: PrisonPoint, locale: string, t: Translate): string {
  const when = formatPartialDate(point.date, locale);
  if (point.kind === "official") return t("prison-population.label.who-when", { who: voice(point, t, "prison-population.voice.government"), when });
  if (point.kind === "press") return t("prison-population.label.press-when", { when });
  return when;
}

function shown(points: readonly PrisonPoint[], state: PrisonState): PrisonPoint[] {
  if (state.through === null) return points.filter((p) => state.press || p.kind !== "press");
  // A state "through 2023-09" includes every point dated within September 2023.
  const limit = periodStart(state.through).getTime();
  return points.filter((p) => p.time.getTime() <= limit && (state.press || p.kind !== "press"));
}

/** The prison-population chart in one of its states, as an SVG element. */
export function prisonPopulation(data: PrisonData, options: ChartOptions & ChartWords & { state: PrisonState }): SVGSVGElement {
  const { width, locale, state } = options;
  const { t } = options;
  const narrow = widthFor(width) === "narrow";
  const tip = (p: PrisonPoint) => t("prison-population.tip", { value: valueText(p, locale, t), who: whoAndWhen(p, locale, t) });
  const height = narrow ? 340 : 420;
  const fontSize = narrow ? 11 : 12;
  const all = data.points;
  const visible = shown(all, state);
  const trend = visible.filter((p) => p.kind === "trend");
  const official = visible.filter((p) => p.kind === "official");
  const press = visible.filter((p) => p.kind === "press");

  const lastYear = Math.max(...all.map((p) => p.time.getUTCFullYear())) + 1;
  const xDomain = [new Date(Date.UTC(FIRST_YEAR, 0, 1)), new Date(Date.UTC(lastYear, 0, 1))] as const;
  const yearStep = narrow ? 8 : 4;
  const ticks: Date[] = [];
  for (let year = FIRST_YEAR; year <= lastYear; year += yearStep) ticks.push(new Date(Date.UTC(year, 0, 1)));
  const yMax = Math.ceil(Math.max(...all.map((p) => p.prisoners)) / 20_000) * 20_000;

  const marginTop = 34;
  const marginBottom = 28;
  const plotHeight = height - marginTop - marginBottom;
  const lineHeight = 1.15;
  // Labels in the lower half sit above their points, where the chart is empty; those in the upper
  // half sit to the left, nudged apart because the latest counts are close in date and size.
  const labelled = visible.filter((p) => p.kind !== "press" && state.labelled.includes(p.date));
  const high = labelled.filter((p) => p.prisoners > yMax / 2);
  const pxPerUnit = plotHeight / yMax;
  const spread = spreadLabels(
    high.map((p) => p.prisoners * pxPerUnit),
    2 * lineHeight * fontSize + 4,
    [lineHeight * fontSize, plotHeight - lineHeight * fontSize],
  ).map((px) => px / pxPerUnit);
  const labels = labelled.map((p) => {
    const index = high.indexOf(p);
    const first = p === trend[0];
    return {
      ...p,
      text: `${valueText(p, locale, t)}\n${whoAndWhen(p, locale, t)}`,
      // Left of the state-of-exception rule, the upper labels leave the rings near the points clear.
      labelX: index >= 0 && state.eventRule ? data.event.time : p.time,
      labelY: index >= 0 ? spread[index]! : p.prisoners,
      place: index >= 0 ? ("left" as const) : first ? ("above-right" as const) : ("above-left" as const),
    };
  });
  const placements = {
    left: { textAnchor: "end", lineAnchor: "middle", dx: -6, dy: 0 },
    "above-right": { textAnchor: "start", lineAnchor: "bottom", dx: 2, dy: -8 },
    "above-left": { textAnchor: "end", lineAnchor: "bottom", dx: -2, dy: -8 },
  } as const;
  // One name for all the rings, beside the one nearest mid-height, where the chart is empty.
  const nearMiddle = (p: PrisonPoint) => Math.abs(p.prisoners - yMax / 2);
  const pressLabel = press.length > 0 ? [press.reduce((a, b) => (nearMiddle(b) < nearMiddle(a) ? b : a))] : [];

  return Plot.plot({
    ...plotFrame(options, "chart-prison-population", {
      height,
      margin: { top: marginTop, right: narrow ? 14 : 24, bottom: marginBottom, left: narrow ? 54 : 60 },
      fontSize,
    }),
    x: utcYearAxis(xDomain, ticks),
    y: valueAxis(yMax, narrow ? 4 : 6, locale),
    marks: [
      zeroRule(),
      ...(state.eventRule
        ? [
            Plot.ruleX([data.event], { x: "time", stroke: colour("muted"), strokeDasharray: "3 3" }),
            Plot.text([data.event], {
              x: "time",
              frameAnchor: "top",
              dy: -22,
              text: (d: PrisonEvent) => `${eventTitle(d, locale)}\n${formatPartialDate(d.date, locale)}`,
              textAnchor: "end",
              dx: -4,
              lineHeight: 1.1,
              fill: colour("muted"),
              ariaHidden: "true",
            }),
          ]
        : []),
      Plot.line(trend, { x: "time", y: "prisoners", stroke: colour("red"), strokeWidth: 2.5, className: "series-line" }),
      Plot.dot(trend, { x: "time", y: "prisoners", r: 2.5, fill: colour("red"), title: tip }),
      Plot.dot(press, { x: "time", y: "prisoners", r: 3, stroke: colour("grey"), strokeWidth: 1.25, fill: colour("background") }),
      Plot.text(pressLabel, {
        x: "time",
        y: "prisoners",
        text: () => t("prison-population.label.press"),
        textAnchor: "end",
        dx: -7,
        lineHeight: 1.1,
        fill: colour("muted"),
        ariaHidden: "true",
      }),
      // The minister's "close to 100,000" is a ring, so it does not read as an exact count.
      Plot.dot(official, {
        x: "time",
        y: "prisoners",
        r: 4.5,
        stroke: colour("red"),
        strokeWidth: 2,
        fill: (p: PrisonPoint) => (p.qualifier === "exact" ? colour("red") : colour("background")),
        title: tip,
      }),
      ...Object.entries(placements).map(([place, placement]) =>
        Plot.text(
          labels.filter((d) => d.place === place),
          {
            x: "labelX",
            y: "labelY",
            text: "text",
            ...placement,
            lineHeight,
            fill: colour("text"),
            stroke: colour("background"),
            strokeWidth: 3,
            paintOrder: "stroke",
            ariaHidden: "true",
          },
        ),
      ),
    ],
  }) as SVGSVGElement;
}

export function describePrisonPopulation(data: PrisonData, { locale, t }: ChartWords): string {
  const f = (n: number) => formatNumber(n, locale);
  const trend = data.points.filter((p) => p.kind === "trend");
  const official = data.points.filter((p) => p.kind === "official");
  const sentences: string[] = [];
  if (trend.length > 0) {
    const first = trend[0]!;
    const last = trend[trend.length - 1]!;
    sentences.push(
      t("prison-population.describe.trend", {
        first: f(first.prisoners),
        firstDate: first.date,
        last: f(last.prisoners),
        lastDate: last.date,
      }),
    );
  }
  if (official.length > 0) {
    const parts = official.map((p) => `${valueText(p, locale, t)} (${whoAndWhen(p, locale, t)})`);
    sentences.push(t("prison-population.describe.official", { date: formatPartialDate(data.event.date, locale), list: parts.join(", ") }));
  }
  const press = data.points.filter((p) => p.kind === "press");
  if (press.length > 0) {
    const low = press.reduce((a, b) => (b.prisoners < a.prisoners ? b : a));
    const high = press.reduce((a, b) => (b.prisoners > a.prisoners ? b : a));
    sentences.push(t("prison-population.describe.press", { low: valueText(low, locale, t), high: valueText(high, locale, t) }));
  }
  return sentences.join(" ");
}

const KIND_NAMES: Record<PrisonKind, WordKey> = {
  trend: "prison-population.kind.trend",
  official: "prison-population.kind.official",
  press: "prison-population.kind.press",
};

export const prisonPopulationChart = defineChart<PrisonData, PrisonState>({
  id: "prison-population",
  place: {
    section: "the-price",
    steps: [
      { id: "price-before", state: "before" },
      { id: "price-march-2022", state: "march-2022" },
      { id: "price-2023", state: "2023" },
      { id: "price-census", state: "census-2024" },
    ],
  },
  cards: ["the-price"],
  states: {
    before: { through: "2018", eventRule: false, press: false, labelled: ["2000", "2018"] },
    "march-2022": { through: "2022-03", eventRule: true, press: false, labelled: ["2022-03"] },
    "2023": { through: "2023-09", eventRule: true, press: false, labelled: ["2022-03", "2023-09"] },
    "census-2024": { through: null, eventRule: true, press: true, labelled: ["2022-03", "2023-09", "2024"] },
  },
  summary: "census-2024",
  select: ({ tables }) => selectPrisonPopulation(tables.prisonPopulation.rows, tables.timeline.rows),
  build: prisonPopulation,
  describe: describePrisonPopulation,
  table(data, { locale, t }) {
    return {
      caption: t("prison-population.table.caption"),
      columns: [
        t("prison-population.table.date"),
        t("prison-population.table.prisoners"),
        t("prison-population.table.kind"),
        t("prison-population.table.source"),
      ],
      rows: data.points.map((p) => [
        formatPartialDate(p.date, locale),
        valueText(p, locale, t),
        p.kind === "official"
          ? t("prison-population.table.kind-official", { kind: t(KIND_NAMES.official), who: voice(p, t, "prison-population.voice.official") })
          : t(KIND_NAMES[p.kind]),
        p.source_id,
      ]),
    };
  },
  sources: (data) => [...new Set([...data.points.map((p) => p.source_id), ...data.event.source_ids])],
});
