/** English words of the chart "gang-members-abroad": title, subtitle, note, labels, description and data table. Every key starts with "gang-members-abroad.". */
export default {
  "gang-members-abroad.title": "Gang members caught abroad number in the hundreds, not thousands",
  "gang-members-abroad.subtitle": "Salvadoran gang members reported arrested or deported abroad, by report",
  "gang-members-abroad.note":
    "Each bar is one report; reports overlap and cannot be added up. Not drawn: Salvadoran police files count tens of thousands of profiled gang members at large, a figure that says nothing about how many left the country.",
  "gang-members-abroad.action.arrested": "arrested",
  "gang-members-abroad.action.deported": "deported",
  "gang-members-abroad.action.arrested-and-deported": "arrested and deported",
  "gang-members-abroad.action.flown-to-el-salvador": "flown to El Salvador",
  "gang-members-abroad.caveat.chiapas": "Chiapas",
  "gang-members-abroad.caveat.chiapas-before": "Chiapas, before the crackdown",
  "gang-members-abroad.caveat.all-nationalities": "all nationalities",
  "gang-members-abroad.value.more-than": "more than {value}",
  "gang-members-abroad.value.about": "about {value}",
  "gang-members-abroad.period.from": "from {date}",
  "gang-members-abroad.period.until": "until {date}",
  "gang-members-abroad.period.undated": "undated",
  "gang-members-abroad.label.result": "{value} {action}",
  "gang-members-abroad.label.result-caveat": "{value} {action}, {caveat}",
  "gang-members-abroad.describe.counts":
    "Reported counts of Salvadoran gang members arrested or deported abroad are in the tens and low hundreds: the largest is {largest} ({place}), the smallest {smallest}.",
  "gang-members-abroad.describe.overlap": "The counts overlap, so they cannot be added up.",
  "gang-members-abroad.describe.at-large":
    "For comparison, Salvadoran police files listed {count} profiled gang members still at large, without saying how many were abroad.",
  "gang-members-abroad.describe.at-large-dated":
    "For comparison, Salvadoran police files listed {count} profiled gang members still at large in {date}, without saying how many were abroad.",
  "gang-members-abroad.table.caption": "Salvadoran gang members arrested or deported abroad, one row per report; the reports overlap.",
  "gang-members-abroad.table.country": "Country",
  "gang-members-abroad.table.period": "Period",
  "gang-members-abroad.table.action": "What happened",
  "gang-members-abroad.table.count": "Gang members (people)",
  "gang-members-abroad.table.sources": "Sources",
};
