/** English words of the chart "incarceration-rates": title, subtitle, note, labels, description and data table. Every key starts with "incarceration-rates.". */
export default {
  "incarceration-rates.title": "By the World Prison Brief's figures, no country jails a larger share of its people than El Salvador",
  "incarceration-rates.subtitle": "Prisoners per 100,000 people",
  "incarceration-rates.note":
    "The ranking is the World Prison Population List (2024), whose figure for El Salvador rests on a count from May 2022, before most arrests; the World Prison Brief's later figure is higher still. Bars from other sources or years say which.",
  "incarceration-rates.series.wpb": "WPB",
  "incarceration-rates.series.un-cts": "UN-CTS",
  "incarceration-rates.label.later": "later WPB figure",
  "incarceration-rates.label.list": "{year} list",
  "incarceration-rates.label.world": "World: {rate}",
  "incarceration-rates.describe.ranking":
    "In the {year} World Prison Population List, El Salvador had the highest incarceration rate in the world, {rate} prisoners per 100,000 people, ahead of {others}. That rate rests on a count made before most of the arrests.",
  "incarceration-rates.describe.other": "{country} ({rate})",
  "incarceration-rates.describe.later": "The World Prison Brief's later figure for El Salvador is {rate}.",
  "incarceration-rates.describe.region": "In the rest of the region the highest rate shown is {country}'s {rate}.",
  "incarceration-rates.describe.world": "The world rate is {rate}.",
  "incarceration-rates.table.caption": "Prisoners per 100,000 people, by country, with the year and source of each figure.",
  "incarceration-rates.table.country": "Country",
  "incarceration-rates.table.rate": "Rate (prisoners per 100,000 people)",
  "incarceration-rates.table.year": "Year",
  "incarceration-rates.table.series": "Series",
  "incarceration-rates.table.source": "Source",
  "incarceration-rates.table.later": "{country} (later WPB figure)",
  "incarceration-rates.table.ranking": "World Prison Population List, 14th edition",
};
