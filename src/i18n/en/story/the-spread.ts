/** English words of the story's section "the-spread": heading, share description and prose. Every key starts with "story.the-spread.". */
export default {
  "story.the-spread.title": "The spread",
  "story.the-spread.description":
    "El Salvador's two big gangs began in Los Angeles and came to Central America with US deportations in the 1990s. Where they are now, and what the evidence shows.",
  "story.the-spread.intro":
    "MS-13 and Barrio 18 were born in Los Angeles and came to Central America with the deportations of the 1990s. The map shows where they are reported today, and how solid the evidence is.",
  "story.the-spread.spread-ms13":
    "MS-13 built mass membership in El Salvador and Honduras, lasting structures in Guatemala and Mexico, and smaller cells documented by police operations further afield; in El Salvador, InSight Crime judged in December 2023 that the crackdown had largely dismantled the gangs. Elsewhere its presence rests on claims or isolated arrests; in Chile, where a Salvadoran official said cells had settled, Chile's own authorities said they had no evidence of it.",
  "story.the-spread.spread-barrio18":
    "Barrio 18, split in El Salvador into two factions, is strongest in El Salvador, Honduras and Guatemala. No reliable report places either gang's structures in Ecuador or Colombia.",
  "story.the-spread.spread-rates":
    "Where the gangs are strong is not always where killing is worst. Of the homicide rates the map shows, each country's latest, the highest is that of Ecuador, where neither gang is established: {n:ecu-2024-rate} per 100,000 in 2024, by police figures.",
  "story.the-spread.abroad":
    "Did the crackdown push gang members abroad? The documented numbers are in the hundreds, not thousands. Mexican authorities arrested {n:abroad-chiapas-2022} alleged members of both gangs in Chiapas in the first nine months of 2022; Guatemala detained {n:abroad-guatemala-2022} Salvadoran gang members that year. InSight Crime called the regional alarm out of proportion to the arrests ([June 2022](source:insight-2022-06-exodus)). In March 2025 the United States flew {n:abroad-cecot-flights-2025} alleged MS-13 members to El Salvador along with Venezuelan deportees bound for CECOT.",
  "story.the-spread.drugs":
    "Drug trafficking is harder to measure. What the government reports is seizures, which track enforcement as much as trafficking. Cocaine seizures went from {n:seizure-cocaine-2019} tonnes in 2019 to nearly {n:seizure-cocaine-2021} in 2021 and, by the defence minister's account, {n:seizure-cocaine-sea-2024} at sea in 2024; Bukele cited {n:seizure-cocaine-bukele-2025} tonnes in March 2025, for a period that is not clear. No independent estimate of the cocaine passing through El Salvador each year was found.",
};
