/**
 * Where the story shows each chart, read from the charts' own definitions (`place` and `cards`
 * in src/charts/<chart-id>.ts): the charts of each section, each section's scrolly sequence and
 * its steps, the share card of each section, and the link an embed gives back to the story.
 * Nothing here is typed by hand; a conflict between two charts stops the build when this module
 * loads.
 */
import type { AnyChart, CardKey, StepDefinition } from "../charts/chart.ts";
import { charts, type ChartId } from "../charts/registry.ts";
import { localePath, type Lang } from "../i18n/locales.ts";
import type { SectionId } from "./sections.ts";

/** A scrolly sequence: the sticky chart of a section and the steps that put it in its states. */
export interface Sequence {
  section: SectionId;
  chart: ChartId;
  steps: readonly StepDefinition[];
}

type Entry = readonly [ChartId, Pick<AnyChart, "place" | "cards">];

const CHARTS = Object.entries(charts) as [ChartId, AnyChart][];

function conflict(problem: string): never {
  throw new Error(`chart placement (src/charts/): ${problem}`);
}

/**
 * The sequences and share cards that `entries` declare, each by section or card key; throws
 * when two charts claim one sequence, step id or card.
 */
export function indexPlacements(entries: readonly Entry[]): { sequences: Map<SectionId, Sequence>; cards: Map<CardKey, ChartId> } {
  const bySection = new Map<SectionId, Sequence>();
  const stepOwners = new Map<string, ChartId>();
  for (const [chart, { place }] of entries) {
    if (!place.steps) continue;
    const taken = bySection.get(place.section);
    if (taken) conflict(`"${taken.chart}" and "${chart}" both declare steps in section "${place.section}", which has room for one sequence`);
    for (const { id } of place.steps) {
      const owner = stepOwners.get(id);
      if (owner) conflict(`step id "${id}" is declared by "${owner}" and by "${chart}"`);
      stepOwners.set(id, chart);
    }
    bySection.set(place.section, { section: place.section, chart, steps: place.steps });
  }
  const cards = new Map<CardKey, ChartId>();
  for (const [chart, { cards: keys = [] }] of entries) {
    for (const key of keys) {
      const taken = cards.get(key);
      if (taken) conflict(`share card "${key}" is claimed by "${taken}" and by "${chart}"`);
      cards.set(key, chart);
    }
  }
  return { sequences: bySection, cards };
}

const { sequences: SEQUENCES, cards: CARDS } = indexPlacements(CHARTS);

/** Every scrolly sequence of the story. */
export const sequences: readonly Sequence[] = [...SEQUENCES.values()];

/** The sequence a chart is the sticky graphic of, or undefined for a chart shown as a Figure. */
export function sequenceOf(chart: ChartId): Sequence | undefined {
  const inSection = SEQUENCES.get(charts[chart].place.section);
  return inSection?.chart === chart ? inSection : undefined;
}

/** The section that shows a chart. */
export function sectionOf(chart: ChartId): SectionId {
  return charts[chart].place.section;
}

/** The charts a section shows: its Figures and the chart of its sequence. */
export function chartsIn(section: SectionId): ChartId[] {
  return CHARTS.filter(([, chart]) => chart.place.section === section).map(([id]) => id);
}

/** The chart states a sequence uses, in step order, each once. */
export function statesOf(sequence: Sequence): string[] {
  return [...new Set(sequence.steps.map((s) => s.state))];
}

/** The sequence and step for a step id, or undefined when no chart declares it. */
export function findStep(stepId: string): { sequence: Sequence; step: StepDefinition } | undefined {
  for (const sequence of sequences) {
    const step = sequence.steps.find((s) => s.id === stepId);
    if (step) return { sequence, step };
  }
  return undefined;
}

/** The chart a share card draws, or null for a title card (no chart claims the key). */
export function cardChart(key: CardKey): ChartId | null {
  return CARDS.get(key) ?? null;
}

/** The path of the story, in `lang`, at the section that holds the chart. */
export function storyPathOf(chart: ChartId, lang: Lang): string {
  return localePath(lang, `/#${sectionOf(chart)}`);
}
