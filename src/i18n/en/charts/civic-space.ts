/** English words of the chart "civic-space": title, subtitle, note, labels, description and data table. Every key starts with "civic-space.". */
export default {
  "civic-space.title": "Pressure on the press and rights groups",
  "civic-space.subtitle": "Events affecting El Salvador's journalists and human-rights groups, by date",
  "civic-space.note":
    "Labels are the events' short titles. Citizen Lab cites substantial circumstantial evidence, not proof, of a link between the spyware and the state, which the government denies; El Faro's warrants were reported as being prepared, and none had been made public as of December 2026. Hollow markers: the date is known only to the month.",
  "civic-space.key.hollow": "Month only",
  "civic-space.describe.events": "The timeline marks {count} events, from “{firstTitle}” ({first}) to “{lastTitle}” ({last}).",
  "civic-space.describe.last-year": "{count} of them fall in {year}.",
  "civic-space.describe.caveats":
    "Citizen Lab cites substantial circumstantial evidence, not proof, that the spying is linked to the state, which the government denies, and the arrest warrants for El Faro's staff were reported as being prepared, not issued.",
  "civic-space.table.caption": "Events of the timeline in date order, as precisely as the sources date them.",
  "civic-space.table.date": "Date",
  "civic-space.table.event": "Event",
};
