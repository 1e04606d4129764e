/**
 * The story's scrolly sequences: for each, the chart its sticky graphic shows and, step by
 * step, the chart state each step puts it in. Step ids are permanent anchors (#fall-peak); the
 * words of each step live in the section that holds it (src/story/sections/).
 */
import type { ChartId } from "../charts/registry.ts";

export interface StepDefinition {
  id: string;
  /** A state name of the sequence's chart. */
  state: string;
}

export interface Sequence {
  chart: ChartId;
  steps: StepDefinition[];
}

const SEQUENCES = {
  "the-fall": {
    chart: "slv-homicide-long",
    steps: [
      { id: "fall-postwar", state: "postwar" },
      { id: "fall-mano-dura", state: "mano-dura" },
      { id: "fall-truce", state: "truce" },
      { id: "fall-peak", state: "peak" },
      { id: "fall-bukele", state: "bukele" },
      { id: "fall-exception", state: "exception" },
    ],
  },
  "the-missing": {
    chart: "count-gaps",
    steps: [
      { id: "missing-official", state: "official" },
      { id: "missing-2022", state: "oudh-2022" },
      { id: "missing-2023", state: "estimates-2023" },
      { id: "missing-all", state: "all" },
    ],
  },
  "the-pact": {
    chart: "pact-timeline",
    steps: [
      { id: "pact-truce-2012", state: "truce-2012" },
      { id: "pact-talks", state: "mayor-and-talks" },
      { id: "pact-sanctions", state: "sanctions" },
      { id: "pact-breakdown", state: "breakdown" },
      { id: "pact-indictment", state: "indictment" },
    ],
  },
  "the-price": {
    chart: "prison-population",
    steps: [
      { id: "price-before", state: "before" },
      { id: "price-march-2022", state: "march-2022" },
      { id: "price-2023", state: "2023" },
      { id: "price-census", state: "census-2024" },
    ],
  },
  "deaths-in-custody": {
    chart: "deaths-in-custody",
    steps: [
      { id: "deaths-cristosal", state: "cristosal" },
      { id: "deaths-sjh", state: "sjh" },
      { id: "deaths-all", state: "all" },
    ],
  },
  "the-spread": {
    chart: "gang-map",
    steps: [
      { id: "spread-ms13", state: "ms13" },
      { id: "spread-barrio18", state: "barrio18" },
      { id: "spread-rates", state: "rates" },
    ],
  },
} as const satisfies Record<string, Sequence>;

export type SequenceId = keyof typeof SEQUENCES;

export const sequences: Record<SequenceId, Sequence> = SEQUENCES;

/** The sequence and step for a step id, or undefined when no sequence has it. */
export function findStep(stepId: string): { sequence: SequenceId; step: StepDefinition } | undefined {
  for (const [sequence, { steps }] of Object.entries(sequences) as [SequenceId, Sequence][]) {
    const step = steps.find((s) => s.id === stepId);
    if (step) return { sequence, step };
  }
  return undefined;
}

/** The chart states a sequence uses, in step order, each once. */
export function statesOf(sequence: SequenceId): string[] {
  return [...new Set(sequences[sequence].steps.map((s) => s.state))];
}
