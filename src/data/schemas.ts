/**
 * The schema of every data file in data/: its columns in order, what each cell may hold, the
 * key that identifies a row, and the rules a row must keep. data/README.md explains the same
 * columns in prose; keep the two in step.
 */
import { col, QUALIFIERS, STATUSES } from "./columns.ts";
import type { Columns, RowRule, TableSpec } from "./parse-table.ts";

// A rejected figure is kept for the record, so it must never be the one the story uses.
function notPreferredIfRejected<R extends { preferred: boolean; status: string }>(): RowRule<R> {
  return {
    column: "preferred",
    check: (row) => (row.preferred && row.status === "rejected" ? "false on a rejected row" : undefined),
  };
}

function eitherPresent<R>(a: keyof R & string, b: keyof R & string): RowRule<R> {
  return {
    column: a,
    check: (row) => (row[a] === null && row[b] === null ? `a value here or in ${b}` : undefined),
  };
}

/** What the state-of-exception table measures; data/README.md defines each one. */
const MEASURES = [
  "soe-declared",
  "soe-extension-number",
  "soe-municipalities",
  "soe-detentions-cumulative",
  "internal-armed-conflict-declared",
  "arrests-cumulative",
  "women-arrested-cumulative",
  "pretrial-detention-ordered-cumulative",
  "releases-cumulative",
  "released-still-prosecuted-share",
  "gang-members-on-record",
  "criminal-structure-members-captured",
  "extortion-detentions-cumulative",
  "captures-all-crimes-cumulative",
  "arrests-share-population-pct",
  "minors-arrested-cumulative",
  "minors-detained-current",
  "minors-convicted-cumulative",
  "deaths-in-custody-cumulative",
  "deaths-in-custody-registered",
  "death-cases-archived",
  "deaths-violent",
  "deaths-violent-confirmed-possible-suspected",
  "deaths-violent-share",
  "deaths-medical-negligence-share",
  "deaths-in-leaked-police-db",
  "cruel-inhuman-treatment-complaints",
  "complaints-cumulative",
  "cecot-opened",
  "cecot-capacity",
  "cecot-pavilion-capacity",
  "cecot-cells",
  "cecot-population",
  "cecot-transfer",
  "cecot-occupancy-pct",
  "cecot-us-deportees-received",
  "cecot-us-deportees-received-ms13",
  "cecot-deaths",
  "prison-capacity",
  "prison-occupancy-pct",
  "prison-overcrowding-pct",
  "prisoners-share-adults-pct",
  "prisoners-share-population-pct",
] as const;

/** Whose figure a state-of-exception row is. */
const COUNTERS = [
  "government",
  "prosecutor",
  "ombudsman",
  "us-embassy",
  "wpb",
  "cristosal",
  "sjh",
  "movir",
  "amnesty",
  "hrw",
  "joint-ngos",
  "press",
  "unspecified",
] as const;

/** Who reported a drug-seizure figure, and how it reached the source; data/README.md defines each one. */
const SEIZURE_REPORTERS = [
  "government",
  "government-at-sea",
  "government-via-press",
  "security-cabinet",
  "defence-minister",
  "defence-minister-at-sea",
  "justice-minister-one-seizure",
  "bukele-period-unclear",
  "navy",
  "navy-one-seizure",
  "police-via-us-cable",
  "police-via-pro-government-outlet",
  "official-via-insight-crime",
  "pro-government-outlet",
  "insight-crime",
  "via-us-southern-command",
  "us-state-department",
  "prensa-latina",
] as const;

function table<C extends Columns>(spec: TableSpec<C>): TableSpec<C> {
  return spec;
}

export const sources = table({
  file: "data/sources.csv",
  holds: "one row per source",
  columns: {
    source_id: col.text(),
    publisher: col.text(),
    /** The work's own title, as published; empty for an untitled work (a tweet, a video, a page seen only in part). */
    title: col.text({ optional: true }),
    /** The language the title is written in, which the page marks so that screen readers switch voice. */
    title_lang: col.language({ optional: true }),
    /** Our words about the work (what an untitled one is, where its title came from), in English; Spanish in src/i18n/es/sources.ts. */
    title_note: col.text({ optional: true }),
    url: col.url(),
    published: col.text({ optional: true }),
    accessed_via: col.text({ optional: true }),
    notes: col.text({ optional: true }),
  },
  key: ["source_id"],
  rules: [
    {
      column: "title_lang",
      check: (row) => ((row.title === null) !== (row.title_lang === null) ? "a language code exactly when the row has a title" : undefined),
    },
    {
      column: "title_note",
      check: (row) => (row.title === null && row.title_note === null ? "a note describing the work, since it has no title" : undefined),
    },
  ],
});

export const countries = table({
  file: "data/countries.csv",
  holds: "one row per country or aggregate code",
  columns: {
    iso3: col.iso3Code(),
    iso_n3: col.isoNumeric({ optional: true }),
    name: col.text(),
    region: col.oneOf(["north-america", "central-america", "caribbean", "south-america", "europe", "africa", "asia", "aggregate"]),
    source_ids: col.sourceIds(),
  },
  key: ["iso3"],
});

export const homicideRates = table({
  file: "data/homicide-rates.csv",
  holds: "homicide rates and counts by country, year and source",
  columns: {
    iso3: col.iso3(),
    year: col.integer({ min: 1990, max: 2030 }),
    rate_per_100k: col.number({ optional: true, min: 0, max: 200, unit: "homicides per 100,000 people" }),
    count: col.integer({ optional: true, min: 0, max: 100_000, unit: "homicides" }),
    series: col.oneOf(["unodc", "owid", "official", "insight", "independent", "press-tally", "alternative"]),
    source_id: col.sourceId(),
    variant: col.slug({ optional: true }),
    preferred: col.boolean(),
    status: col.oneOf(STATUSES),
    note: col.text({ optional: true }),
  },
  key: ["iso3", "year", "source_id", "variant"],
  preferredPer: ["iso3", "year"],
  rules: [eitherPresent("rate_per_100k", "count"), notPreferredIfRejected()],
});

export const prisonPopulation = table({
  file: "data/prison-population.csv",
  holds: "prison populations and incarceration rates by country, date and source",
  columns: {
    iso3: col.iso3(),
    date: col.date(),
    prisoners: col.integer({ optional: true, min: 0, max: 20_000_000, unit: "people" }),
    rate_per_100k: col.number({ optional: true, min: 0, max: 3000, unit: "prisoners per 100,000 people" }),
    qualifier: col.oneOf(QUALIFIERS),
    series: col.oneOf(["wpb", "official", "un-cts", "press-estimate", "ngo", "other"]),
    source_id: col.sourceId(),
    variant: col.slug({ optional: true }),
    preferred: col.boolean(),
    status: col.oneOf(STATUSES),
    note: col.text({ optional: true }),
  },
  key: ["iso3", "date", "source_id", "variant"],
  preferredPer: ["iso3", "date"],
  rules: [eitherPresent("prisoners", "rate_per_100k"), notPreferredIfRejected()],
});

export const stateOfException = table({
  file: "data/state-of-exception.csv",
  holds: "state-of-exception measures (arrests, releases, minors, deaths in custody, prisons) by date and source",
  columns: {
    iso3: col.iso3(),
    date: col.date(),
    measure: col.oneOf(MEASURES),
    counted_by: col.oneOf(COUNTERS),
    value: col.number({ min: 0 }),
    unit: col.oneOf(["people", "percent", "count", "places", "event"]),
    qualifier: col.oneOf(QUALIFIERS),
    source_id: col.sourceId(),
    preferred: col.boolean(),
    status: col.oneOf(STATUSES),
    note: col.text({ optional: true }),
  },
  key: ["iso3", "date", "measure", "counted_by", "source_id"],
  preferredPer: ["iso3", "date", "measure", "counted_by"],
  rules: [notPreferredIfRejected()],
});

export const timeline = table({
  file: "data/timeline.csv",
  holds: "dated events, one per row",
  columns: {
    id: col.slug(),
    date: col.date({ decade: true }),
    category: col.oneOf([
      "history",
      "migration",
      "policy",
      "violence",
      "pact",
      "courts",
      "elections",
      "democracy",
      "prisons",
      "us-policy",
      "us-justice",
      "region",
      "civic-space",
    ]),
    title: col.text(),
    description: col.text(),
    source_ids: col.sourceIds(),
    note: col.text({ optional: true }),
  },
  key: ["id"],
  rules: [
    {
      column: "title",
      check: (row) => (row.title.length > 60 ? "a title of at most 60 characters (it labels charts)" : undefined),
    },
  ],
});

export const gangPresence = table({
  file: "data/gang-presence.csv",
  holds: "where MS-13 and Barrio 18 are reported, one row per country and gang",
  columns: {
    iso3: col.iso3(),
    gang: col.oneOf(["ms13", "barrio18", "barrio18-surenos", "barrio18-revolucionarios"]),
    presence: col.oneOf(["origin", "strong", "established", "cells", "reported"]),
    disputed: col.boolean(),
    source_ids: col.sourceIds(),
    evidence: col.text(),
    note: col.text({ optional: true }),
  },
  key: ["iso3", "gang"],
});

export const gangMembersAbroad = table({
  file: "data/gang-members-abroad.csv",
  holds: "Salvadoran gang members arrested or deported abroad, one row per reported figure",
  columns: {
    id: col.slug(),
    iso3: col.iso3List(),
    period_start: col.date({ optional: true }),
    period_end: col.date({ optional: true }),
    action: col.oneOf(["arrested", "deported", "arrested-and-deported", "flown-to-el-salvador", "at-large"]),
    value: col.integer({ min: 0, unit: "people" }),
    qualifier: col.oneOf(QUALIFIERS),
    source_ids: col.sourceIds(),
    note: col.text({ optional: true }),
  },
  key: ["id"],
});

export const drugSeizures = table({
  file: "data/drug-seizures.csv",
  holds: "drug seizures and regional flow estimates, one row per reported figure",
  columns: {
    id: col.slug(),
    iso3: col.iso3(),
    period_start: col.date({ optional: true }),
    period_end: col.date({ optional: true }),
    period_label: col.text(),
    kind: col.oneOf(["seizure", "flow-estimate", "corridor-share"]),
    drug: col.oneOf(["cocaine", "all-drugs"]),
    value: col.number({ min: 0 }),
    unit: col.oneOf(["metric-tons", "kg", "percent"]),
    qualifier: col.oneOf(QUALIFIERS),
    source_ids: col.sourceIds(),
    reported_by: col.oneOf(SEIZURE_REPORTERS),
    status: col.oneOf(STATUSES),
    note: col.text({ optional: true }),
  },
  key: ["id"],
});

export const contextFigures = table({
  file: "data/context-figures.csv",
  holds: "reported counts on the press, rights groups, the truce trial and custody, one row per figure",
  columns: {
    id: col.slug(),
    date: col.date(),
    topic: col.oneOf(["press", "rights-groups", "truce-trial", "custody"]),
    value: col.number({ min: 0 }),
    unit: col.oneOf(["people", "count", "votes", "years", "percent"]),
    qualifier: col.oneOf(QUALIFIERS),
    reported_by: col.slug(),
    source_ids: col.sourceIds(),
    note: col.text({ optional: true }),
  },
  key: ["id"],
});

export const polls = table({
  file: "data/polls.csv",
  holds: "results of named pollsters' surveys, one row per published figure",
  columns: {
    id: col.slug(),
    pollster: col.oneOf(["lpg-datos", "iudop"]),
    fieldwork_start: col.date({ optional: true }),
    fieldwork_end: col.date({ optional: true }),
    published: col.date({ optional: true }),
    question: col.slug(),
    value: col.number({ min: 0, max: 100 }),
    unit: col.oneOf(["percent", "grade-out-of-10"]),
    sample_size: col.integer({ optional: true, min: 1, max: 100_000, unit: "interviews" }),
    source_ids: col.sourceIds(),
    note: col.text({ optional: true }),
  },
  key: ["id"],
  rules: [
    {
      column: "value",
      // IUDOP grades the president out of 10; a grade above 10 is a percentage in the wrong unit.
      check: (row) => (row.unit === "grade-out-of-10" && row.value > 10 ? "a grade from 0 to 10" : undefined),
    },
  ],
});

/** Every table by name; load-tables.ts reads them all. */
export const tables = {
  sources,
  countries,
  homicideRates,
  prisonPopulation,
  stateOfException,
  timeline,
  gangPresence,
  gangMembersAbroad,
  drugSeizures,
  contextFigures,
  polls,
} as const;
