/**
 * Chart "gang-members-abroad": each reported count of Salvadoran gang members arrested, deported
 * or flown back from abroad, as one horizontal bar named by country and period and coloured by
 * what happened to them. The counts overlap, so they are never stacked or summed. The police's
 * count of members at large inside El Salvador is context, given in words, not drawn.
 * Pure: data and options in, an SVG element out.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../data/load-tables.ts";
import { countryName } from "../i18n/names.ts";
import type { Translate, WordKey } from "../i18n/translate.ts";
import { colour, type SeriesColour } from "../styles/palette.ts";
import { defineChart, type ChartWords } from "./chart.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { plotFrame } from "./shared/plot-frame.ts";
import { formatPartialDate, formatSpan } from "./shared/date-words.ts";
import { widthFor } from "./shared/widths.ts";
import { textWidth } from "./shared/text-metrics.ts";

type Action = Row<"gangMembersAbroad">["action"];
export type DrawnAction = Exclude<Action, "at-large">;

export interface AbroadBar {
  id: string;
  countries: { iso3: string; name: string }[];
  period_start: string | null;
  period_end: string | null;
  action: DrawnAction;
  value: number;
  qualifier: Row<"gangMembersAbroad">["qualifier"];
  source_ids: string[];
}

export interface AbroadContext {
  value: number;
  qualifier: Row<"gangMembersAbroad">["qualifier"];
  period_start: string | null;
  source_ids: string[];
}

export interface AbroadData {
  bars: AbroadBar[];
  /** The at-large count: context for the note and the description, never a bar. */
  atLarge: AbroadContext | null;
}

const ACTIONS: Record<DrawnAction, { words: WordKey; colour: SeriesColour }> = {
  arrested: { words: "gang-members-abroad.action.arrested", colour: "navy" },
  deported: { words: "gang-members-abroad.action.deported", colour: "sky" },
  "arrested-and-deported": { words: "gang-members-abroad.action.arrested-and-deported", colour: "ochre" },
  "flown-to-el-salvador": { words: "gang-members-abroad.action.flown-to-el-salvador", colour: "green" },
};

// Rows that count more than Salvadorans after the crackdown (their notes say so) need words
// added, keyed by row id: `place` goes after the country, `result` after the count.
const CAVEATS: Record<string, { place: WordKey; result: WordKey }> = {
  "mex-chiapas-arrests-2022": { place: "gang-members-abroad.caveat.chiapas", result: "gang-members-abroad.caveat.all-nationalities" },
  "mex-chiapas-arrests-2017": {
    place: "gang-members-abroad.caveat.chiapas-before",
    result: "gang-members-abroad.caveat.all-nationalities",
  },
};

function isDrawn(row: Row<"gangMembersAbroad">): row is Row<"gangMembersAbroad"> & { action: DrawnAction } {
  return row.action !== "at-large";
}

/** Every reported figure except the at-large count, largest first; and that count apart. */
export function selectGangMembersAbroad(rows: readonly Row<"gangMembersAbroad">[], countries: readonly Row<"countries">[]): AbroadData {
  const names = new Map(countries.map((c) => [c.iso3, c.name]));
  const bars = rows
    .filter(isDrawn)
    .map((r) => ({
      id: r.id,
      countries: r.iso3.map((iso3) => ({ iso3, name: names.get(iso3) ?? iso3 })),
      period_start: r.period_start,
      period_end: r.period_end,
      action: r.action,
      value: r.value,
      qualifier: r.qualifier,
      source_ids: r.source_ids,
    }))
    .sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
  const atLarge = rows.find((r) => r.action === "at-large");
  return {
    bars,
    atLarge: atLarge ? { value: atLarge.value, qualifier: atLarge.qualifier, period_start: atLarge.period_start, source_ids: atLarge.source_ids } : null,
  };
}

function valueText(value: number, qualifier: AbroadBar["qualifier"], locale: string, t: Translate): string {
  const text = formatNumber(value, locale, 0);
  if (qualifier === "floor") return t("gang-members-abroad.value.more-than", { value: text });
  if (qualifier === "approx") return t("gang-members-abroad.value.about", { value: text });
  return text;
}

/** A reported period in words; a source may give only its start or end, or no date at all. */
function period(bar: AbroadBar, locale: string, t: Translate): string {
  const { period_start: start, period_end: end } = bar;
  if (start !== null && end !== null) return formatSpan(start, end, locale);
  if (start !== null) return t("gang-members-abroad.period.from", { date: formatPartialDate(start, locale) });
  if (end !== null) return t("gang-members-abroad.period.until", { date: formatPartialDate(end, locale) });
  return t("gang-members-abroad.period.undated");
}

/** The countries a report names, with the caveat on where, if any. */
function where(bar: AbroadBar, locale: string, t: Translate): string {
  const names = bar.countries.map((c) => countryName(c, locale)).join(", ");
  const caveat = CAVEATS[bar.id];
  return caveat ? `${names} (${t(caveat.place)})` : names;
}

function place(bar: AbroadBar, locale: string, t: Translate): string {
  return `${where(bar, locale, t)} · ${period(bar, locale, t)}`;
}

function result(bar: AbroadBar, locale: string, t: Translate): string {
  const caveat = CAVEATS[bar.id];
  const vars = { value: valueText(bar.value, bar.qualifier, locale, t), action: t(ACTIONS[bar.action].words) };
  return caveat ? t("gang-members-abroad.label.result-caveat", { ...vars, caveat: t(caveat.result) }) : t("gang-members-abroad.label.result", vars);
}

/** The bars as an SVG element: each bar's place and period on a line above it, its count after it. */
export function gangMembersAbroad(data: AbroadData, options: ChartOptions & ChartWords): SVGSVGElement {
  const { width, locale } = options;
  const { t } = options;
  const narrow = widthFor(width) === "narrow";
  const fontSize = narrow ? 11 : 12;
  const bars = data.bars.map((b) => ({ ...b, place: place(b, locale, t), result: result(b, locale, t) }));
  const marginTop = 2;
  const marginBottom = 2;
  const thickness = narrow ? 7 : 8;
  // Rows shrink to keep the chart short, but never so far that a row's name line (centred
  // 0.6 em down) and the count beside its bar (centred on the bar) come closer than an em.
  const clear = Math.ceil(1.6 * fontSize + 2 + thickness / 2);
  const step = Math.max(clear, Math.min(narrow ? 22 : 25, Math.floor(((narrow ? 360 : 440) - marginTop - marginBottom) / bars.length)));
  const marginLeft = 2;
  const height = marginTop + bars.length * step + marginBottom;
  // The scale is as wide as it can be with every count's words still fitting after its bar.
  const room = width - marginLeft - 2;
  const pxPerUnit = Math.min(...bars.map((b) => (room - 6 - textWidth(b.result, fontSize)) / b.value));
  const xMax = room / pxPerUnit;
  // Within each row, the name line takes the top and the bar the bottom.
  const barCentre = step - 2 - thickness / 2;
  const nameCentre = fontSize * 0.6;

  return Plot.plot({
    ...plotFrame(options, "chart-gang-members-abroad", {
      height,
      margin: { top: marginTop, right: 2, bottom: marginBottom, left: marginLeft },
      fontSize,
    }),
    x: { domain: [0, xMax], axis: null },
    y: { domain: bars.map((b) => b.id), axis: null, padding: 0 },
    marks: [
      Plot.barX(bars, {
        x: "value",
        y: "id",
        fill: (b: AbroadBar) => colour(ACTIONS[b.action].colour),
        insetTop: step - 2 - thickness,
        insetBottom: 2,
        className: "series-bar",
      }),
      Plot.text(bars, {
        x: 0,
        y: "id",
        text: "place",
        textAnchor: "start",
        dy: nameCentre - step / 2,
        fill: colour("muted"),
        ariaHidden: "true",
      }),
      Plot.text(bars, {
        x: "value",
        y: "id",
        text: "result",
        textAnchor: "start",
        dx: 5,
        dy: barCentre - step / 2,
        fill: colour("text"),
        ariaHidden: "true",
      }),
    ],
  }) as SVGSVGElement;
}

export function describeGangMembersAbroad(data: AbroadData, { locale, t }: ChartWords): string {
  const f = (n: number) => formatNumber(n, locale, 0);
  const sentences: string[] = [];
  const largest = data.bars[0];
  if (largest) {
    sentences.push(
      t("gang-members-abroad.describe.counts", {
        largest: result(largest, locale, t),
        place: place(largest, locale, t),
        smallest: f(Math.min(...data.bars.map((b) => b.value))),
      }),
    );
    sentences.push(t("gang-members-abroad.describe.overlap"));
  }
  const { atLarge } = data;
  if (atLarge) {
    const count = valueText(atLarge.value, atLarge.qualifier, locale, t);
    sentences.push(
      atLarge.period_start
        ? t("gang-members-abroad.describe.at-large-dated", { count, date: formatPartialDate(atLarge.period_start, locale) })
        : t("gang-members-abroad.describe.at-large", { count }),
    );
  }
  return sentences.join(" ");
}

export const gangMembersAbroadChart = defineChart<AbroadData, Record<string, never>>({
  id: "gang-members-abroad",
  place: { section: "the-spread" },
  states: { all: {} },
  summary: "all",
  select: ({ tables }) => selectGangMembersAbroad(tables.gangMembersAbroad.rows, tables.countries.rows),
  build: gangMembersAbroad,
  describe: describeGangMembersAbroad,
  table(data, { locale, t }) {
    const count = (b: AbroadBar) => {
      const value = valueText(b.value, b.qualifier, locale, t);
      const caveat = CAVEATS[b.id];
      return caveat ? `${value} (${t(caveat.result)})` : value;
    };
    return {
      caption: t("gang-members-abroad.table.caption"),
      columns: [
        t("gang-members-abroad.table.country"),
        t("gang-members-abroad.table.period"),
        t("gang-members-abroad.table.action"),
        t("gang-members-abroad.table.count"),
        t("gang-members-abroad.table.sources"),
      ],
      rows: data.bars.map((b) => [where(b, locale, t), period(b, locale, t), t(ACTIONS[b.action].words), count(b), b.source_ids.join(", ")]),
    };
  },
  sources: (data) => [...new Set(data.bars.flatMap((b) => b.source_ids))],
});
