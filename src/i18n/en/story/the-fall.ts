/** English words of the story's section "the-fall": heading, share description and prose. Every key starts with "story.the-fall.". */
export default {
  "story.the-fall.title": "The fall",
  "story.the-fall.description":
    "By UNODC's figures El Salvador went from the highest homicide rate in the chart in 2015 to the lowest in 2022. The decline began before Bukele took office in 2019.",
  "story.the-fall.two-series":
    "Two sets of figures tell the story of El Salvador's homicides. The United Nations Office on Drugs and Crime (UNODC) gathers each country's data into one comparable series, which for El Salvador stops in 2022. The government publishes its own count each January. The chart follows both.",
  "story.the-fall.fall-postwar":
    "The civil war ended in 1992, but the killing did not. By UNODC's count El Salvador's homicide rate stood at {n:slv-1995-rate} per 100,000 people in 1995.",
  "story.the-fall.fall-mano-dura":
    'In July 2003 President Francisco Flores launched Mano Dura ("iron fist"), a campaign of mass arrests of suspected gang members. His successor, Antonio Saca, followed with Súper Mano Dura in 2004. The rate went from {n:slv-2003-rate} in 2003 to {n:slv-2006-rate} in 2006, and reached {n:slv-2009-rate} in 2009.',
  "story.the-fall.fall-truce":
    "In March 2012 the government moved jailed gang leaders out of the maximum-security prison at Zacatecoluca. Within a week El Faro reported that the transfers were the state's side of a truce between MS-13 and Barrio 18, in which the gangs promised fewer killings. The rate fell from {n:slv-2011-rate} in 2011 to {n:slv-2012-rate} in 2012. The truce came apart; sources disagree on when, but by 2014 the rate was back to {n:slv-2014-rate}.",
  "story.the-fall.fall-peak":
    "2015 was the deadliest year since the late 1990s. The figures differ by source: UNODC puts the rate at {n:slv-2015-rate-unodc}, the government's current series at {n:slv-2015-rate-gov} and InSight Crime's count of police data at {n:slv-2015-rate-insight}. In UNODC's series, the only one of the three that reaches back that far, the rate was higher than in any year since 1997.",
  "story.the-fall.fall-bukele":
    "The decline began before Nayib Bukele took office in June 2019. That year the government counted {n:slv-2019-count} homicides, a rate of {n:slv-2019-rate}. From 2019 onwards the chart's dashed line is the government's own count, which, as the next section shows, has left out several kinds of death.",
  "story.the-fall.fall-exception":
    "On 26 March 2022 gangs killed more people in a single day than on any day in at least two decades. The next day the Legislative Assembly approved a state of exception. The official count fell to {n:slv-2022-count} that year, {n:slv-2023-count} in 2023, {n:slv-2024-count} in 2024 and {n:slv-2025-count} in 2025: a rate of {n:slv-2025-rate} per 100,000. These are the government's figures. Up to 2024 they left out people killed in alleged clashes with the security forces, bodies found in clandestine graves and deaths in custody; the government has not said whether that still applied in 2025.",
  "story.the-fall.neighbours":
    "The chart below sets El Salvador beside five other countries of the region. In UNODC's series it had the highest homicide rate of the six every year from 2015 to 2018 (UNODC has no figure for Guatemala in 2015 or 2016), and the lowest in 2022, at {n:slv-2022-rate-unodc}. Between 2015 and 2023 the rate fell in Honduras, from {n:hnd-2015-rate-unodc} to {n:hnd-2023-rate-unodc}, and in Colombia, from {n:col-2015-rate-unodc} to {n:col-2023-rate-unodc}; Guatemala's fell from {n:gtm-2014-rate-unodc} in 2014 to {n:gtm-2023-rate-unodc}. Mexico's rose, from {n:mex-2015-rate-unodc} in 2015 to {n:mex-2018-rate-unodc} in 2018, and was {n:mex-2023-rate-unodc} in 2023. Ecuador's rose from {n:ecu-2015-rate-unodc} to {n:ecu-2023-rate-unodc}, the highest in 2023 of the five countries UNODC has a figure for that year (its series for El Salvador ends in 2022).",
};
