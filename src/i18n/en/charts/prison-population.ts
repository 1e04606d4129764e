/** English words of the chart "prison-population": title, subtitle, note, labels, description and data table. Every key starts with "prison-population.". */
export default {
  "prison-population.title": "El Salvador's prison population soared under the state of exception",
  "prison-population.subtitle": "People held in prison in El Salvador",
  "prison-population.note":
    "World Prison Brief counts to 2018; government figures after that. The September 2023 figure is the security minister's approximation. Grey rings are newspapers' own calculations, not official counts.",
  "prison-population.voice.ministry": "ministry count",
  "prison-population.voice.minister": "security minister",
  "prison-population.voice.census": "census",
  "prison-population.voice.government": "government figure",
  "prison-population.voice.official": "official figure",
  "prison-population.value.about": "about {value}",
  "prison-population.value.more-than": "more than {value}",
  "prison-population.label.who-when": "{who}, {when}",
  "prison-population.label.press-when": "newspaper estimate, {when}",
  "prison-population.label.press": "newspaper\nestimates",
  "prison-population.tip": "{value} prisoners, {who}",
  "prison-population.describe.trend":
    "According to the World Prison Brief, El Salvador held {first} prisoners in {firstDate} and {last} in {lastDate}.",
  "prison-population.describe.official":
    "The state of exception was declared on {date}; the government's figures around and after it are {list}.",
  "prison-population.describe.press": "Newspapers' own estimates, shown as grey rings, range from {low} to {high}.",
  "prison-population.kind.trend": "World Prison Brief",
  "prison-population.kind.official": "Government",
  "prison-population.kind.press": "Newspaper estimate",
  "prison-population.table.caption": "People held in prison in El Salvador, by date and source.",
  "prison-population.table.date": "Date",
  "prison-population.table.prisoners": "Prisoners (people)",
  "prison-population.table.kind": "Kind of figure",
  "prison-population.table.source": "Source",
  "prison-population.table.kind-official": "{kind}: {who}",
};
