/** Every English word of the site, merged from the locale files; each file's keys start with its own name. */
import cecotChart from "./charts/cecot.ts";
import civicSpaceChart from "./charts/civic-space.ts";
import copycatsChart from "./charts/copycats.ts";
import corrections from "./corrections.ts";
import countGapsChart from "./charts/count-gaps.ts";
import deathsInCustodyChart from "./charts/deaths-in-custody.ts";
import deathsInCustodySection from "./story/deaths-in-custody.ts";
import drugSeizuresChart from "./charts/drug-seizures.ts";
import gangMapChart from "./charts/gang-map.ts";
import gangMembersAbroadChart from "./charts/gang-members-abroad.ts";
import homicideFallChart from "./charts/homicide-fall.ts";
import homicideRatesChart from "./charts/homicide-rates.ts";
import incarcerationRatesChart from "./charts/incarceration-rates.ts";
import manoDuraRecordChart from "./charts/mano-dura-record.ts";
import manoDurasRecordSection from "./story/mano-duras-record.ts";
import openingSection from "./story/opening.ts";
import pactTimelineChart from "./charts/pact-timeline.ts";
import prisonPopulationChart from "./charts/prison-population.ts";
import ruleOfLawChart from "./charts/rule-of-law.ts";
import ruleOfLawSection from "./story/rule-of-law.ts";
import slvHomicideLongChart from "./charts/slv-homicide-long.ts";
import soeMeasuresChart from "./charts/soe-measures.ts";
import sourcesAndMethodSection from "./story/sources-and-method.ts";
import teach from "./teach.ts";
import tested from "./tested.ts";
import theCopycatsSection from "./story/the-copycats.ts";
import theFallSection from "./story/the-fall.ts";
import theMissingSection from "./story/the-missing.ts";
import thePactSection from "./story/the-pact.ts";
import thePriceSection from "./story/the-price.ts";
import theSpreadSection from "./story/the-spread.ts";
import ui from "./ui.ts";

export default {
  ...ui,
  ...teach,
  ...tested,
  ...corrections,
  ...homicideFallChart,
  ...slvHomicideLongChart,
  ...homicideRatesChart,
  ...countGapsChart,
  ...pactTimelineChart,
  ...prisonPopulationChart,
  ...incarcerationRatesChart,
  ...soeMeasuresChart,
  ...cecotChart,
  ...deathsInCustodyChart,
  ...ruleOfLawChart,
  ...gangMapChart,
  ...gangMembersAbroadChart,
  ...drugSeizuresChart,
  ...copycatsChart,
  ...manoDuraRecordChart,
  ...civicSpaceChart,
  ...openingSection,
  ...theFallSection,
  ...theMissingSection,
  ...thePactSection,
  ...thePriceSection,
  ...deathsInCustodySection,
  ...ruleOfLawSection,
  ...theSpreadSection,
  ...theCopycatsSection,
  ...manoDurasRecordSection,
  ...sourcesAndMethodSection,
};
