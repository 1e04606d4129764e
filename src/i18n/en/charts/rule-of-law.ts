/** English words of the chart "rule-of-law": title, subtitle, note, labels, description and data table. Every key starts with "rule-of-law.". */
export default {
  "rule-of-law.title": "Elections, courts and the Assembly under Bukele",
  "rule-of-law.subtitle": "Events that changed who holds power in El Salvador, by date",
  "rule-of-law.note": "Labels are the events' short titles; the table gives each date as precisely as the sources do.",
  "rule-of-law.category.elections": "Elections",
  "rule-of-law.category.courts": "Courts",
  "rule-of-law.category.democracy": "Assembly",
  "rule-of-law.describe.events":
    "The strip marks {count} events from {first} to {last}: {elections} about elections and terms of office, {courts} about the courts and the attorney general, and {assembly} about the Legislative Assembly.",
  "rule-of-law.describe.reelection":
    "After the Assembly replaced the Constitutional Chamber, the new court opened the way to immediate re-election ({ruling}), and Bukele was re-elected on {reelected}.",
  "rule-of-law.describe.latest": "The latest event is “{title}” ({date}).",
  "rule-of-law.table.caption": "Events of the strip in date order.",
  "rule-of-law.table.date": "Date",
  "rule-of-law.table.event": "Event",
  "rule-of-law.table.kind": "Kind",
};
