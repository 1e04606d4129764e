/**
 * Chart "drug-seizures": every drug seizure figure reported for El Salvador, one lane each, as a
 * bar across the period the figure covers, so that a multi-year total reads as one total and not
 * as a year's haul. Labels give the amount in metric tons and who reported it. Regional flow
 * estimates and corridor shares are not Salvadoran figures and are left out.
 * Pure: data and options in, an SVG element out.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../data/load-tables.ts";
import { colour, type SeriesColour } from "../styles/palette.ts";
import { defineChart } from "./chart.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { plotFrame, utcYearAxis } from "./shared/plot-frame.ts";
import { periodEnd, periodStart } from "./shared/reported-periods.ts";

type Drug = Row<"drugSeizures">["drug"];

export interface SeizureMark {
  id: string;
  start: Date;
  /** The first instant after the period. */
  end: Date;
  period_label: string;
  /** The period is the source's guess or unclear; such bars are dashed. */
  periodUncertain: boolean;
  /** One haul, dated only by the period; not a total for it. */
  singleSeizure: boolean;
  drug: Drug;
  tonnes: number;
  /** The value and unit as printed, before conversion. */
  printed: { value: number; unit: Row<"drugSeizures">["unit"] };
  qualifier: Row<"drugSeizures">["qualifier"];
  /** Who gave the figure: a government body, or the outlet that relayed it. */
  reporter: string;
  source_ids: string[];
}

type Reporter = Row<"drugSeizures">["reported_by"];

// Who reported a figure, in a few words; data/drug-seizures.csv says which of them gave each row.
const REPORTER_WORDS: Record<Reporter, string> = {
  government: "government",
  "government-at-sea": "government, at sea",
  "government-via-press": "government, via press",
  "security-cabinet": "security cabinet",
  "defence-minister": "defence minister",
  "defence-minister-at-sea": "defence minister, at sea",
  "justice-minister-one-seizure": "justice minister, one seizure",
  "bukele-period-unclear": "Bukele, period unclear",
  navy: "navy",
  "navy-one-seizure": "navy, one seizure",
  "police-via-us-cable": "police, via a US cable",
  "police-via-pro-government-outlet": "police, pro-government outlet",
  "official-via-insight-crime": "official, via InSight Crime",
  "pro-government-outlet": "pro-government outlet",
  "insight-crime": "InSight Crime",
  "via-us-southern-command": "via US Southern Command",
  "us-state-department": "US State Department",
  "prensa-latina": "Prensa Latina",
};

const DRUGS: Record<Drug, { words: string; colour: SeriesColour }> = {
  cocaine: { words: "cocaine", colour: "navy" },
  "all-drugs": { words: "drugs", colour: "ochre" },
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
          periodUncertain: /unclear|^c\. /i.test(r.period_label),
          singleSeizure: /single seizure/i.test(r.period_label),
          drug: r.drug,
          tonnes: r.value * TONNES_PER_UNIT[r.unit]!,
          printed: { value: r.value, unit: r.unit },
          qualifier: r.qualifier,
          reporter: REPORTER_WORDS[r.reported_by],
          source_ids: r.source_ids,
        },
      ];
    })
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
}

function amount(mark: SeizureMark, locale: string): string {
  const value = `${formatNumber(mark.tonnes, locale, 3)} t`;
  if (mark.qualifier === "approx") return `about ${value}`;
  if (mark.qualifier === "floor") return `more than ${value}`;
  return value;
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

function what(mark: SeizureMark, locale: string): string {
  return `${amount(mark, locale)} ${DRUGS[mark.drug].words}${multiYear(mark) ? ", total" : ""}`;
}

/** The seizure lanes as an SVG element: in each, the words on top and the period's line below. */
export function drugSeizures(marks: readonly SeizureMark[], options: ChartOptions): SVGSVGElement {
  const { width, locale } = options;
  const narrow = width < 520;
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
  const charWidth = fontSize * 0.58;
  const lanes = marks.map((m) => {
    const text = `${what(m, locale)} · ${m.reporter}`;
    return { ...m, text, atStart: px(m.start) + text.length * charWidth <= plotWidth };
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

export function describeDrugSeizures(marks: readonly SeizureMark[], locale: string): string {
  const sentences = [
    `The chart shows ${marks.length} drug seizure figures reported for El Salvador, each drawn across the period it covers; they are seizures reported by the government or outlets relaying it, not estimates of the drugs that pass through.`,
  ];
  const largest = marks.filter(multiYear).reduce<SeizureMark | null>((a, b) => (a === null || b.tonnes > a.tonnes ? b : a), null);
  if (largest) {
    sentences.push(
      `The largest, ${amount(largest, locale)} of ${DRUGS[largest.drug].words} given by the ${largest.reporter} for ${largest.period_label}, is a total over several years, not a yearly figure.`,
    );
  }
  const fullYears = marks.filter((m) => m.drug === "cocaine" && wholeYear(m) && !m.singleSeizure);
  if (fullYears.length > 1) {
    const low = fullYears.reduce((a, b) => (b.tonnes < a.tonnes ? b : a));
    const high = fullYears.reduce((a, b) => (b.tonnes > a.tonnes ? b : a));
    sentences.push(
      `Figures for a whole year of cocaine seizures range from ${amount(low, locale)} in ${low.period_label} (${low.reporter}) to ${amount(high, locale)} in ${high.period_label} (${high.reporter}); figures for the same year often disagree.`,
    );
  }
  return sentences.join(" ");
}

const UNIT_WORDS: Record<SeizureMark["printed"]["unit"], string> = { "metric-tons": "t", kg: "kg", percent: "%" };

export const drugSeizuresChart = defineChart<SeizureMark[], Record<string, never>>({
  id: "drug-seizures",
  title: "Reported drug seizures in El Salvador, by the period each figure covers",
  subtitle: "Seizures reported by the government or relayed from it, in metric tons; not drug flows",
  note:
    "Each bar spans the period its figure covers: long bars are totals for several years, and they overlap the yearly figures. Outlined bars were given as approximate or as a minimum; the dashed bar's period is unclear. Regional flow estimates are left out.",
  states: { all: {} },
  summary: "all",
  select: ({ tables }) => selectDrugSeizures(tables.drugSeizures.rows),
  build: drugSeizures,
  describe: describeDrugSeizures,
  table(marks, locale) {
    return {
      caption: "Drug seizures reported for El Salvador. Amounts printed in kilograms are converted to metric tons (1 t = 1,000 kg).",
      columns: ["Period", "Drug", "Amount (metric tons)", "As printed", "Reported by", "Sources"],
      rows: marks.map((m) => [
        m.period_label,
        DRUGS[m.drug].words,
        amount(m, locale),
        `${formatNumber(m.printed.value, locale, 3)} ${UNIT_WORDS[m.printed.unit]}`,
        m.reporter,
        m.source_ids.join(", "),
      ]),
    };
  },
  sources: (marks) => [...new Set(marks.flatMap((m) => m.source_ids))],
});
