/**
 * Every chart of the site by its permanent id. Pages, embeds and downloads all look charts up
 * here, so each chart is defined once, in its own module.
 */
import { cecotChart } from "./cecot.ts";
import type { AnyChart } from "./chart.ts";
import { civicSpaceChart } from "./civic-space.ts";
import { copycatsChart } from "./copycats/index.ts";
import { countGapsChart } from "./count-gaps.ts";
import { deathsInCustodyChart } from "./deaths-in-custody.ts";
import { drugSeizuresChart } from "./drug-seizures.ts";
import { gangMapChart } from "./gang-map/index.ts";
import { gangMembersAbroadChart } from "./gang-members-abroad.ts";
import { homicideFallChart } from "./homicide-fall.ts";
import { homicideRatesChart } from "./homicide-rates.ts";
import { incarcerationRatesChart } from "./incarceration-rates.ts";
import { manoDuraRecordChart } from "./mano-dura-record.ts";
import { pactTimelineChart } from "./pact-timeline.ts";
import { prisonPopulationChart } from "./prison-population.ts";
import { ruleOfLawChart } from "./rule-of-law.ts";
import { slvHomicideLongChart } from "./slv-homicide-long.ts";
import { soeMeasuresChart } from "./soe-measures.ts";

export const charts = {
  "homicide-fall": homicideFallChart,
  "slv-homicide-long": slvHomicideLongChart,
  "homicide-rates": homicideRatesChart,
  "count-gaps": countGapsChart,
  "pact-timeline": pactTimelineChart,
  "prison-population": prisonPopulationChart,
  "incarceration-rates": incarcerationRatesChart,
  "soe-measures": soeMeasuresChart,
  cecot: cecotChart,
  "deaths-in-custody": deathsInCustodyChart,
  "rule-of-law": ruleOfLawChart,
  "gang-map": gangMapChart,
  "gang-members-abroad": gangMembersAbroadChart,
  "drug-seizures": drugSeizuresChart,
  copycats: copycatsChart,
  "mano-dura-record": manoDuraRecordChart,
  "civic-space": civicSpaceChart,
} satisfies Record<string, AnyChart>;

export type ChartId = keyof typeof charts;

export function chartById(id: string): AnyChart | undefined {
  return (charts as Record<string, AnyChart>)[id];
}
