/** English words of the chart "homicide-rates": title, subtitle, note, labels, description and data table. Every key starts with "homicide-rates.". */
export default {
  "homicide-rates.title": "El Salvador's recorded homicide rate fell below its neighbours'",
  "homicide-rates.subtitle": "Intentional homicides per 100,000 people",
  "homicide-rates.note":
    "UNODC figures for El Salvador end in 2022. The government's figures since 2019 leave out people killed in alleged clashes with the security forces, bodies found in clandestine graves and deaths in custody; for 2025 the government has not said whether that still applies.",
  "homicide-rates.label.government": "Government",
  "homicide-rates.label.country-government": "{country}, government",
  "homicide-rates.label.country-unodc": "{country}, UNODC",
  "homicide-rates.describe.unodc":
    "According to UNODC, El Salvador's homicide rate was {first} per 100,000 people in {firstYear}, peaked at {peak} in {peakYear} and fell to {last} in {lastYear}.",
  "homicide-rates.describe.official": "The government's own figures go from {first} in {firstYear} to {last} in {lastYear}.",
  "homicide-rates.describe.peer": "{country} {rate} ({year})",
  "homicide-rates.describe.peers": "Latest UNODC rates for its neighbours: {list}.",
  "homicide-rates.table.caption": "Homicides per 100,000 people by year; a dash means no figure.",
  "homicide-rates.table.year": "Year",
  "homicide-rates.table.column-unodc": "{country} (UNODC, per 100,000)",
  "homicide-rates.table.column-government": "{country} (government, per 100,000)",
};
