/**
 * What a chart is. Each chart module (src/charts/<chart-id>.ts) exports one ChartDefinition that
 * owns everything about that chart: how it picks its data, the states the story can put it in,
 * how it draws any of them, how it describes itself and its data table, and where it is shown:
 * its section, the steps of its scrolly sequence if it has one, and the share cards that show
 * it. Its words live in the locale files (src/i18n/<lang>/charts/<chart-id>.ts); a chart module
 * never looks a language up itself: defineChart resolves the reader's locale once and hands its
 * drawing, description and table the words (ChartWords). The heading is always the words
 * "<chart-id>.title", ".subtitle" and ".note", and a step's are "story.<section-id>.<step-id>".
 */
import type { Dataset } from "../data/dataset.ts";
import { LANGS } from "../i18n/locales.ts";
import { rawWords, translator, type Translate, type WordKey } from "../i18n/translate.ts";
import type { SectionId } from "../story/sections.ts";
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

/** One step of a scrolly sequence: its permanent anchor (#fall-peak) and the state it asks for. */
export interface StepDefinition {
  id: string;
  /** A state name of the chart. */
  state: string;
}

/** Where the story shows a chart. Embeds link back to its section (/#<section-id>). */
export interface Placement {
  section: SectionId;
  /**
   * For the sticky graphic of the section's scrolly sequence: its steps, in reading order, which
   * the sequence renders (src/components/Scrolly.astro). Without steps the chart is a Figure the
   * section places among its paragraphs.
   */
  steps?: readonly StepDefinition[];
}

/** A share card (src/share/cards.ts): the whole story's, or a section's. */
export type CardKey = "story" | SectionId;

/** The reader's language, resolved: the locale numbers and dates are written in, and the words in it. */
export interface ChartWords {
  locale: string;
  t: Translate;
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
  place: Placement;
  /** The share cards whose preview image draws this chart, in its summary state. */
  cards?: readonly CardKey[];
  select(data: Dataset): D;
  build(data: D, options: ChartOptions & { state: S }): SVGSVGElement;
  /** The chart in words, for screen readers: what the summary state shows. */
  describe(data: D, locale: string): string;
  table(data: D, locale: string): DataTable;
  /** The source ids behind the data drawn. */
  sources(data: D): string[];
}

/**
 * What a chart module writes: its definition, with the drawing, description and table given the
 * reader's words already resolved. defineChart turns it into the definition pages use, which
 * take a locale.
 */
export interface ChartModule<D, S> extends Omit<ChartDefinition<D, S>, "heading" | "build" | "describe" | "table"> {
  build(data: D, options: ChartOptions & ChartWords & { state: S }): SVGSVGElement;
  describe(data: D, words: ChartWords): string;
  table(data: D, words: ChartWords): DataTable;
}

/** The parts of every chart's heading, each the words "<chart-id>.<part>" in the locale files. */
export const HEADING_PARTS = ["title", "subtitle", "note"] as const;

/** The words of a step: "story.<section-id>.<step-id>" in the locale files. */
export function stepWords(section: SectionId, step: StepDefinition): WordKey {
  return `story.${section}.${step.id}` as WordKey;
}

function headingWords(chartId: string): WordKey[] {
  return HEADING_PARTS.map((part) => `${chartId}.${part}` as WordKey);
}

/** The words a chart's definition looks up by name: its heading's and its steps'. */
export function wordsLookedUp(chart: Pick<AnyChart, "id" | "place">): WordKey[] {
  return [...headingWords(chart.id), ...(chart.place.steps ?? []).map((step) => stepWords(chart.place.section, step))];
}

const ANCHOR = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Types a chart definition and gives it its heading; the registry holds them without their data
 * and state types. A summary or a step's state that is not a state, a step id that is no
 * readable anchor, or a heading or step without words in a language, fails when the module loads.
 */
export function defineChart<D, S>(chart: ChartModule<D, S>): ChartDefinition<D, S> {
  const fail = (problem: string) => {
    throw new Error(`chart ${chart.id}: ${problem}`);
  };
  if (!(chart.summary in chart.states)) fail(`summary state "${chart.summary}" is not one of its states`);
  for (const step of chart.place.steps ?? []) {
    if (!ANCHOR.test(step.id)) fail(`step id "${step.id}" is not a lower-case, hyphenated anchor`);
    if (!(step.state in chart.states)) fail(`step "${step.id}" asks for state "${step.state}", which is not one of its states`);
  }
  const words = wordsLookedUp(chart);
  for (const lang of LANGS) {
    for (const key of words) if (rawWords(lang, key) === undefined) fail(`no words "${key}" in src/i18n/${lang}/`);
  }
  const wordsIn = (locale: string): ChartWords => ({ locale, t: translator(locale) });
  const heading = (locale: string): ChartHeading => {
    const [title, subtitle, note] = headingWords(chart.id).map((key) => translator(locale)(key)) as [string, string, string];
    return { title, subtitle, note };
  };
  return {
    ...chart,
    heading,
    build: (data, options) => chart.build(data, { ...options, t: translator(options.locale) }),
    describe: (data, locale) => chart.describe(data, wordsIn(locale)),
    table: (data, locale) => chart.table(data, wordsIn(locale)),
  };
}

// The registry and pages treat every chart alike: data and state pass from select() and
// states to build() untouched, so their types need not be known there. (`unknown` would not do:
// a builder's parameters are contravariant, so no chart would be assignable.)
// biome-ignore lint/suspicious/noExplicitAny: see above.
export type AnyChart = ChartDefinition<any, any>;
