/** English words of the chart "copycats": title, subtitle, note, labels, description and data table. Every key starts with "copycats.". */
export default {
  "copycats.title": "Homicide rates where similar crackdowns began, and nearby",
  "copycats.subtitle": "Intentional homicides per 100,000 people, on the same scale in every panel",
  "copycats.note":
    "Lines are UNODC's series; hollow dots are the figures the story uses for the years after UNODC's last one: government figures, except Guatemala's 2024 value from InSight Crime, which agrees with national data. Honduras has three versions of 2024: 26.8 (government), 25.4 (ASJ) and 25.3 (InSight Crime); the chart draws the government's. UNODC gives no figure for Guatemala in 2015-2016.",
  "copycats.short.state-of-exception": "State of exception",
  "copycats.short.internal-armed-conflict": "Internal armed conflict",
  "copycats.short.armed-conflict": "Armed conflict",
  "copycats.key.unodc": "UNODC",
  "copycats.key.government": "Government",
  "copycats.key.government-figures": "Government figures",
  "copycats.key.figures": "{publisher} figures",
  "copycats.publisher.government": "government",
  "copycats.publisher.insight": "InSight Crime",
  "copycats.describe.honduras":
    "Honduras' homicide rate went from {first} per 100,000 in {firstYear} to {last} in {lastYear} according to UNODC{later}{event}.",
  "copycats.describe.honduras-event": "; it declared a state of exception in {month}",
  "copycats.describe.ecuador":
    "Ecuador's homicide rate went from {first} per 100,000 in {firstYear} to {last} in {lastYear} according to UNODC{later}{event}.",
  "copycats.describe.ecuador-event": "; it declared an internal armed conflict in {month}",
  "copycats.describe.later-government": ", and {rate} in {year} by the government's count",
  "copycats.describe.later-other": ", and {rate} in {year} by the {publisher}'s count",
  "copycats.describe.other": "{country} {rate} ({year})",
  "copycats.describe.others": "Latest figures elsewhere, on the same scale: {list}.",
  "copycats.table.caption": "Homicides per 100,000 people by country and year; a dash means no figure.",
  "copycats.table.country": "Country",
  "copycats.table.year": "Year",
  "copycats.table.unodc": "UNODC (per 100,000)",
  "copycats.table.later": "Later figure (per 100,000)",
  "copycats.table.later-by": "Later figure by",
};
