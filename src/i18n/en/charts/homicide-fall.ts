/** English words of the chart "homicide-fall": title, subtitle, note, description and data table. Every key starts with "homicide-fall.". */
export default {
  "homicide-fall.title": "The fall, by the government's count",
  "homicide-fall.subtitle": "Homicides per 100,000 people in El Salvador, official figures",
  "homicide-fall.note":
    "These are the government's figures. In July 2019 the police told the president that these figures would leave out suspected gang members killed in alleged clashes with the security forces and bodies from clandestine graves (InSight Crime); Foreign Policy dates the formal exclusion of graves to May 2021. Deaths in custody are not counted as homicides. No rate is drawn for 2017: the published one was found wrong.",
  "homicide-fall.describe":
    "By the government's figures, El Salvador's homicide rate fell from {first} per 100,000 people in {firstYear} to {last} in {lastYear}.",
  "homicide-fall.table.caption": "El Salvador's homicides per 100,000 people by year, government figures; a dash means no rate.",
  "homicide-fall.table.year": "Year",
  "homicide-fall.table.rate": "Government (per 100,000)",
};
