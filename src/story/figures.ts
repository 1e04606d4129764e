/**
 * Every number the story's prose quotes, by key. Each is looked up in the validated tables (or
 * computed from looked-up values) together with the source it comes from, so no figure in the
 * text is typed by hand. A key whose row has gone from data/ stops the build.
 */
import type { Dataset } from "../data/dataset.ts";
import type { Row } from "../data/load-tables.ts";

export interface StoryFigure {
  value: number;
  /** The source the reader is sent to. */
  source: string;
  qualifier: "exact" | "approx" | "floor";
  /** Decimals to show. */
  digits: number;
}

type Lookup = (data: Dataset) => StoryFigure;

function need<T>(row: T | undefined, what: string): T {
  if (row === undefined) throw new Error(`Story figure not found in data/: ${what}`);
  return row;
}

function okRow<R extends { status?: string }>(rows: readonly R[], match: (r: R) => boolean, what: string): R {
  const found = rows.filter((r) => match(r) && r.status !== "rejected");
  if (found.length > 1) throw new Error(`Story figure is ambiguous in data/ (${found.length} rows): ${what}`);
  return need(found[0], what);
}

interface HomicideQuery {
  iso3: string;
  year: number;
  /** A named source; without it, the preferred row. */
  source?: string;
  variant?: string;
}

function homicideRow({ tables }: Dataset, q: HomicideQuery): Row<"homicideRates"> {
  const what = `homicide ${q.iso3} ${q.year} ${q.source ?? "preferred"} ${q.variant ?? ""}`;
  return okRow(
    tables.homicideRates.rows,
    (r) => r.iso3 === q.iso3 && r.year === q.year && (q.source ? r.source_id === q.source && r.variant === (q.variant ?? null) : r.preferred),
    what,
  );
}

function homicideCount(q: HomicideQuery): Lookup {
  return (data) => {
    const row = homicideRow(data, q);
    return { value: need(row.count ?? undefined, `count of ${q.iso3} ${q.year}`), source: row.source_id, qualifier: "exact", digits: 0 };
  };
}

function homicideRate(q: HomicideQuery): Lookup {
  return (data) => {
    const row = homicideRow(data, q);
    const value = need(row.rate_per_100k ?? undefined, `rate of ${q.iso3} ${q.year}`);
    return { value, source: row.source_id, qualifier: "exact", digits: 1 };
  };
}

/** A value of UNODC's series, which the homicide-rates chart draws for every country. */
function unodcRate(iso3: string, year: number): Lookup {
  return homicideRate({ iso3, year, source: "unodc_wdi" });
}

/** The difference between two homicide counts of the same source, e.g. one step of an estimate. */
function homicideStep(from: HomicideQuery, to: HomicideQuery): Lookup {
  return (data) => {
    const a = homicideCount(from)(data);
    const b = homicideCount(to)(data);
    return { value: b.value - a.value, source: b.source, qualifier: "exact", digits: 0 };
  };
}

function prison(iso3: string, date: string, field: "prisoners" | "rate_per_100k", source?: string): Lookup {
  return ({ tables }) => {
    const what = `prison ${iso3} ${date} ${source ?? "preferred"}`;
    const row = okRow(tables.prisonPopulation.rows, (r) => r.iso3 === iso3 && r.date === date && (source ? r.source_id === source : r.preferred), what);
    return {
      value: need(row[field] ?? undefined, `${field} of ${what}`),
      source: row.source_id,
      qualifier: field === "prisoners" ? row.qualifier : "exact",
      digits: 0,
    };
  };
}

function measure(measureId: string, date: string, countedBy: string, digits = 0): Lookup {
  return ({ tables }) => {
    const what = `state of exception ${measureId} ${date} ${countedBy}`;
    const row = okRow(
      tables.stateOfException.rows,
      (r) => r.iso3 === "SLV" && r.measure === measureId && r.date === date && r.counted_by === countedBy && r.preferred,
      what,
    );
    return { value: row.value, source: row.source_id, qualifier: row.qualifier, digits };
  };
}

function seizure(id: string): Lookup {
  return ({ tables }) => {
    const row = okRow(tables.drugSeizures.rows, (r) => r.id === id, `drug seizure ${id}`);
    return { value: row.value, source: row.source_ids[0]!, qualifier: row.qualifier, digits: 1 };
  };
}

function abroad(id: string): Lookup {
  return ({ tables }) => {
    const row = need(
      tables.gangMembersAbroad.rows.find((r) => r.id === id),
      `gang members abroad ${id}`,
    );
    return { value: row.value, source: row.source_ids[0]!, qualifier: row.qualifier, digits: 0 };
  };
}

function context(id: string): Lookup {
  return ({ tables }) => {
    const row = need(
      tables.contextFigures.rows.find((r) => r.id === id),
      `context figure ${id}`,
    );
    return { value: row.value, source: row.source_ids[0]!, qualifier: row.qualifier, digits: 0 };
  };
}

/** A pollster's published figure, with the decimals it was published with: percentages to one, IUDOP's grades to two. */
function poll(id: string): Lookup {
  return ({ tables }) => {
    const row = need(
      tables.polls.rows.find((r) => r.id === id),
      `poll ${id}`,
    );
    return { value: row.value, source: row.source_ids[0]!, qualifier: "exact", digits: row.unit === "grade-out-of-10" ? 2 : 1 };
  };
}

const OUDH = "oudh_uca_2023";

export const figures = {
  // Homicides in El Salvador
  "slv-1995-rate": homicideRate({ iso3: "SLV", year: 1995 }),
  "slv-2003-rate": homicideRate({ iso3: "SLV", year: 2003 }),
  "slv-2006-rate": homicideRate({ iso3: "SLV", year: 2006 }),
  "slv-2009-rate": homicideRate({ iso3: "SLV", year: 2009 }),
  "slv-2011-rate": homicideRate({ iso3: "SLV", year: 2011 }),
  "slv-2012-rate": homicideRate({ iso3: "SLV", year: 2012 }),
  "slv-2014-rate": homicideRate({ iso3: "SLV", year: 2014 }),
  "slv-2015-count": homicideCount({ iso3: "SLV", year: 2015, source: "slv_efe_2022" }),
  "slv-2015-rate-gov": homicideRate({ iso3: "SLV", year: 2015 }),
  "slv-2015-rate-unodc": homicideRate({ iso3: "SLV", year: 2015, source: "unodc_wdi" }),
  "slv-2015-rate-insight": homicideRate({ iso3: "SLV", year: 2015, source: "insight_2015" }),
  "slv-2019-count": homicideCount({ iso3: "SLV", year: 2019 }),
  "slv-2019-rate": homicideRate({ iso3: "SLV", year: 2019 }),
  "slv-2022-count": homicideCount({ iso3: "SLV", year: 2022 }),
  "slv-2022-rate": homicideRate({ iso3: "SLV", year: 2022 }),
  "slv-2023-count": homicideCount({ iso3: "SLV", year: 2023 }),
  "slv-2023-rate": homicideRate({ iso3: "SLV", year: 2023 }),
  "slv-2024-count": homicideCount({ iso3: "SLV", year: 2024 }),
  "slv-2024-rate": homicideRate({ iso3: "SLV", year: 2024 }),
  "slv-2024-tally": homicideCount({ iso3: "SLV", year: 2024, source: "esnow_2025_pnc_fgr" }),
  "slv-2025-count": homicideCount({ iso3: "SLV", year: 2025 }),
  "slv-2025-rate": homicideRate({ iso3: "SLV", year: 2025 }),
  // What the count leaves out
  "oudh-2022-confrontations": homicideStep({ iso3: "SLV", year: 2022 }, { iso3: "SLV", year: 2022, source: OUDH, variant: "plus-confrontations" }),
  "oudh-2022-graves": homicideStep(
    { iso3: "SLV", year: 2022, source: OUDH, variant: "plus-confrontations" },
    { iso3: "SLV", year: 2022, source: OUDH, variant: "plus-graves" },
  ),
  "oudh-2022-prison": homicideStep(
    { iso3: "SLV", year: 2022, source: OUDH, variant: "plus-graves" },
    { iso3: "SLV", year: 2022, source: OUDH, variant: "plus-prison-deaths" },
  ),
  "oudh-2022-total": homicideCount({ iso3: "SLV", year: 2022, source: OUDH, variant: "plus-prison-deaths" }),
  "oudh-2022-rate": homicideRate({ iso3: "SLV", year: 2022, source: OUDH, variant: "plus-prison-deaths" }),
  "elmundo-2023-count": homicideCount({ iso3: "SLV", year: 2023, source: "slv_fgr_2025" }),
  "fp-2023-count": homicideCount({ iso3: "SLV", year: 2023, source: "fp_giles_2024" }),
  "fp-2023-rate": homicideRate({ iso3: "SLV", year: 2023, source: "fp_giles_2024" }),
  // The region, in UNODC's series (the homicide-rates chart)
  "slv-2022-rate-unodc": unodcRate("SLV", 2022),
  "hnd-2015-rate-unodc": unodcRate("HND", 2015),
  "hnd-2023-rate-unodc": unodcRate("HND", 2023),
  "col-2015-rate-unodc": unodcRate("COL", 2015),
  "col-2023-rate-unodc": unodcRate("COL", 2023),
  "gtm-2014-rate-unodc": unodcRate("GTM", 2014),
  "gtm-2023-rate-unodc": unodcRate("GTM", 2023),
  "mex-2015-rate-unodc": unodcRate("MEX", 2015),
  "mex-2018-rate-unodc": unodcRate("MEX", 2018),
  "mex-2023-rate-unodc": unodcRate("MEX", 2023),
  "ecu-2015-rate-unodc": unodcRate("ECU", 2015),
  "ecu-2023-rate-unodc": unodcRate("ECU", 2023),
  // The region, each figure from one named national or InSight Crime series
  "hnd-2022-rate-gov": homicideRate({ iso3: "HND", year: 2022, source: "ca360_2023" }),
  "hnd-2024-rate": homicideRate({ iso3: "HND", year: 2024 }),
  "ecu-2023-rate-police": homicideRate({ iso3: "ECU", year: 2023, source: "ecu_police_2024" }),
  "ecu-2024-rate": homicideRate({ iso3: "ECU", year: 2024 }),
  "ecu-2024-rate-insight": homicideRate({ iso3: "ECU", year: 2024, source: "insight_2025_press" }),
  "ecu-2025-rate": homicideRate({ iso3: "ECU", year: 2025, source: "insight_2025_press" }),
  // Prisons
  "slv-prisoners-2002": prison("SLV", "2002", "prisoners"),
  "slv-prisoners-2014": prison("SLV", "2014", "prisoners"),
  "slv-prisoners-2018": prison("SLV", "2018", "prisoners"),
  "slv-prisoners-2022-03": prison("SLV", "2022-03", "prisoners"),
  "slv-prisoners-2023-09": prison("SLV", "2023-09", "prisoners"),
  "slv-prisoners-2024": prison("SLV", "2024", "prisoners"),
  "slv-prisoners-wpb-2025": prison("SLV", "2025-05", "prisoners", "divergentes_2025_05"),
  "slv-prisoners-share-2024": measure("prisoners-share-population-pct", "2024", "government", 1),
  "slv-rate-wppl": prison("SLV", "2024", "rate_per_100k", "wppl14_drugpolicyfacts"),
  "slv-rate-wpb-later": prison("SLV", "2024", "rate_per_100k", "thestar_2025"),
  "usa-rate-wppl": prison("USA", "2024", "rate_per_100k", "wppl14_drugpolicyfacts"),
  "cub-rate-wppl": prison("CUB", "2024", "rate_per_100k", "wppl14_drugpolicyfacts"),
  "rwa-rate-wppl": prison("RWA", "2024", "rate_per_100k", "wppl14_drugpolicyfacts"),
  "tkm-rate-wppl": prison("TKM", "2024", "rate_per_100k", "wppl14_drugpolicyfacts"),
  // The state of exception
  "arrests-2025-03": measure("arrests-cumulative", "2025-03-31", "government"),
  "arrests-2025-10": measure("arrests-cumulative", "2025-10-28", "government"),
  "releases-2023-08": measure("releases-cumulative", "2023-08", "government"),
  "releases-2025-07": measure("releases-cumulative", "2025-07", "government"),
  "minors-2023-12": measure("minors-arrested-cumulative", "2023-12", "government"),
  "minors-2024-02": measure("minors-arrested-cumulative", "2024-02-22", "government"),
  "cecot-capacity": measure("cecot-capacity", "2023-01-31", "government"),
  "cecot-first-transfer": measure("cecot-population", "2023-02-24", "government"),
  "cecot-2024-08": measure("cecot-population", "2024-08", "press"),
  // Deaths in custody
  "deaths-cristosal-2023-04": measure("deaths-in-custody-cumulative", "2023-04-30", "cristosal"),
  "deaths-cristosal-2024-04": measure("deaths-in-custody-cumulative", "2024-04", "cristosal"),
  "deaths-violent-cristosal-2023-04": measure("deaths-violent", "2023-04-30", "cristosal"),
  "deaths-violent-share-sjh-2025-04": measure("deaths-violent-share", "2025-04-15", "sjh", 1),
  "deaths-negligence-share-sjh-2025-04": measure("deaths-medical-negligence-share", "2025-04-15", "sjh", 1),
  "deaths-sjh-2024-04": measure("deaths-in-custody-cumulative", "2024-04-03", "sjh"),
  "deaths-sjh-2025-10": measure("deaths-in-custody-cumulative", "2025-10-31", "sjh"),
  "deaths-movir-2023-12": measure("deaths-in-custody-cumulative", "2023-12", "movir"),
  "deaths-amnesty-2023-12": measure("deaths-in-custody-cumulative", "2023-12", "amnesty"),
  "deaths-cases-archived": measure("death-cases-archived", "2023-06", "prosecutor"),
  // Gangs abroad and seizures
  "abroad-chiapas-2022": abroad("mex-chiapas-arrests-2022"),
  "abroad-guatemala-2022": abroad("gtm-arrests-2022"),
  "abroad-cecot-flights-2025": abroad("usa-cecot-flights-ms13-2025"),
  "seizure-cocaine-2019": seizure("seizure-cocaine-2019"),
  "seizure-cocaine-2021": seizure("seizure-cocaine-2021"),
  "seizure-cocaine-sea-2024": seizure("seizure-cocaine-sea-2024"),
  "seizure-cocaine-bukele-2025": seizure("seizure-cocaine-bukele-2025-03"),
  "released-still-prosecuted-2024": measure("released-still-prosecuted-share", "2024", "amnesty"),
  // Pressure on the press and rights groups, the truce trial, custody
  "pegasus-people": context("pegasus-people-infected"),
  "elfaro-warrants": context("elfaro-warrants-reported"),
  "journalists-exiled-2025": context("journalists-exiled-2025-h1"),
  "press-attacks-2024": context("press-attacks-2024"),
  "fal-votes-for": context("foreign-agents-law-votes-for"),
  "fal-votes-against": context("foreign-agents-law-votes-against"),
  "fal-tax": context("foreign-agents-law-tax"),
  "truce-sentence-funes": context("truce-sentence-funes"),
  "truce-sentence-munguia": context("truce-sentence-munguia"),
  "release-orders-ignored": context("elfaro-release-orders-ignored"),
  "release-orders-deaths": context("elfaro-release-orders-deaths"),
  "amnesty-interviews": context("amnesty-interviews-2023"),
  // Polls
  "lpg-2022-11-approval": poll("lpg-2022-11-approval"),
  "lpg-2022-11-security": poll("lpg-2022-11-security-good"),
  "lpg-2022-11-economy": poll("lpg-2022-11-economy-good"),
  "lpg-2025-12-approval": poll("lpg-2025-12-approval"),
  "iudop-2024-12-grade": poll("iudop-2024-12-grade-president"),
  "iudop-2025-12-grade": poll("iudop-2025-12-grade-president"),
  "iudop-2025-12-free": poll("iudop-2025-12-free-without-evidence"),
  "iudop-2023-better": poll("iudop-2023-country-better"),
  "iudop-2023-credit-security": poll("iudop-2023-credit-security"),
} satisfies Record<string, Lookup>;

export type FigureKey = keyof typeof figures;

const cache = new WeakMap<Dataset, Map<string, StoryFigure>>();

/** The figure for a key, looked up once per dataset. */
export function storyFigure(data: Dataset, key: FigureKey): StoryFigure {
  let figuresOf = cache.get(data);
  if (!figuresOf) {
    figuresOf = new Map();
    cache.set(data, figuresOf);
  }
  let figure = figuresOf.get(key);
  if (!figure) {
    figure = figures[key](data);
    figuresOf.set(key, figure);
  }
  return figure;
}
