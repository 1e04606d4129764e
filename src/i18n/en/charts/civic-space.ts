/** English words of the chart "civic-space": title, subtitle, note, labels, description and data table. Every key starts with "civic-space.". */
export default {
  "civic-space.title": "Pressure on the press and rights groups",
  "civic-space.subtitle": "Events that changed what El Salvador's journalists and human-rights groups can do, by date",
  "civic-space.note":
    "Labels are the events' short titles. Citizen Lab links the spyware to the state only on circumstantial evidence, and the government denies it; El Faro's warrants were reported as being prepared, and none has been made public. Hollow markers: the date is known only to the month.",
  "civic-space.key.hollow": "Month only",
  "civic-space.describe.events": "The timeline marks {count} events, from “{firstTitle}” ({first}) to “{lastTitle}” ({last}).",
  "civic-space.describe.last-year": "{count} of them fall in {year}.",
  "civic-space.describe.caveats":
    "The spying is linked to the state by circumstantial evidence only, which the government denies, and the arrest warrants for El Faro's staff were reported as being prepared, not issued.",
  "civic-space.table.caption": "Events of the timeline in date order, as precisely as the sources date them.",
  "civic-space.table.date": "Date",
  "civic-space.table.event": "Event",
};
