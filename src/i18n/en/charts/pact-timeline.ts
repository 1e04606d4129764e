/** English words of the chart "pact-timeline": title, subtitle, note, labels, description and data table. Every key starts with "pact-timeline.". */
export default {
  "pact-timeline.title": "Gang truces, reported talks and the US cases that followed",
  "pact-timeline.subtitle": "Events in El Salvador and actions of the US government, by date",
  "pact-timeline.note":
    "Labels are the events' short titles. Talks and pacts are allegations reported by El Faro and others or made in US indictments and sanctions, not court findings; the government denies them. Hollow markers: the date is known only to the month or year.",
  "pact-timeline.side.us": "United States",
  "pact-timeline.side.slv": "El Salvador",
  "pact-timeline.key.hollow": "Month or year only",
  "pact-timeline.category.pact": "Truce, talks or reporting on them",
  "pact-timeline.category.us-justice": "US justice",
  "pact-timeline.category.us-policy": "US policy",
  "pact-timeline.category.violence": "Violence",
  "pact-timeline.category.policy": "Salvadoran policy",
  "pact-timeline.describe.events":
    "The timeline marks {count} events from {first} to {last}: {slv} in El Salvador, from the gang truce of 2012 through reported talks between officials and gangs to the killings of March 2022 and the state of exception, and {us} actions of the US government, among them sanctions, indictments and a terrorist designation.",
  "pact-timeline.describe.allegations":
    "The talks are reported by the press and alleged by US prosecutors and the US Treasury; the Salvadoran government denies any deal.",
  "pact-timeline.describe.partial": "{count} events are dated only to the month or year and are drawn as hollow markers at the start of that period.",
  "pact-timeline.table.caption": "Events of the timeline in date order, as precisely as the sources date them.",
  "pact-timeline.table.date": "Date",
  "pact-timeline.table.event": "Event",
  "pact-timeline.table.where": "Where",
  "pact-timeline.table.kind": "Kind",
};
