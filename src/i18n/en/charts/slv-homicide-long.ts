/** English words of the chart "slv-homicide-long": title, subtitle, note, labels, description and data table. Every key starts with "slv-homicide-long.". */
export default {
  "slv-homicide-long.title": "El Salvador's homicide rate from the post-war years to today",
  "slv-homicide-long.subtitle": "Intentional homicides per 100,000 people. Solid line: UNODC; dashed: the government's figures",
  "slv-homicide-long.note":
    "In July 2019 the police told the president that the official count would leave out suspected gang members killed in alleged clashes with the security forces and bodies from clandestine graves (InSight Crime); Foreign Policy dates the formal exclusion of graves to May 2021. Deaths in custody are not counted as homicides. No government rate is drawn for 2017: the published one was found wrong and only a count is given. The date the truce collapsed is contested.",
  "slv-homicide-long.short.mano-dura": "Mano Dura",
  "slv-homicide-long.short.super-mano-dura": "Súper Mano Dura",
  "slv-homicide-long.short.truce-begins": "Truce begins",
  "slv-homicide-long.short.truce": "Truce",
  "slv-homicide-long.short.collapse-contested": "Collapse (date contested)",
  "slv-homicide-long.short.truce-ends": "Truce ends",
  "slv-homicide-long.short.bukele-in-office": "Bukele in office",
  "slv-homicide-long.short.bukele": "Bukele",
  "slv-homicide-long.short.killing-spree": "Gang killing spree",
  "slv-homicide-long.short.killings": "Killings",
  "slv-homicide-long.short.state-of-exception": "State of exception",
  "slv-homicide-long.label.unodc": "UNODC",
  "slv-homicide-long.label.unodc-value": "UNODC: {rate}",
  "slv-homicide-long.label.government-value": "Government: {rate}",
  "slv-homicide-long.label.rate-per-100k-in-year": "{rate} per 100,000 in {year}",
  "slv-homicide-long.label.rate-in-year": "{rate} in {year}",
  "slv-homicide-long.label.government-figures": "Government figures",
  "slv-homicide-long.label.government-figures-narrow": "Government\nfigures",
  "slv-homicide-long.describe.unodc":
    "According to UNODC, El Salvador's homicide rate was {high} per 100,000 people in {highYear}, and {last} in {lastYear}, the last year UNODC reports.",
  "slv-homicide-long.describe.crackdowns-and-truce":
    "It went from {start} in {launchYear}, when Mano Dura began, to {beforeTruce} in {beforeTruceYear}; it dipped to {truceLow} in {truceLowYear} during the gang truce and climbed back to {peak} in {peakYear}.",
  "slv-homicide-long.describe.government":
    "The government's figures, drawn dashed, give {peak} for {peakYear} and {last} for {lastYear}, after Bukele took office in {bukeleYear} and the state of exception began in {exceptionMonth}.",
  "slv-homicide-long.table.caption": "El Salvador's homicides per 100,000 people by year, and the events marked on the chart; a dash means no figure.",
  "slv-homicide-long.table.year": "Year",
  "slv-homicide-long.table.unodc": "UNODC (per 100,000)",
  "slv-homicide-long.table.government": "Government (per 100,000)",
  "slv-homicide-long.table.events": "Events",
  "slv-homicide-long.table.event": "{title} ({date})",
};
