/**
 * Chart "count-gaps": what El Salvador's official homicide count leaves out. The government's
 * yearly counts are solid bars; the alternative estimates for a year (OUDH's 2022 scenarios,
 * El Mundo's and Foreign Policy's 2023 figures) are dashed outlines beyond the bar, each labelled
 * with who made it. Pure: data and options in, an SVG element out.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../data/load-tables.ts";
import type { Translate, WordKey } from "../i18n/translate.ts";
import { colour } from "../styles/palette.ts";
import { defineChart, type ChartWords } from "./chart.ts";
import { FOCUS_COUNTRY } from "./shared/focus.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { plotFrame, valueAxis, zeroRule } from "./shared/plot-frame.ts";
import { widthFor } from "./shared/widths.ts";
import { textWidth } from "./shared/text-metrics.ts";

// The official count first left out gang members killed by security forces in July 2019.
const FIRST_YEAR = 2019;

export interface OfficialCount {
  year: number;
  count: number;
  source_id: string;
}

/** A year in the chart's span whose preferred official figure is a rate, not a count. */
export interface CountlessYear {
  year: number;
  /** The range of the official counts that sources give for that year. */
  low: number;
  high: number;
  source_ids: string[];
}

/** What one estimate adds beyond the official count (or beyond the previous step of its chain). */
export interface Addition {
  year: number;
  from: number;
  to: number;
  source_id: string;
  variant: string | null;
  /** Steps of one source's chain of scenarios; false for a stand-alone alternative figure. */
  step: boolean;
}

export interface CountGaps {
  official: OfficialCount[];
  countless: CountlessYear[];
  additions: Addition[];
}

export interface CountGapsState {
  /** Years whose alternative estimates are drawn. */
  estimateYears: readonly number[];
}

// Who made each estimate and what kind of figure it is, in the chart's words.
const ESTIMATORS: Record<string, { name: WordKey; short: WordKey; kind: WordKey }> = {
  oudh_uca_2023: { name: "count-gaps.estimator.oudh", short: "count-gaps.estimator.oudh-short", kind: "count-gaps.kind.scenarios" },
  slv_fgr_2025: { name: "count-gaps.estimator.el-mundo", short: "count-gaps.estimator.el-mundo", kind: "count-gaps.kind.sum" },
  fp_giles_2024: { name: "count-gaps.estimator.foreign-policy", short: "count-gaps.estimator.foreign-policy", kind: "count-gaps.kind.model" },
};

const STEPS: Record<string, { wide: WordKey; narrow: WordKey }> = {
  "plus-confrontations": { wide: "count-gaps.step.confrontations", narrow: "count-gaps.step.confrontations-narrow" },
  "plus-graves": { wide: "count-gaps.step.graves", narrow: "count-gaps.step.graves-narrow" },
  "plus-prison-deaths": { wide: "count-gaps.step.prison-deaths", narrow: "count-gaps.step.prison-deaths-narrow" },
};

interface Estimator {
  name: string;
  short: string;
  kind: string;
}

/** Who made an estimate, in words; a source the chart has no words for is named by its id. */
function estimator(sourceId: string, t: Translate): Estimator {
  const words = ESTIMATORS[sourceId];
  if (!words) return { name: sourceId, short: sourceId, kind: t("count-gaps.kind.estimate") };
  return { name: t(words.name), short: t(words.short), kind: t(words.kind) };
}

/** What a step of a chain of scenarios adds, in words ("" for a figure that is no step). */
function stepWords(a: Addition, narrow: boolean, t: Translate): string {
  if (!a.variant) return "";
  const words = STEPS[a.variant];
  return words ? t(narrow ? words.narrow : words.wide) : a.variant;
}

/** "El Mundo's sum", or "El Mundo sum" where room is short. */
function estimateName(who: Estimator, narrow: boolean, t: Translate): string {
  return narrow ? t("count-gaps.estimate-narrow", { who: who.short, kind: who.kind }) : t("count-gaps.estimate", { who: who.name, kind: who.kind });
}

// Spanish names the kind of figure before its maker ("suma de El Mundo"), so words that open a
// label or a table cell may begin with a small letter and need a capital there.
function upperFirst(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

type Counted = Row<"homicideRates"> & { count: number };
const hasCount = (r: Row<"homicideRates">): r is Counted => r.count !== null;

/**
 * The government's preferred counts from 2019, and the alternative estimates for the years that
 * have one. Estimates are drawn on top of an official bar, so only years with a preferred
 * official count get them. A source's variants are the steps of one chain of scenarios, each
 * adding to the last; figures without a variant each start from the official count.
 */
export function selectCountGaps(rows: readonly Row<"homicideRates">[]): CountGaps {
  const ok = rows.filter((r) => r.iso3 === FOCUS_COUNTRY && r.status === "ok" && r.year >= FIRST_YEAR);
  const official = ok
    .filter((r) => r.series === "official" && r.preferred)
    .filter(hasCount)
    .map((r) => ({ year: r.year, count: r.count, source_id: r.source_id }))
    .sort((a, b) => a.year - b.year);
  const last = official[official.length - 1]?.year ?? FIRST_YEAR;

  const countless: CountlessYear[] = [];
  for (let year = FIRST_YEAR; year <= last; year++) {
    if (official.some((o) => o.year === year)) continue;
    const counts = ok.filter((r) => r.year === year && r.series === "official").filter(hasCount);
    if (counts.length === 0) continue;
    countless.push({
      year,
      low: Math.min(...counts.map((r) => r.count)),
      high: Math.max(...counts.map((r) => r.count)),
      source_ids: [...new Set(counts.map((r) => r.source_id))],
    });
  }

  const additions: Addition[] = [];
  for (const base of official) {
    const alternatives = ok.filter((r) => r.year === base.year && r.series === "alternative").filter(hasCount);
    alternatives.sort((a, b) => a.count - b.count);
    for (const sourceId of [...new Set(alternatives.map((r) => r.source_id))]) {
      const own = alternatives.filter((r) => r.source_id === sourceId);
      let from = base.count;
      for (const r of own) {
        const step = r.variant !== null;
        additions.push({ year: r.year, from, to: r.count, source_id: r.source_id, variant: r.variant, step });
        if (step) from = r.count;
      }
    }
  }
  return { official, countless, additions };
}

function additionLabel(a: Addition, first: boolean, narrow: boolean, { locale, t }: ChartWords): string {
  const f = (n: number) => formatNumber(n, locale);
  const who = estimator(a.source_id, t);
  if (!a.step) return t("count-gaps.label.alone", { value: f(a.to), estimate: estimateName(who, narrow, t) });
  const step = t("count-gaps.label.step", { added: f(a.to - a.from), what: stepWords(a, narrow, t), total: f(a.to) });
  if (!first) return step;
  const chain = narrow ? who.short : t("count-gaps.chain", { who: who.name, kind: who.kind });
  return upperFirst(t("count-gaps.label.first-step", { chain, step }), locale);
}

/** The bar chart as an SVG element: one row per year, official bars and dashed estimates. */
export function countGaps(data: CountGaps, options: ChartOptions & ChartWords & { state: CountGapsState }): SVGSVGElement {
  const { width, locale, state } = options;
  const { t } = options;
  const narrow = widthFor(width) === "narrow";
  const fontSize = narrow ? 11 : 12;
  const height = narrow ? 360 : 420;
  const margin = { top: 8, right: 22, bottom: 26, left: 38 };
  const f = (n: number) => formatNumber(n, locale);

  const lastYear = data.official[data.official.length - 1]?.year ?? FIRST_YEAR;
  const rows = lastYear - FIRST_YEAR + 1;
  const row = (year: number) => year - FIRST_YEAR;
  const values = [...data.official.map((o) => o.count), ...data.additions.map((a) => a.to)];
  const xMax = Math.ceil(Math.max(...values) / 500) * 500;
  const pxPerUnit = (width - margin.left - margin.right) / xMax;
  const pad = 0.1;

  const latest = data.official[data.official.length - 1];
  const shown = data.additions.filter((a) => state.estimateYears.includes(a.year));

  // An official label goes inside its bar where it fits, else just beyond the bar's end; when the
  // year's estimates are drawn there, it takes the first slice of the row and the estimates the rest.
  const officialLabels = data.official.map((o) => {
    const text = f(o.count);
    const inside = o.count * pxPerUnit >= textWidth(text, fontSize) + 8;
    const own = shown.filter((a) => a.year === o.year);
    const slices = own.length + (inside || own.length === 0 ? 0 : 1);
    const slice = (1 - 2 * pad) / Math.max(slices, 1);
    const y = inside || own.length === 0 ? row(o.year) + 0.5 : row(o.year) + pad + slice / 2;
    return { ...o, text, inside, y, own, slice, firstSlice: slices - own.length };
  });

  const boxes = officialLabels.flatMap((o) =>
    o.own.map((a, k) => {
      const y1 = row(a.year) + pad + (o.firstSlice + k) * o.slice;
      const first = o.own.findIndex((b) => b.source_id === a.source_id) === k;
      return { ...a, y1, y2: y1 + o.slice * 0.8, label: additionLabel(a, first, narrow, options) };
    }),
  );

  const countlessText = (c: CountlessYear) =>
    narrow ? t("count-gaps.label.countless-narrow", { low: f(c.low), high: f(c.high) }) : t("count-gaps.label.countless", { low: f(c.low), high: f(c.high) });

  return Plot.plot({
    ...plotFrame(options, "chart-count-gaps", { height, margin, fontSize }),
    x: valueAxis(xMax, narrow ? 4 : 5, locale),
    y: {
      domain: [0, rows],
      reverse: true,
      ticks: Array.from({ length: rows }, (_, i) => i + 0.5),
      tickFormat: (d: number) => String(FIRST_YEAR + Math.floor(d)),
      tickSize: 0,
      label: null,
    },
    marks: [
      Plot.rect(data.official, {
        x1: 0,
        x2: "count",
        y1: (d: OfficialCount) => row(d.year) + pad,
        y2: (d: OfficialCount) => row(d.year) + 1 - pad,
        fill: colour("red"),
      }),
      Plot.rect(boxes, {
        x1: "from",
        x2: "to",
        y1: "y1",
        y2: "y2",
        fill: colour("navy"),
        fillOpacity: 0.12,
        stroke: colour("navy"),
        strokeWidth: 1.25,
        strokeDasharray: "4 2",
      }),
      zeroRule("x"),
      Plot.text(boxes, {
        x: "to",
        y: (d: (typeof boxes)[number]) => (d.y1 + d.y2) / 2,
        text: "label",
        textAnchor: "start",
        dx: 5,
        fill: colour("text"),
        ariaHidden: "true",
      }),
      // Official counts are labelled inside their bars where they fit; the latest is bold.
      ...[true, false].flatMap((inside) =>
        [true, false].map((isLatest) =>
          Plot.text(
            officialLabels.filter((o) => o.inside === inside && (o.year === latest?.year) === isLatest),
            {
              x: "count",
              y: "y",
              text: "text",
              textAnchor: inside ? "end" : "start",
              dx: inside ? -4 : 4,
              fill: inside ? colour("background") : colour("text"),
              fontWeight: isLatest ? 700 : 400,
              ariaHidden: "true",
            },
          ),
        ),
      ),
      // The bars' key sits inside the first, longest bar instead of in a legend.
      Plot.text(data.official.slice(0, 1), {
        x: 0,
        y: (d: OfficialCount) => row(d.year) + 0.5,
        text: () => (narrow ? t("count-gaps.label.official-narrow") : t("count-gaps.label.official")),
        textAnchor: "start",
        dx: 6,
        fill: colour("background"),
        fontWeight: 700,
        ariaHidden: "true",
      }),
      Plot.text(data.countless, {
        x: 0,
        y: (d: CountlessYear) => row(d.year) + 0.5,
        text: countlessText,
        textAnchor: "start",
        dx: 6,
        fill: colour("muted"),
        fontStyle: "italic",
        ariaHidden: "true",
      }),
    ],
  }) as SVGSVGElement;
}

/** What the summary state shows, in words, with the numbers from the data. */
export function describeCountGaps(data: CountGaps, { locale, t }: ChartWords): string {
  const f = (n: number) => formatNumber(n, locale);
  const sentences: string[] = [];
  const first = data.official[0];
  const last = data.official[data.official.length - 1];
  if (first && last) {
    sentences.push(
      t("count-gaps.describe.official", {
        first: f(first.count),
        firstYear: String(first.year),
        last: f(last.count),
        lastYear: String(last.year),
      }),
    );
  }
  for (const year of [...new Set(data.additions.map((a) => a.year))]) {
    const base = data.official.find((o) => o.year === year)!;
    const own = data.additions.filter((a) => a.year === year);
    const steps = own.filter((a) => a.step);
    const parts: string[] = [];
    if (steps.length > 0) {
      const who = estimator(steps[0]!.source_id, t).name;
      const added = steps.map((a) => t("count-gaps.describe.step", { added: f(a.to - a.from), what: stepWords(a, false, t) }));
      parts.push(t("count-gaps.describe.scenarios", { who, list: added.join(", "), total: f(steps[steps.length - 1]!.to) }));
    }
    for (const a of own.filter((b) => !b.step)) {
      const who = estimator(a.source_id, t);
      parts.push(t("count-gaps.describe.alone", { who: who.name, kind: who.kind, value: f(a.to) }));
    }
    sentences.push(t("count-gaps.describe.year", { year: String(year), official: f(base.count), parts: parts.join("; ") }));
  }
  return sentences.join(" ");
}

export const countGapsChart = defineChart<CountGaps, CountGapsState>({
  id: "count-gaps",
  place: {
    section: "the-missing",
    steps: [
      { id: "missing-official", state: "official" },
      { id: "missing-2022", state: "oudh-2022" },
      { id: "missing-2023", state: "estimates-2023" },
      { id: "missing-all", state: "all" },
    ],
  },
  cards: ["the-missing"],
  states: {
    official: { estimateYears: [] },
    "oudh-2022": { estimateYears: [2022] },
    "estimates-2023": { estimateYears: [2023] },
    all: { estimateYears: [2022, 2023] },
  },
  summary: "all",
  select: ({ tables }) => selectCountGaps(tables.homicideRates.rows),
  build: countGaps,
  describe: describeCountGaps,
  table(data, { locale, t }) {
    const f = (n: number) => formatNumber(n, locale);
    const rows: string[][] = [];
    for (let year = FIRST_YEAR; year <= (data.official[data.official.length - 1]?.year ?? FIRST_YEAR); year++) {
      const official = data.official.find((o) => o.year === year);
      if (official) rows.push([String(year), t("count-gaps.table.official"), f(official.count), "–"]);
      const countless = data.countless.find((c) => c.year === year);
      if (countless) rows.push([String(year), t("count-gaps.table.countless"), `${f(countless.low)}–${f(countless.high)}`, "–"]);
      for (const a of data.additions.filter((b) => b.year === year)) {
        const who = estimator(a.source_id, t);
        const what = a.variant
          ? t("count-gaps.table.step", { chain: t("count-gaps.chain", { who: who.name, kind: who.kind }), what: stepWords(a, false, t) })
          : estimateName(who, false, t);
        rows.push([String(year), upperFirst(what, locale), f(a.to), `+${f(a.to - a.from)}`]);
      }
    }
    return {
      caption: t("count-gaps.table.caption"),
      columns: [t("count-gaps.table.year"), t("count-gaps.table.figure"), t("count-gaps.table.homicides"), t("count-gaps.table.added")],
      rows,
    };
  },
  sources: (data) => [
    ...new Set([...data.official.map((o) => o.source_id), ...data.countless.flatMap((c) => c.source_ids), ...data.additions.map((a) => a.source_id)]),
  ],
});
