/** English words of the chart "mano-dura-record": title, subtitle, note, labels, description and data table. Every key starts with "mano-dura-record.". */
export default {
  "mano-dura-record.title": "Prisons filled after the 2000s crackdowns while killings stayed high",
  "mano-dura-record.subtitle": "El Salvador: homicides per 100,000 people (UNODC) and people in prison (World Prison Brief), 2000-2016",
  "mano-dura-record.note":
    "The World Prison Brief gives a count every other year. Its counts here come from a 2020 copy of its trend table. The shaded span is the 2012 gang truce, whose end date is contested.",
  "mano-dura-record.label.truce": "Truce",
  "mano-dura-record.panel.rate": "Homicides per 100,000 people (UNODC)",
  "mano-dura-record.panel.rate-narrow": "Homicides per 100,000 (UNODC)",
  "mano-dura-record.panel.prisoners": "People in prison, thousands (World Prison Brief)",
  "mano-dura-record.panel.prisoners-narrow": "Prisoners, thousands (World Prison Brief)",
  "mano-dura-record.describe.rates":
    "El Salvador's homicide rate was {atLaunch} per 100,000 people in {launchYear}, when Mano Dura was launched, and {beforeTruce} in {beforeTruceYear}, after Súper Mano Dura, according to UNODC.",
  "mano-dura-record.describe.prisoners":
    "The World Prison Brief counted {before} people in prison in {beforeYear}, its last count before Mano Dura, and {last} in {lastYear}.",
  "mano-dura-record.describe.extremes":
    "After {launchYear} the rate was lowest in {minYear}, during the gang truce, at {min}, and highest in {maxYear}, at {max}.",
  "mano-dura-record.table.caption": "El Salvador's homicide rate and prison population by year, and the events marked; a dash means no figure.",
  "mano-dura-record.table.year": "Year",
  "mano-dura-record.table.rate": "Homicides per 100,000 (UNODC)",
  "mano-dura-record.table.prisoners": "People in prison (World Prison Brief)",
  "mano-dura-record.table.events": "Events",
  "mano-dura-record.table.event": "{title} ({date})",
};
