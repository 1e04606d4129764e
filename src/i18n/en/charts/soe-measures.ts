/**
 * English words of the chart "soe-measures": title, subtitle, note, labels, description and data
 * table, and the words of the helper it shares with cecot and deaths-in-custody
 * (src/charts/shared/soe-dates.ts: qualifiers, hollow dots, dates, the declaration's rule).
 * Every key starts with "soe-measures.".
 */
export default {
  "soe-measures.title": "Arrests, releases and minors under the state of exception",
  "soe-measures.subtitle": "People, cumulative since the state of exception began",
  "soe-measures.note":
    "Arrest totals are the government's “capture records”: they include people later released and are not the prison population. Some apparent falls come from rounded figures or a different compiler. Figures for minors come from different compilers and disagree.",
  "soe-measures.measure.arrests": "Arrests",
  "soe-measures.measure.releases": "Released",
  "soe-measures.measure.minors": "Minors arrested",
  "soe-measures.counter.government": "Government",
  "soe-measures.counter.hrw": "Human Rights Watch",
  "soe-measures.label.arrests": "Arrests: {value}",
  "soe-measures.label.releases": "Released: {value}",
  "soe-measures.label.releases-narrow": "Released:\n{value}",
  "soe-measures.label.minors": "{value} minors arrested",
  "soe-measures.label.minors-narrow": "{value} minors",
  "soe-measures.caveat": "Government “capture records”,\nincluding people later released",
  "soe-measures.caveat-narrow": "Government “capture\nrecords”, including\npeople later released",
  "soe-measures.dot": "{measure}: {value} {when}",
  "soe-measures.describe.arrests":
    'Government figures count {first} arrests under the state of exception {firstWhen} and {last} {lastWhen}; these are "capture records" that include people later released.',
  "soe-measures.describe.releases": "The government says {value} people had been released {when}.",
  "soe-measures.describe.minor": "{value} ({counter}, {date})",
  "soe-measures.describe.minors": "Figures for minors arrested disagree: {list}.",
  "soe-measures.table.caption": "State-of-exception figures for El Salvador, cumulative since March 2022.",
  "soe-measures.table.date": "Date",
  "soe-measures.table.measure": "Measure",
  "soe-measures.table.counted-by": "Counted by",
  "soe-measures.table.people": "People",
  "soe-measures.table.wording": "Wording",
  "soe-measures.qualifier.floor": "at least",
  "soe-measures.qualifier.approx": "about",
  "soe-measures.qualifier.exact": "exact",
  "soe-measures.hollow": "Hollow dot: {list}",
  "soe-measures.hollow-narrow": "Hollow: {list}",
  "soe-measures.start": "State of exception declared",
  "soe-measures.start-narrow": "State of exception",
  "soe-measures.date.by": "by {date}",
  "soe-measures.date.by-day": "by {date}",
  "soe-measures.date.in": "in {date}",
  "soe-measures.date.in-day": "in {date}",
};
