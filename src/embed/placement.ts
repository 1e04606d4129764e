/**
 * Where each chart sits in the story: the section that shows it, as a Figure or as the sticky
 * graphic of its scrolly sequence. Embeds link back to that section (/#<section-id>). Typed over
 * every chart id, so a new chart cannot go without a place; tests/unit/embed/placement.test.ts
 * checks each entry against the section components and the sequences.
 */
import type { ChartId } from "../charts/registry.ts";
import { localePath, type Lang } from "../i18n/locales.ts";
import type { SectionId } from "../story/sections.ts";

export const CHART_SECTIONS: Readonly<Record<ChartId, SectionId>> = {
  "homicide-fall": "opening",
  "slv-homicide-long": "the-fall",
  "homicide-rates": "the-fall",
  "count-gaps": "the-missing",
  "pact-timeline": "the-pact",
  "prison-population": "the-price",
  "incarceration-rates": "the-price",
  "soe-measures": "the-price",
  cecot: "the-price",
  "deaths-in-custody": "deaths-in-custody",
  "rule-of-law": "rule-of-law",
  "gang-map": "the-spread",
  "gang-members-abroad": "the-spread",
  "drug-seizures": "the-spread",
  copycats: "the-copycats",
  "mano-dura-record": "mano-duras-record",
  "civic-space": "sources-and-method",
};

/** The path of the story, in `lang`, at the section that holds the chart. */
export function storyPathOf(chart: ChartId, lang: Lang): string {
  return localePath(lang, `/#${CHART_SECTIONS[chart]}`);
}
