/**
 * What a chart is. Each chart module (src/charts/<chart-id>.ts) exports one ChartDefinition that
 * owns everything about that chart: how it picks its data, the states the story can put it in,
 * how it draws any of them, how it describes itself and its data table. Its words live in the
 * locale files (src/i18n/<lang>/charts/<chart-id>.ts) and every function that writes any takes
 * the reader's locale; its heading is always the words "<chart-id>.title", ".subtitle" and
 * ".note", which defineChart looks up.
 */
import type { Dataset } from "../data/dataset.ts";
import { LANGS } from "../i18n/locales.ts";
import { rawWords, translator, type WordKey } from "../i18n/translate.ts";
import type { ChartOptions } from "./shared/options.ts";

export interface DataTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface ChartHeading {
  title: string;
  /** Says what is measured and in which units. */
  subtitle: string;
  /** Caveats readers need beside the chart. */
  note?: string;
}

export interface ChartDefinition<D, S> {
  /** Permanent, URL-safe id: it names the chart's embed page and downloads. */
  id: string;
  /** Title, subtitle and note in the language of `locale`. */
  heading(locale: string): ChartHeading;
  /**
   * Named states the story's steps can put the chart in. Each state is complete (series shown,
   * highlight, zoom, annotations), never a change from another, so any state draws directly.
   */
  states: Record<string, S>;
  /** The state shown where nothing scrolls: without JavaScript, in the flat article, in embeds. */
  summary: string;
  select(data: Dataset): D;
  build(data: D, options: ChartOptions & { state: S }): SVGSVGElement;
  /** The chart in words, for screen readers: what the summary state shows. */
  describe(data: D, locale: string): string;
  table(data: D, locale: string): DataTable;
  /** The source ids behind the data drawn. */
  sources(data: D): string[];
}

/** The parts of every chart's heading, each the words "<chart-id>.<part>" in the locale files. */
export const HEADING_PARTS = ["title", "subtitle", "note"] as const;

/**
 * Types a chart definition and gives it its heading; the registry holds them without their data
 * and state types. A summary that is not a state, or a heading without words in a language,
 * fails when the module loads.
 */
export function defineChart<D, S>(chart: Omit<ChartDefinition<D, S>, "heading">): ChartDefinition<D, S> {
  if (!(chart.summary in chart.states)) throw new Error(`chart ${chart.id}: summary state "${chart.summary}" is not one of its states`);
  const keys = HEADING_PARTS.map((part) => `${chart.id}.${part}` as WordKey);
  for (const lang of LANGS) {
    for (const key of keys) if (rawWords(lang, key) === undefined) throw new Error(`chart ${chart.id}: no words "${key}" in src/i18n/${lang}/`);
  }
  const heading = (locale: string): ChartHeading => {
    const [title, subtitle, note] = keys.map((key) => translator(locale)(key)) as [string, string, string];
    return { title, subtitle, note };
  };
  return { ...chart, heading };
}

// The registry and pages treat every chart alike: data and state pass from select() and
// states to build() untouched, so their types need not be known there. (`unknown` would not do:
// a builder's parameters are contravariant, so no chart would be assignable.)
// biome-ignore lint/suspicious/noExplicitAny: see above.
export type AnyChart = ChartDefinition<any, any>;
