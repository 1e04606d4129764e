/**
 * Chart "gang-map", its data: where each gang is reported in each country and each country's
 * latest preferred homicide rate, joined to the map's countries, and the lookups every part of
 * the drawing shares (a gang's presence in a state, countries in the reader's alphabetical order).
 */
import type { Americas } from "../../data/americas.ts";
import type { Dataset } from "../../data/dataset.ts";
import type { Row } from "../../data/load-tables.ts";
import { countryName } from "../../i18n/names.ts";

export type Gang = "ms13" | "barrio18";
export type PresenceLevel = Row<"gangPresence">["presence"];

/** Strongest first: a country where a gang was founded counts as its strongest presence. */
export const LEVELS: readonly PresenceLevel[] = ["origin", "strong", "established", "cells", "reported"];

export interface GangPresence {
  level: PresenceLevel;
  disputed: boolean;
  /** Rows behind it: El Salvador's Barrio 18 is two factions, each its own row. */
  rows: number;
  source_ids: string[];
}

export interface LatestRate {
  year: number;
  rate: number;
  series: Row<"homicideRates">["series"];
  source_id: string;
}

export interface MapCountry {
  iso3: string;
  isoN3: string;
  name: string;
  ms13?: GangPresence;
  barrio18?: GangPresence;
  rate?: LatestRate;
  source_ids: string[];
}

export interface GangMapData {
  /** Every country of the map that has presence or a homicide rate to show. */
  countries: MapCountry[];
  /** Countries with reported presence that lie outside the map (Spain, Italy). */
  offMap: MapCountry[];
  americas: Americas;
}

export interface GangMapState {
  /** "both": each country shaded by the stronger of the two gangs' presence. */
  show: Gang | "both" | "rates";
}

function stronger(a: GangPresence | undefined, b: GangPresence): GangPresence {
  if (!a) return b;
  const [first, second] = LEVELS.indexOf(a.level) <= LEVELS.indexOf(b.level) ? [a, b] : [b, a];
  return {
    level: first.level,
    disputed: a.disputed || b.disputed,
    rows: a.rows + b.rows,
    source_ids: [...new Set([...first.source_ids, ...second.source_ids])],
  };
}

/**
 * Joins gang presence and each country's latest preferred homicide rate to the map's countries
 * by ISO numeric code (as strings, as the map stores them). Barrio 18's two Salvadoran factions
 * count as Barrio 18.
 */
export function selectGangMap({ tables, americas }: Dataset): GangMapData {
  const onMap = new Set(americas.objects.countries.geometries.map((g) => String(g.id)));
  const byIso3 = new Map<string, MapCountry>();
  const country = (iso3: string) => {
    let entry = byIso3.get(iso3);
    if (!entry) {
      const row = tables.countries.rows.find((c) => c.iso3 === iso3);
      entry = { iso3, isoN3: row?.iso_n3 ?? "", name: row?.name ?? iso3, source_ids: row?.source_ids ?? [] };
      byIso3.set(iso3, entry);
    }
    return entry;
  };
  for (const row of tables.gangPresence.rows) {
    const entry = country(row.iso3);
    const gang: Gang = row.gang === "ms13" ? "ms13" : "barrio18";
    entry[gang] = stronger(entry[gang], { level: row.presence, disputed: row.disputed, rows: 1, source_ids: row.source_ids });
  }
  for (const row of tables.homicideRates.rows) {
    if (!row.preferred || row.status !== "ok" || row.rate_per_100k === null) continue;
    const entry = country(row.iso3);
    if (entry.rate && entry.rate.year >= row.year) continue;
    entry.rate = { year: row.year, rate: row.rate_per_100k, series: row.series, source_id: row.source_id };
  }
  const all = [...byIso3.values()].sort((a, b) => a.name.localeCompare(b.name));
  return {
    countries: all.filter((c) => onMap.has(c.isoN3)),
    offMap: all.filter((c) => !onMap.has(c.isoN3) && (c.ms13 || c.barrio18)),
    americas,
  };
}

/** Orders countries by their name in the reader's language. */
export function byName(locale: string): (a: MapCountry, b: MapCountry) => number {
  return (a, b) => countryName(a, locale).localeCompare(countryName(b, locale), locale);
}

export function presenceFor(country: MapCountry, show: GangMapState["show"]): GangPresence | undefined {
  if (show === "rates") return undefined;
  if (show === "both") return country.barrio18 ? stronger(country.ms13, country.barrio18) : country.ms13;
  return country[show];
}
