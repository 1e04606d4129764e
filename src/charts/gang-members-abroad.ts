/**
 * Chart "gang-members-abroad": each reported count of Salvadoran gang members arrested, deported
 * or flown back from abroad, as one horizontal bar named by country and period and coloured by
 * what happened to them. The counts overlap, so they are never stacked or summed. The police's
 * count of members at large inside El Salvador is context, given in words, not drawn.
 * Pure: data and options in, an SVG element out.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "../data/load-tables.ts";
import { colour, type SeriesColour } from "../styles/palette.ts";
import { defineChart } from "./chart.ts";
import { formatNumber, type ChartOptions } from "./shared/options.ts";
import { plotFrame } from "./shared/plot-frame.ts";
import { formatPartialDate, formatPeriod } from "./shared/reported-periods.ts";

type Action = Row<"gangMembersAbroad">["action"];
export type DrawnAction = Exclude<Action, "at-large">;

export interface AbroadBar {
  id: string;
  countries: string[];
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

const ACTIONS: Record<DrawnAction, { words: string; colour: SeriesColour }> = {
  arrested: { words: "arrested", colour: "navy" },
  deported: { words: "deported", colour: "sky" },
  "arrested-and-deported": { words: "arrested and deported", colour: "ochre" },
  "flown-to-el-salvador": { words: "flown to El Salvador", colour: "green" },
};

// Rows that count more than Salvadorans after the crackdown (their notes say so) need words
// added, keyed by row id: `place` goes after the country, `result` after the count.
const CAVEATS: Record<string, { place: string; result: string }> = {
  "mex-chiapas-arrests-2022": { place: "Chiapas", result: "all nationalities" },
  "mex-chiapas-arrests-2017": { place: "Chiapas, before the crackdown", result: "all nationalities" },
};

function isDrawn(row: Row<"gangMembersAbroad">): row is Row<"gangMembersAbroad"> & { action: DrawnAction } {
  return row.action !== "at-large";
}

/** Every reported figure except the at-large count, largest first; and that count apart. */
export function selectGangMembersAbroad(
  rows: readonly Row<"gangMembersAbroad">[],
  countries: readonly Row<"countries">[],
): AbroadData {
  const names = new Map(countries.map((c) => [c.iso3, c.name]));
  const bars = rows
    .filter(isDrawn)
    .map((r) => ({
      id: r.id,
      countries: r.iso3.map((c) => names.get(c) ?? c),
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
    atLarge: atLarge
      ? { value: atLarge.value, qualifier: atLarge.qualifier, period_start: atLarge.period_start, source_ids: atLarge.source_ids }
      : null,
  };
}

function valueText(value: number, qualifier: AbroadBar["qualifier"], locale: string): string {
  const text = formatNumber(value, locale, 0);
  if (qualifier === "floor") return `more than ${text}`;
  if (qualifier === "approx") return `about ${text}`;
  return text;
}

function place(bar: AbroadBar, locale: string): string {
  const caveat = CAVEATS[bar.id];
  return `${bar.countries.join(", ")}${caveat ? ` (${caveat.place})` : ""} · ${formatPeriod(bar.period_start, bar.period_end, locale, "undated")}`;
}

function result(bar: AbroadBar, locale: string): string {
  const caveat = CAVEATS[bar.id];
  return `${valueText(bar.value, bar.qualifier, locale)} ${ACTIONS[bar.action].words}${caveat ? `, ${caveat.result}` : ""}`;
}

/** The bars as an SVG element: each bar's place and period on a line above it, its count after it. */
export function gangMembersAbroad(data: AbroadData, options: ChartOptions): SVGSVGElement {
  const { width, locale } = options;
  const narrow = width < 520;
  const fontSize = narrow ? 11 : 12;
  const bars = data.bars.map((b) => ({ ...b, place: place(b, locale), result: result(b, locale) }));
  const marginTop = 2;
  const marginBottom = 2;
  // Rows shrink rather than let the chart outgrow a phone's sticky graphic.
  const step = Math.min(narrow ? 22 : 25, Math.floor(((narrow ? 360 : 440) - marginTop - marginBottom) / bars.length));
  const thickness = narrow ? 7 : 8;
  const marginLeft = 2;
  const height = marginTop + bars.length * step + marginBottom;
  // The scale is as wide as it can be with every count's words still fitting after its bar.
  const charWidth = fontSize * 0.6;
  const room = width - marginLeft - 2;
  const pxPerUnit = Math.min(...bars.map((b) => (room - 6 - b.result.length * charWidth) / b.value));
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

export function describeGangMembersAbroad(data: AbroadData, locale: string): string {
  const f = (n: number) => formatNumber(n, locale, 0);
  const sentences: string[] = [];
  const largest = data.bars[0];
  if (largest) {
    sentences.push(
      `Reported counts of Salvadoran gang members arrested or deported abroad are in the tens and low hundreds: the largest is ${result(largest, locale)} (${place(largest, locale)}), the smallest ${f(Math.min(...data.bars.map((b) => b.value)))}.`,
    );
    sentences.push("The counts overlap, so they cannot be added up.");
  }
  if (data.atLarge) {
    sentences.push(
      `For comparison, Salvadoran police files listed ${valueText(data.atLarge.value, data.atLarge.qualifier, locale)} profiled gang members still at large${data.atLarge.period_start ? ` in ${formatPartialDate(data.atLarge.period_start, locale)}` : ""}, without saying how many were abroad.`,
    );
  }
  return sentences.join(" ");
}

export const gangMembersAbroadChart = defineChart<AbroadData, Record<string, never>>({
  id: "gang-members-abroad",
  title: "Gang members caught abroad number in the hundreds, not thousands",
  subtitle: "Salvadoran gang members reported arrested or deported abroad, by report",
  note:
    "Each bar is one report; reports overlap and cannot be added up. Not drawn: Salvadoran police files count tens of thousands of profiled gang members at large, a figure that says nothing about how many left the country.",
  states: { all: {} },
  summary: "all",
  select: ({ tables }) => selectGangMembersAbroad(tables.gangMembersAbroad.rows, tables.countries.rows),
  build: gangMembersAbroad,
  describe: describeGangMembersAbroad,
  table(data, locale) {
    return {
      caption: "Salvadoran gang members arrested or deported abroad, one row per report; the reports overlap.",
      columns: ["Country", "Period", "What happened", "Gang members (people)", "Sources"],
      rows: data.bars.map((b) => [
        CAVEATS[b.id] ? `${b.countries.join(", ")} (${CAVEATS[b.id]!.place})` : b.countries.join(", "),
        formatPeriod(b.period_start, b.period_end, locale, "undated"),
        ACTIONS[b.action].words,
        CAVEATS[b.id] ? `${valueText(b.value, b.qualifier, locale)} (${CAVEATS[b.id]!.result})` : valueText(b.value, b.qualifier, locale),
        b.source_ids.join(", "),
      ]),
    };
  },
  sources: (data) => [...new Set(data.bars.flatMap((b) => b.source_ids))],
});
