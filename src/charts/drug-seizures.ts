/**
 * Chart "drug-seizures": every drug seizure figure reported for El Salvador, one lane each, as a
 * bar across the period the figure covers, so that a multi-year total reads as one total and not
 * as a year's haul. Labels give the amount in metric tons and who reported it. Regional flow
 * estimates and corridor shares are not Salvadoran figures and are left out.
 * Pure: data and options in, an SVG element out.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../data/load-tables.ts";
import { DATA_LANG, langOf } from "../i18n/locales.ts";
import type { Translate, WordKey } from "../i18n/translate.ts";
import { colour, type SeriesColour } from "../styles/palette.ts";
import { defineChart, type ChartWords } from "./chart.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { plotFrame, utcYearAxis } from "./shared/plot-frame.ts";
import { periodEnd, periodStart } from "../data/partial-date.ts";
import { formatPartialDate, formatSpan } from "./shared/date-words.ts";
import { widthFor } from "./shared/widths.ts";
import { textWidth } from "./shared/text-metrics.ts";

type Drug = Row<"drugSeizures">["drug"];
type Reporter = Row<"drugSeizures">["reported_by"];

export interface SeizureMark {
  id: string;
  start: Date;
  /** The first instant after the period. */
  end: Date;
  /** The period in the data's own (English) words. */
  period_label: string;
  /** The period's first and last dates as the data gives them (YYYY, YYYY-MM or YYYY-MM-DD). */
  span: [string, string];
  /** The period is the source's guess or unclear; such bars are dashed. */
  periodUncertain: boolean;
  /** The source gave the period as approximate ("c. 2010-2014"). */
  periodCirca: boolean;
  /** The period ends partway through its last month or year ("2024 to mid-October 2025"). */
  periodToMid: boolean;
  /** One haul, dated only by the period; not a total for it. */
  singleSeizure: boolean;
  drug: Drug;
  tonnes: number;
  /** The value and unit as printed, before conversion. */
  printed: { value: number; unit: Row<"drugSeizures">["unit"] };
  qualifier: Row<"drugSeizures">["qualifier"];
  /** Who gave the figure: a government body, or the outlet that relayed it. */
  reporter: Reporter;
  source_ids: string[];
}

// Who reported a figure, in a few words; data/drug-seizures.csv says which of them gave each row.
const REPORTER_WORDS: Record<Reporter, WordKey> = {
  government: "drug-seizures.reporter.government",
  "government-at-sea": "drug-seizures.reporter.government-at-sea",
  "government-via-press": "drug-seizures.reporter.government-via-press",
  "security-cabinet": "drug-seizures.reporter.security-cabinet",
  "defence-minister": "drug-seizures.reporter.defence-minister",
  "defence-minister-at-sea": "drug-seizures.reporter.defence-minister-at-sea",
  "justice-minister-one-seizure": "drug-seizures.reporter.justice-minister-one-seizure",
  "bukele-period-unclear": "drug-seizures.reporter.bukele-period-unclear",
  navy: "drug-seizures.reporter.navy",
  "navy-one-seizure": "drug-seizures.reporter.navy-one-seizure",
  "police-via-us-cable": "drug-seizures.reporter.police-via-us-cable",
  "police-via-pro-government-outlet": "drug-seizures.reporter.police-via-pro-government-outlet",
  "official-via-insight-crime": "drug-seizures.reporter.official-via-insight-crime",
  "pro-government-outlet": "drug-seizures.reporter.pro-government-outlet",
  "insight-crime": "drug-seizures.reporter.insight-crime",
  "via-us-southern-command": "drug-seizures.reporter.via-us-southern-command",
  "us-state-department": "drug-seizures.reporter.us-state-department",
  "prensa-latina": "drug-seizures.reporter.prensa-latina",
};

const DRUGS: Record<Drug, { words: WordKey; colour: SeriesColour }> = {
  cocaine: { words: "drug-seizures.drug.cocaine", colour: "navy" },
  "all-drugs": { words: "drug-seizures.drug.all-drugs", colour: "ochre" },
};

const TONNES_PER_UNIT: Partial<Record<Row<"drugSeizures">["unit"], number>> = { "metric-tons": 1, kg: 0.001 };

/** The valid seizure rows, with amounts in metric tons, in the order of their periods. */
export function selectDrugSeizures(rows: readonly Row<"drugSeizures">[]): SeizureMark[] {
  return rows
    .filter((r) => r.kind === "seizure" && r.status === "ok" && TONNES_PER_UNIT[r.unit] !== undefined)
    .flatMap((r): SeizureMark[] => {
      const first = r.period_start ?? r.period_end;
      const last = r.period_end ?? r.period_start;
      if (first === null || last === null) return [];
      return [
        {
          id: r.id,
          start: periodStart(first),
          end: periodEnd(last),
          period_label: r.period_label,
          span: [first, last],
          periodUncertain: /unclear|^c\. /i.test(r.period_label),
          periodCirca: /^c\. /i.test(r.period_label),
          periodToMid: /\bto mid-/i.test(r.period_label),
          singleSeizure: /single seizure/i.test(r.period_label),
          drug: r.drug,
          tonnes: r.value * TONNES_PER_UNIT[r.unit]!,
          printed: { value: r.value, unit: r.unit },
          qualifier: r.qualifier,
          reporter: r.reported_by,
          source_ids: r.source_ids,
        },
      ];
    })
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
}

function amount(mark: SeizureMark, locale: string, t: Translate): string {
  const value = `${formatNumber(mark.tonnes, locale, 3)} t`;
  if (mark.qualifier === "approx") return t("drug-seizures.amount.about", { amount: value });
  if (mark.qualifier === "floor") return t("drug-seizures.amount.more-than", { amount: value });
  return value;
}

/**
 * The period a figure covers. The data words it in English, with details its dates alone cannot
 * carry ("five years", "printed as 2024"), so English readers get the data's words; in any other
 * language the period is written from its dates, with the hedges select() read from those words.
 */
function period(mark: SeizureMark, locale: string, t: Translate): string {
  if (langOf(locale) === DATA_LANG) return mark.period_label;
  const [from, to] = mark.span;
  if (mark.periodToMid) return t("drug-seizures.period.to-mid", { from: formatPartialDate(from, locale), to: formatPartialDate(to, locale) });
  const span = formatSpan(from, to, locale);
  if (mark.singleSeizure) return t("drug-seizures.period.single-seizure", { period: span });
  if (mark.periodCirca) return t("drug-seizures.period.circa", { period: span });
  if (mark.periodUncertain) return t("drug-seizures.period.unclear");
  return span;
}

/** True when the period is exactly one calendar year. */
function wholeYear(mark: SeizureMark): boolean {
  const next = new Date(Date.UTC(mark.start.getUTCFullYear() + 1, 0, 1));
  return mark.start.getUTCMonth() === 0 && mark.start.getUTCDate() === 1 && mark.end.getTime() === next.getTime();
}

/** True when the period runs over more than one calendar year: its bar is a total, not a year. */
function multiYear(mark: SeizureMark): boolean {
  return mark.start.getUTCFullYear() !== new Date(mark.end.getTime() - 1).getUTCFullYear();
}

function what(mark: SeizureMark, locale: string, t: Translate): string {
  const vars = { amount: amount(mark, locale, t), drug: t(DRUGS[mark.drug].words) };
  return multiYear(mark) ? t("drug-seizures.label.what-total", vars) : t("drug-seizures.label.what", vars);
}

/** The seizure lanes as an SVG element: in each, the words on top and the period's line below. */
export function drugSeizures(marks: readonly SeizureMark[], options: ChartOptions & ChartWords): SVGSVGElement {
  const { width, locale } = options;
  const { t } = options;
  const narrow = widthFor(width) === "narrow";
  const fontSize = narrow ? 11 : 12;
  const marginTop = 2;
  const marginBottom = 22;
  // Lanes shrink rather than let the chart outgrow a phone's sticky graphic.
  const step = Math.min(narrow ? 15 : 18, Math.floor(((narrow ? 360 : 440) - marginTop - marginBottom) / marks.length));
  const thickness = narrow ? 3 : 4;
  const marginSide = narrow ? 6 : 10;
  const height = marginTop + marks.length * step + marginBottom;
  const firstYear = Math.min(...marks.map((m) => m.start.getUTCFullYear()));
  const lastYear = Math.max(...marks.map((m) => new Date(m.end.getTime() - 1).getUTCFullYear())) + 1;
  const domain = [new Date(Date.UTC(firstYear, 0, 1)), new Date(Date.UTC(lastYear, 0, 1))] as const;
  const plotWidth = width - 2 * marginSide;
  const px = (d: Date) => ((d.getTime() - domain[0].getTime()) / (domain[1].getTime() - domain[0].getTime())) * plotWidth;
  const yearStep = narrow ? 4 : 2;
  const ticks: Date[] = [];
  for (let year = Math.ceil(firstYear / yearStep) * yearStep; year <= lastYear; year += yearStep) ticks.push(new Date(Date.UTC(year, 0, 1)));

  // The words start where the period starts, or end at the right edge where they would pass it.
  const lanes = marks.map((m) => {
    const text = `${what(m, locale, t)} · ${t(REPORTER_WORDS[m.reporter])}`;
    return { ...m, text, atStart: px(m.start) + textWidth(text, fontSize) <= plotWidth };
  });
  // Within a lane (centred on the band), the words sit at the top and the line at the bottom.
  const textOffset = fontSize * 0.5 + 0.5 - step / 2;
  const lineOffset = step / 2 - thickness / 2 - 0.5;
  const stroke = (m: SeizureMark) => colour(DRUGS[m.drug].colour);
  // Amounts the source gave as "about" or "more than", and unclear periods, are dashed.
  const estimate = (m: SeizureMark) => m.qualifier !== "exact" || m.periodUncertain;
  // A period of a day or a month would be a dot-sized line, so its ends are squared to show.
  const sliver = (m: SeizureMark) => px(m.end) - px(m.start) < thickness;
  const lineGroups = [
    { dashed: false, short: false },
    { dashed: false, short: true },
    { dashed: true, short: false },
    { dashed: true, short: true },
  ];

  return Plot.plot({
    ...plotFrame(options, "chart-drug-seizures", {
      height,
      margin: { top: marginTop, right: marginSide, bottom: marginBottom, left: marginSide },
      fontSize,
    }),
    x: { ...utcYearAxis(domain, ticks), grid: true },
    y: { domain: marks.map((m) => m.id), axis: null, padding: 0 },
    marks: [
      // Every other lane is shaded, so that each line reads with the words above it.
      Plot.barX(
        lanes.filter((_, i) => i % 2 === 1),
        { x1: () => domain[0], x2: () => domain[1], y: "id", fill: colour("surface"), insetLeft: -marginSide, insetRight: -marginSide },
      ),
      ...lineGroups.map(({ dashed, short }) =>
        Plot.ruleY(
          lanes.filter((m) => estimate(m) === dashed && sliver(m) === short),
          {
            y: "id",
            x1: "start",
            x2: "end",
            dy: lineOffset,
            stroke,
            strokeWidth: thickness,
            strokeLinecap: short ? "square" : "butt",
            ...(dashed ? { strokeDasharray: "4 2" } : {}),
            className: "series-bar",
          },
        ),
      ),
      Plot.text(
        lanes.filter((m) => m.atStart),
        { x: "start", y: "id", dy: textOffset, text: "text", textAnchor: "start", fill: colour("text"), ariaHidden: "true" },
      ),
      Plot.text(
        lanes.filter((m) => !m.atStart),
        { frameAnchor: "right", y: "id", dy: textOffset, text: "text", textAnchor: "end", fill: colour("text"), ariaHidden: "true" },
      ),
    ],
  }) as SVGSVGElement;
}

export function describeDrugSeizures(marks: readonly SeizureMark[], { locale, t }: ChartWords): string {
  const reporter = (m: SeizureMark) => t(REPORTER_WORDS[m.reporter]);
  const sentences = [t("drug-seizures.describe.intro", { count: formatNumber(marks.length, locale) })];
  const largest = marks.filter(multiYear).reduce<SeizureMark | null>((a, b) => (a === null || b.tonnes > a.tonnes ? b : a), null);
  if (largest) {
    sentences.push(
      t("drug-seizures.describe.largest", {
        amount: amount(largest, locale, t),
        drug: t(DRUGS[largest.drug].words),
        reporter: reporter(largest),
        period: period(largest, locale, t),
      }),
    );
  }
  const fullYears = marks.filter((m) => m.drug === "cocaine" && wholeYear(m) && !m.singleSeizure);
  if (fullYears.length > 1) {
    const low = fullYears.reduce((a, b) => (b.tonnes < a.tonnes ? b : a));
    const high = fullYears.reduce((a, b) => (b.tonnes > a.tonnes ? b : a));
    sentences.push(
      t("drug-seizures.describe.range", {
        low: amount(low, locale, t),
        lowPeriod: period(low, locale, t),
        lowReporter: reporter(low),
        high: amount(high, locale, t),
        highPeriod: period(high, locale, t),
        highReporter: reporter(high),
      }),
    );
  }
  return sentences.join(" ");
}

// Unit symbols are the same in every language the site is written in.
const UNIT_SYMBOLS: Record<SeizureMark["printed"]["unit"], string> = { "metric-tons": "t", kg: "kg", percent: "%" };

export const drugSeizuresChart = defineChart<SeizureMark[], Record<string, never>>({
  id: "drug-seizures",
  place: { section: "the-spread" },
  states: { all: {} },
  summary: "all",
  select: ({ tables }) => selectDrugSeizures(tables.drugSeizures.rows),
  build: drugSeizures,
  describe: describeDrugSeizures,
  table(marks, { locale, t }) {
    return {
      caption: t("drug-seizures.table.caption"),
      columns: [
        t("drug-seizures.table.period"),
        t("drug-seizures.table.drug"),
        t("drug-seizures.table.amount"),
        t("drug-seizures.table.printed"),
        t("drug-seizures.table.reporter"),
        t("drug-seizures.table.sources"),
      ],
      rows: marks.map((m) => [
        period(m, locale, t),
        t(DRUGS[m.drug].words),
        amount(m, locale, t),
        `${formatNumber(m.printed.value, locale, 3)} ${UNIT_SYMBOLS[m.printed.unit]}`,
        t(REPORTER_WORDS[m.reporter]),
        m.source_ids.join(", "),
      ]),
    };
  },
  sources: (marks) => [...new Set(marks.flatMap((m) => m.source_ids))],
});
